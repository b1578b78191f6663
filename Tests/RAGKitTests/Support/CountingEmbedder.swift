import Synchronization
@testable import RAGKit

/// A local embedder that counts its calls and inputs, and can hold a chosen call until released.
final class CountingEmbedder: Embedder {
    let base: LocalEmbedder
    let limits: EmbeddingLimits
    let gate: Gate?
    private let state = Mutex<(calls: Int, inputs: [String])>((0, []))

    /// - Parameters:
    ///   - maxInputsPerRequest: Small values force many calls.
    ///   - maxTokensPerInput: Chunks over it are refused by the indexer.
    ///   - gate: Holds call number `gate.callNumber` until the test opens it.
    init(dimensions: Int = 256, maxInputsPerRequest: Int = 4, maxTokensPerInput: Int = 100_000, gate: Gate? = nil) {
        base = LocalEmbedder(dimensions: dimensions)
        limits = EmbeddingLimits(maxInputsPerRequest: maxInputsPerRequest, maxTokensPerRequest: 1_000_000,
                                 maxTokensPerInput: maxTokensPerInput)
        self.gate = gate
    }

    var model: String { base.model }
    var dimensions: Int { base.dimensions }
    var calls: Int { state.withLock { $0.calls } }
    var inputs: [String] { state.withLock { $0.inputs } }

    func embed(_ texts: [String]) async throws -> [[Float]] {
        let call = state.withLock { state in
            state.calls += 1
            state.inputs += texts
            return state.calls
        }
        if let gate, call == gate.callNumber { try await gate.hold() }
        return try await base.embed(texts)
    }

    func embedQuery(_ query: String, statistics: (any TermStatistics)?) async throws -> [Float] {
        try await base.embedQuery(query, statistics: statistics)
    }
}

/// A one-shot rendezvous: the embedder reaches it and waits; the test waits for that, acts, then opens it.
final class Gate: Sendable {
    let callNumber: Int
    private let reachedStream: AsyncStream<Void>
    private let reachedContinuation: AsyncStream<Void>.Continuation
    private let opened = Mutex<(isOpen: Bool, waiter: CheckedContinuation<Void, Never>?)>((false, nil))

    init(callNumber: Int) {
        self.callNumber = callNumber
        (reachedStream, reachedContinuation) = AsyncStream.makeStream()
    }

    /// Called by the embedder: signals arrival, then waits until opened or cancelled.
    func hold() async throws {
        reachedContinuation.yield()
        await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let resumeNow = opened.withLock { state in
                    if state.isOpen { return true }
                    state.waiter = continuation
                    return false
                }
                if resumeNow { continuation.resume() }
            }
        } onCancel: {
            open()
        }
        try Task.checkCancellation()
    }

    /// Waits until the embedder is held at the gate.
    func reached() async {
        var iterator = reachedStream.makeAsyncIterator()
        _ = await iterator.next()
    }

    /// Lets the held call continue.
    func open() {
        let waiter = opened.withLock { state in
            state.isOpen = true
            defer { state.waiter = nil }
            return state.waiter
        }
        waiter?.resume()
    }
}
