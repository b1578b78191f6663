import Foundation

/// The Responses endpoint group: ``OpenAI/responses``.
///
/// ```swift
/// let response = try await client.responses.create(CreateResponseRequest(model: "gpt-5", input: "Say hi"))
/// print(response.outputText)
/// for try await event in try await client.responses.stream(CreateResponseRequest(model: "gpt-5", input: "Count to 3")) {
///     if event.type == .outputTextDelta { print(event.delta ?? "", terminator: "") }
/// }
/// ```
///
/// ## Topics
/// ### Creating
/// - ``create(_:options:)``
/// - ``stream(_:options:)``
/// - ``createAndRunTools(_:maxRounds:options:toolHandler:)``
/// ### Stored responses
/// - ``retrieve(_:include:options:)``
/// - ``retrieveStream(_:startingAfter:include:includeObfuscation:options:)``
/// - ``delete(_:options:)``
/// - ``cancel(_:options:)``
/// - ``compact(_:options:)``
/// ### Related
/// - ``inputItems``
/// - ``inputTokens``
/// - ``beta``
public struct Responses: Sendable {
    let client: OpenAI
    /// `nil` for the generally available endpoints; for ``beta``'s calls, the features they name in `OpenAI-Beta`
    /// (with `?beta=true`).
    var betaFeatures: [ResponsesBetaFeature]? = nil

    /// A response's input items: `GET /responses/{response_id}/input_items`.
    public var inputItems: ResponseInputItems { ResponseInputItems(client: client, betaFeatures: betaFeatures) }
    /// Input token counts: `POST /responses/input_tokens`.
    public var inputTokens: ResponseInputTokens { ResponseInputTokens(client: client, betaFeatures: betaFeatures) }
    /// The beta twins of these endpoints (`?beta=true`), with multi-agent responses.
    public var beta: ResponsesBeta { ResponsesBeta(client: client, features: [.multiAgent]) }

