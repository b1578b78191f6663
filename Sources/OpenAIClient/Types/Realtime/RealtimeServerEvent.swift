import Foundation

/// An event a Realtime session sends: session and conversation changes, input audio buffer events, response deltas
/// and done events, rate limits and errors.
///
/// Every event type the API defines has a constant on ``RealtimeServerEventType``; the fields an event type carries
/// are decoded into the matching properties (the rest stay `nil`), and the whole event is kept in ``raw``, so an
/// event type this library does not know still arrives with all its data, and a field of an unexpected shape never
/// fails the event.
///
/// ```swift
/// for try await event in session.events {
///     switch event.type {
///     case .responseOutputTextDelta: print(event.delta ?? "", terminator: "")
///     case .responseOutputAudioDelta: speaker.play(event.audio ?? Data())
///     case .error: print(event.error?.message ?? "")
///     default: break
///     }
/// }
/// ```
public struct RealtimeServerEvent: Decodable, Sendable, Hashable {
    /// The event type.
    public var type: RealtimeServerEventType
    /// The server's id for the event.
    public var eventID: String?
    /// The session, on `session.created` and `session.updated`.
    public var session: RealtimeSessionObject?
    /// The conversation, on `conversation.created`.
    public var conversation: RealtimeConversationInfo?
    /// The item, on `conversation.item.*` (`created`, `added`, `done`, `retrieved`) and `response.output_item.*`.
    public var item: RealtimeConversationItem?
    /// The item before ``item`` in the conversation.
    public var previousItemID: String?
    /// The item the event is about.
    public var itemID: String?
    /// The response the event belongs to.
    public var responseID: String?
    /// The response, on `response.created` and `response.done`.
    public var response: RealtimeResponse?
    /// The output item's index in the response.
    public var outputIndex: Int?
    /// The content part's index in its item.
    public var contentIndex: Int?
    /// The content part, on `response.content_part.added` and `done`.
    public var part: RealtimeContentPart?
    /// New text, transcript, arguments or base64 audio, on `*.delta` events.
    public var delta: String?
    /// The decoded audio of `response.output_audio.delta`.
    public var audio: Data?
    /// The whole text, on `response.output_text.done` and transcription segments.
    public var text: String?
    /// The whole transcript, on transcript `done` and transcription `completed` events.
    public var transcript: String?
    /// The whole arguments, on `response.function_call_arguments.done` and `response.mcp_call_arguments.done`.
    public var arguments: String?
    /// The function name, on `response.function_call_arguments.done`.
    public var name: String?
    /// The function call's id, on function call argument events.
    public var callID: String?
    /// Where speech started in the input audio, in milliseconds.
    public var audioStartMs: Int?
    /// Where speech stopped, or where an item was truncated, in milliseconds.
    public var audioEndMs: Int?
    /// The error, on `error` and `conversation.item.input_audio_transcription.failed`.
    public var error: RealtimeErrorDetail?
    /// The limits, on `rate_limits.updated`.
    public var rateLimits: [RealtimeRateLimit]?
    /// Log probabilities of a transcription, as sent.
    public var logprobs: JSONValue?
    /// A transcription's usage, as sent.
    public var usage: JSONValue?
    /// The speaker of a diarized transcription segment.
    public var speaker: String?
    /// A transcription segment's start, in seconds.
    public var start: Double?
    /// A transcription segment's end, in seconds.
    public var end: Double?
    /// The DTMF key pressed, on `input_audio_buffer.dtmf_event_received`.
    public var dtmfEvent: String?
    /// When the DTMF key was received (Unix seconds).
    public var receivedAt: Int?
    /// The whole event as sent.
    public var raw: JSONValue

    enum CodingKeys: String, CodingKey {
        case type, session, conversation, item, response, part, delta, text, transcript, arguments, name, error, logprobs, usage,
             speaker, start, end
        case eventID = "event_id"
        case previousItemID = "previous_item_id"
        case itemID = "item_id"
        case responseID = "response_id"
        case outputIndex = "output_index"
        case contentIndex = "content_index"
        case callID = "call_id"
        case audioStartMs = "audio_start_ms"
        case audioEndMs = "audio_end_ms"
        case rateLimits = "rate_limits"
        case dtmfEvent = "event"
        case receivedAt = "received_at"
    }

