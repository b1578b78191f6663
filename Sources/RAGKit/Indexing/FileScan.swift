import Chunkers
import Foundation

/// The files of an index's folder, sorted by path, with what the scan could not visit.
struct FileScan {
    let files: [ScannedFile]
    let skipped: [SkippedFile]

    init(root: URL, exclude: [String]) throws(RAGError) {
        let result: (files: [ScannedFile], report: LoadReport)
        do {
            result = try FolderScanner(exclude: exclude).scan(root)
        } catch {
            throw RAGError(.folderNotFound, "Could not scan \(root.path): \(error)", underlying: error)
        }
        files = result.files.sorted { $0.relativePath < $1.relativePath }
        skipped = result.report.entries.filter { $0.status != .loaded }.map { SkippedFile(path: $0.path, reason: $0.message) }
    }
}

extension LoaderOptions {
    /// The loader options of an indexing run: the loader's defaults, with the run's size limit.
    static func ragDefaults(maxFileSize: Int?) -> LoaderOptions {
        var options = LoaderOptions()
        if let maxFileSize { options.maxFileSize = maxFileSize }
        return options
    }
}
