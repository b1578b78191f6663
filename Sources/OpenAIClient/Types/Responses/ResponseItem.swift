import Foundation

/// One item of a response's input or output, or of a conversation: a message, a tool call, a tool call's output,
/// reasoning, or a kind this library does not model (kept whole in ``other(_:)`` and sent back unchanged).
///
/// ```swift
/// let input: [ResponseItem] = [
///     .message(role: .developer, text: "Answer in French."),
///     .message(role: .user, text: "What is the capital of Norway?"),
/// ]
/// ```
///
/// ## Topics
/// ### Messages
/// - ``message(_:)``
/// - ``message(role:text:)``
/// - ``message(role:content:)``
/// ### Tool calls and their outputs
/// - ``functionCall(_:)``
/// - ``functionCallOutput(_:)``
/// - ``customToolCall(_:)``
/// - ``customToolCallOutput(_:)``
/// - ``fileSearchCall(_:)``
/// - ``webSearchCall(_:)``
/// - ``imageGenerationCall(_:)``
/// - ``codeInterpreterCall(_:)``
/// - ``mcpCall(_:)``
/// - ``mcpApprovalRequest(_:)``
/// - ``mcpApprovalResponse(_:)``
/// ### Multi-agent responses (beta)
/// - ``agentMessage(_:)``
/// - ``multiAgentCall(_:)``
/// - ``multiAgentCallOutput(_:)``
/// - ``agent``
public enum ResponseItem: Codable, Sendable, Hashable {
    /// `message`: input (user, system, developer) or output (assistant) content.
    case message(ResponseMessage)
    /// `function_call`: the model calls one of your functions.
    case functionCall(ResponseFunctionCall)
    /// `function_call_output`: your function's result.
    case functionCallOutput(ResponseFunctionCallOutput)
    /// `custom_tool_call`: the model calls one of your custom tools.
    case customToolCall(ResponseCustomToolCall)
    /// `custom_tool_call_output`: your custom tool's result.
    case customToolCallOutput(ResponseCustomToolCallOutput)
    /// `file_search_call`: a file search, with its results when included.
    case fileSearchCall(ResponseFileSearchCall)
    /// `web_search_call`: a web search.
    case webSearchCall(ResponseWebSearchCall)
    /// `reasoning`: the model's reasoning summary (and encrypted content, when included).
    case reasoning(ResponseReasoningItem)
    /// `image_generation_call`: an image the model generated.
    case imageGenerationCall(ResponseImageGenerationCall)
    /// `code_interpreter_call`: code the model ran.
    case codeInterpreterCall(ResponseCodeInterpreterCall)
    /// `mcp_call`: a call to a remote MCP server's tool.
    case mcpCall(ResponseMCPCall)
    /// `mcp_approval_request`: the model asks to call an MCP tool.
    case mcpApprovalRequest(ResponseMCPApprovalRequest)
    /// `mcp_approval_response`: your answer to an approval request.
    case mcpApprovalResponse(ResponseMCPApprovalResponse)
    /// `item_reference`: an earlier item, by id (input only).
    case itemReference(String)
    /// `agent_message`: a message between agents of a multi-agent response (``Responses/beta``).
    case agentMessage(ResponseAgentMessage)
    /// `multi_agent_call`: an agent spawns, messages, waits for or stops another (``Responses/beta``).
    case multiAgentCall(ResponseMultiAgentCall)
    /// `multi_agent_call_output`: the result of a multi-agent call (``Responses/beta``).
    case multiAgentCallOutput(ResponseMultiAgentCallOutput)
    /// Any other kind (computer use, shell, apply patch, compaction, MCP tool lists, …), kept as sent.
    case other(JSONValue)

    /// A message with one text part (`input_text`, or `output_text` for the assistant).
    public static func message(role: ResponseRole, text: String) -> Self {
        .message(ResponseMessage(role: role, content: [role == .assistant ? .outputText(ResponseOutputText(text: text)) : .inputText(text)]))
    }

