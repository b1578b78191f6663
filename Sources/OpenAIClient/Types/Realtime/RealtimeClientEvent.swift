import Foundation

/// An event a client sends to a Realtime session, over a WebSocket (the `OpenAIRealtime` module's `RealtimeSession`)
/// or a WebRTC data channel. Each case takes an optional `eventID`, which the server echoes in an `error` event the
/// event causes.
///
/// ```swift
/// try await session.send(.sessionUpdate(.realtime(RealtimeSessionConfiguration(instructions: "Be brief."))))
/// try await session.send(.inputAudioBufferAppend(pcmChunk))       // Data, sent as base64
/// try await session.send(.inputAudioBufferCommit())
/// try await session.send(.responseCreate())
/// ```
public enum RealtimeClientEvent: Encodable, Sendable, Hashable {
    /// `session.update`: changes the session's settings (only those set).
    case sessionUpdate(RealtimeSessionRequest, eventID: String? = nil)
    /// `input_audio_buffer.append`: adds audio, in the session's input format, to the input buffer.
    case inputAudioBufferAppend(Data, eventID: String? = nil)
    /// `input_audio_buffer.commit`: makes the buffered audio a user message (without turn detection).
    case inputAudioBufferCommit(eventID: String? = nil)
    /// `input_audio_buffer.clear`: drops the buffered audio.
    case inputAudioBufferClear(eventID: String? = nil)
    /// `output_audio_buffer.clear`: stops the audio being played (WebRTC and SIP only).
    case outputAudioBufferClear(eventID: String? = nil)
    /// `conversation.item.create`: adds an item, after `previousItemID` (`root` for the start) or at the end.
    case conversationItemCreate(RealtimeConversationItem, previousItemID: String? = nil, eventID: String? = nil)
    /// `conversation.item.retrieve`: asks for an item (answered by `conversation.item.retrieved`).
    case conversationItemRetrieve(itemID: String, eventID: String? = nil)
    /// `conversation.item.truncate`: cuts an assistant message's audio at `audioEndMs` (what the user heard).
    case conversationItemTruncate(itemID: String, contentIndex: Int, audioEndMs: Int, eventID: String? = nil)
    /// `conversation.item.delete`: removes an item.
    case conversationItemDelete(itemID: String, eventID: String? = nil)
    /// `response.create`: asks the model to respond, with the session's settings or these.
    case responseCreate(RealtimeResponseParameters? = nil, eventID: String? = nil)
    /// `response.cancel`: cancels the response in progress, or the one with this id.
    case responseCancel(responseID: String? = nil, eventID: String? = nil)
    /// `transcription_session.update`: changes a beta transcription session's settings.
    case transcriptionSessionUpdate(CreateRealtimeTranscriptionSessionRequest, eventID: String? = nil)
    /// Any other event, sent as is (it needs its own `type`).
    case custom(JSONValue)

    /// The event's `type`.
    public var type: String {
        switch self {
        case .sessionUpdate: "session.update"
        case .inputAudioBufferAppend: "input_audio_buffer.append"
        case .inputAudioBufferCommit: "input_audio_buffer.commit"
        case .inputAudioBufferClear: "input_audio_buffer.clear"
        case .outputAudioBufferClear: "output_audio_buffer.clear"
        case .conversationItemCreate: "conversation.item.create"
        case .conversationItemRetrieve: "conversation.item.retrieve"
        case .conversationItemTruncate: "conversation.item.truncate"
        case .conversationItemDelete: "conversation.item.delete"
        case .responseCreate: "response.create"
        case .responseCancel: "response.cancel"
        case .transcriptionSessionUpdate: "transcription_session.update"
        case .custom(let raw): raw["type"]?.stringValue ?? ""
        }
    }

    /// The event's `event_id`, when it has one.
    public var eventID: String? { wire.eventID }

    /// The members of an event, each `nil` unless its type carries it.
    private struct Wire: Encodable {
        var type: String
        var eventID: String?
        var session: RealtimeSessionRequest?
        var transcriptionSession: CreateRealtimeTranscriptionSessionRequest?
        var audio: String?
        var item: RealtimeConversationItem?
        var previousItemID: String?
        var itemID: String?
        var contentIndex: Int?
        var audioEndMs: Int?
        var response: RealtimeResponseParameters?
        var responseID: String?

        init(_ type: String, _ eventID: String?) {
            self.type = type
            self.eventID = eventID
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(type, forKey: .type)
            try container.encodeIfPresent(eventID, forKey: .eventID)
            try container.encodeIfPresent(session, forKey: .session)
            try container.encodeIfPresent(transcriptionSession, forKey: .session)
            try container.encodeIfPresent(audio, forKey: .audio)
            try container.encodeIfPresent(item, forKey: .item)
            try container.encodeIfPresent(previousItemID, forKey: .previousItemID)
            try container.encodeIfPresent(itemID, forKey: .itemID)
            try container.encodeIfPresent(contentIndex, forKey: .contentIndex)
            try container.encodeIfPresent(audioEndMs, forKey: .audioEndMs)
            try container.encodeIfPresent(response, forKey: .response)
            try container.encodeIfPresent(responseID, forKey: .responseID)
        }

        enum CodingKeys: String, CodingKey {
            case type, session, audio, item, response
            case eventID = "event_id"
            case previousItemID = "previous_item_id"
            case itemID = "item_id"
            case contentIndex = "content_index"
            case audioEndMs = "audio_end_ms"
            case responseID = "response_id"
        }
    }

    private var wire: Wire {
        switch self {
        case .sessionUpdate(let session, let eventID):
            var wire = Wire(type, eventID)
            wire.session = session
            return wire
        case .inputAudioBufferAppend(let audio, let eventID):
            var wire = Wire(type, eventID)
            wire.audio = audio.base64EncodedString()
            return wire
        case .inputAudioBufferCommit(let eventID), .inputAudioBufferClear(let eventID), .outputAudioBufferClear(let eventID):
            return Wire(type, eventID)
        case .conversationItemCreate(let item, let previousItemID, let eventID):
            var wire = Wire(type, eventID)
            wire.item = item
            wire.previousItemID = previousItemID
            return wire
        case .conversationItemRetrieve(let itemID, let eventID), .conversationItemDelete(let itemID, let eventID):
            var wire = Wire(type, eventID)
            wire.itemID = itemID
            return wire
        case .conversationItemTruncate(let itemID, let contentIndex, let audioEndMs, let eventID):
            var wire = Wire(type, eventID)
            wire.itemID = itemID
            wire.contentIndex = contentIndex
            wire.audioEndMs = audioEndMs
            return wire
        case .responseCreate(let response, let eventID):
            var wire = Wire(type, eventID)
            wire.response = response
            return wire
        case .responseCancel(let responseID, let eventID):
            var wire = Wire(type, eventID)
            wire.responseID = responseID
            return wire
        case .transcriptionSessionUpdate(let session, let eventID):
            var wire = Wire(type, eventID)
            wire.transcriptionSession = session
            return wire
        case .custom(let raw):
            return Wire(type, raw["event_id"]?.stringValue)
        }
    }

    /// Encodes the event as the JSON object the server reads.
    public func encode(to encoder: any Encoder) throws {
        if case .custom(let raw) = self { return try raw.encode(to: encoder) }
        try wire.encode(to: encoder)
    }
}
