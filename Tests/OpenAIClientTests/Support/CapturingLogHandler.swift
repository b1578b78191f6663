import Foundation
import Logging

/// Keeps every log line, with its metadata, for assertions.
struct CapturingLogHandler: LogHandler {
    final class Store: @unchecked Sendable {
        private var storage: [String] = []
        private let lock = NSLock()
        var lines: [String] {
            lock.lock()
            defer { lock.unlock() }
            return storage
        }
        func append(_ line: String) {
            lock.lock()
            defer { lock.unlock() }
            storage.append(line)
        }
    }

    let store: Store
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let fields = (event.metadata ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        store.append("\(event.level) \(event.message) \(fields)")
    }
}
