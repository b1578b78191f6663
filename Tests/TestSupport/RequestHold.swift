import Synchronization

/// Holds requests on their way to a ``TestHTTPServer`` handler while the test wants them held: for killing a client
/// at a known point of its conversation with the server (the request is on the wire, its answer not yet sent).
///
/// ```swift
/// let hold = RequestHold()
/// try await TestHTTPServer.withServer(handler: hold.handler(passingTo: OpenAIStandIn.handler())) { server in
///     hold.hold(skipping: 1)                         // let the first request through, hold the next ones
///     let child = try rag.start([…])
///     #expect(await hold.waitForHeld(1, timeout: .seconds(60)))
///     child.kill()
///     hold.release()                                 // the held requests are answered (to a closed connection)
/// }
/// ```
public final class RequestHold: Sendable {
    private struct Waiter {
        var count: Int
        var continuation: CheckedContinuation<Bool, Never>
    }

    private struct State {
        var gate: TestGate?
        var skipping = 0
        var held = 0
        var waiters: [Int: Waiter] = [:]
        var nextWaiter = 0
    }

    private let state = Mutex(State())

    /// Creates a hold that holds nothing yet.
    public init() {}

    /// Holds the requests that arrive from now on, after letting `skipping` of them through.
    public func hold(skipping: Int = 0) {
        state.withLock { state in
            state.gate = TestGate()
            state.skipping = skipping
            state.held = 0
        }
    }

    /// Lets every held request go on to the handler, and holds no more.
    public func release() {
        state.withLock { state in
            defer { state.gate = nil }
            return state.gate
        }?.open()
    }

    /// Waits until `count` requests are held since ``hold(skipping:)``, or `timeout` has passed.
    /// - Returns: Whether they were held in time.
    public func waitForHeld(_ count: Int, timeout: Duration) async -> Bool {
        await withCheckedContinuation { continuation in
            let id = state.withLock { state -> Int? in
                if state.held >= count { return nil }
                defer { state.nextWaiter += 1 }
                state.waiters[state.nextWaiter] = Waiter(count: count, continuation: continuation)
                return state.nextWaiter
            }
            guard let id else { return continuation.resume(returning: true) }
            Task {
                try? await Task.sleep(for: timeout)
                self.resume(id, with: false)
            }
        }
    }

    /// A handler that holds requests as told, then answers with `handler`.
    public func handler(passingTo handler: @escaping TestHTTPServer.Handler) -> TestHTTPServer.Handler {
        { request in
            if let gate = self.admit() { await gate.wait() }
            return await handler(request)
        }
    }

    /// The gate a new request waits at, or `nil` when it goes through.
    private func admit() -> TestGate? {
        let (gate, ready) = state.withLock { state -> (TestGate?, [CheckedContinuation<Bool, Never>]) in
            guard let gate = state.gate else { return (nil, []) }
            if state.skipping > 0 {
                state.skipping -= 1
                return (nil, [])
            }
            state.held += 1
            let held = state.held
            let ready = state.waiters.filter { $0.value.count <= held }
            for id in ready.keys { state.waiters[id] = nil }
            return (gate, ready.values.map(\.continuation))
        }
        for continuation in ready { continuation.resume(returning: true) }
        return gate
    }

    private func resume(_ id: Int, with value: Bool) {
        let waiter = state.withLock { state in
            defer { state.waiters[id] = nil }
            return state.waiters[id]
        }
        waiter?.continuation.resume(returning: value)
    }
}
