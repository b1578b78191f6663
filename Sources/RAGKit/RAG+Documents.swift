import Chunkers
import Foundation

/// A document of the index: its path, kind and metadata as the catalog has them.
public struct DocumentEntry: Sendable, Hashable, Codable {
    /// The path, relative to the indexed folder.
    public var path: String
    /// The document's kind (`markdown`, `html`, `pdf`, `text`, …).
    public var kind: String
    /// Front matter and `<title>` metadata.
    public var metadata: [String: String]
    /// The number of chunks.
    public var chunkCount: Int

    /// Creates an entry.
    public init(path: String, kind: String, metadata: [String: String], chunkCount: Int) {
        self.path = path
        self.kind = kind
        self.metadata = metadata
        self.chunkCount = chunkCount
    }
}

/// One chunk of an indexed document, as stored.
public struct DocumentChunk: Sendable, Hashable, Codable {
    /// The chunk's position in its document, from 0.
    public var index: Int
    /// The chunk's text.
    public var text: String
    /// The headings it falls under, outermost first.
    public var headingPath: [String]
    /// The page, for paged documents.
    public var page: Int?
    /// Its length in tokens.
    public var tokenCount: Int

    /// Creates a chunk.
    public init(index: Int, text: String, headingPath: [String], page: Int?, tokenCount: Int) {
        self.index = index
        self.text = text
        self.headingPath = headingPath
        self.page = page
        self.tokenCount = tokenCount
    }
}

/// An indexed document with its chunks and, when its file can still be read, the text extracted from it.
public struct IndexedDocument: Sendable, Hashable, Codable {
    /// The catalog's entry.
    public var entry: DocumentEntry
    /// The text the loader extracts from the file now; `nil` when the file is gone or unreadable.
    public var text: String?
    /// The chunks, in order.
    public var chunks: [DocumentChunk]

    /// Creates a document.
    public init(entry: DocumentEntry, text: String?, chunks: [DocumentChunk]) {
        self.entry = entry
        self.text = text
        self.chunks = chunks
    }
}

extension RAG {
    /// The indexed documents, sorted by path.
    /// - Returns: One entry per document.
    /// - Throws: ``RAGError`` `.storage`.
    public func documents() async throws(RAGError) -> [DocumentEntry] {
        try await store.storage.documentEntries(path: nil)
    }

    /// The indexed document at `path`, with its chunks and its extracted text.
    ///
    /// The path is looked up in the catalog, never joined to the file system blindly: a path the catalog does not
    /// hold (`../etc/passwd`, an absolute path) finds nothing, and the file read for the text is the catalog's path
    /// under the indexed folder, refused when it resolves outside it (a symbolic link).
    /// - Parameter path: The path relative to the indexed folder, as search results name it.
    /// - Returns: The document, or `nil` when the index holds no document at `path`.
    /// - Throws: ``RAGError`` `.storage`.
    public func document(at path: String) async throws(RAGError) -> IndexedDocument? {
        guard let entry = try await store.storage.documentEntries(path: path).first else { return nil }
        let chunks = try await store.storage.chunks(documentPath: entry.path).map {
            DocumentChunk(index: $0.ordinal, text: $0.text, headingPath: $0.headingPath, page: $0.page, tokenCount: $0.tokenCount)
        }
        return IndexedDocument(entry: entry, text: extractedText(of: entry.path), chunks: chunks)
    }

    /// The text the loader extracts from the indexed file at `path`, or `nil` when it is gone, unreadable or outside
    /// the indexed folder.
    private func extractedText(of path: String) -> String? {
        let root = root.standardizedFileURL.resolvingSymlinksInPath()
        let file = root.appending(path: path).standardizedFileURL.resolvingSymlinksInPath()
        guard file.path.hasPrefix(root.path + "/") else { return nil }
        return DocumentLoader().load(contentsOf: file, relativePath: path).document?.text
    }
}

extension RAG {
    /// When the last indexing run of the generation this value reads finished; `nil` when none has.
    ///
    /// A long-lived reader (a server) compares it with the value it saw at open, together with
    /// ``isLiveGeneration``, to learn that another process's run completed and reopen.
    /// - Throws: ``RAGError`` `.storage`.
    public func lastRunFinishedAt() async throws(RAGError) -> Date? {
        try await store.storage.lastRun()?.finishedAt
    }

    /// Whether this value still reads the live generation: `false` once a rebuild has been switched in.
    public var isLiveGeneration: Bool {
        guard let files = store.files else { return true }
        return files.directory.liveData?.standardizedFileURL.path == files.data.standardizedFileURL.path
    }
}
