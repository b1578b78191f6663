import Foundation

/// Finds the `rag` executable that `swift build --build-tests` put next to the test bundle.
enum RagExecutable {
    /// The package root, from this file's path (`Tests/RAGCLITests/Support/RagExecutable.swift`).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `rag` binary: `$RAG_EXECUTABLE`, else next to the running test bundle, else `.build/debug/rag`.
    static func url() throws -> URL {
        for candidate in candidates() where FileManager.default.isExecutableFile(atPath: candidate.path) {
            return candidate
        }
        throw NotFound(searched: candidates().map(\.path))
    }

    private static func candidates() -> [URL] {
        var urls: [URL] = []
        if let explicit = ProcessInfo.processInfo.environment["RAG_EXECUTABLE"] {
            urls.append(URL(fileURLWithPath: explicit))
        }
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
        var description: String {
            "the rag executable was not found (run `swift build --build-tests` first); looked at: \(searched.joined(separator: ", "))"
        }
    }
}
