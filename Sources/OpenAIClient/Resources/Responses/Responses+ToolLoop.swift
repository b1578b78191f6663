import Foundation

/// A tool call a response asks your code to run: a function call (JSON arguments) or a custom tool call (text input).
public struct ResponseToolCall: Sendable, Hashable {
    /// Which kind of call.
    public enum Kind: Sendable, Hashable {
        /// A function call; ``ResponseToolCall/input`` is its JSON arguments.
        case function
        /// A custom tool call; ``ResponseToolCall/input`` is its text input.
        case custom
    }

    /// Function or custom.
    public var kind: Kind
    /// The call id the output answers.
    public var callID: String
    /// The tool name.
    public var name: String
    /// The JSON arguments (function) or text input (custom).
    public var input: String

    /// Creates a call.
    public init(kind: Kind, callID: String, name: String, input: String) {
        self.kind = kind
        self.callID = callID
        self.name = name
        self.input = input
    }

    /// Decodes a function call's arguments into `T`.
    ///
    /// - Throws: `DecodingError` when the input is not JSON of that shape.
    public func decodeArguments<T: Decodable>(as type: T.Type = T.self) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(input.utf8))
    }

    /// The calls in a response's output that your code must answer, in order.
    static func pending(in response: Response) -> [ResponseToolCall] {
        response.output.compactMap { item in
            switch item {
            case .functionCall(let call): ResponseToolCall(kind: .function, callID: call.callID, name: call.name, input: call.arguments)
            case .customToolCall(let call): ResponseToolCall(kind: .custom, callID: call.callID, name: call.name, input: call.input)
            default: nil
            }
        }
    }

    /// The output item answering this call with `output`.
    func answer(_ output: String) -> ResponseItem {
        switch kind {
        case .function: .functionCallOutput(callID: callID, output: output)
        case .custom: .customToolCallOutput(callID: callID, output: output)
        }
    }
}

/// Answers one tool call of a response; the returned text is sent back as its output.
public typealias ResponseToolHandler = @Sendable (ResponseToolCall) async throws -> String

extension Responses {
    /// Creates a response and answers its function and custom tool calls until the model stops calling them.
    ///
    /// Each round sends `POST /responses`; when the output holds tool calls, `toolHandler` answers each (in order),
    /// and the next round sends the outputs as input with ``CreateResponseRequest/previousResponseID`` set to the
    /// last response (so the response must be stored, the default), or in the same
    /// ``CreateResponseRequest/conversation`` when the request names one. The loop stops at the first response without
    /// tool calls, or after `maxRounds` requests.
    ///
    /// ```swift
    /// let request = CreateResponseRequest(model: "gpt-5", input: "Weather in Paris?", tools: [.function(name: "get_weather", parameters: schema)])
    /// let response = try await client.responses.createAndRunTools(request) { call in
    ///     try await weather(call.decodeArguments(as: WeatherQuery.self))
    /// }
    /// print(response.outputText)
    /// ```
    ///
    /// > Warning: Each round is a billed request; `maxRounds` bounds the cost of a model that keeps calling tools.
    ///
    /// - Parameters:
    ///   - request: The first request.
    ///   - maxRounds: The most requests, at least 1; 10 by default.
    ///   - options: Per-call overrides for every request; none by default.
    ///   - toolHandler: Answers each tool call with its output text.
    /// - Returns: The first response without tool calls to answer.
    /// - Throws: ``OpenAIError``: ``OpenAIError/Kind/toolHandler`` when the handler throws,
    ///   ``OpenAIError/Kind/invalidRequest`` when `maxRounds` is below 1 or a response still calls tools after
    ///   `maxRounds` requests.
    public func createAndRunTools(
        _ request: CreateResponseRequest,
        maxRounds: Int = 10,
        options: RequestOptions = RequestOptions(),
        toolHandler: ResponseToolHandler
    ) async throws(OpenAIError) -> Response {
        guard maxRounds >= 1 else {
            throw OpenAIError(kind: .invalidRequest, message: "maxRounds must be at least 1, got \(maxRounds)")
        }
        var next = request
        for round in 1...maxRounds {
            let response = try await create(next, options: options)
            let calls = ResponseToolCall.pending(in: response)
            if calls.isEmpty { return response }
            guard round < maxRounds else {
                throw OpenAIError(kind: .invalidRequest, message: "response \(response.id) still calls \(calls.count) tool(s) after \(maxRounds) rounds")
            }
            var outputs: [ResponseItem] = []
            for call in calls {
                do {
                    outputs.append(call.answer(try await toolHandler(call)))
                } catch {
                    throw OpenAIError(kind: .toolHandler, message: "the tool handler failed for \(call.name) (\(call.callID)): \(error)", underlying: error)
                }
            }
            next.input = .items(outputs)
            // A conversation already holds the calls (the API adds each response's items to it); otherwise chain.
            if next.conversation == nil { next.previousResponseID = response.id }
        }
        throw OpenAIError(kind: .invalidRequest, message: "maxRounds must be at least 1, got \(maxRounds)")
    }
}
