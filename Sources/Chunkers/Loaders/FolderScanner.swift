#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Finds the files under a folder, skipping excluded paths and reporting what it could not visit.
///
/// The scan never stops at a bad entry: unreadable folders, symbolic-link loops, broken links,
/// FIFOs and sockets, and names that are not UTF-8 become entries in the returned ``LoadReport``.
/// Excluded paths and ``skipNames`` are left out silently.
///
/// ```swift
/// let scanner = FolderScanner(exclude: ["*.log", "drafts/"])
/// let (files, report) = try scanner.scan(URL(fileURLWithPath: "docs"))
/// let loader = DocumentLoader()
/// let documents = files.compactMap { loader.load($0).document }
/// ```
public struct FolderScanner: Sendable {
    /// The names skipped by default: version-control, dependency, build and index folders.
    public static let defaultSkipNames: Set<String> = [".git", "node_modules", ".build", ".rag"]

    /// Gitignore-style patterns of paths to leave out (see ``init(exclude:skipNames:followSymlinks:)``).
    public var exclude: [String]
    /// File and folder names skipped wherever they appear.
    public var skipNames: Set<String>
    /// Whether symbolic links are followed; loops are detected and reported either way.
    public var followSymlinks: Bool

    /// Creates a scanner.
    ///
    /// - Parameters:
    ///   - exclude: Gitignore-style patterns, matched against paths relative to the root: `*.log`
    ///     (any depth), `/drafts` or `docs/old` (anchored), `build/` (folders only), `**/tmp/**`,
    ///     `!keep.log` (re-include; the last matching pattern decides). Defaults to none.
    ///   - skipNames: Names to skip at any depth. Defaults to ``defaultSkipNames``.
    ///   - followSymlinks: Follow symbolic links to files and folders. Defaults to `true`; when
    ///     `false`, links are reported as ``SkipReason/symlinkNotFollowed``.
    public init(exclude: [String] = [], skipNames: Set<String> = FolderScanner.defaultSkipNames, followSymlinks: Bool = true) {
        self.exclude = exclude
        self.skipNames = skipNames
        self.followSymlinks = followSymlinks
    }

    /// Lists the files under a folder (or the single file a URL names), sorted by relative path.
    ///
    /// - Parameter root: The folder to scan, or one file.
    /// - Returns: The regular files found, and a report of the entries that were not.
    /// - Throws: ``ChunkersError`` of kind ``ChunkersError/Kind/notFound`` when `root` does not
    ///   exist, or ``ChunkersError/Kind/unreadable`` when it cannot be listed.
    /// - Complexity: One `stat` per entry.
    public func scan(_ root: URL) throws(LoaderError) -> (files: [ScannedFile], report: LoadReport) {
        let rootPath = root.standardizedFileURL.path
        let status: FileStatus
        switch FileStatus.read(rootPath, followingLinks: true) {
        case .success(let value): status = value
        case .failure(let error):
            throw ChunkersError(
                kind: error.isNotFound ? .notFound : .unreadable,
                message: "cannot scan: \(error)", path: rootPath)
        }
        switch status.type {
        case .regular:
            let file = ScannedFile(
                url: URL(fileURLWithPath: rootPath), relativePath: root.lastPathComponent,
                size: status.size, modificationDate: status.modificationDate)
            return ([file], LoadReport())
        case .directory:
            guard let directory = opendir(rootPath) else {
                throw ChunkersError(kind: .unreadable, message: "cannot list folder: \(SystemError(code: errno))", path: rootPath)
            }
            closedir(directory)
            var walk = Walk(scanner: self, patterns: GlobPatternList(exclude))
            walk.visit(directory: rootPath, relativePath: "", identity: DirectoryIdentity(status), ancestors: [])
            walk.files.sort { $0.relativePath < $1.relativePath }
            return (walk.files, walk.report)
        default:
            throw ChunkersError(kind: .unreadable, message: "not a folder or a regular file", path: rootPath)
        }
    }
}

private struct DirectoryIdentity: Hashable {
    let device: UInt64
    let inode: UInt64

    init(_ status: FileStatus) {
        device = status.device
        inode = status.inode
    }
}

/// The mutable state of one scan.
private struct Walk {
    let scanner: FolderScanner
    let patterns: GlobPatternList
    var files: [ScannedFile] = []
    var report = LoadReport()
    var scannedFolders: [DirectoryIdentity: String] = [:]

