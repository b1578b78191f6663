import Foundation
import RAGKit
import RAGServer

/// A temporary folder of a few Markdown documents, indexed with the local embedder.
struct IndexedFolder: Sendable {
    let root: URL
    let indexDirectory: URL

    static let documents: [String: String] = [
        "guides/install.md": "---\naudience: admin\nversion: 2\n---\n# Install\n\nRun the installer, then configure the log rotation for the daemon.\n",
        "guides/backup.md": "---\naudience: user\nversion: 3\n---\n# Backups\n\nSnapshots are taken nightly; restore a snapshot with the restore command.\n",
        "reference/cli.md": "# CLI\n\n## Flags\n\nThe --verbose flag prints more. The --quiet flag prints less.\n",
    ]

    /// Writes the documents and indexes them.
    static func make() async throws -> IndexedFolder {
        let root = FileManager.default.temporaryDirectory.appending(path: "ragserver-\(UUID().uuidString)")
        for (path, text) in documents {
            let file = root.appending(path: path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        let indexDirectory = root.appending(path: ".rag")
        let rag = try await RAG.openForIndexing(IndexingRequest(directory: indexDirectory, root: root,
                                                                providers: ProviderRequest(environment: [:])))
        _ = try await rag.index { _ in }
        return IndexedFolder(root: root, indexDirectory: indexDirectory)
    }

    /// A served index over it, offline.
    func served() -> ServedIndex {
        ServedIndex(directory: indexDirectory, providers: ProviderRequest(environment: [:]))
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}
