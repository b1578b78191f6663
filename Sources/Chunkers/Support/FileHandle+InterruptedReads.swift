import Foundation

#if canImport(Glibc)
import Glibc
private let systemRead = Glibc.read
#elseif canImport(Darwin)
import Darwin
private let systemRead = Darwin.read
#endif

extension FileHandle {
    /// Reads at most `maximumLength` bytes, retrying a read a signal interrupted; empty at end of file.
    ///
    /// Foundation's `availableData` and `readDataToEndOfFile()` trap when `read(2)` fails, and it fails with `EINTR`
    /// whenever a signal (a child's `SIGCHLD`, say) lands mid-read in a process that handles signals.
    /// - Throws: The `read(2)` error, for any failure but `EINTR`.
    package func readRetryingInterrupts(upTo maximumLength: Int = 64 * 1024) throws(POSIXError) -> Data {
        var buffer = Data(count: maximumLength)
        let descriptor = fileDescriptor
        while true {
            let count = buffer.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, maximumLength) }
            if count >= 0 {
                buffer.count = count
                return buffer
            }
            guard errno == EINTR else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        }
    }

    /// Reads to end of file, retrying reads a signal interrupted (see ``readRetryingInterrupts(upTo:)``).
    /// - Throws: The `read(2)` error, for any failure but `EINTR`.
    package func readToEndRetryingInterrupts() throws(POSIXError) -> Data {
        var data = Data()
        while true {
            let chunk = try readRetryingInterrupts()
            if chunk.isEmpty { return data }
            data.append(chunk)
        }
    }
}
