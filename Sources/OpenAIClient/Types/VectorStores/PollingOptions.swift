/// How a helper waits for processing to end: the pause between checks and the longest total wait.
///
/// Waits go through the client's sleeper (``OpenAI/init(configuration:transport:sleep:jitter:logger:)``), so tests
/// that inject one never really wait. The wait is bounded by the sum of the pauses, not by wall-clock time.
public struct PollingOptions: Sendable, Hashable {
    /// The pause between two checks.
    public var interval: Duration
    /// The longest total pause before giving up with ``OpenAIError/Kind/timeout``.
    public var timeout: Duration

    /// Creates polling options.
    ///
    /// - Parameters:
    ///   - interval: The pause between checks; one second by default.
    ///   - timeout: The longest total wait; ten minutes by default.
    public init(interval: Duration = .seconds(1), timeout: Duration = .seconds(600)) {
        self.interval = interval
        self.timeout = timeout
    }
}

extension OpenAI {
    /// Fetches `check` until `isDone`, pausing ``PollingOptions/interval`` between fetches, at most
    /// ``PollingOptions/timeout`` in total.
    func poll<Value: Sendable>(
        _ what: String,
        polling: PollingOptions,
        isDone: (Value) -> Bool,
        check: () async throws(OpenAIError) -> Value
    ) async throws(OpenAIError) -> Value {
        var waited = Duration.zero
        let interval = max(polling.interval, .milliseconds(1))
        while true {
            let value = try await check()
            if isDone(value) { return value }
            guard waited < polling.timeout else {
                throw OpenAIError(kind: .timeout, message: "\(what) was still processing after waiting \(polling.timeout)")
            }
            let pause = min(interval, polling.timeout - waited)
            do {
                try await sleep(pause)
            } catch {
                throw OpenAIError(kind: .cancelled, message: "cancelled while waiting for \(what)", underlying: error)
            }
            waited += pause
        }
    }
}
