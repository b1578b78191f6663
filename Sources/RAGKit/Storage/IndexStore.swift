import Foundation
import VectorIndex

/// The two files of an index and what they were created with.
struct IndexStore: Sendable {
    static let vectorsFileName = "vectors.sqlite"

    let directory: URL
    let root: URL
    let settings: IndexSettings
    let catalog: Catalog
    let vectors: VectorDatabase
}

/// Where an index records its root: absolute, and relative to the index directory so that a moved
/// tree (folder and `.rag/` together) still finds its documents.
enum RootPath {
    static func relative(from directory: URL, to root: URL) -> String {
        let from = directory.standardizedFileURL.pathComponents
        let to = root.standardizedFileURL.pathComponents
        var common = 0
        while common < min(from.count, to.count), from[common] == to[common] { common += 1 }
        let ups = Array(repeating: "..", count: from.count - common)
        let parts = ups + to[common...]
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    static func resolve(relative: String?, absolute: String?, directory: URL) -> URL? {
        if let relative {
            let url = (relative.hasPrefix("/") ? URL(filePath: relative) : directory.appending(path: relative)).standardizedFileURL
            if FileManager.default.fileExists(atPath: url.path) { return url }
        }
        return absolute.map { URL(filePath: $0, directoryHint: .isDirectory) }
    }
}
