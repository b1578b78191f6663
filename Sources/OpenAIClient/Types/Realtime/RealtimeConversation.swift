import Foundation

/// An item of a Realtime conversation: a message, a function call or its output, or an MCP item. The fields an item
/// type carries are set, the rest stay `nil`.
///
/// ```swift
/// let question = RealtimeConversationItem.userMessage("What is the weather in Paris?")
/// let answer = RealtimeConversationItem.functionCallOutput(callID: "call_1", output: #"{"temperature": 21}"#)
/// ```
public struct RealtimeConversationItem: Codable, Sendable, Hashable {
    /// `message`, `function_call`, `function_call_output`, or an MCP item type.
    public var type: RealtimeItemType
    /// The item id; the server assigns one when `nil`.
    public var id: String?
    /// `realtime.item`.
    public var object: String?
    /// `completed`, `incomplete` or `in_progress`.
    public var status: RealtimeItemStatus?
    /// The message's author: `system`, `user` or `assistant`.
    public var role: RealtimeRole?
    /// The message's content parts.
    public var content: [RealtimeContentPart]?
    /// The function call's id, on `function_call` and `function_call_output`.
    public var callID: String?
    /// The function or MCP tool name.
    public var name: String?
    /// The JSON arguments of a function or MCP call.
    public var arguments: String?
    /// The function call's output, or an MCP call's output.
    public var output: String?
    /// The MCP server's label, on MCP items.
    public var serverLabel: String?
    /// The approval request answered (`mcp_approval_response`) or that gated the call (`mcp_call`).
    public var approvalRequestID: String?
    /// Whether the MCP call is approved (`mcp_approval_response`).
    public var approve: Bool?
    /// Why it was (not) approved (`mcp_approval_response`).
    public var reason: String?
    /// The listed tools (`mcp_list_tools`), as sent.
    public var tools: JSONValue?
    /// The MCP call's error (`mcp_call`), as sent.
    public var error: JSONValue?

    /// Creates an item; prefer the static constructors.
    public init(type: RealtimeItemType, id: String? = nil, role: RealtimeRole? = nil, content: [RealtimeContentPart]? = nil) {
        self.type = type
        self.id = id
        self.role = role
        self.content = content
    }

    /// A message from its role and content parts.
    public static func message(role: RealtimeRole, content: [RealtimeContentPart], id: String? = nil) -> RealtimeConversationItem {
        RealtimeConversationItem(type: .message, id: id, role: role, content: content)
    }

    /// A user text message.
    public static func userMessage(_ text: String) -> RealtimeConversationItem {
        .message(role: .user, content: [.inputText(text)])
    }

    /// A system message.
    public static func systemMessage(_ text: String) -> RealtimeConversationItem {
        .message(role: .system, content: [.inputText(text)])
    }

    /// An assistant text message.
    public static func assistantMessage(_ text: String) -> RealtimeConversationItem {
        .message(role: .assistant, content: [.outputText(text)])
    }

    /// The output of a function call, which the model reads in its next response.
    public static func functionCallOutput(callID: String, output: String) -> RealtimeConversationItem {
        var item = RealtimeConversationItem(type: .functionCallOutput)
        item.callID = callID
        item.output = output
        return item
    }

    /// An answer to an MCP approval request.
    public static func mcpApprovalResponse(approvalRequestID: String, approve: Bool, reason: String? = nil) -> RealtimeConversationItem {
        var item = RealtimeConversationItem(type: .mcpApprovalResponse)
        item.approvalRequestID = approvalRequestID
        item.approve = approve
        item.reason = reason
        return item
    }

    enum CodingKeys: String, CodingKey {
        case type, id, object, status, role, content, name, arguments, output, approve, reason, tools, error
        case callID = "call_id"
        case serverLabel = "server_label"
        case approvalRequestID = "approval_request_id"
    }
}