    /// A message with these parts.
    public static func message(role: ResponseRole, content: [ResponseContent]) -> Self {
        .message(ResponseMessage(role: role, content: content))
    }

    /// A function's text result for the call `callID`.
    public static func functionCallOutput(callID: String, output: String) -> Self {
        .functionCallOutput(ResponseFunctionCallOutput(callID: callID, output: .text(output)))
    }

    /// A custom tool's text result for the call `callID`.
    public static func customToolCallOutput(callID: String, output: String) -> Self {
        .customToolCallOutput(ResponseCustomToolCallOutput(callID: callID, output: .text(output)))
    }

    /// The item's type string, such as `message` or `function_call`.
    public var type: ResponseItemType {
        switch self {
        case .message: .message
        case .functionCall: .functionCall
        case .functionCallOutput: .functionCallOutput
        case .customToolCall: .customToolCall
        case .customToolCallOutput: .customToolCallOutput
        case .fileSearchCall: .fileSearchCall
        case .webSearchCall: .webSearchCall
        case .reasoning: .reasoning
        case .imageGenerationCall: .imageGenerationCall
        case .codeInterpreterCall: .codeInterpreterCall
        case .mcpCall: .mcpCall
        case .mcpApprovalRequest: .mcpApprovalRequest
        case .mcpApprovalResponse: .mcpApprovalResponse
        case .itemReference: .itemReference
        case .agentMessage: .agentMessage
        case .multiAgentCall: .multiAgentCall
        case .multiAgentCallOutput: .multiAgentCallOutput
        case .other(let raw): ResponseItemType(rawValue: raw.objectValue?["type"]?.stringValue ?? "")
        }
    }

    /// The item's id, when it has one.
    public var id: String? {
        switch self {
        case .message(let item): item.id
        case .functionCall(let item): item.id
        case .functionCallOutput(let item): item.id
        case .customToolCall(let item): item.id
        case .customToolCallOutput(let item): item.id
        case .fileSearchCall(let item): item.id
        case .webSearchCall(let item): item.id
        case .reasoning(let item): item.id
        case .imageGenerationCall(let item): item.id
        case .codeInterpreterCall(let item): item.id
        case .mcpCall(let item): item.id
        case .mcpApprovalRequest(let item): item.id
        case .mcpApprovalResponse(let item): item.id
        case .itemReference(let id): id
        case .agentMessage(let item): item.id
        case .multiAgentCall(let item): item.id
        case .multiAgentCallOutput(let item): item.id
        case .other(let raw): raw.objectValue?["id"]?.stringValue
        }
    }

    /// The agent that produced the item, in a multi-agent response (``Responses/beta``); `nil` otherwise.
    public var agent: ResponseAgentTag? {
        switch self {
        case .message(let item): item.agent
        case .functionCall(let item): item.agent
        case .functionCallOutput(let item): item.agent
        case .customToolCall(let item): item.agent
        case .customToolCallOutput(let item): item.agent
        case .fileSearchCall(let item): item.agent
        case .webSearchCall(let item): item.agent
        case .reasoning(let item): item.agent
        case .imageGenerationCall(let item): item.agent
        case .codeInterpreterCall(let item): item.agent
        case .mcpCall(let item): item.agent
        case .mcpApprovalRequest(let item): item.agent
        case .mcpApprovalResponse(let item): item.agent
        case .agentMessage(let item): item.agent
        case .multiAgentCall(let item): item.agent
        case .multiAgentCallOutput(let item): item.agent
        case .itemReference: nil
        case .other(let raw): raw["agent"].flatMap { try? $0.decode(as: ResponseAgentTag.self) }
        }
    }

    private enum CodingKeys: String, CodingKey { case type, id }

