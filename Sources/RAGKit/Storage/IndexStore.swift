import Foundation
import VectorIndex

/// One open index: where it is, what it was created with, and the storage holding it.
struct IndexStore: Sendable {
    static let vectorsFileName = "vectors.sqlite"

    /// The index directory, or the PostgreSQL URL (without its password).
    let location: URL
    /// The index directory and the generation read, for an index kept in files; `nil` for PostgreSQL.
    let files: FileGeneration?
    let root: URL
    let settings: IndexSettings
    /// Documents, chunks, keyword index, vectors and runs.
    let storage: any IndexStorage
    /// How the vector store is opened and searched.
    let vectorOptions: VectorDatabase.Options

    /// An index kept in a generation directory.
    init(directory: IndexDirectory, data: URL, root: URL, settings: IndexSettings, catalog: Catalog, vectors: VectorStoreHandle) {
        self.location = directory.url
        self.files = FileGeneration(directory: directory, data: data)
        self.root = root
        self.settings = settings
        self.storage = SQLiteIndexStorage(data: data, lockDirectory: directory.url, catalog: catalog, vectors: vectors)
        self.vectorOptions = vectors.options
    }

    /// An index kept in PostgreSQL.
    init(postgres storage: PostgresIndexStorage, root: URL, settings: IndexSettings, vectorOptions: VectorDatabase.Options) {
        self.location = storage.pool.location.displayURL
        self.files = nil
        self.root = root
        self.settings = settings
        self.storage = storage
        self.vectorOptions = vectorOptions
    }

    /// How many times the vector matrix was loaded (0 or 1): for tests that check a command loads no vectors, or once.
    var vectorLoadCount: Int { (storage as? SQLiteIndexStorage)?.vectors.loadCount ?? 0 }
}

/// The index directory of a file index and the generation directory an open index reads.
struct FileGeneration: Sendable {
    /// The index directory (lock, pointers, generations).
    let directory: IndexDirectory
    /// The directory holding this generation's `catalog.sqlite` and `vectors.sqlite`.
    let data: URL
}

/// The vector store of an index, opened (and its matrix loaded) only when a search or a run needs it, once.
///
/// Keyword search and status never pay for loading the matrix.
final class VectorStoreHandle: Sendable {
    let url: URL
    let collection: VectorCollectionInfo
    let options: VectorDatabase.Options
    private let state = LockedValue<(database: VectorDatabase?, loads: Int)>((nil, 0))

    init(url: URL, collection: VectorCollectionInfo, options: VectorDatabase.Options) {
        self.url = url
        self.collection = collection
        self.options = options
    }

    /// The open store, loading it on the first call.
    func database() throws(RAGError) -> VectorDatabase {
        let result: Result<VectorDatabase, RAGError> = state.withLock { state in
            if let database = state.database { return .success(database) }
            do {
                let database = try VectorDatabase(url: url, collection: collection, options: options)
                state = (database, state.loads + 1)
                return .success(database)
            } catch {
                return .failure(RAGError(opening: "the vector store", at: url, error))
            }
        }
        return try result.get()
    }

    /// How many times the matrix was loaded (0 or 1): for tests that check a command loads no vectors, or once.
    var loadCount: Int { state.withLock { $0.loads } }

    /// The number of stored vectors, without loading the matrix when it is not loaded yet.
    func count() throws(RAGError) -> Int {
        if let database = state.withLock({ $0.database }) { return database.count }
        guard FileManager.default.fileExists(atPath: url.path) else { return 0 }
        do {
            return try VectorDatabase.inspect(url: url).count
        } catch {
            throw RAGError(opening: "the vector store", at: url, error)
        }
    }
}

/// A value behind a lock, for the few synchronous caches an actor would make async.
final class LockedValue<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) {
        self.value = value
    }

    func withLock<Result>(_ body: (inout Value) -> Result) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
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
