#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole regular file with POSIX calls, refusing files over a size limit before reading.
enum FileReader {
    enum Failure: Error {
        case unreadable(String)
        case notRegular
        case tooLarge(size: Int)
    }

    static func contents(of path: String, limit: Int) -> Result<[UInt8], Failure> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(.unreadable(SystemError(code: errno).description)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(.unreadable(SystemError(code: errno).description)) }
        guard info.st_mode & S_IFMT == S_IFREG else { return .failure(.notRegular) }
        let size = Int(info.st_size)
        guard size <= limit else { return .failure(.tooLarge(size: size)) }
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while true {
            if filled == bytes.count {
                // The file may have grown since fstat; keep reading, but never past the limit.
                guard bytes.count <= limit else { return .failure(.tooLarge(size: bytes.count)) }
                bytes.append(contentsOf: repeatElement(0, count: max(4096, min(bytes.count, limit + 1 - bytes.count))))
            }
            let count = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return read(descriptor, base + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(SystemError(code: errno).description))
            }
            if count == 0 { break }
            filled += count
        }
        bytes.removeSubrange(filled...)
        guard filled <= limit else { return .failure(.tooLarge(size: filled)) }
        return .success(bytes)
    }
}
