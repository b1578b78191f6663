#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Extracts a PDF's text page by page by running poppler's `pdftotext` as a child process.
struct PDFExtractor: Sendable {
    /// A page-by-page extraction failure, with the reason to report.
    struct Failure: Error {
        let reason: SkipReason
        let message: String
    }

    /// The one line shown when `pdftotext` cannot be found.
    static let missingMessage =
        "pdftotext is not installed, so PDFs are skipped; install it with `sudo apt-get install poppler-utils` (macOS: `brew install poppler`)"

    let configuredPath: String?

    /// The `pdftotext` executable to run, or `nil` when there is none.
    func executable() -> String? {
        if let configuredPath {
            return access(configuredPath, X_OK) == 0 ? configuredPath : nil
        }
        let searchPath = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let folders = searchPath.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"]
        for folder in folders where !folder.isEmpty {
            let candidate = folder + "/pdftotext"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    /// Runs `pdftotext` on a file and returns the text of each page, in order.
    func pages(of url: URL) -> Result<[String], Failure> {
        guard let executable = executable() else {
            return .failure(Failure(reason: .pdftotextMissing, message: Self.missingMessage))
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        // -q: errors come back as exit codes, so a chatty broken PDF cannot fill a stderr pipe.
        process.arguments = ["-q", "-enc", "UTF-8", "-eol", "unix", url.path, "-"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return .failure(Failure(reason: .pdftotextMissing, message: "cannot run \(executable): \(error.localizedDescription); " + Self.missingMessage))
        }
        let data: Data
        do {
            data = try output.fileHandleForReading.readToEndRetryingInterrupts()
        } catch {
            process.terminate()
            process.waitUntilExit()
            return .failure(Failure(reason: .extractionFailed, message: "cannot read pdftotext's output: \(error.localizedDescription)"))
        }
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            return .failure(Failure(reason: .extractionFailed, message: Self.explain(process)))
        }
        var pages = String(decoding: data, as: UTF8.self).split(separator: "\u{0C}", omittingEmptySubsequences: false).map(String.init)
        // pdftotext ends every page with a form feed, so the piece after the last one is empty.
        if pages.last?.isEmpty == true { pages.removeLast() }
        return .success(pages)
    }

    private static func explain(_ process: Process) -> String {
        if process.terminationReason == .uncaughtSignal {
            return "pdftotext crashed (signal \(process.terminationStatus)); the PDF may be damaged"
        }
        switch process.terminationStatus {
        case 1: return "pdftotext could not open the PDF (damaged, or not a PDF)"
        case 3: return "pdftotext refused: the PDF's permissions forbid copying text"
        default: return "pdftotext failed with exit status \(process.terminationStatus)"
        }
    }
}