    /// Decodes an item by its `type` (a message when it has a role and no type), keeping unknown kinds whole.
    public init(from decoder: any Decoder) throws {
        let raw = try JSONValue(from: decoder)
        let object = raw.objectValue ?? [:]
        let type = object["type"]?.stringValue ?? (object["role"] != nil ? "message" : "")
        do {
            switch ResponseItemType(rawValue: type) {
            case .message: self = .message(try raw.decode())
            case .functionCall: self = .functionCall(try raw.decode())
            case .functionCallOutput: self = .functionCallOutput(try raw.decode())
            case .customToolCall: self = .customToolCall(try raw.decode())
            case .customToolCallOutput: self = .customToolCallOutput(try raw.decode())
            case .fileSearchCall: self = .fileSearchCall(try raw.decode())
            case .webSearchCall: self = .webSearchCall(try raw.decode())
            case .reasoning: self = .reasoning(try raw.decode())
            case .imageGenerationCall: self = .imageGenerationCall(try raw.decode())
            case .codeInterpreterCall: self = .codeInterpreterCall(try raw.decode())
            case .mcpCall: self = .mcpCall(try raw.decode())
            case .mcpApprovalRequest: self = .mcpApprovalRequest(try raw.decode())
            case .mcpApprovalResponse: self = .mcpApprovalResponse(try raw.decode())
            case .itemReference: self = .itemReference(object["id"]?.stringValue ?? "")
            case .agentMessage: self = .agentMessage(try raw.decode())
            case .multiAgentCall: self = .multiAgentCall(try raw.decode())
            case .multiAgentCallOutput: self = .multiAgentCallOutput(try raw.decode())
            default: self = .other(raw)
            }
        } catch {
            // A known kind in a shape this library does not expect is kept rather than failing the whole response.
            self = .other(raw)
        }
    }

    /// Encodes the item with its `type`.
    public func encode(to encoder: any Encoder) throws {
        let body: any Encodable
        switch self {
        case .message(let item): body = item
        case .functionCall(let item): body = item
        case .functionCallOutput(let item): body = item
        case .customToolCall(let item): body = item
        case .customToolCallOutput(let item): body = item
        case .fileSearchCall(let item): body = item
        case .webSearchCall(let item): body = item
        case .reasoning(let item): body = item
        case .imageGenerationCall(let item): body = item
        case .codeInterpreterCall(let item): body = item
        case .mcpCall(let item): body = item
        case .mcpApprovalRequest(let item): body = item
        case .mcpApprovalResponse(let item): body = item
        case .itemReference(let id): body = ["id": id]
        case .agentMessage(let item): body = item
        case .multiAgentCall(let item): body = item
        case .multiAgentCallOutput(let item): body = item
        case .other(let raw): return try raw.encode(to: encoder)
        }
        guard case .object(var members) = try JSONValue(encoding: body) else { return }
        members["type"] = .string(type.rawValue)
        try JSONValue.object(members).encode(to: encoder)
    }
}

