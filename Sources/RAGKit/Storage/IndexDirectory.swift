#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The layout of an index directory, and the atomic switch from one complete index to the next.
///
/// An index directory holds its lock, a pointer file naming the live *generation* (a subdirectory with the two
/// database files), and, while a rebuild runs, a second pointer naming the generation being built:
///
/// ```
/// .rag/lock                      held by the one run that writes
/// .rag/current                   "data-20261206-160102-1a2b" (the live generation)
/// .rag/staging                   "data-20261206-171500-9f3c" (a rebuild or first build, not yet live)
/// .rag/data-…/catalog.sqlite     .rag/data-…/vectors.sqlite
/// .rag/damaged-…/                a generation that could not be read, set aside by the rebuild that replaced it
/// ```
///
/// A new generation becomes live by one `rename(2)` of the pointer file, so a reader sees the old index whole or
/// the new one whole. Indexes written before generations keep their files in the directory itself, with no
/// pointer; they are read in place and replaced by the first rebuild.
struct IndexDirectory: Sendable {
    static let currentPointer = "current"
    static let stagingPointer = "staging"
    static let generationPrefix = "data-"
    static let damagedPrefix = "damaged-"

    /// The index directory (e.g. `<root>/.rag`).
    let url: URL

    init(_ url: URL) {
        self.url = url.standardizedFileURL
    }

    /// The directory holding the live index's files, or `nil` when there is no live index.
    var liveData: URL? {
        if let name = pointer(Self.currentPointer) {
            let data = url.appending(path: name, directoryHint: .isDirectory)
            return FileManager.default.fileExists(atPath: data.appending(path: Catalog.fileName).path) ? data : nil
        }
        return FileManager.default.fileExists(atPath: url.appending(path: Catalog.fileName).path) ? url : nil
    }

    /// The directory of the generation a first build or rebuild is writing, or `nil` when none is under way.
    var stagingData: URL? {
        guard let name = pointer(Self.stagingPointer) else { return nil }
        let data = url.appending(path: name, directoryHint: .isDirectory)
        return FileManager.default.fileExists(atPath: data.path) ? data : nil
    }

    /// Creates an empty generation directory and records it as the one being built.
    ///
    /// Call only while holding the index's lock.
    func beginStaging() throws(RAGError) -> URL {
        discardStaging()
        let name = Self.generationPrefix + Self.timestamp() + "-" + String(UInt32.random(in: 0...UInt32.max), radix: 16)
        let data = url.appending(path: name, directoryHint: .isDirectory)
        do {
            try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        } catch {
            throw RAGError.storage("create \(data.path)", error)
        }
        try writePointer(Self.stagingPointer, name)
        return data
    }

    /// Removes the generation being built, if any, and its pointer.
    func discardStaging() {
        if let staging = pointer(Self.stagingPointer) {
            try? FileManager.default.removeItem(at: url.appending(path: staging))
        }
        try? FileManager.default.removeItem(at: url.appending(path: Self.stagingPointer))
    }

    /// Makes the generation being built the live index, then removes the one it replaces, or sets it aside when
    /// it was damaged.
    ///
    /// Call only while holding the index's lock, after the new generation is complete.
    /// - Parameter setAside: Whether the replaced generation is kept, renamed `damaged-<time>`, instead of deleted.
    /// - Returns: Where a set-aside generation was moved, if one was.
    @discardableResult
    func promoteStaging(settingAside setAside: Bool) throws(RAGError) -> URL? {
        guard let staging = pointer(Self.stagingPointer) else { return nil }
        let previous = pointer(Self.currentPointer)
        try writePointer(Self.currentPointer, staging)
        try? FileManager.default.removeItem(at: url.appending(path: Self.stagingPointer))
        syncDirectory()

        let manager = FileManager.default
        let legacyFiles = ((try? manager.contentsOfDirectory(atPath: url.path)) ?? []).filter {
            $0.hasPrefix(Catalog.fileName) || $0.hasPrefix(IndexStore.vectorsFileName)
        }
        var setAsideAt: URL?
        if setAside, previous != nil || !legacyFiles.isEmpty {
            let target = url.appending(path: Self.damagedPrefix + Self.timestamp(), directoryHint: .isDirectory)
            do {
                if let previous {
                    try manager.moveItem(at: url.appending(path: previous), to: target)
                } else {
                    try manager.createDirectory(at: target, withIntermediateDirectories: true)
                    for name in legacyFiles { try manager.moveItem(at: url.appending(path: name), to: target.appending(path: name)) }
                }
                setAsideAt = target
            } catch {
                throw RAGError.storage("set the damaged index files aside in \(target.path)", error)
            }
        } else {
            if let previous, previous != staging { try? manager.removeItem(at: url.appending(path: previous)) }
            for name in legacyFiles { try? manager.removeItem(at: url.appending(path: name)) }
        }
        removeAbandonedGenerations()
        return setAsideAt
    }

    /// Deletes generation directories that are neither live nor being built (left by a process killed while
    /// switching). Call only while holding the index's lock.
    func removeAbandonedGenerations() {
        let keep = Set([pointer(Self.currentPointer), pointer(Self.stagingPointer)].compactMap { $0 })
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        for name in names where name.hasPrefix(Self.generationPrefix) && !keep.contains(name) {
            try? FileManager.default.removeItem(at: url.appending(path: name))
        }
    }

    /// Moves the live vector file (with its journal files) aside as `vectors.sqlite.damaged-<time>`.
    func setVectorsAside(in data: URL) throws(RAGError) -> URL {
        let suffix = ".damaged-" + Self.timestamp()
        let target = data.appending(path: IndexStore.vectorsFileName + suffix)
        do {
            for name in try FileManager.default.contentsOfDirectory(atPath: data.path)
            where name == IndexStore.vectorsFileName || name == IndexStore.vectorsFileName + "-wal"
                || name == IndexStore.vectorsFileName + "-shm" {
                try FileManager.default.moveItem(at: data.appending(path: name), to: data.appending(path: name + suffix))
            }
        } catch {
            throw RAGError.storage("set the damaged vector file aside in \(data.path)", error)
        }
        return target
    }

    // MARK: Pointers

    private func pointer(_ name: String) -> String? {
        guard let data = FileManager.default.contents(atPath: url.appending(path: name).path),
              let text = String(data: data, encoding: .utf8)?.trimmingCharacters(in: .whitespacesAndNewlines),
              text.hasPrefix(Self.generationPrefix), !text.contains("/") else { return nil }
        return text
    }

    /// Replaces a pointer file atomically: written beside, flushed, then renamed over the old one.
    private func writePointer(_ name: String, _ value: String) throws(RAGError) {
        let target = url.appending(path: name)
        let temporary = url.appending(path: ".\(name).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            let handle = try FileHandleWriter(url: temporary)
            try handle.writeAndSync(Data((value + "\n").utf8))
            if rename(temporary.path, target.path) != 0 {
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw RAGError.storage("write \(target.path)", error)
        }
    }

    private func syncDirectory() {
        let descriptor = open(url.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    private static func timestamp() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        return formatter.string(from: Date())
    }
}

/// Writes a small file and flushes it to disk before it is renamed into place.
private struct FileHandleWriter {
    let handle: FileHandle

    init(url: URL) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EACCES)
        }
        handle = try FileHandle(forWritingTo: url)
    }

    func writeAndSync(_ data: Data) throws {
        defer { try? handle.close() }
        try handle.write(contentsOf: data)
        try handle.synchronize()
    }
}