/// The type of a ``RealtimeConversationItem``; an open set.
public struct RealtimeItemType: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a type from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `message`.
    public static let message = Self(rawValue: "message")
    /// `function_call`.
    public static let functionCall = Self(rawValue: "function_call")
    /// `function_call_output`.
    public static let functionCallOutput = Self(rawValue: "function_call_output")
    /// `mcp_approval_request`.
    public static let mcpApprovalRequest = Self(rawValue: "mcp_approval_request")
    /// `mcp_approval_response`.
    public static let mcpApprovalResponse = Self(rawValue: "mcp_approval_response")
    /// `mcp_list_tools`.
    public static let mcpListTools = Self(rawValue: "mcp_list_tools")
    /// `mcp_call`.
    public static let mcpCall = Self(rawValue: "mcp_call")
}

/// The status of a ``RealtimeConversationItem``; an open set.
public struct RealtimeItemStatus: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a status from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `completed`.
    public static let completed = Self(rawValue: "completed")
    /// `incomplete`.
    public static let incomplete = Self(rawValue: "incomplete")
    /// `in_progress`.
    public static let inProgress = Self(rawValue: "in_progress")
}

/// The author of a Realtime message; an open set.
public struct RealtimeRole: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a role from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `system`.
    public static let system = Self(rawValue: "system")
    /// `user`.
    public static let user = Self(rawValue: "user")
    /// `assistant`.
    public static let assistant = Self(rawValue: "assistant")
}

/// A content part of a Realtime message: text, audio (bytes, base64 on the wire) or an image.
public struct RealtimeContentPart: Codable, Sendable, Hashable {
    /// `input_text`, `input_audio`, `input_image`, `output_text`, `output_audio`…
    public var type: RealtimeContentPartType
    /// The text.
    public var text: String?
    /// The audio bytes, in the session's format; `nil` when the server leaves them out (or sent invalid base64).
    public var audio: Data?
    /// The audio's transcript.
    public var transcript: String?
    /// An image as a `data:` URL (`input_image`).
    public var imageURL: String?
    /// The image detail (`input_image`).
    public var detail: ImageDetail?
    /// The referenced item's id (`item_reference`).
    public var id: String?

    /// Creates a part; prefer the static constructors.
    public init(type: RealtimeContentPartType, text: String? = nil, audio: Data? = nil, transcript: String? = nil) {
        self.type = type
        self.text = text
        self.audio = audio
        self.transcript = transcript
    }

    /// User or system text.
    public static func inputText(_ text: String) -> RealtimeContentPart { RealtimeContentPart(type: .inputText, text: text) }
    /// User audio in the session's input format.
    public static func inputAudio(_ audio: Data, transcript: String? = nil) -> RealtimeContentPart {
        RealtimeContentPart(type: .inputAudio, audio: audio, transcript: transcript)
    }
    /// A user image, as a `data:` URL.
    public static func inputImage(url: String, detail: ImageDetail? = nil) -> RealtimeContentPart {
        var part = RealtimeContentPart(type: .inputImage)
        part.imageURL = url
        part.detail = detail
        return part
    }
    /// Assistant text.
    public static func outputText(_ text: String) -> RealtimeContentPart { RealtimeContentPart(type: .outputText, text: text) }

    enum CodingKeys: String, CodingKey {
        case type, text, audio, transcript, detail, id
        case imageURL = "image_url"
    }

    /// Decodes a part; audio that is not valid base64 is left `nil`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        type = try container.decode(RealtimeContentPartType.self, forKey: .type)
        text = try container.decodeIfPresent(String.self, forKey: .text)
        audio = try container.decodeIfPresent(String.self, forKey: .audio).flatMap { Data(base64Encoded: $0) }
        transcript = try container.decodeIfPresent(String.self, forKey: .transcript)
        imageURL = try container.decodeIfPresent(String.self, forKey: .imageURL)
        detail = try container.decodeIfPresent(ImageDetail.self, forKey: .detail)
        id = try container.decodeIfPresent(String.self, forKey: .id)
    }

    /// Encodes a part, audio as base64.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(type, forKey: .type)
        try container.encodeIfPresent(text, forKey: .text)
        try container.encodeIfPresent(audio?.base64EncodedString(), forKey: .audio)
        try container.encodeIfPresent(transcript, forKey: .transcript)
        try container.encodeIfPresent(imageURL, forKey: .imageURL)
        try container.encodeIfPresent(detail, forKey: .detail)
        try container.encodeIfPresent(id, forKey: .id)
    }
}