/// The type of a ``ResponseItem``; unknown types decode and round-trip unchanged.
public struct ResponseItemType: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a value from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `message`.
    public static let message = Self(rawValue: "message")
    /// `function_call`.
    public static let functionCall = Self(rawValue: "function_call")
    /// `function_call_output`.
    public static let functionCallOutput = Self(rawValue: "function_call_output")
    /// `custom_tool_call`.
    public static let customToolCall = Self(rawValue: "custom_tool_call")
    /// `custom_tool_call_output`.
    public static let customToolCallOutput = Self(rawValue: "custom_tool_call_output")
    /// `file_search_call`.
    public static let fileSearchCall = Self(rawValue: "file_search_call")
    /// `web_search_call`.
    public static let webSearchCall = Self(rawValue: "web_search_call")
    /// `reasoning`.
    public static let reasoning = Self(rawValue: "reasoning")
    /// `image_generation_call`.
    public static let imageGenerationCall = Self(rawValue: "image_generation_call")
    /// `code_interpreter_call`.
    public static let codeInterpreterCall = Self(rawValue: "code_interpreter_call")
    /// `mcp_call`.
    public static let mcpCall = Self(rawValue: "mcp_call")
    /// `mcp_list_tools`.
    public static let mcpListTools = Self(rawValue: "mcp_list_tools")
    /// `mcp_approval_request`.
    public static let mcpApprovalRequest = Self(rawValue: "mcp_approval_request")
    /// `mcp_approval_response`.
    public static let mcpApprovalResponse = Self(rawValue: "mcp_approval_response")
    /// `item_reference`.
    public static let itemReference = Self(rawValue: "item_reference")
    /// `computer_call`.
    public static let computerCall = Self(rawValue: "computer_call")
    /// `computer_call_output`.
    public static let computerCallOutput = Self(rawValue: "computer_call_output")
    /// `local_shell_call`.
    public static let localShellCall = Self(rawValue: "local_shell_call")
    /// `shell_call`.
    public static let shellCall = Self(rawValue: "shell_call")
    /// `shell_call_output`.
    public static let shellCallOutput = Self(rawValue: "shell_call_output")
    /// `apply_patch_call`.
    public static let applyPatchCall = Self(rawValue: "apply_patch_call")
    /// `apply_patch_call_output`.
    public static let applyPatchCallOutput = Self(rawValue: "apply_patch_call_output")
    /// `compaction`.
    public static let compaction = Self(rawValue: "compaction")
    /// `agent_message` (multi-agent responses).
    public static let agentMessage = Self(rawValue: "agent_message")
    /// `multi_agent_call` (multi-agent responses).
    public static let multiAgentCall = Self(rawValue: "multi_agent_call")
    /// `multi_agent_call_output` (multi-agent responses).
    public static let multiAgentCallOutput = Self(rawValue: "multi_agent_call_output")
}

/// Who wrote a message.
public struct ResponseRole: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a value from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `user`.
    public static let user = Self(rawValue: "user")
    /// `assistant`: the model.
    public static let assistant = Self(rawValue: "assistant")
    /// `system`.
    public static let system = Self(rawValue: "system")
    /// `developer`: instructions that outrank the user's.
    public static let developer = Self(rawValue: "developer")
}

/// The status of an item: `in_progress`, `completed`, `incomplete`, or another the API adds.
public struct ResponseItemStatus: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a value from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `in_progress`.
    public static let inProgress = Self(rawValue: "in_progress")
    /// `completed`.
    public static let completed = Self(rawValue: "completed")
    /// `incomplete`.
    public static let incomplete = Self(rawValue: "incomplete")
    /// `searching` (search calls).
    public static let searching = Self(rawValue: "searching")
    /// `failed`.
    public static let failed = Self(rawValue: "failed")
}

/// A `message` item.
public struct ResponseMessage: Codable, Sendable, Hashable {
    /// The item id (output and stored items); `nil` on new input.
    public var id: String?
    /// Who wrote it.
    public var role: ResponseRole
    /// The parts; a plain string `content` decodes as one `input_text` part.
    public var content: [ResponseContent]
    /// The item's status (output items).
    public var status: ResponseItemStatus?
    /// The message's phase (`commentary` or `final_answer`) on some models, as sent.
    public var phase: String?
    /// The agent that produced the item, in a multi-agent response (``Responses/beta``).
    public var agent: ResponseAgentTag?

    /// Creates a message.
    public init(id: String? = nil, role: ResponseRole, content: [ResponseContent], status: ResponseItemStatus? = nil) {
        self.id = id
        self.role = role
        self.content = content
        self.status = status
    }

    /// The text of its `output_text` (or `input_text`) parts, joined.
    public var text: String {
        content.compactMap { part -> String? in
            switch part {
            case .outputText(let text): text.text
            case .inputText(let text): text
            default: nil
            }
        }.joined()
    }

    enum CodingKeys: String, CodingKey { case id, role, content, status, phase, agent }

