import Foundation

/// An event OpenAI sends to your webhook endpoint, decoded by ``Webhooks/unwrap(payload:headers:)-(_,[String:String])``.
///
/// Every event type the API defines has a constant on ``WebhookEventType``; the object the event is about is in
/// ``data`` (``WebhookEventData/id`` for batches, responses, fine-tuning jobs and eval runs; call ids and SIP
/// headers for incoming calls), and the whole payload is kept in ``raw``, so an unknown event type still arrives.
///
/// ```swift
/// let event = try webhooks.unwrap(payload: body, headers: headers)
/// if event.type == .responseCompleted, let id = event.data.id {
///     let response = try await client.responses.retrieve(id)
/// }
/// ```
public struct WebhookEvent: Decodable, Sendable, Hashable, Identifiable {
    /// The event id, such as `evt_123`.
    public var id: String
    /// The event type.
    public var type: WebhookEventType
    /// The object type, `event`.
    public var object: String?
    /// When the event happened (Unix seconds).
    public var createdAt: Int?
    /// What the event is about.
    public var data: WebhookEventData
    /// The whole payload as sent.
    public var raw: JSONValue

    enum CodingKeys: String, CodingKey {
        case id, type, object, data
        case createdAt = "created_at"
    }

    /// Decodes an event of any type.
    public init(from decoder: any Decoder) throws {
        raw = try JSONValue(from: decoder)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        type = try container.decode(WebhookEventType.self, forKey: .type)
        object = try container.decodeIfPresent(String.self, forKey: .object)
        createdAt = try container.decodeIfPresent(Int.self, forKey: .createdAt)
        data = try container.decodeIfPresent(WebhookEventData.self, forKey: .data) ?? WebhookEventData(raw: .object([:]))
    }
}

/// The payload of a ``WebhookEvent``.
public struct WebhookEventData: Decodable, Sendable, Hashable {
    /// The id of the batch, response, fine-tuning job or eval run the event is about.
    public var id: String?
    /// The pending SIP call's id (`realtime.call.incoming`).
    public var callID: String?
    /// The pending SIP session's id (`live.call.incoming`).
    public var sessionID: String?
    /// The SIP invite's headers (incoming calls).
    public var sipHeaders: [SIPHeader]?
    /// The payload as sent.
    public var raw: JSONValue

    /// A SIP invite header.
    public struct SIPHeader: Codable, Sendable, Hashable {
        /// The header name.
        public var name: String
        /// The header value.
        public var value: String
        enum CodingKeys: String, CodingKey { case name, value }
    }

    init(raw: JSONValue) { self.raw = raw }

    enum CodingKeys: String, CodingKey {
        case id
        case callID = "call_id"
        case sessionID = "session_id"
        case sipHeaders = "sip_headers"
    }

    /// Decodes any payload object.
    public init(from decoder: any Decoder) throws {
        raw = try JSONValue(from: decoder)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try? container.decodeIfPresent(String.self, forKey: .id)
        callID = try? container.decodeIfPresent(String.self, forKey: .callID)
        sessionID = try? container.decodeIfPresent(String.self, forKey: .sessionID)
        sipHeaders = try? container.decodeIfPresent([SIPHeader].self, forKey: .sipHeaders)
    }
}

/// The type of a ``WebhookEvent``: one constant per webhook the API defines; unknown types decode unchanged.
public struct WebhookEventType: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a value from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `batch.cancelled`.
    public static let batchCancelled = Self(rawValue: "batch.cancelled")
    /// `batch.completed`.
    public static let batchCompleted = Self(rawValue: "batch.completed")
    /// `batch.expired`.
    public static let batchExpired = Self(rawValue: "batch.expired")
    /// `batch.failed`.
    public static let batchFailed = Self(rawValue: "batch.failed")
    /// `eval.run.canceled`.
    public static let evalRunCanceled = Self(rawValue: "eval.run.canceled")
    /// `eval.run.failed`.
    public static let evalRunFailed = Self(rawValue: "eval.run.failed")
    /// `eval.run.succeeded`.
    public static let evalRunSucceeded = Self(rawValue: "eval.run.succeeded")
    /// `fine_tuning.job.cancelled`.
    public static let fineTuningJobCancelled = Self(rawValue: "fine_tuning.job.cancelled")
    /// `fine_tuning.job.failed`.
    public static let fineTuningJobFailed = Self(rawValue: "fine_tuning.job.failed")
    /// `fine_tuning.job.succeeded`.
    public static let fineTuningJobSucceeded = Self(rawValue: "fine_tuning.job.succeeded")
    /// `live.call.incoming`.
    public static let liveCallIncoming = Self(rawValue: "live.call.incoming")
    /// `realtime.call.incoming`.
    public static let realtimeCallIncoming = Self(rawValue: "realtime.call.incoming")
    /// `response.cancelled`.
    public static let responseCancelled = Self(rawValue: "response.cancelled")
    /// `response.completed`.
    public static let responseCompleted = Self(rawValue: "response.completed")
    /// `response.failed`.
    public static let responseFailed = Self(rawValue: "response.failed")
    /// `response.incomplete`.
    public static let responseIncomplete = Self(rawValue: "response.incomplete")

    /// Every webhook event type this library names.
    public static let known: [WebhookEventType] = [
        .batchCancelled,
        .batchCompleted,
        .batchExpired,
        .batchFailed,
        .evalRunCanceled,
        .evalRunFailed,
        .evalRunSucceeded,
        .fineTuningJobCancelled,
        .fineTuningJobFailed,
        .fineTuningJobSucceeded,
        .liveCallIncoming,
        .realtimeCallIncoming,
        .responseCancelled,
        .responseCompleted,
        .responseFailed,
        .responseIncomplete,
    ]
}