    /// Decodes an event of any type, known or not; fields of unexpected shapes are left `nil` (they stay in ``raw``).
    ///
    /// - Throws: `DecodingError` only when the message is not a JSON object.
    public init(from decoder: any Decoder) throws {
        raw = try JSONValue(from: decoder)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        type = (try? container.decode(RealtimeServerEventType.self, forKey: .type)) ?? ""
        eventID = try? container.decodeIfPresent(String.self, forKey: .eventID)
        session = try? container.decodeIfPresent(RealtimeSessionObject.self, forKey: .session)
        conversation = try? container.decodeIfPresent(RealtimeConversationInfo.self, forKey: .conversation)
        item = try? container.decodeIfPresent(RealtimeConversationItem.self, forKey: .item)
        previousItemID = try? container.decodeIfPresent(String.self, forKey: .previousItemID)
        itemID = try? container.decodeIfPresent(String.self, forKey: .itemID)
        responseID = try? container.decodeIfPresent(String.self, forKey: .responseID)
        response = try? container.decodeIfPresent(RealtimeResponse.self, forKey: .response)
        outputIndex = try? container.decodeIfPresent(Int.self, forKey: .outputIndex)
        contentIndex = try? container.decodeIfPresent(Int.self, forKey: .contentIndex)
        part = try? container.decodeIfPresent(RealtimeContentPart.self, forKey: .part)
        delta = try? container.decodeIfPresent(String.self, forKey: .delta)
        audio = type == .responseOutputAudioDelta ? delta.flatMap { Data(base64Encoded: $0) } : nil
        text = try? container.decodeIfPresent(String.self, forKey: .text)
        transcript = try? container.decodeIfPresent(String.self, forKey: .transcript)
        arguments = try? container.decodeIfPresent(String.self, forKey: .arguments)
        name = try? container.decodeIfPresent(String.self, forKey: .name)
        callID = try? container.decodeIfPresent(String.self, forKey: .callID)
        audioStartMs = try? container.decodeIfPresent(Int.self, forKey: .audioStartMs)
        audioEndMs = try? container.decodeIfPresent(Int.self, forKey: .audioEndMs)
        error = try? container.decodeIfPresent(RealtimeErrorDetail.self, forKey: .error)
        rateLimits = try? container.decodeIfPresent([RealtimeRateLimit].self, forKey: .rateLimits)
        logprobs = try? container.decodeIfPresent(JSONValue.self, forKey: .logprobs)
        usage = try? container.decodeIfPresent(JSONValue.self, forKey: .usage)
        speaker = try? container.decodeIfPresent(String.self, forKey: .speaker)
        start = try? container.decodeIfPresent(Double.self, forKey: .start)
        end = try? container.decodeIfPresent(Double.self, forKey: .end)
        dtmfEvent = try? container.decodeIfPresent(String.self, forKey: .dtmfEvent)
        receivedAt = try? container.decodeIfPresent(Int.self, forKey: .receivedAt)
    }
}

/// The conversation of a Realtime session, on `conversation.created`.
public struct RealtimeConversationInfo: Decodable, Sendable, Hashable {
    /// The conversation id.
    public var id: String?
    /// `realtime.conversation`.
    public var object: String?
}