    /// Decodes a message; a string `content` becomes one text part.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(String.self, forKey: .id)
        role = try container.decode(ResponseRole.self, forKey: .role)
        if let text = try? container.decode(String.self, forKey: .content) {
            content = [role == .assistant ? .outputText(ResponseOutputText(text: text)) : .inputText(text)]
        } else {
            content = try container.decodeIfPresent([ResponseContent].self, forKey: .content) ?? []
        }
        status = try container.decodeIfPresent(ResponseItemStatus.self, forKey: .status)
        phase = try? container.decodeIfPresent(String.self, forKey: .phase)
        agent = try container.decodeIfPresent(ResponseAgentTag.self, forKey: .agent)
    }
}

/// A `function_call` item: the model asks you to run a function.
public struct ResponseFunctionCall: Codable, Sendable, Hashable {
    /// The item id.
    public var id: String?
    /// The call id, echoed in the output you send back.
    public var callID: String
    /// The function name.
    public var name: String
    /// The arguments, a JSON object as text (validate it: the model may produce invalid JSON).
    public var arguments: String
    /// The function's namespace, when the tool was defined in one.
    public var namespace: String?
    /// The item's status.
    public var status: ResponseItemStatus?
    /// The agent that produced the item, in a multi-agent response (``Responses/beta``).
    public var agent: ResponseAgentTag?

    /// Creates a function call.
    public init(id: String? = nil, callID: String, name: String, arguments: String, namespace: String? = nil, status: ResponseItemStatus? = nil) {
        self.id = id
        self.callID = callID
        self.name = name
        self.arguments = arguments
        self.namespace = namespace
        self.status = status
    }

    /// Decodes the arguments into `T`.
    ///
    /// - Throws: `DecodingError` when the arguments are not JSON of that shape.
    public func decodeArguments<T: Decodable>(as type: T.Type = T.self) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(arguments.utf8))
    }

    enum CodingKeys: String, CodingKey {
        case id, name, arguments, namespace, status, agent
        case callID = "call_id"
    }
}

/// What a tool returns: text, or content parts (text, images, files).
public enum ResponseToolOutput: Codable, Sendable, Hashable {
    /// A string.
    case text(String)
    /// Content parts.
    case content([ResponseContent])

    /// The text of a text output, or of its text parts joined.
    public var text: String {
        switch self {
        case .text(let text): text
        case .content(let parts): parts.compactMap(\.text).joined()
        }
    }

    /// Decodes a string or a list of parts.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            self = .text(text)
        } else {
            self = .content(try container.decode([ResponseContent].self))
        }
    }

    /// Encodes a string or a list of parts.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .content(let parts): try container.encode(parts)
        }
    }
}

/// A `function_call_output` item: your function's result.
public struct ResponseFunctionCallOutput: Codable, Sendable, Hashable {
    /// The item id (stored items).
    public var id: String?
    /// The call this answers.
    public var callID: String
    /// The result.
    public var output: ResponseToolOutput
    /// The item's status.
    public var status: ResponseItemStatus?
    /// The agent that produced the item, in a multi-agent response (``Responses/beta``).
    public var agent: ResponseAgentTag?

    /// Creates a function result.
    public init(id: String? = nil, callID: String, output: ResponseToolOutput, status: ResponseItemStatus? = nil) {
        self.id = id
        self.callID = callID
        self.output = output
        self.status = status
    }

    enum CodingKeys: String, CodingKey {
        case id, output, status, agent
        case callID = "call_id"
    }
}

/// A `custom_tool_call` item: the model sends text input to one of your custom tools.
public struct ResponseCustomToolCall: Codable, Sendable, Hashable {
    /// The item id.
    public var id: String?
    /// The call id, echoed in the output you send back.
    public var callID: String
    /// The custom tool's name.
    public var name: String
    /// The input the model wrote.
    public var input: String
    /// The tool's namespace, when it was defined in one.
    public var namespace: String?
    /// The agent that produced the item, in a multi-agent response (``Responses/beta``).
    public var agent: ResponseAgentTag?

    /// Creates a custom tool call.
    public init(id: String? = nil, callID: String, name: String, input: String, namespace: String? = nil) {
        self.id = id
        self.callID = callID
        self.name = name
        self.input = input
        self.namespace = namespace
    }

