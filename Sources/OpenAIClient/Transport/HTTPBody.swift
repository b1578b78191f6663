import Foundation

/// A response body as an asynchronous sequence of byte chunks.
///
/// Chunk boundaries are where the network put them and carry no meaning. Iterate it once: a body read from
/// another sequence (such as a live connection) cannot be replayed, and a second iteration throws
/// ``OpenAIError`` (``OpenAIError/Kind/stream``) instead of reading the connection twice. A body built from bytes
/// in memory can be read any number of times.
public struct HTTPBody: AsyncSequence, Sendable {
    /// A chunk of bytes.
    public typealias Element = [UInt8]

    /// Yields the body's chunks.
    public struct AsyncIterator: AsyncIteratorProtocol {
        private let produce: () async throws -> [UInt8]?

        init(_ produce: @escaping () async throws -> [UInt8]?) { self.produce = produce }

        /// The next chunk, or `nil` at the end of the body.
        public mutating func next() async throws -> [UInt8]? { try await produce() }
    }

    private let makeIterator: @Sendable () -> AsyncIterator

    /// An empty body.
    public init() {
        self.init(bytes: [])
    }

    /// A body held in memory, delivered as one chunk.
    public init(bytes: [UInt8]) {
        makeIterator = {
            var delivered = bytes.isEmpty
            return AsyncIterator {
                if delivered { return nil }
                delivered = true
                return bytes
            }
        }
    }

    /// A body read from another sequence of chunks.
    public init<Base: AsyncSequence & Sendable>(_ base: Base) where Base.Element == [UInt8] {
        self.init(base) { $0 }
    }

    /// A body read from another sequence, converting each element to bytes.
    public init<Base: AsyncSequence & Sendable>(_ base: Base, transform: @escaping @Sendable (Base.Element) -> [UInt8]) {
        let claim = OneShotClaim()
        makeIterator = {
            // Many sequences (NIO's response body among them) trap when iterated twice.
            guard claim.claim() else {
                return AsyncIterator {
                    throw OpenAIError(kind: .stream, message: "the response body was already read; iterate a stream or body only once")
                }
            }
            let box = IteratorBox(base.makeAsyncIterator())
            return AsyncIterator { try await box.next().map(transform) }
        }
    }

    /// Starts reading the body.
    public func makeAsyncIterator() -> AsyncIterator { makeIterator() }

    /// Reads the whole body.
    ///
    /// - Parameter limit: The most bytes to keep; the rest is read and dropped. Unlimited by default.
    /// - Returns: The body's bytes.
    public func collect(upTo limit: Int = .max) async throws -> [UInt8] {
        var bytes: [UInt8] = []
        for try await chunk in self where bytes.count < limit {
            bytes.append(contentsOf: chunk.prefix(limit - bytes.count))
        }
        return bytes
    }
}

private final class IteratorBox<Base: AsyncIteratorProtocol> {
    var base: Base
    init(_ base: Base) { self.base = base }
    func next() async throws -> Base.Element? { try await base.next() }
}

/// Lets exactly one caller through.
private final class OneShotClaim: @unchecked Sendable {
    private let lock = NSLock()
    private var claimed = false

    /// Whether this is the first call.
    func claim() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if claimed { return false }
        claimed = true
        return true
    }
}