    /// Creates a model response.
    ///
    /// `POST /responses`.
    ///
    /// > Warning: Each call is billed; tools such as web search and file search add their own cost.
    ///
    /// - Parameters:
    ///   - request: The model, input, tools and settings; ``CreateResponseRequest/stream`` is cleared.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The response (``ResponseStatus/queued`` when ``CreateResponseRequest/background`` is set).
    /// - Throws: ``OpenAIError``.
    public func create(_ request: CreateResponseRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Response {
        var request = request
        request.stream = nil
        return try await client.send(.post("/responses", json: request, options: options).routedToBeta(betaFeatures))
    }

    /// Creates a model response and streams its events as they happen.
    ///
    /// `POST /responses` with `stream: true`. The stream ends after `response.completed`, `response.failed` or
    /// `response.incomplete`; an `error` event throws ``OpenAIError`` of kind ``OpenAIError/Kind/stream``. Fold the
    /// events into a ``Response`` with ``ResponseStreamAccumulator`` or ``EventStream/collectResponse()``.
    ///
    /// - Parameters:
    ///   - request: The model, input, tools and settings; ``CreateResponseRequest/stream`` is set for you.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The events.
    /// - Throws: ``OpenAIError`` (``OpenAIError/Kind/stream`` when the server answers with JSON instead of a stream).
    public func stream(_ request: CreateResponseRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> EventStream<ResponseStreamEvent> {
        var request = request
        request.stream = true
        return try await client.responseStream(.post("/responses", json: request, options: options).routedToBeta(betaFeatures))
    }

    /// Retrieves a stored response.
    ///
    /// `GET /responses/{response_id}`.
    ///
    /// - Parameters:
    ///   - responseID: The response id.
    ///   - include: Extra output to include; none by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The response.
    /// - Throws: ``OpenAIError`` (status 404 for an unknown id).
    public func retrieve(_ responseID: String, include: [ResponseInclude] = [], options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Response {
        try await client.send(.get(Self.path(responseID), query: Self.includeItems(include), options: options).routedToBeta(betaFeatures))
    }

    /// Streams a background response's events, from the start or after an event already seen (to resume a
    /// dropped stream).
    ///
    /// `GET /responses/{response_id}?stream=true&starting_after=…`.
    ///
    /// ```swift
    /// var accumulator = ResponseStreamAccumulator()
    /// // … the first stream broke after some events:
    /// let resumed = try await client.responses.retrieveStream(id, startingAfter: accumulator.lastSequenceNumber)
    /// for try await event in resumed { accumulator.apply(event) }
    /// ```
    ///
    /// - Parameters:
    ///   - responseID: The response id (created with ``CreateResponseRequest/background`` and `stream`).
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
        var query = Self.includeItems(include) + [URLQueryItem(name: "stream", value: "true")]
        if let startingAfter { query.append(URLQueryItem(name: "starting_after", value: String(startingAfter))) }
        if let includeObfuscation { query.append(URLQueryItem(name: "include_obfuscation", value: String(includeObfuscation))) }
        return try await client.responseStream(.get(Self.path(responseID), query: query, options: options).routedToBeta(betaFeatures))
    }

    /// Deletes a stored response.
    ///
    /// `DELETE /responses/{response_id}`.
    ///
    /// - Parameters:
    ///   - responseID: The response id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The deletion status; an empty 2xx body (which the spec allows) reads as deleted.
    /// - Throws: ``OpenAIError`` (status 404 for an unknown id).
    @discardableResult
    public func delete(_ responseID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> DeletionStatus {
        let (body, metadata) = try await client.sendForBytes(.delete(Self.path(responseID), options: options).routedToBeta(betaFeatures))
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return DeletionStatus(id: responseID, object: "response", deleted: true)
        }
        do {
            return try JSONDecoder().decode(DeletionStatus.self, from: Data(body))
        } catch {
            throw OpenAIError.decoding(error, body: body, metadata: metadata, what: "\(DeletionStatus.self)")
        }
    }

    /// Cancels a background response.
    ///
    /// `POST /responses/{response_id}/cancel`. Only responses created with ``CreateResponseRequest/background``
    /// can be cancelled.
    ///
    /// - Parameters:
    ///   - responseID: The response id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The response, ``ResponseStatus/cancelled``.
    /// - Throws: ``OpenAIError``.
    public func cancel(_ responseID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Response {
        try await client.send(.post(Self.path(responseID) + "/cancel", json: EmptyObjectBody(), options: options).routedToBeta(betaFeatures))
    }

    /// Compacts a conversation into fewer items to pass as the next request's input.
    ///
    /// `POST /responses/compact`.
    ///
    /// - Parameters:
    ///   - request: The model and the conversation (input items or a previous response).
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The compacted items.
    /// - Throws: ``OpenAIError``.
    public func compact(_ request: CompactResponseRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> CompactedResponse {
        try await client.send(.post("/responses/compact", json: request, options: options).routedToBeta(betaFeatures))
    }

    static func path(_ responseID: String) -> String {
        "/responses/" + APIRequest.segment(responseID)
    }

    /// `include=a&include=b`: the spec names the parameter `include` (form style, exploded), unlike the Assistants
    /// API's `include[]`.
    static func includeItems(_ include: [ResponseInclude]) -> [URLQueryItem] {
        include.map { URLQueryItem(name: "include", value: $0.rawValue) }
    }
}

/// A response's input items: ``Responses/inputItems``.
public struct ResponseInputItems: Sendable {
    let client: OpenAI
    /// The ``Responses/beta`` features, or `nil` for the generally available endpoint.
    var betaFeatures: [ResponsesBetaFeature]? = nil

    /// Lists the items a response was given as input.
    ///
    /// `GET /responses/{response_id}/input_items`.
    ///
    /// - Parameters:
    ///   - responseID: The response id.
    ///   - limit: Items per page, 1 to 100; the API's default (20) when `nil`.
    ///   - order: `asc` or `desc` (the default).
    ///   - after: The item id to list after.
    ///   - include: Extra output to include; none by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: One page of items.
    /// - Throws: ``OpenAIError``.
    public func list(
        responseID: String, limit: Int? = nil, order: ListOrder? = nil, after: String? = nil,
        include: [ResponseInclude] = [], options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> Page<ResponseItem> {
        let query = ListQuery(limit: limit, order: order, after: after).items + Responses.includeItems(include)
        return try await client.send(.get(Responses.path(responseID) + "/input_items", query: query, options: options).routedToBeta(betaFeatures))
    }

    /// Every input item of a response, fetched page by page as iteration reaches it.
    ///
    /// - Parameters:
    ///   - responseID: The response id.
    ///   - order: `asc` or `desc` (the default).
    ///   - pageSize: Items per request; the API's default when `nil`.
    ///   - options: Per-call overrides for every page request; none by default.
    /// - Returns: A sequence that throws ``OpenAIError``.
    public func listAll(responseID: String, order: ListOrder? = nil, pageSize: Int? = nil, options: RequestOptions = RequestOptions()) -> PageSequence<ResponseItem> {
        PageSequence(cursor: { $0.id ?? "" }) { after throws(OpenAIError) in
            try await list(responseID: responseID, limit: pageSize, order: order, after: after, options: options)
        }
    }
}

/// Input token counts: ``Responses/inputTokens``.
public struct ResponseInputTokens: Sendable {
    let client: OpenAI
    /// The ``Responses/beta`` features, or `nil` for the generally available endpoint.
    var betaFeatures: [ResponsesBetaFeature]? = nil

    /// Counts the input tokens a response request would use, without running it.
    ///
    /// `POST /responses/input_tokens`.
    ///
    /// - Parameters:
    ///   - request: The model, input, tools and settings.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The count.
    /// - Throws: ``OpenAIError``.
    public func count(_ request: CountInputTokensRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> InputTokenCount {
        try await client.send(.post("/responses/input_tokens", json: request, options: options).routedToBeta(betaFeatures))
    }
}

extension OpenAI {
    /// Sends a request for a response event stream: `error` events throw, terminal events end the stream.
    func responseStream(_ request: APIRequest) async throws(OpenAIError) -> EventStream<ResponseStreamEvent> {
        let (response, metadata) = try await sendForEventStream(request)
        return EventStream(body: response.body, metadata: metadata) { event, metadata throws(OpenAIError) in
            let data = event.data
            if event.event == "error" { throw OpenAIError(streamEventData: data, metadata: metadata) }
            if data.isEmpty || data == "[DONE]" { return .init(element: nil, endsStream: data == "[DONE]") }
            let decoded: ResponseStreamEvent
            do {
                decoded = try JSONDecoder().decode(ResponseStreamEvent.self, from: Data(data.utf8))
            } catch {
                throw OpenAIError.decoding(error, body: Array(data.utf8), metadata: metadata, what: "a response stream event")
            }
            if decoded.type == .error {
                var failure = OpenAIError(streamEventData: data, metadata: metadata)
                if let message = decoded.message { failure.message = message }
                if let code = decoded.code { failure.code = code }
                if let param = decoded.param { failure.param = param }
                throw failure
            }
            return .init(element: decoded, endsStream: decoded.type.isTerminal)
        }
    }
}

extension APIRequest {
    /// This request on a ``Responses/beta`` endpoint: `?beta=true`, and `features` in `OpenAI-Beta` unless the caller
    /// set that header. Unchanged when `features` is `nil` (the generally available endpoints).
    func routedToBeta(_ features: [ResponsesBetaFeature]?) -> APIRequest {
        guard let features else { return self }
        var request = self
        request.queryItems.append(URLQueryItem(name: "beta", value: "true"))
        if !features.isEmpty {
            request.options = request.options.addingBetaHeader(features.map(\.rawValue).joined(separator: ","))
        }
        return request
    }
}