    enum CodingKeys: String, CodingKey {
        case id, name, input, namespace, agent
        case callID = "call_id"
    }
}

/// A `custom_tool_call_output` item: your custom tool's result.
public struct ResponseCustomToolCallOutput: Codable, Sendable, Hashable {
    /// The item id (stored items).
    public var id: String?
    /// The call this answers.
    public var callID: String
    /// The result.
    public var output: ResponseToolOutput
    /// The agent that produced the item, in a multi-agent response (``Responses/beta``).
    public var agent: ResponseAgentTag?

    /// Creates a custom tool result.
    public init(id: String? = nil, callID: String, output: ResponseToolOutput) {
        self.id = id
        self.callID = callID
        self.output = output
    }

    enum CodingKeys: String, CodingKey {
        case id, output, agent
        case callID = "call_id"
    }
}

/// A `file_search_call` item: the queries the model ran and, with `include: file_search_call.results`, the hits.
public struct ResponseFileSearchCall: Codable, Sendable, Hashable {
    /// The item id.
    public var id: String
    /// The item's status (`in_progress`, `searching`, `completed`, `incomplete`, `failed`).
    public var status: ResponseItemStatus?
    /// The queries.
    public var queries: [String]
    /// The results, when included.
    public var results: [Result]?
    /// The agent that produced the item, in a multi-agent response (``Responses/beta``).
    public var agent: ResponseAgentTag?

    /// One retrieved chunk.
    public struct Result: Codable, Sendable, Hashable {
        /// The file id.
        public var fileID: String?
        /// The file name.
        public var filename: String?
        /// The retrieved text.
        public var text: String?
        /// The relevance score, 0 to 1.
        public var score: Double?
        /// The file's attributes in its vector store.
        public var attributes: [String: AttributeValue]?

        enum CodingKeys: String, CodingKey {
            case filename, text, score, attributes
            case fileID = "file_id"
        }
    }

    enum CodingKeys: String, CodingKey { case id, status, queries, results, agent }

    /// Decodes a search call; missing queries read as none.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        status = try container.decodeIfPresent(ResponseItemStatus.self, forKey: .status)
        queries = try container.decodeIfPresent([String].self, forKey: .queries) ?? []
        results = try container.decodeIfPresent([Result].self, forKey: .results)
        agent = try container.decodeIfPresent(ResponseAgentTag.self, forKey: .agent)
    }
}

/// A `web_search_call` item.
public struct ResponseWebSearchCall: Codable, Sendable, Hashable {
    /// The item id.
    public var id: String
    /// The item's status.
    public var status: ResponseItemStatus?
    /// What the search did (`search`, `open_page`, `find`, with queries and sources), as sent.
    public var action: JSONValue?
    /// The agent that produced the item, in a multi-agent response (``Responses/beta``).
    public var agent: ResponseAgentTag?

    enum CodingKeys: String, CodingKey { case id, status, action, agent }
}

/// A `reasoning` item: summary parts and, with `include: reasoning.encrypted_content`, the encrypted reasoning to
/// pass back in stateless conversations.
public struct ResponseReasoningItem: Codable, Sendable, Hashable {
    /// The item id.
    public var id: String
    /// Summary parts (`summary_text`).
    public var summary: [ResponseContent]
    /// Reasoning text parts, on models that expose them.
    public var content: [ResponseContent]?
    /// The encrypted reasoning, when included.
    public var encryptedContent: String?
    /// The item's status.
    public var status: ResponseItemStatus?
    /// The agent that produced the item, in a multi-agent response (``Responses/beta``).
    public var agent: ResponseAgentTag?

    enum CodingKeys: String, CodingKey {
        case id, summary, content, status, agent
        case encryptedContent = "encrypted_content"
    }

