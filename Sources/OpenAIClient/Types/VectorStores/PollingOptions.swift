/// How a helper waits for processing to end: the pause between checks and the longest total wait.
///
/// Waits go through the client's sleeper (``OpenAI/init(configuration:transport:sleep:jitter:logger:)``), so tests
/// that inject one never really wait. The wait is bounded by the sum of the pauses, not by wall-clock time.
public struct PollingOptions: Sendable, Hashable {
    /// The pause between two checks, or `nil` to follow the server: the wait its last answer asked for
    /// (``ResponseMetadata/pollAfter``), one second when it asked for none.
    public var interval: Duration?
    /// The longest total pause before giving up with ``OpenAIError/Kind/timeout``.
    public var timeout: Duration

    /// The pause when neither ``interval`` nor the server sets one.
    public static let defaultInterval = Duration.seconds(1)

    /// Creates polling options.
    ///
    /// - Parameters:
    ///   - interval: The pause between checks; by default the server's `openai-poll-after-ms`, or one second.
    ///   - timeout: The longest total wait; ten minutes by default.
    public init(interval: Duration? = nil, timeout: Duration = .seconds(600)) {
        self.interval = interval
        self.timeout = timeout
    }
}

extension OpenAI {
    /// Fetches `check` until `isDone`, pausing ``PollingOptions/interval`` (or what the server asks for) between
    /// fetches, at most ``PollingOptions/timeout`` in total.
    func poll<Value: Sendable>(
        _ what: String,
        polling: PollingOptions,
        isDone: (Value) -> Bool,
        check: () async throws(OpenAIError) -> (response: Value, metadata: ResponseMetadata)
    ) async throws(OpenAIError) -> Value {
        var waited = Duration.zero
        while true {
            let (value, metadata) = try await check()
            if isDone(value) { return value }
            let interval = max(
                polling.interval ?? metadata.pollAfter ?? PollingOptions.defaultInterval, .milliseconds(1))
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
