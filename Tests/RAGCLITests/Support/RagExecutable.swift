import Foundation

/// Finds the `rag` executable the CLI tests run: `$RAG_EXECUTABLE` when set (the release binary in CI), else the one
/// `swift build --build-tests` put next to the test bundle.
enum RagExecutable {
    /// The package root, from this file's path (`Tests/RAGCLITests/Support/RagExecutable.swift`).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `rag` binary: `$RAG_EXECUTABLE` when set, and then only it (a missing or non-executable file fails every
    /// test that runs `rag`, rather than testing another build); else next to the running test bundle, else
    /// `.build/debug/rag`. The first call prints which binary the suite uses.
    static func url() throws -> URL {
        try resolved.get()
    }

    private static let resolved: Result<URL, NotFound> = {
        let result = resolve(environment: ProcessInfo.processInfo.environment)
        switch result {
        case .success(let url): FileHandle.standardError.write(Data("RAGCLITests: running \(url.path)\n".utf8))
        case .failure(let error): FileHandle.standardError.write(Data("RAGCLITests: \(error)\n".utf8))
        }
        return result
    }()

    /// The binary `environment` selects, or why there is none.
    static func resolve(environment: [String: String]) -> Result<URL, NotFound> {
        if let explicit = environment["RAG_EXECUTABLE"] {
            let url = URL(fileURLWithPath: explicit)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                  FileManager.default.isExecutableFile(atPath: url.path) else {
                return .failure(NotFound(searched: [url.path], explicit: true))
            }
            return .success(url)
        }
        let candidates = builtCandidates()
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            return .failure(NotFound(searched: candidates.map(\.path), explicit: false))
        }
        return .success(found)
    }

    private static func builtCandidates() -> [URL] {
        var urls: [URL] = []
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            urls.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("rag"))
        }
        if let first = CommandLine.arguments.first {
            urls.append(URL(fileURLWithPath: first).deletingLastPathComponent().appendingPathComponent("rag"))
        }
        urls.append(packageRoot.appendingPathComponent(".build/debug/rag"))
        return urls
    }

    struct NotFound: Error, CustomStringConvertible {
        var searched: [String]
        /// Whether `RAG_EXECUTABLE` named the one binary looked at.
        var explicit: Bool
        var description: String {
            if explicit {
                return "RAG_EXECUTABLE=\(searched.joined()) is not an executable file: build it (swift build -c release --product rag) or unset RAG_EXECUTABLE to test the debug build"
            }
            return "the rag executable was not found (run `swift build --build-tests` first); looked at: \(searched.joined(separator: ", "))"
        }
    }
}