    /// Decodes a reasoning item; a missing summary reads as none.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        summary = try container.decodeIfPresent([ResponseContent].self, forKey: .summary) ?? []
        content = try container.decodeIfPresent([ResponseContent].self, forKey: .content)
        encryptedContent = try container.decodeIfPresent(String.self, forKey: .encryptedContent)
        status = try container.decodeIfPresent(ResponseItemStatus.self, forKey: .status)
        agent = try container.decodeIfPresent(ResponseAgentTag.self, forKey: .agent)
    }
}

/// An `image_generation_call` item.
public struct ResponseImageGenerationCall: Codable, Sendable, Hashable {
    /// The item id.
    public var id: String
    /// The item's status.
    public var status: ResponseItemStatus?
    /// The image, base64-encoded.
    public var result: String?
    /// The agent that produced the item, in a multi-agent response (``Responses/beta``).
    public var agent: ResponseAgentTag?

    /// The decoded image bytes.
    public var imageData: Data? { result.flatMap { Data(base64Encoded: $0) } }

    enum CodingKeys: String, CodingKey { case id, status, result, agent }
}

/// A `code_interpreter_call` item.
public struct ResponseCodeInterpreterCall: Codable, Sendable, Hashable {
    /// The item id.
    public var id: String
    /// The item's status.
    public var status: ResponseItemStatus?
    /// The container the code ran in.
    public var containerID: String?
    /// The code.
    public var code: String?
    /// Logs and images it produced (with `include: code_interpreter_call.outputs`), as sent.
    public var outputs: JSONValue?
    /// The agent that produced the item, in a multi-agent response (``Responses/beta``).
    public var agent: ResponseAgentTag?

    enum CodingKeys: String, CodingKey {
        case id, status, code, outputs, agent
        case containerID = "container_id"
    }
}

/// An `mcp_call` item: a remote MCP tool call and its output or error.
public struct ResponseMCPCall: Codable, Sendable, Hashable {
    /// The item id.
    public var id: String
    /// The server's label.
    public var serverLabel: String
    /// The tool name.
    public var name: String
    /// The arguments, JSON as text.
    public var arguments: String
    /// The tool's output.
    public var output: String?
    /// The error, if the call failed, as sent.
    public var error: JSONValue?
    /// The item's status.
    public var status: ResponseItemStatus?
    /// The approval request this call followed.
    public var approvalRequestID: String?
    /// The agent that produced the item, in a multi-agent response (``Responses/beta``).
    public var agent: ResponseAgentTag?

    enum CodingKeys: String, CodingKey {
        case id, name, arguments, output, error, status, agent
        case serverLabel = "server_label"
        case approvalRequestID = "approval_request_id"
    }
}

/// An `mcp_approval_request` item: the model asks before calling an MCP tool.
public struct ResponseMCPApprovalRequest: Codable, Sendable, Hashable {
    /// The item id, answered by ``ResponseMCPApprovalResponse/approvalRequestID``.
    public var id: String
    /// The server's label.
    public var serverLabel: String
    /// The tool name.
    public var name: String
    /// The arguments, JSON as text.
    public var arguments: String
    /// The agent that produced the item, in a multi-agent response (``Responses/beta``).
    public var agent: ResponseAgentTag?

    enum CodingKeys: String, CodingKey {
        case id, name, arguments, agent
        case serverLabel = "server_label"
    }
}

/// An `mcp_approval_response` item: your decision on an approval request.
public struct ResponseMCPApprovalResponse: Codable, Sendable, Hashable {
    /// The item id (stored items).
    public var id: String?
    /// The request answered.
    public var approvalRequestID: String
    /// Whether the call may go ahead.
    public var approve: Bool
    /// Why, optionally.
    public var reason: String?
    /// The agent that produced the item, in a multi-agent response (``Responses/beta``).
    public var agent: ResponseAgentTag?

    /// Creates an approval decision.
    public init(approvalRequestID: String, approve: Bool, reason: String? = nil) {
        self.approvalRequestID = approvalRequestID
        self.approve = approve
        self.reason = reason
    }

    enum CodingKeys: String, CodingKey {
        case id, approve, reason, agent
        case approvalRequestID = "approval_request_id"
    }
}
