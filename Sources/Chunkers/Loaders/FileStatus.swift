#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The parts of `stat(2)` the scanner, the loader and the polling folder watcher need, read without following or
/// following links.
package struct FileStatus: Sendable, Hashable {
    package enum FileType: Sendable, Hashable { case regular, directory, symlink, other }

    package let type: FileType
    package let size: Int
    package let modificationDate: Date
    package let device: UInt64
    package let inode: UInt64

    /// Reads a path's status; `lstat` when `followingLinks` is false. Throws the `errno` on failure.
    package static func read(_ path: String, followingLinks: Bool) -> Result<FileStatus, SystemError> {
        var info = stat()
        let result = followingLinks ? stat(path, &info) : lstat(path, &info)
        guard result == 0 else { return .failure(SystemError(code: errno)) }
        let type: FileType
        switch info.st_mode & S_IFMT {
        case S_IFREG: type = .regular
        case S_IFDIR: type = .directory
        case S_IFLNK: type = .symlink
        default: type = .other
        }
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        let seconds = Double(time.tv_sec) + Double(time.tv_nsec) / 1_000_000_000
        return .success(FileStatus(
            type: type,
            size: Int(info.st_size),
            modificationDate: Date(timeIntervalSince1970: seconds),
            device: UInt64(info.st_dev),
            inode: UInt64(info.st_ino)
        ))
    }
}

/// An `errno` value with its message.
package struct SystemError: Error, Sendable, Hashable, CustomStringConvertible {
    package let code: Int32

    package var description: String { String(cString: strerror(code)) }
    package var isLoop: Bool { code == ELOOP }
    package var isNotFound: Bool { code == ENOENT || code == ENOTDIR }
}
