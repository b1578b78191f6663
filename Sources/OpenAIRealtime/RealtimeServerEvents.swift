import OpenAIClient

/// The events of a ``RealtimeSession``, in the order the server sent them.
///
/// The sequence finishes when the session ends: normally after ``RealtimeSession/close()`` or a normal close by the
/// server, else by throwing a ``RealtimeError`` (an abnormal close code, a dropped connection, a message that is not
/// JSON). Ending the iteration early (`break`, a thrown error, a cancelled task) closes the session. It has one
/// consumer: iterate it once.
public struct RealtimeServerEvents: AsyncSequence, Sendable {
    /// A server event.
    public typealias Element = RealtimeServerEvent

    let stream: AsyncThrowingStream<RealtimeServerEvent, any Error>
    let connection: RealtimeConnection

    /// The iterator of ``RealtimeServerEvents``; the session closes when the last copy of it is dropped.
    public struct AsyncIterator: AsyncIteratorProtocol {
        var base: AsyncThrowingStream<RealtimeServerEvent, any Error>.AsyncIterator
        let end: IterationEnd

        /// The next event, or `nil` once the session closed normally.
        ///
        /// - Throws: ``RealtimeError`` when the session ended abnormally.
        public mutating func next() async throws -> RealtimeServerEvent? {
            try await base.next()
        }
    }

    /// Closes the session when the iteration ends, however it ends.
    final class IterationEnd: Sendable {
        let connection: RealtimeConnection
        init(_ connection: RealtimeConnection) { self.connection = connection }
        deinit { connection.closeInBackground() }
    }

    /// Starts the iteration.
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(base: stream.makeAsyncIterator(), end: IterationEnd(connection))
    }
}