    init(scanner: FolderScanner, patterns: GlobPatternList) {
        self.scanner = scanner
        self.patterns = patterns
    }

    mutating func visit(directory path: String, relativePath: String, identity: DirectoryIdentity, ancestors: Set<DirectoryIdentity>) {
        scannedFolders[identity] = relativePath.isEmpty ? "." : relativePath
        let names: [EntryName]
        switch Self.list(path) {
        case .success(let value): names = value
        case .failure(let error):
            report.record(path: relativePath, reason: .unreadable, message: "cannot list folder: \(error)")
            return
        }
        let inside = ancestors.union([identity])
        for name in names {
            visit(entry: name, in: path, relativeFolder: relativePath, ancestors: inside)
        }
    }

    private mutating func visit(entry name: EntryName, in folder: String, relativeFolder: String, ancestors: Set<DirectoryIdentity>) {
        let path = folder.hasSuffix("/") ? folder + name.text : folder + "/" + name.text
        let relativePath = relativeFolder.isEmpty ? name.text : relativeFolder + "/" + name.text
        guard !scanner.skipNames.contains(name.text) else { return }
        guard name.isValidUTF8 else {
            report.record(path: relativePath, reason: .invalidFileName, message: "file name is not valid UTF-8; rename it to index it")
            return
        }
        let linkStatus: FileStatus
        switch FileStatus.read(path, followingLinks: false) {
        case .success(let value): linkStatus = value
        case .failure(let error):
            report.record(path: relativePath, reason: .unreadable, message: "cannot read file status: \(error)")
            return
        }
        var status = linkStatus
        if linkStatus.type == .symlink {
            guard scanner.followSymlinks else {
                guard !patterns.excludes(relativePath, isDirectory: false) else { return }
                report.record(path: relativePath, reason: .symlinkNotFollowed, message: "symbolic link not followed (followSymlinks is off)")
                return
            }
            switch FileStatus.read(path, followingLinks: true) {
            case .success(let value): status = value
            case .failure(let error) where error.isLoop:
                report.record(path: relativePath, reason: .symlinkLoop, message: "symbolic link loop: the link resolves to itself")
                return
            case .failure(let error) where error.isNotFound:
                report.record(path: relativePath, reason: .brokenSymlink, message: "broken symbolic link: its target does not exist")
                return
            case .failure(let error):
                report.record(path: relativePath, reason: .unreadable, message: "cannot follow symbolic link: \(error)")
                return
            }
        }
        guard !patterns.excludes(relativePath, isDirectory: status.type == .directory) else { return }
        switch status.type {
        case .regular:
            files.append(ScannedFile(
                url: URL(fileURLWithPath: path), relativePath: relativePath,
                size: status.size, modificationDate: status.modificationDate))
        case .directory:
            let identity = DirectoryIdentity(status)
            if ancestors.contains(identity) {
                report.record(path: relativePath, reason: .symlinkLoop, message: "symbolic link loop: leads back to a folder that contains it")
            } else if let earlier = scannedFolders[identity] {
                report.record(path: relativePath, reason: .duplicate, message: "same folder as \(earlier), already scanned")
            } else {
                visit(directory: path, relativePath: relativePath, identity: identity, ancestors: ancestors)
            }
        case .symlink, .other:
            report.record(path: relativePath, reason: .specialFile, message: "not a regular file (FIFO, socket or device)")
        }
    }

    private struct EntryName {
        let text: String
        let isValidUTF8: Bool
    }

    /// Lists a folder's entry names, sorted, without `.` and `..`.
    private static func list(_ path: String) -> Result<[EntryName], SystemError> {
        guard let directory = opendir(path) else { return .failure(SystemError(code: errno)) }
        defer { closedir(directory) }
        var names: [EntryName] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw -> EntryName in
                let bytes = raw.prefix { $0 != 0 }
                if let text = String(validating: bytes, as: UTF8.self) {
                    return EntryName(text: text, isValidUTF8: true)
                }
                return EntryName(text: String(decoding: bytes, as: UTF8.self), isValidUTF8: false)
            }
            if name.text == "." || name.text == ".." { continue }
            names.append(name)
        }
        names.sort { $0.text < $1.text }
        return .success(names)
    }
}