/// The type of a ``RealtimeServerEvent``: one constant per server event type in the API's `RealtimeServerEvent`;
/// unknown types decode and round-trip unchanged (``isKnown`` is `false` for them).
public struct RealtimeServerEventType: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a value from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Whether this library defines a constant for the type.
    public var isKnown: Bool { Self.known.contains(self) }

    /// `error`: a client event was invalid, or the server failed; the session goes on.
    public static let error = Self(rawValue: "error")
    /// `session.created`.
    public static let sessionCreated = Self(rawValue: "session.created")
    /// `session.updated`.
    public static let sessionUpdated = Self(rawValue: "session.updated")
    /// `transcription_session.updated` (beta).
    public static let transcriptionSessionUpdated = Self(rawValue: "transcription_session.updated")
    /// `conversation.created`.
    public static let conversationCreated = Self(rawValue: "conversation.created")
    /// `conversation.item.created`.
    public static let conversationItemCreated = Self(rawValue: "conversation.item.created")
    /// `conversation.item.added`.
    public static let conversationItemAdded = Self(rawValue: "conversation.item.added")
    /// `conversation.item.done`.
    public static let conversationItemDone = Self(rawValue: "conversation.item.done")
    /// `conversation.item.retrieved`.
    public static let conversationItemRetrieved = Self(rawValue: "conversation.item.retrieved")
    /// `conversation.item.truncated`.
    public static let conversationItemTruncated = Self(rawValue: "conversation.item.truncated")
    /// `conversation.item.deleted`.
    public static let conversationItemDeleted = Self(rawValue: "conversation.item.deleted")
    /// `conversation.item.input_audio_transcription.completed`.
    public static let inputAudioTranscriptionCompleted = Self(rawValue: "conversation.item.input_audio_transcription.completed")
    /// `conversation.item.input_audio_transcription.delta`.
    public static let inputAudioTranscriptionDelta = Self(rawValue: "conversation.item.input_audio_transcription.delta")
    /// `conversation.item.input_audio_transcription.failed`.
    public static let inputAudioTranscriptionFailed = Self(rawValue: "conversation.item.input_audio_transcription.failed")
    /// `conversation.item.input_audio_transcription.segment`.
    public static let inputAudioTranscriptionSegment = Self(rawValue: "conversation.item.input_audio_transcription.segment")
    /// `input_audio_buffer.committed`.
    public static let inputAudioBufferCommitted = Self(rawValue: "input_audio_buffer.committed")
    /// `input_audio_buffer.cleared`.
    public static let inputAudioBufferCleared = Self(rawValue: "input_audio_buffer.cleared")
    /// `input_audio_buffer.speech_started`.
    public static let inputAudioBufferSpeechStarted = Self(rawValue: "input_audio_buffer.speech_started")
    /// `input_audio_buffer.speech_stopped`.
    public static let inputAudioBufferSpeechStopped = Self(rawValue: "input_audio_buffer.speech_stopped")
    /// `input_audio_buffer.timeout_triggered`.
    public static let inputAudioBufferTimeoutTriggered = Self(rawValue: "input_audio_buffer.timeout_triggered")
    /// `input_audio_buffer.dtmf_event_received` (SIP).
    public static let inputAudioBufferDTMFEventReceived = Self(rawValue: "input_audio_buffer.dtmf_event_received")
    /// `output_audio_buffer.started` (WebRTC and SIP).
    public static let outputAudioBufferStarted = Self(rawValue: "output_audio_buffer.started")
    /// `output_audio_buffer.stopped` (WebRTC and SIP).
    public static let outputAudioBufferStopped = Self(rawValue: "output_audio_buffer.stopped")
    /// `output_audio_buffer.cleared` (WebRTC and SIP).
    public static let outputAudioBufferCleared = Self(rawValue: "output_audio_buffer.cleared")
    /// `response.created`.
    public static let responseCreated = Self(rawValue: "response.created")
    /// `response.done`: the response ended (completed, cancelled, failed or incomplete).
    public static let responseDone = Self(rawValue: "response.done")
    /// `response.output_item.added`.
    public static let responseOutputItemAdded = Self(rawValue: "response.output_item.added")
    /// `response.output_item.done`.
    public static let responseOutputItemDone = Self(rawValue: "response.output_item.done")
    /// `response.content_part.added`.
    public static let responseContentPartAdded = Self(rawValue: "response.content_part.added")
    /// `response.content_part.done`.
    public static let responseContentPartDone = Self(rawValue: "response.content_part.done")
    /// `response.output_text.delta`.
    public static let responseOutputTextDelta = Self(rawValue: "response.output_text.delta")
    /// `response.output_text.done`.
    public static let responseOutputTextDone = Self(rawValue: "response.output_text.done")
    /// `response.output_audio.delta`: ``RealtimeServerEvent/audio`` holds the bytes.
    public static let responseOutputAudioDelta = Self(rawValue: "response.output_audio.delta")
    /// `response.output_audio.done`.
    public static let responseOutputAudioDone = Self(rawValue: "response.output_audio.done")
    /// `response.output_audio_transcript.delta`.
    public static let responseOutputAudioTranscriptDelta = Self(rawValue: "response.output_audio_transcript.delta")
    /// `response.output_audio_transcript.done`.
    public static let responseOutputAudioTranscriptDone = Self(rawValue: "response.output_audio_transcript.done")
    /// `response.function_call_arguments.delta`.
    public static let responseFunctionCallArgumentsDelta = Self(rawValue: "response.function_call_arguments.delta")
    /// `response.function_call_arguments.done`.
    public static let responseFunctionCallArgumentsDone = Self(rawValue: "response.function_call_arguments.done")
    /// `response.mcp_call_arguments.delta`.
    public static let responseMCPCallArgumentsDelta = Self(rawValue: "response.mcp_call_arguments.delta")
    /// `response.mcp_call_arguments.done`.
    public static let responseMCPCallArgumentsDone = Self(rawValue: "response.mcp_call_arguments.done")
    /// `response.mcp_call.in_progress`.
    public static let responseMCPCallInProgress = Self(rawValue: "response.mcp_call.in_progress")
    /// `response.mcp_call.completed`.
    public static let responseMCPCallCompleted = Self(rawValue: "response.mcp_call.completed")
    /// `response.mcp_call.failed`.
    public static let responseMCPCallFailed = Self(rawValue: "response.mcp_call.failed")
    /// `mcp_list_tools.in_progress`.
    public static let mcpListToolsInProgress = Self(rawValue: "mcp_list_tools.in_progress")
    /// `mcp_list_tools.completed`.
    public static let mcpListToolsCompleted = Self(rawValue: "mcp_list_tools.completed")
    /// `mcp_list_tools.failed`.
    public static let mcpListToolsFailed = Self(rawValue: "mcp_list_tools.failed")
    /// `rate_limits.updated`.
    public static let rateLimitsUpdated = Self(rawValue: "rate_limits.updated")

    /// Every type above.
    public static let known: Set<RealtimeServerEventType> = [
        .error, .sessionCreated, .sessionUpdated, .transcriptionSessionUpdated, .conversationCreated, .conversationItemCreated,
        .conversationItemAdded, .conversationItemDone, .conversationItemRetrieved, .conversationItemTruncated, .conversationItemDeleted,
        .inputAudioTranscriptionCompleted, .inputAudioTranscriptionDelta, .inputAudioTranscriptionFailed, .inputAudioTranscriptionSegment,
        .inputAudioBufferCommitted, .inputAudioBufferCleared, .inputAudioBufferSpeechStarted, .inputAudioBufferSpeechStopped,
        .inputAudioBufferTimeoutTriggered, .inputAudioBufferDTMFEventReceived, .outputAudioBufferStarted, .outputAudioBufferStopped,
        .outputAudioBufferCleared, .responseCreated, .responseDone, .responseOutputItemAdded, .responseOutputItemDone,
        .responseContentPartAdded, .responseContentPartDone, .responseOutputTextDelta, .responseOutputTextDone, .responseOutputAudioDelta,
        .responseOutputAudioDone, .responseOutputAudioTranscriptDelta, .responseOutputAudioTranscriptDone,
        .responseFunctionCallArgumentsDelta, .responseFunctionCallArgumentsDone, .responseMCPCallArgumentsDelta,
        .responseMCPCallArgumentsDone, .responseMCPCallInProgress, .responseMCPCallCompleted, .responseMCPCallFailed,
        .mcpListToolsInProgress, .mcpListToolsCompleted, .mcpListToolsFailed, .rateLimitsUpdated,
    ]
}
