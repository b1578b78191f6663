/// A one-shot signal a test opens to let a scripted response continue (see ``ScriptedResponse/Step/wait(_:)``).
///
/// It orders events without sleeping: the server pauses mid-response until the test has seen what it needs.
/// One response may wait on a gate; opening it twice is harmless.
public final class TestGate: Sendable {
    private let stream: AsyncStream<Void>
    private let continuation: AsyncStream<Void>.Continuation

    /// Creates a closed gate.
    public init() {
        (stream, continuation) = AsyncStream.makeStream(of: Void.self)
    }

    /// Opens the gate.
    public func open() {
        continuation.finish()
    }

    /// Returns once the gate is open (or the waiting task is cancelled).
    func wait() async {
        for await _ in stream {}
    }
}
