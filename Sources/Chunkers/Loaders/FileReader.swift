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
        while filled < bytes.count {
            let count = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return read(descriptor, base + filled, buffer.count - filled)
            }
            if count < 0 && errno == EINTR { continue }
            if count < 0 { return .failure(.unreadable(SystemError(code: errno).description)) }
            if count == 0 { break }
            filled += count
        }
        if filled < bytes.count {
            bytes.removeSubrange(filled...)
            return .success(bytes)
        }
        // The file may have grown since fstat: read on to the end, but never past the limit.
        var more = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = more.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return read(descriptor, base, buffer.count)
            }
            if count < 0 && errno == EINTR { continue }
            if count < 0 { return .failure(.unreadable(SystemError(code: errno).description)) }
            if count == 0 { break }
            bytes.append(contentsOf: more[..<count])
            guard bytes.count <= limit else { return .failure(.tooLarge(size: bytes.count)) }
        }
        return .success(bytes)
    }
}
