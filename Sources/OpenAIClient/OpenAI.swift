import Foundation
import Logging

/// A client for the OpenAI API and OpenAI-compatible servers.
///
/// Endpoints are grouped as the REST paths are: ``embeddings``, ``chat`` (`chat.completions`), ``responses``,
/// ``conversations``, ``completions``, ``models``, ``moderations``, and the storage, assistants, batch,
/// fine-tuning, images and audio groups, and administration (``organization``). ``Webhooks`` verifies the events OpenAI sends you.
///
/// ```swift
/// let client = OpenAI(configuration: .fromEnvironment())
/// let response = try await client.embeddings.create(
///     CreateEmbeddingRequest(input: .strings(["a", "b"]), model: "text-embedding-3-small")
/// )
/// print(response.data[0].embedding.count)
/// ```
///
/// Every call retries transient failures (see ``RetryPolicy``) and throws ``OpenAIError``. Cancelling the
/// calling task cancels the HTTP request and any stream. The default transport uses a process-wide
/// `HTTPClient` (``AsyncHTTPClientTransport/sharedClient``), so there is nothing to shut down.
///
/// ## Topics
/// ### Endpoint groups
/// - ``embeddings``
/// - ``chat``
/// - ``responses``
/// - ``conversations``
/// - ``completions``
/// - ``models``
/// - ``moderations``
/// - ``organization``
/// - ``containers``
/// - ``videos``
/// - ``skills``
/// - ``realtime``
/// ### Response metadata
/// - ``withResponseMetadata(isolation:_:)``
public final class OpenAI: Sendable {
    /// The settings sent with every request.
    public let configuration: OpenAIConfiguration
    /// The transport requests go through.
    public let transport: any HTTPTransport
    let sleep: @Sendable (Duration) async throws -> Void
    let jitter: @Sendable () -> Double
    let logger: Logger?

    /// Creates a client.
    ///
    /// - Parameters:
    ///   - configuration: Key, base URL, headers, timeout and retries.
    ///   - transport: How requests are sent; ``AsyncHTTPClientTransport`` on its shared client by default.
    ///   - sleep: How the client waits between retries; `Task.sleep(for:)` by default. Tests inject a recorder.
    ///   - jitter: The retry jitter source, a number in `0..<1`; random by default.
    ///   - logger: Receives requests and responses at `debug` and retries at `info` (method, URL, status,
    ///     request id; never the key or a body); silent when `nil`, the default.
    public init(
        configuration: OpenAIConfiguration,
        transport: (any HTTPTransport)? = nil,
        sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) },
        jitter: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) },
        logger: Logger? = nil
    ) {
        self.configuration = configuration
        self.transport = transport ?? AsyncHTTPClientTransport()
        self.sleep = sleep
        self.jitter = jitter
        self.logger = logger
    }

    /// Embeddings: `POST /embeddings`.
    public var embeddings: Embeddings { Embeddings(client: self) }
    /// Chat: ``Chat/completions``.
    public var chat: Chat { Chat(client: self) }
    /// Legacy completions: `POST /completions`.
    public var completions: Completions { Completions(client: self) }
    /// Models: `GET /models`, `GET /models/{model}`, `DELETE /models/{model}`.
    public var models: Models { Models(client: self) }
    /// Moderations: `POST /moderations`.
    public var moderations: Moderations { Moderations(client: self) }

    /// Runs `body` and returns, with its result, the metadata of every response it received.
    ///
    /// Calls made by child tasks of `body` are collected too, in the order they completed.
    ///
    /// ```swift
    /// let (page, metadata) = try await OpenAI.withResponseMetadata { try await client.models.list() }
    /// print(metadata[0].requestID ?? "-", metadata[0].rateLimit.remainingRequests ?? -1)
    /// ```
    ///
    /// - Parameters:
    ///   - isolation: The caller's actor, so `body` runs there (the default, `#isolation`, is right for any caller).
    ///   - body: The calls to observe.
    /// - Returns: `body`'s result and the metadata of its successful responses (failed calls carry theirs in
    ///   ``OpenAIError/metadata``).
    public static func withResponseMetadata<T>(
        isolation: isolated (any Actor)? = #isolation,
        _ body: () async throws -> T
    ) async rethrows -> (T, [ResponseMetadata]) {
        let recorder = ResponseMetadataRecorder()
        let result = try await ResponseMetadataRecorder.$current.withValue(recorder) {
            try await body()
        }
        return (result, await recorder.entries)
    }
}

/// Collects ``ResponseMetadata`` for ``OpenAI/withResponseMetadata(isolation:_:)``.
actor ResponseMetadataRecorder {
    @TaskLocal static var current: ResponseMetadataRecorder?
    private(set) var entries: [ResponseMetadata] = []

    func record(_ metadata: ResponseMetadata) {
        entries.append(metadata)
    }
}
