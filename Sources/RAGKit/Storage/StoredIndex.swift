#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import VectorIndex

/// One generation of an index as stored: its catalog, settings and folder, read before any vector is loaded.
struct StoredIndex {
    let layout: IndexDirectory
    let data: URL
    let catalog: Catalog
    let settings: IndexSettings
    let root: URL
    /// Whether this process may write the generation's directory and catalog; otherwise everything is opened
    /// read-only.
    let writable: Bool
    /// Whether this process may write the vector file (or create it); otherwise the vector store is opened read-only.
    let vectorsWritable: Bool

    /// Reads the catalog and settings of the generation in `data`.
    /// - Throws: ``RAGError`` `.noIndex` (creation interrupted), `.indexDamaged`, `.readOnly`, `.storage`.
    static func read(data: URL, layout: IndexDirectory) throws(RAGError) -> StoredIndex {
        let catalogURL = data.appending(path: Catalog.fileName)
        let writable = access(data.path, W_OK) == 0 && access(catalogURL.path, W_OK) == 0
        let vectorsPath = vectorsURL(in: data).path
        let vectorsWritable = writable && (access(vectorsPath, W_OK) == 0 || !FileManager.default.fileExists(atPath: vectorsPath))
        let catalog = try Catalog(url: catalogURL, create: false, readOnly: !writable)
        let settingsText: String?
        do {
            settingsText = try catalog.setting(SettingKey.settings)
        } catch {
            throw RAGError(opening: "the index catalog", at: catalogURL, error.underlying ?? error)
        }
        guard let settingsText, let settings = JSONColumn.decode(settingsText, as: IndexSettings.self) else {
            throw RAGError(.noIndex, "The index at \(layout.url.path) is incomplete (its creation was interrupted): rebuild it.",
                           remedy: .reindex)
        }
        if let version = try catalog.setting(SettingKey.formatVersion), version != RAG.formatVersion {
            throw RAGError(.storage, "The index at \(layout.url.path) has format \(version), this version reads \(RAG.formatVersion): rebuild it.",
                           remedy: .reindex)
        }
        guard let root = RootPath.resolve(relative: try catalog.setting(SettingKey.rootRelative),
                                          absolute: try catalog.setting(SettingKey.rootAbsolute), directory: layout.url) else {
            throw RAGError(.noIndex, "The index at \(layout.url.path) does not record its folder: rebuild it.", remedy: .reindex)
        }
        return StoredIndex(layout: layout, data: data, catalog: catalog, settings: settings, root: root, writable: writable,
                           vectorsWritable: vectorsWritable)
    }

    /// Refuses to update a generation this process cannot write, naming what is read-only.
    /// - Throws: ``RAGError/Kind/readOnly``.
    func requireWritable() throws(RAGError) {
        if !writable {
            throw RAGError(.readOnly, "The index at \(layout.url.path) is read-only for this user (\(data.path) or its catalog): update it as a user who can write it; searching works as it is.")
        }
        if !vectorsWritable {
            throw RAGError(.readOnly, "The vector file \(vectorsURL.path) is read-only though the rest of the index is writable: make it writable again (e.g. chmod u+w), then update the index; searching works as it is.")
        }
    }

    /// Whether both files of the generation pass SQLite's `PRAGMA quick_check` (a file that cannot be opened to
    /// check counts as intact: opening it reports its own error). Reads every page: for a rebuild, not every open.
    func isIntact() -> Bool {
        SQLiteFileCheck.passesQuickCheck(catalog.url)
            && SQLiteFileCheck.passesQuickCheck(vectorsURL)
    }

    /// The model and dimensions a generation's vector file was made for, when its catalog cannot be read.
    static func recoverSettings(data: URL) -> IndexSettings? {
        guard let inspected = try? VectorDatabase.inspect(url: vectorsURL(in: data)) else { return nil }
        return IndexSettings(embeddingModel: inspected.collection.model, dimensions: inspected.collection.dimensions)
    }

    /// The store of this generation; with `repairingVectors`, a damaged vector file is set aside and replaced by
    /// an empty one, whose vectors the next run embeds again.
    func store(vectorOptions: VectorDatabase.Options, repairingVectors: Bool) throws(RAGError) -> IndexStore {
        var options = vectorOptions
        options.readOnly = options.readOnly || !vectorsWritable
        let handle = VectorStoreHandle(url: vectorsURL, collection: collection, options: options)
        if repairingVectors {
            do {
                _ = try handle.database()
            } catch where error.kind == .indexDamaged {
                _ = try layout.setVectorsAside(in: data)
                let fresh = VectorStoreHandle(url: handle.url, collection: collection, options: options)
                _ = try fresh.database()
                return IndexStore(directory: layout, data: data, root: root, settings: settings, catalog: catalog, vectors: fresh)
            }
        }
        return IndexStore(directory: layout, data: data, root: root, settings: settings, catalog: catalog, vectors: handle)
    }

    private var collection: VectorCollectionInfo { Self.collection(for: settings) }

    /// The vector collection an index with `settings` keeps: its model's vectors, compared by cosine.
    private static func collection(for settings: IndexSettings) -> VectorCollectionInfo {
        VectorCollectionInfo(model: settings.embeddingModel, dimensions: settings.dimensions, metric: .cosine)
    }

    /// This generation's vector file.
    var vectorsURL: URL { Self.vectorsURL(in: data) }

    /// The vector file of the generation in `data`.
    static func vectorsURL(in data: URL) -> URL { data.appending(path: IndexStore.vectorsFileName) }

    /// Creates the files of a new generation in `data`, copying the vectors of `previousVectors` when they were
    /// made by the same model (so nothing embedded before is paid for again), settings row last.
    static func create(data: URL, layout: IndexDirectory, root: URL, settings: IndexSettings,
                       vectorOptions: VectorDatabase.Options, reusingVectorsFrom previousVectors: URL?) throws(RAGError) -> IndexStore {
        let collection = collection(for: settings)
        let vectorsURL = vectorsURL(in: data)
        let catalog = try Catalog(url: data.appending(path: Catalog.fileName), create: true)
        if let previousCatalog = previousVectors?.deletingLastPathComponent().appending(path: Catalog.fileName) {
            catalog.copyMirrorLedger(from: previousCatalog)
        }
        if let previousVectors, let inspected = try? VectorDatabase.inspect(url: previousVectors), inspected.collection == collection,
           inspected.count > 0 {
            try? VectorFileCopy.copy(from: previousVectors, to: vectorsURL)
        }
        var handle = VectorStoreHandle(url: vectorsURL, collection: collection, options: vectorOptions)
        let vectors: VectorDatabase
        do {
            vectors = try handle.database()
        } catch {
            // A copy that does not open is dropped: the new generation starts empty rather than not at all.
            try? FileManager.default.removeItem(at: vectorsURL)
            handle = VectorStoreHandle(url: vectorsURL, collection: collection, options: vectorOptions)
            vectors = try handle.database()
        }
        // Copied vectors no chunk of the new generation references are collected at the end of its first run.
        try catalog.journal(textHashes: vectors.ids)
        try catalog.setSettings([
            SettingKey.formatVersion: RAG.formatVersion,
            SettingKey.rootAbsolute: root.path,
            SettingKey.rootRelative: RootPath.relative(from: layout.url, to: root),
            SettingKey.createdAt: ISO8601DateFormatter().string(from: Date()),
            SettingKey.settings: JSONColumn.encode(settings),
        ])
        return IndexStore(directory: layout, data: data, root: root, settings: settings, catalog: catalog, vectors: handle)
    }
}
