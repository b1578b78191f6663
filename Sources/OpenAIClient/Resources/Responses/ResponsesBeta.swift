import Foundation

/// The beta twins of the Responses endpoints: ``Responses/beta``.
///
/// Each call is its generally available twin's with `?beta=true`, and the ``features`` in `OpenAI-Beta`
/// (`responses_multi_agent=v1` by default; a caller's own `OpenAI-Beta` header wins). The beta endpoints take and
/// answer the same shapes, plus multi-agent execution: ``BetaCreateResponseRequest/multiAgent`` on create, an agent
/// tag on every item and stream event (``ResponseItem/agent``, ``ResponseStreamEvent/agent``), and the
/// ``ResponseItem/agentMessage(_:)``, ``ResponseItem/multiAgentCall(_:)`` and ``ResponseItem/multiAgentCallOutput(_:)``
/// items, with ``ResponseContent/encryptedContent(_:)`` parts.
///
/// ```swift
/// var request = BetaCreateResponseRequest(CreateResponseRequest(model: "gpt-5", input: "Compare these three papers …"))
/// request.multiAgent = ResponseMultiAgentSettings(enabled: true)
/// let response = try await client.responses.beta.create(request)   // POST /responses?beta=true
/// let items = try await client.responses.beta.inputItems.list(responseID: response.id)
/// ```
///
/// ## Topics
/// ### Creating
/// - ``create(_:options:)``
/// - ``stream(_:options:)``
/// ### Stored responses
/// - ``retrieve(_:include:options:)``
/// - ``retrieveStream(_:startingAfter:include:includeObfuscation:options:)``
/// - ``delete(_:options:)``
/// - ``cancel(_:options:)``
/// - ``compact(_:options:)``
/// ### Related
/// - ``inputItems``
/// - ``inputTokens``
/// - ``features``
public struct ResponsesBeta: Sendable {
    let client: OpenAI
    /// The features named in `OpenAI-Beta`, comma-separated: ``ResponsesBetaFeature/multiAgent`` by default. With none,
    /// calls send no `OpenAI-Beta` header (still with `?beta=true`).
    public var features: [ResponsesBetaFeature]

    /// The generally available resource, routed to the beta endpoints.
    var responses: Responses { Responses(client: client, betaFeatures: features) }

    /// A response's input items: `GET /responses/{response_id}/input_items?beta=true`.
    public var inputItems: ResponseInputItems { responses.inputItems }
    /// Input token counts: `POST /responses/input_tokens?beta=true`.
    public var inputTokens: ResponseInputTokens { responses.inputTokens }

    /// Creates a model response.
    ///
    /// `POST /responses?beta=true`.
    ///
    /// > Warning: Each call is billed; a multi-agent response runs several agents, each billed for its tokens.
    ///
    /// - Parameters:
    ///   - request: The request, with multi-agent settings; its `stream` is cleared.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The response.
    /// - Throws: ``OpenAIError``.
    public func create(_ request: BetaCreateResponseRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Response {
        var request = request
        request.stream = nil
        return try await client.send(APIRequest.post("/responses", json: request, options: options).routedToBeta(features))
    }

    /// Creates a model response and streams its events as they happen.
    ///
    /// `POST /responses?beta=true` with `stream: true`; the stream behaves as ``Responses/stream(_:options:)``'s.
    ///
    /// - Parameters:
    ///   - request: The request, with multi-agent settings; its `stream` is set for you.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The events.
    /// - Throws: ``OpenAIError`` (``OpenAIError/Kind/stream`` when the server answers with JSON instead of a stream).
    public func stream(_ request: BetaCreateResponseRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> EventStream<ResponseStreamEvent> {
        var request = request
        request.stream = true
        return try await client.responseStream(APIRequest.post("/responses", json: request, options: options).routedToBeta(features))
    }

    /// Retrieves a stored response.
    ///
    /// `GET /responses/{response_id}?beta=true`.
    ///
    /// - Parameters:
    ///   - responseID: The response id.
    ///   - include: Extra output to include; none by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The response.
    /// - Throws: ``OpenAIError`` (status 404 for an unknown id).
    public func retrieve(_ responseID: String, include: [ResponseInclude] = [], options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Response {
        try await responses.retrieve(responseID, include: include, options: options)
    }

    /// Streams a background response's events, from the start or after an event already seen.
    ///
    /// `GET /responses/{response_id}?beta=true&stream=true&starting_after=…`.
    ///
    /// - Parameters:
    ///   - responseID: The response id.
    ///   - startingAfter: The sequence number of the last event seen; from the start when `nil`, the default.
    ///   - include: Extra output to include; none by default.
    ///   - includeObfuscation: Whether deltas carry `obfuscation` padding; the API's default (true) when `nil`.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The events after `startingAfter`.
    /// - Throws: ``OpenAIError``.
    public func retrieveStream(
        _ responseID: String, startingAfter: Int? = nil, include: [ResponseInclude] = [], includeObfuscation: Bool? = nil,
        options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> EventStream<ResponseStreamEvent> {
        try await responses.retrieveStream(responseID, startingAfter: startingAfter, include: include, includeObfuscation: includeObfuscation, options: options)
    }

    /// Deletes a stored response.
    ///
    /// `DELETE /responses/{response_id}?beta=true`.
    ///
    /// - Parameters:
    ///   - responseID: The response id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The deletion status; an empty 2xx body reads as deleted.
    /// - Throws: ``OpenAIError`` (status 404 for an unknown id).
    @discardableResult
    public func delete(_ responseID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> DeletionStatus {
        try await responses.delete(responseID, options: options)
    }

    /// Cancels a background response.
    ///
    /// `POST /responses/{response_id}/cancel?beta=true`.
    ///
    /// - Parameters:
    ///   - responseID: The response id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The response, ``ResponseStatus/cancelled``.
    /// - Throws: ``OpenAIError``.
    public func cancel(_ responseID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Response {
        try await responses.cancel(responseID, options: options)
    }

    /// Compacts a conversation into fewer items to pass as the next request's input.
    ///
    /// `POST /responses/compact?beta=true`.
    ///
    /// - Parameters:
    ///   - request: The model and the conversation (its items may carry agent tags and multi-agent items).
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The compacted items.
    /// - Throws: ``OpenAIError``.
    public func compact(_ request: CompactResponseRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> CompactedResponse {
        try await responses.compact(request, options: options)
    }
}