/// The type of a ``RealtimeContentPart``; an open set.
public struct RealtimeContentPartType: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a type from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `input_text`.
    public static let inputText = Self(rawValue: "input_text")
    /// `input_audio`.
    public static let inputAudio = Self(rawValue: "input_audio")
    /// `input_image`.
    public static let inputImage = Self(rawValue: "input_image")
    /// `output_text`.
    public static let outputText = Self(rawValue: "output_text")
    /// `output_audio`.
    public static let outputAudio = Self(rawValue: "output_audio")
    /// `text`, in `response.content_part.*` events.
    public static let text = Self(rawValue: "text")
    /// `audio`, in `response.content_part.*` events.
    public static let audio = Self(rawValue: "audio")
    /// `item_reference`.
    public static let itemReference = Self(rawValue: "item_reference")
}

/// The settings of one Realtime response (`response.create`): they override the session's for this response only.
/// With ``conversation`` `none` the response is out of band: it reads ``input`` and is not added to the conversation.
public struct RealtimeResponseParameters: Encodable, Sendable, Hashable {
    /// `[.audio]` or `[.text]`.
    public var outputModalities: [RealtimeModality]?
    /// The instructions for this response.
    public var instructions: String?
    /// The output audio settings (``RealtimeAudioConfiguration/output`` only).
    public var audio: RealtimeAudioConfiguration?
    /// The tools for this response.
    public var tools: [RealtimeTool]?
    /// Which tool the model uses.
    public var toolChoice: RealtimeToolChoice?
    /// Whether the model may call several tools at once.
    public var parallelToolCalls: Bool?
    /// Reasoning settings.
    public var reasoning: RealtimeReasoning?
    /// The most output tokens.
    public var maxOutputTokens: RealtimeMaxOutputTokens?
    /// `auto` (the default conversation) or `none` (out of band).
    public var conversation: RealtimeResponseConversation?
    /// Up to 16 key-value pairs, echoed in the response's events.
    public var metadata: [String: String]?
    /// A stored prompt template.
    public var prompt: RealtimePrompt?
    /// The items the response reads instead of the conversation.
    public var input: [RealtimeConversationItem]?

    /// Creates response settings; set the rest as properties.
    public init(outputModalities: [RealtimeModality]? = nil, instructions: String? = nil, conversation: RealtimeResponseConversation? = nil) {
        self.outputModalities = outputModalities
        self.instructions = instructions
        self.conversation = conversation
    }

    enum CodingKeys: String, CodingKey {
        case instructions, audio, tools, reasoning, conversation, metadata, prompt, input
        case outputModalities = "output_modalities"
        case toolChoice = "tool_choice"
        case parallelToolCalls = "parallel_tool_calls"
        case maxOutputTokens = "max_output_tokens"
    }
}

/// Which conversation a Realtime response joins; an open set.
public struct RealtimeResponseConversation: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a value from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `auto`: the session's conversation.
    public static let auto = Self(rawValue: "auto")
    /// `none`: out of band.
    public static let none = Self(rawValue: "none")
}

/// A Realtime response, on `response.created` and `response.done`.
public struct RealtimeResponse: Decodable, Sendable, Hashable {
    /// The response id.
    public var id: String?
    /// `realtime.response`.
    public var object: String?
    /// `in_progress`, `completed`, `cancelled`, `failed` or `incomplete`.
    public var status: RealtimeResponseStatus?
    /// Why it was cancelled, failed or is incomplete.
    public var statusDetails: StatusDetails?
    /// The output items.
    public var output: [RealtimeConversationItem]?
    /// The metadata of `response.create`.
    public var metadata: [String: String]?
    /// The output audio settings.
    public var audio: RealtimeAudioConfiguration?
    /// Token usage, on `response.done`.
    public var usage: RealtimeUsage?
    /// The conversation the response joined; `nil` when out of band.
    public var conversationID: String?
    /// The output modalities.
    public var outputModalities: [RealtimeModality]?
    /// The output token limit.
    public var maxOutputTokens: RealtimeMaxOutputTokens?

    /// Why a response ended as it did.
    public struct StatusDetails: Decodable, Sendable, Hashable {
        /// The status it explains.
        public var type: String?
        /// Such as `turn_detected`, `client_cancelled`, `max_output_tokens` or `content_filter`.
        public var reason: String?
        /// The error, when it failed.
        public var error: RealtimeErrorDetail?
    }

    enum CodingKeys: String, CodingKey {
        case id, object, status, output, metadata, audio, usage
        case statusDetails = "status_details"
        case conversationID = "conversation_id"
        case outputModalities = "output_modalities"
        case maxOutputTokens = "max_output_tokens"
    }
}

/// The status of a ``RealtimeResponse``; an open set.
public struct RealtimeResponseStatus: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a status from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `in_progress`.
    public static let inProgress = Self(rawValue: "in_progress")
    /// `completed`.
    public static let completed = Self(rawValue: "completed")
    /// `cancelled`.
    public static let cancelled = Self(rawValue: "cancelled")
    /// `failed`.
    public static let failed = Self(rawValue: "failed")
    /// `incomplete`.
    public static let incomplete = Self(rawValue: "incomplete")
}

/// The token usage of a Realtime response.
public struct RealtimeUsage: Decodable, Sendable, Hashable {
    /// Input and output tokens.
    public var totalTokens: Int?
    /// Input tokens, cached ones included.
    public var inputTokens: Int?
    /// Output tokens.
    public var outputTokens: Int?
    /// Input tokens by kind.
    public var inputTokenDetails: RealtimeTokenDetails?
    /// Output tokens by kind.
    public var outputTokenDetails: RealtimeTokenDetails?

    enum CodingKeys: String, CodingKey {
        case totalTokens = "total_tokens"
        case inputTokens = "input_tokens"
        case outputTokens = "output_tokens"
        case inputTokenDetails = "input_token_details"
        case outputTokenDetails = "output_token_details"
    }
}

/// Tokens of a Realtime response by kind.
public struct RealtimeTokenDetails: Decodable, Sendable, Hashable {
    /// Cached input tokens.
    public var cachedTokens: Int?
    /// Text tokens.
    public var textTokens: Int?
    /// Image tokens.
    public var imageTokens: Int?
    /// Audio tokens.
    public var audioTokens: Int?

    enum CodingKeys: String, CodingKey {
        case cachedTokens = "cached_tokens"
        case textTokens = "text_tokens"
        case imageTokens = "image_tokens"
        case audioTokens = "audio_tokens"
    }
}

/// An error the Realtime server reports: in an `error` event, a failed transcription or a failed response.
public struct RealtimeErrorDetail: Decodable, Sendable, Hashable {
    /// Such as `invalid_request_error` or `server_error`.
    public var type: String?
    /// The error code.
    public var code: String?
    /// What went wrong.
    public var message: String?
    /// The offending parameter.
    public var param: String?
    /// The client event that caused it, when it was one with an `event_id`.
    public var eventID: String?

    enum CodingKeys: String, CodingKey {
        case type, code, message, param
        case eventID = "event_id"
    }
}

/// One rate limit of a Realtime session, on `rate_limits.updated`.
public struct RealtimeRateLimit: Decodable, Sendable, Hashable {
    /// `requests` or `tokens`.
    public var name: String?
    /// The limit.
    public var limit: Int?
    /// What remains.
    public var remaining: Int?
    /// Seconds until it resets.
    public var resetSeconds: Double?

    enum CodingKeys: String, CodingKey {
        case name, limit, remaining
        case resetSeconds = "reset_seconds"
    }
}
