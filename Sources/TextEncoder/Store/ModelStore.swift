import Foundation

/// The installed models: one Hugging Face model folder per name under a root folder.
///
/// The root is `$RAG_MODELS` when set, else `$XDG_CACHE_HOME/ragkit/models`, else `~/.cache/ragkit/models`.
/// Installing (``add(folder:name:)``, ``pull(repository:name:hub:)``) stages files in `<root>/.incoming/<name>`
/// and renames the folder into place only once the model loads, so a name in the store is always complete.
///
/// ```swift
/// let store = ModelStore()
/// let model = try await store.pull(repository: "sentence-transformers/all-MiniLM-L6-v2")
/// let encoder = try SentenceEncoder(folder: model.folder)
/// ```
public struct ModelStore: Sendable {
    /// The folder holding one folder per model.
    public let root: URL

    /// Creates a store at `root`.
    ///
    /// - Parameter root: The folder; created when a model is installed.
    public init(root: URL) {
        self.root = root
    }

    /// Creates a store at the default root for `environment`.
    ///
    /// - Parameter environment: The variables to read; the process's by default.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.init(root: Self.defaultRoot(environment: environment))
    }

    /// `$RAG_MODELS`, else `$XDG_CACHE_HOME/ragkit/models`, else `~/.cache/ragkit/models`.
    ///
    /// - Parameter environment: The variables to read; the process's by default.
    /// - Returns: The root folder.
    public static func defaultRoot(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let models = environment["RAG_MODELS"], !models.isEmpty { return URL(fileURLWithPath: models) }
        if let cache = environment["XDG_CACHE_HOME"], !cache.isEmpty {
            return URL(fileURLWithPath: cache).appendingPathComponent("ragkit/models")
        }
        let home = environment["HOME"].map { URL(fileURLWithPath: $0) } ?? FileManager.default.homeDirectoryForCurrentUser
        return home.appendingPathComponent(".cache/ragkit/models")
    }

    /// Lists the installed models, by name.
    ///
    /// - Returns: Each model's name, folder, size on disk and dimensions; none when the root does not exist.
    /// - Throws: ``TextEncoderError`` with kind `.io` when the root cannot be read.
    public func list() throws(TextEncoderError) -> [InstalledModel] {
        let manager = FileManager.default
        guard manager.fileExists(atPath: root.path) else { return [] }
        let names: [String]
        do {
            names = try manager.contentsOfDirectory(atPath: root.path)
        } catch {
            throw TextEncoderError(.io, "cannot list the model store: \(error.localizedDescription)", path: root.path)
        }
        return names.filter { !$0.hasPrefix(".") }.sorted().compactMap { try? model(named: $0) }
    }

    /// Describes one installed model.
    ///
    /// - Parameter name: The model's name.
    /// - Returns: Its name, folder, size on disk and dimensions.
    /// - Throws: ``TextEncoderError`` with kind `.modelNotFound`, or a configuration error for a damaged folder.
    public func model(named name: String) throws(TextEncoderError) -> InstalledModel {
        let folder = root.appendingPathComponent(name)
        let config = folder.appendingPathComponent("config.json")
        guard Self.isValidName(name), FileManager.default.fileExists(atPath: config.path) else {
            throw TextEncoderError(.modelNotFound, "no model named \"\(name)\" is installed", path: root.path)
        }
        let configuration = try EncoderConfiguration(contentsOf: config)
        return InstalledModel(
            name: name, folder: folder, sizeOnDisk: Self.sizeOnDisk(folder), dimensions: configuration.hiddenSize)
    }

    /// Opens an installed model.
    ///
    /// - Parameters:
    ///   - name: The model's name.
    ///   - options: Encoder options; the folder's settings by default.
    /// - Returns: The encoder.
    /// - Throws: ``TextEncoderError``: `.modelNotFound` or any error of ``SentenceEncoder/init(folder:name:options:)``.
    public func open(_ name: String, options: EncoderOptions = EncoderOptions()) throws(TextEncoderError) -> SentenceEncoder {
        try SentenceEncoder(folder: model(named: name).folder, name: name, options: options)
    }

    /// Installs a copy of a local model folder in Hub layout, after checking that it loads.
    ///
    /// Only the files the encoder reads are copied (configuration, `model.safetensors`, tokenizer and
    /// sentence-transformers files).
    ///
    /// - Parameters:
    ///   - folder: The model folder.
    ///   - name: The name in the store; the folder's name by default.
    /// - Returns: The installed model.
    /// - Throws: ``TextEncoderError``: `.modelExists`, `.invalidConfiguration` for a bad name, any loading error
    ///   of the folder, or `.io`.
    @discardableResult
    public func add(folder: URL, name: String? = nil) throws(TextEncoderError) -> InstalledModel {
        let name = name ?? folder.lastPathComponent
        try checkNewName(name)
        _ = try SentenceEncoder(folder: folder, name: name)
        let staging = try stagingFolder(for: name, fresh: true)
        let manager = FileManager.default
        do {
            let enumerator = manager.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
            while let url = enumerator?.nextObject() as? URL {
                let relative = String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))
                guard HubFile(path: relative, size: 0).isNeeded else { continue }
                let target = staging.appendingPathComponent(relative)
                try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try manager.copyItem(at: url, to: target)
            }
        } catch {
            try? manager.removeItem(at: staging)
            throw TextEncoderError(.io, "cannot copy the model: \(error.localizedDescription)", path: folder.path)
        }
        return try install(staging, as: name)
    }

    /// Deletes an installed model.
    ///
    /// - Parameter name: The model's name.
    /// - Throws: ``TextEncoderError``: `.modelNotFound` or `.io`.
    /// > Warning: The folder is deleted, not moved to a trash.
    public func remove(name: String) throws(TextEncoderError) {
        let folder = try model(named: name).folder
        do {
            try FileManager.default.removeItem(at: folder)
        } catch {
            throw TextEncoderError(.io, "cannot delete the model: \(error.localizedDescription)", path: folder.path)
        }
    }

    /// Downloads the files the encoder needs from a Hub repository and installs them.
    ///
    /// Files already downloaded to the staging folder are kept, and a `.partial` file resumes where it stopped,
    /// so calling this again after a failure continues the download.
    ///
    /// - Parameters:
    ///   - repository: `owner/name`, such as `"BAAI/bge-small-en-v1.5"`.
    ///   - name: The name in the store; the repository's last path component by default.
    ///   - hub: The Hub client; `https://huggingface.co` at `main` by default.
    /// - Returns: The installed model.
    /// - Throws: ``TextEncoderError``: `.modelExists`; `.download` (404, connection); `.integrity` (wrong size or
    ///   digest, and nothing is installed); `.missingFile` when the repository lacks `model.safetensors`, a
    ///   tokenizer or `config.json`; any loading error.
    @discardableResult
    public func pull(
        repository: String, name: String? = nil, hub: HubClient = HubClient()
    ) async throws(TextEncoderError) -> InstalledModel {
        let name = name ?? String(repository.split(separator: "/").last ?? Substring(repository))
        try checkNewName(name)
        let needed = try await hub.files(repository: repository).filter(\.isNeeded)
        let paths = Set(needed.map(\.path))
        for required in ["config.json", "model.safetensors"] where !paths.contains(required) {
            throw TextEncoderError(.missingFile, "the repository has no \(required)", path: repository)
        }
        guard paths.contains("tokenizer.json") || paths.contains("vocab.txt") else {
            throw TextEncoderError(.missingFile, "the repository has neither tokenizer.json nor vocab.txt", path: repository)
        }
        let staging = try stagingFolder(for: name, fresh: false)
        let manager = FileManager.default
        // Smallest first: a bad configuration fails before the weights download.
        for file in needed.sorted(by: { $0.size < $1.size }) {
            let destination = staging.appendingPathComponent(file.path)
            if manager.fileExists(atPath: destination.path), HubClient.size(of: destination) == file.size { continue }
            do {
                try manager.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
            } catch {
                throw TextEncoderError(.io, "cannot create a folder: \(error.localizedDescription)", path: destination.path)
            }
            try await hub.download(file, repository: repository, to: destination)
        }
        do {
            _ = try SentenceEncoder(folder: staging, name: name)
        } catch {
            try? manager.removeItem(at: staging)
            throw error
        }
        return try install(staging, as: name)
    }

    // MARK: Staging

    static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix(".") && !name.contains("/") && !name.contains("\0") && name.utf8.count < 200
    }

    private func checkNewName(_ name: String) throws(TextEncoderError) {
        guard Self.isValidName(name) else {
            throw TextEncoderError(.invalidConfiguration, "\"\(name)\" is not a valid model name (no \"/\", no leading \".\")")
        }
        let folder = root.appendingPathComponent(name)
        guard !FileManager.default.fileExists(atPath: folder.path) else {
            throw TextEncoderError(.modelExists, "a model named \"\(name)\" is already installed", path: folder.path)
        }
    }

    private func stagingFolder(for name: String, fresh: Bool) throws(TextEncoderError) -> URL {
        let staging = root.appendingPathComponent(".incoming").appendingPathComponent(name)
        do {
            if fresh, FileManager.default.fileExists(atPath: staging.path) {
                try FileManager.default.removeItem(at: staging)
            }
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw TextEncoderError(.io, "cannot create the staging folder: \(error.localizedDescription)", path: staging.path)
        }
        return staging
    }

    private func install(_ staging: URL, as name: String) throws(TextEncoderError) -> InstalledModel {
        let folder = root.appendingPathComponent(name)
        guard rename(staging.path, folder.path) == 0 else {
            throw TextEncoderError(.io, "cannot move the model into place (errno \(errno))", path: folder.path)
        }
        return try model(named: name)
    }

    static func sizeOnDisk(_ folder: URL) -> Int64 {
        var total: Int64 = 0
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.fileSizeKey])
        while let url = enumerator?.nextObject() as? URL {
            total += Int64((try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0)
        }
        return total
    }
}
