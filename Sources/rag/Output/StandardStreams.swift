import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Unbuffered writes to stdout or stderr, and whether they are a terminal.
struct StandardStreams: Sendable {
    /// The process's standard output.
    static let output = StandardStreams(descriptor: STDOUT_FILENO)
    /// The process's standard error.
    static let error = StandardStreams(descriptor: STDERR_FILENO)

    let descriptor: Int32

    /// Whether the stream is a terminal (progress bars and colours only then).
    var isTerminal: Bool { isatty(descriptor) == 1 }

    /// Writes text as is, so streamed answers appear token by token.
    func write(_ text: String) {
        let bytes = Array(text.utf8)
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, base + offset, buffer.count - offset)
                if written < 0, errno == EINTR { continue }
                if written <= 0 { return }
                offset += written
            }
        }
    }

    /// Writes text followed by a newline.
    func writeLine(_ text: String = "") { write(text + "\n") }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif
