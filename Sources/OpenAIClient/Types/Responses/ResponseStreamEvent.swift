import Foundation

/// One server-sent event of a streamed response (`POST /responses` with `stream: true`, or
/// `GET /responses/{response_id}?stream=true`).
///
/// Every event type the API defines has a constant on ``ResponseStreamEventType``; the fields an event type carries
/// are decoded into the matching properties (the rest stay `nil`), and the whole event is kept in ``raw``, so an
/// event type this library does not know still arrives with all its data.
///
/// ```swift
/// for try await event in try await client.responses.stream(request) {
///     if event.type == .outputTextDelta { print(event.delta ?? "", terminator: "") }
/// }
/// ```
public struct ResponseStreamEvent: Decodable, Sendable, Hashable {
    /// The event type.
    public var type: ResponseStreamEventType
    /// The event's position in the stream; pass it as `starting_after` to resume.
    public var sequenceNumber: Int?
    /// The response, on `response.created`, `in_progress`, `queued`, `completed`, `failed` and `incomplete`.
    public var response: Response?
    /// The output item, on `response.output_item.added` and `done`.
    public var item: ResponseItem?
    /// The output item's index in ``Response/output``.
    public var outputIndex: Int?
    /// The output item's id.
    public var itemID: String?
    /// The content part's index in its message.
    public var contentIndex: Int?
    /// The content part, on `response.content_part.*` and `response.reasoning_summary_part.*`.
    public var part: ResponseContent?
    /// New text, arguments, code, input or base64 audio, on `*.delta` events.
    public var delta: String?
    /// The whole text, on `response.output_text.done`, reasoning text and summary `done` events.
    public var text: String?
    /// The whole refusal, on `response.refusal.done`.
    public var refusal: String?
    /// The whole arguments, on `response.function_call_arguments.done` and `response.mcp_call_arguments.done`.
    public var arguments: String?
    /// The function name, on `response.function_call_arguments.done`.
    public var name: String?
    /// The whole input, on `response.custom_tool_call_input.done`.
    public var input: String?
    /// The whole code (`response.code_interpreter_call_code.done`) or the error code (`error`).
    public var code: String?
    /// The annotation, on `response.output_text.annotation.added`.
    public var annotation: ResponseAnnotation?
    /// The annotation's index in its part.
    public var annotationIndex: Int?
    /// The summary part's index, on reasoning summary events.
    public var summaryIndex: Int?
    /// A partial image, base64-encoded, on `response.image_generation_call.partial_image`.
    public var partialImageB64: String?
    /// The partial image's index.
    public var partialImageIndex: Int?
    /// The shell command's index, on shell events.
    public var commandIndex: Int?
    /// The shell command, on `response.shell_call_command.added` and `done`.
    public var command: String?
    /// Token log probabilities, on output text events, as sent.
    public var logprobs: JSONValue?
    /// The error message, on `error`.
    public var message: String?
    /// The offending parameter, on `error`.
    public var param: String?
    /// The agent whose output the event is about, in a multi-agent response (``Responses/beta``).
    public var agent: ResponseAgentTag?
    /// The whole event as sent.
    public var raw: JSONValue

    enum CodingKeys: String, CodingKey {
        case type, response, item, part, delta, text, refusal, arguments, name, input, code, annotation, command,
             logprobs, message, param, agent
        case sequenceNumber = "sequence_number"
        case outputIndex = "output_index"
        case itemID = "item_id"
        case contentIndex = "content_index"
        case annotationIndex = "annotation_index"
        case summaryIndex = "summary_index"
        case partialImageB64 = "partial_image_b64"
        case partialImageIndex = "partial_image_index"
        case commandIndex = "command_index"
    }

    /// Decodes an event of any type; fields of unexpected shapes are left `nil` (they stay in ``raw``).
    public init(from decoder: any Decoder) throws {
        raw = try JSONValue(from: decoder)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        type = try container.decode(ResponseStreamEventType.self, forKey: .type)
        sequenceNumber = try? container.decodeIfPresent(Int.self, forKey: .sequenceNumber)
        response = try container.decodeIfPresent(Response.self, forKey: .response)
        item = try container.decodeIfPresent(ResponseItem.self, forKey: .item)
        outputIndex = try? container.decodeIfPresent(Int.self, forKey: .outputIndex)
        itemID = try? container.decodeIfPresent(String.self, forKey: .itemID)
        contentIndex = try? container.decodeIfPresent(Int.self, forKey: .contentIndex)
        part = try? container.decodeIfPresent(ResponseContent.self, forKey: .part)
        delta = try? container.decodeIfPresent(String.self, forKey: .delta)
        text = try? container.decodeIfPresent(String.self, forKey: .text)
        refusal = try? container.decodeIfPresent(String.self, forKey: .refusal)
        arguments = try? container.decodeIfPresent(String.self, forKey: .arguments)
        name = try? container.decodeIfPresent(String.self, forKey: .name)
        input = try? container.decodeIfPresent(String.self, forKey: .input)
        code = try? container.decodeIfPresent(String.self, forKey: .code)
        annotation = try? container.decodeIfPresent(ResponseAnnotation.self, forKey: .annotation)
        annotationIndex = try? container.decodeIfPresent(Int.self, forKey: .annotationIndex)
        summaryIndex = try? container.decodeIfPresent(Int.self, forKey: .summaryIndex)
        partialImageB64 = try? container.decodeIfPresent(String.self, forKey: .partialImageB64)
        partialImageIndex = try? container.decodeIfPresent(Int.self, forKey: .partialImageIndex)
        commandIndex = try? container.decodeIfPresent(Int.self, forKey: .commandIndex)
        command = try? container.decodeIfPresent(String.self, forKey: .command)
        logprobs = try? container.decodeIfPresent(JSONValue.self, forKey: .logprobs)
        message = try? container.decodeIfPresent(String.self, forKey: .message)
        param = try? container.decodeIfPresent(String.self, forKey: .param)
        agent = try? container.decodeIfPresent(ResponseAgentTag.self, forKey: .agent)
    }
}

/// The type of a ``ResponseStreamEvent``: one constant per event type in the API's `ResponseStreamEvent`; unknown
/// types decode and round-trip unchanged.
public struct ResponseStreamEventType: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a value from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Whether the event ends the stream: `response.completed`, `response.failed`, `response.incomplete` or `error`.
    public var isTerminal: Bool { [.completed, .failed, .incomplete, .error].contains(self) }

    /// `response.audio.delta`.
    public static let audioDelta = Self(rawValue: "response.audio.delta")
    /// `response.audio.done`.
    public static let audioDone = Self(rawValue: "response.audio.done")
    /// `response.audio.transcript.delta`.
    public static let audioTranscriptDelta = Self(rawValue: "response.audio.transcript.delta")
    /// `response.audio.transcript.done`.
    public static let audioTranscriptDone = Self(rawValue: "response.audio.transcript.done")
    /// `response.code_interpreter_call_code.delta`.
    public static let codeInterpreterCallCodeDelta = Self(rawValue: "response.code_interpreter_call_code.delta")
    /// `response.code_interpreter_call_code.done`.
    public static let codeInterpreterCallCodeDone = Self(rawValue: "response.code_interpreter_call_code.done")
    /// `response.code_interpreter_call.completed`.
    public static let codeInterpreterCallCompleted = Self(rawValue: "response.code_interpreter_call.completed")
    /// `response.code_interpreter_call.in_progress`.
    public static let codeInterpreterCallInProgress = Self(rawValue: "response.code_interpreter_call.in_progress")
    /// `response.code_interpreter_call.interpreting`.
    public static let codeInterpreterCallInterpreting = Self(rawValue: "response.code_interpreter_call.interpreting")
    /// `response.completed`.
    public static let completed = Self(rawValue: "response.completed")
    /// `response.content_part.added`.
    public static let contentPartAdded = Self(rawValue: "response.content_part.added")
    /// `response.content_part.done`.
    public static let contentPartDone = Self(rawValue: "response.content_part.done")
    /// `response.created`.
    public static let created = Self(rawValue: "response.created")
    /// `error`.
    public static let error = Self(rawValue: "error")
    /// `response.file_search_call.completed`.
    public static let fileSearchCallCompleted = Self(rawValue: "response.file_search_call.completed")
    /// `response.file_search_call.in_progress`.
    public static let fileSearchCallInProgress = Self(rawValue: "response.file_search_call.in_progress")
    /// `response.file_search_call.searching`.
    public static let fileSearchCallSearching = Self(rawValue: "response.file_search_call.searching")
    /// `response.function_call_arguments.delta`.
    public static let functionCallArgumentsDelta = Self(rawValue: "response.function_call_arguments.delta")
    /// `response.function_call_arguments.done`.
    public static let functionCallArgumentsDone = Self(rawValue: "response.function_call_arguments.done")
    /// `response.shell_call_command.added`.
    public static let shellCallCommandAdded = Self(rawValue: "response.shell_call_command.added")
    /// `response.shell_call_command.delta`.
    public static let shellCallCommandDelta = Self(rawValue: "response.shell_call_command.delta")
    /// `response.shell_call_command.done`.
    public static let shellCallCommandDone = Self(rawValue: "response.shell_call_command.done")
    /// `response.shell_call_output_content.delta`.
    public static let shellCallOutputContentDelta = Self(rawValue: "response.shell_call_output_content.delta")
    /// `response.shell_call_output_content.done`.
    public static let shellCallOutputContentDone = Self(rawValue: "response.shell_call_output_content.done")
    /// `response.in_progress`.
    public static let inProgress = Self(rawValue: "response.in_progress")
    /// `response.failed`.
    public static let failed = Self(rawValue: "response.failed")
    /// `response.incomplete`.
    public static let incomplete = Self(rawValue: "response.incomplete")
    /// `response.output_item.added`.
    public static let outputItemAdded = Self(rawValue: "response.output_item.added")
    /// `response.output_item.done`.
    public static let outputItemDone = Self(rawValue: "response.output_item.done")
    /// `response.reasoning_summary_part.added`.
    public static let reasoningSummaryPartAdded = Self(rawValue: "response.reasoning_summary_part.added")
    /// `response.reasoning_summary_part.done`.
    public static let reasoningSummaryPartDone = Self(rawValue: "response.reasoning_summary_part.done")
    /// `response.reasoning_summary_text.delta`.
    public static let reasoningSummaryTextDelta = Self(rawValue: "response.reasoning_summary_text.delta")
    /// `response.reasoning_summary_text.done`.
    public static let reasoningSummaryTextDone = Self(rawValue: "response.reasoning_summary_text.done")
    /// `response.reasoning_text.delta`.
    public static let reasoningTextDelta = Self(rawValue: "response.reasoning_text.delta")
    /// `response.reasoning_text.done`.
    public static let reasoningTextDone = Self(rawValue: "response.reasoning_text.done")
    /// `response.refusal.delta`.
    public static let refusalDelta = Self(rawValue: "response.refusal.delta")
    /// `response.refusal.done`.
    public static let refusalDone = Self(rawValue: "response.refusal.done")
    /// `response.output_text.delta`.
    public static let outputTextDelta = Self(rawValue: "response.output_text.delta")
    /// `response.output_text.done`.
    public static let outputTextDone = Self(rawValue: "response.output_text.done")
    /// `response.web_search_call.completed`.
    public static let webSearchCallCompleted = Self(rawValue: "response.web_search_call.completed")
    /// `response.web_search_call.in_progress`.
    public static let webSearchCallInProgress = Self(rawValue: "response.web_search_call.in_progress")
    /// `response.web_search_call.searching`.
    public static let webSearchCallSearching = Self(rawValue: "response.web_search_call.searching")
    /// `response.image_generation_call.completed`.
    public static let imageGenerationCallCompleted = Self(rawValue: "response.image_generation_call.completed")
    /// `response.image_generation_call.generating`.
    public static let imageGenerationCallGenerating = Self(rawValue: "response.image_generation_call.generating")
    /// `response.image_generation_call.in_progress`.
    public static let imageGenerationCallInProgress = Self(rawValue: "response.image_generation_call.in_progress")
    /// `response.image_generation_call.partial_image`.
    public static let imageGenerationCallPartialImage = Self(rawValue: "response.image_generation_call.partial_image")
    /// `response.mcp_call_arguments.delta`.
    public static let mcpCallArgumentsDelta = Self(rawValue: "response.mcp_call_arguments.delta")
    /// `response.mcp_call_arguments.done`.
    public static let mcpCallArgumentsDone = Self(rawValue: "response.mcp_call_arguments.done")
    /// `response.mcp_call.completed`.
    public static let mcpCallCompleted = Self(rawValue: "response.mcp_call.completed")
    /// `response.mcp_call.failed`.
    public static let mcpCallFailed = Self(rawValue: "response.mcp_call.failed")
    /// `response.mcp_call.in_progress`.
    public static let mcpCallInProgress = Self(rawValue: "response.mcp_call.in_progress")
    /// `response.mcp_list_tools.completed`.
    public static let mcpListToolsCompleted = Self(rawValue: "response.mcp_list_tools.completed")
    /// `response.mcp_list_tools.failed`.
    public static let mcpListToolsFailed = Self(rawValue: "response.mcp_list_tools.failed")
    /// `response.mcp_list_tools.in_progress`.
    public static let mcpListToolsInProgress = Self(rawValue: "response.mcp_list_tools.in_progress")
    /// `response.output_text.annotation.added`.
    public static let outputTextAnnotationAdded = Self(rawValue: "response.output_text.annotation.added")
    /// `response.queued`.
    public static let queued = Self(rawValue: "response.queued")
    /// `response.custom_tool_call_input.delta`.
    public static let customToolCallInputDelta = Self(rawValue: "response.custom_tool_call_input.delta")
    /// `response.custom_tool_call_input.done`.
    public static let customToolCallInputDone = Self(rawValue: "response.custom_tool_call_input.done")

    /// Every event type this library names, in the order of the API's `ResponseStreamEvent`.
    public static let known: [ResponseStreamEventType] = [
        .audioDelta,
        .audioDone,
        .audioTranscriptDelta,
        .audioTranscriptDone,
        .codeInterpreterCallCodeDelta,
        .codeInterpreterCallCodeDone,
        .codeInterpreterCallCompleted,
        .codeInterpreterCallInProgress,
        .codeInterpreterCallInterpreting,
        .completed,
        .contentPartAdded,
        .contentPartDone,
        .created,
        .error,
        .fileSearchCallCompleted,
        .fileSearchCallInProgress,
        .fileSearchCallSearching,
        .functionCallArgumentsDelta,
        .functionCallArgumentsDone,
        .shellCallCommandAdded,
        .shellCallCommandDelta,
        .shellCallCommandDone,
        .shellCallOutputContentDelta,
        .shellCallOutputContentDone,
        .inProgress,
        .failed,
        .incomplete,
        .outputItemAdded,
        .outputItemDone,
        .reasoningSummaryPartAdded,
        .reasoningSummaryPartDone,
        .reasoningSummaryTextDelta,
        .reasoningSummaryTextDone,
        .reasoningTextDelta,
        .reasoningTextDone,
        .refusalDelta,
        .refusalDone,
        .outputTextDelta,
        .outputTextDone,
        .webSearchCallCompleted,
        .webSearchCallInProgress,
        .webSearchCallSearching,
        .imageGenerationCallCompleted,
        .imageGenerationCallGenerating,
        .imageGenerationCallInProgress,
        .imageGenerationCallPartialImage,
        .mcpCallArgumentsDelta,
        .mcpCallArgumentsDone,
        .mcpCallCompleted,
        .mcpCallFailed,
        .mcpCallInProgress,
        .mcpListToolsCompleted,
        .mcpListToolsFailed,
        .mcpListToolsInProgress,
        .outputTextAnnotationAdded,
        .queued,
        .customToolCallInputDelta,
        .customToolCallInputDone,
    ]
}
