import Foundation
import OpenAIClient
import Testing

@Suite struct WebhooksTests {
    /// A fixed secret: `whsec_` and base64 of 32 bytes.
    static let secret = "whsec_" + Data((0..<32).map { UInt8($0) }).base64EncodedString()
    static let now = Date(timeIntervalSince1970: 1_750_000_000)
    static let payload = Array(#"{"id": "evt_1", "object": "event", "type": "response.completed", "created_at": 1750000000, "data": {"id": "resp_1"}}"#.utf8)

    static func webhooks(tolerance: Duration = Webhooks.defaultTolerance) throws -> Webhooks {
        try Webhooks(secret: secret, tolerance: tolerance, now: { now })
    }

    static func headers(_ webhooks: Webhooks, timestamp: Int64 = 1_750_000_000, signature: String? = nil, payload: [UInt8] = payload) -> HTTPHeaderFields {
        [
            "webhook-id": "wh_1",
            "webhook-timestamp": String(timestamp),
            "webhook-signature": signature ?? webhooks.signature(payload: payload, id: "wh_1", timestamp: timestamp),
        ]
    }

    @Test("Accepts a correctly signed delivery and decodes its event")
    func accepts() throws {
        let webhooks = try Self.webhooks()
        let event = try webhooks.unwrap(payload: Self.payload, headers: Self.headers(webhooks))
        #expect(event.id == "evt_1")
        #expect(event.type == .responseCompleted)
        #expect(event.data.id == "resp_1")
        #expect(event.createdAt == 1_750_000_000)
    }

    @Test("Matches a known Standard Webhooks signature")
    func knownVector() throws {
        let webhooks = try Self.webhooks()
        #expect(webhooks.signature(payload: Self.payload, id: "wh_1", timestamp: 1_750_000_000) == "v1," + WebhookVector.signature)
    }

    @Test("Accepts any one matching entry among several space-separated signatures")
    func severalSignatures() throws {
        let webhooks = try Self.webhooks()
        let good = webhooks.signature(payload: Self.payload, id: "wh_1", timestamp: 1_750_000_000)
        let headers = Self.headers(webhooks, signature: "v1,AAAA v2,ignored \(good) v1,notbase64!")
        #expect(throws: Never.self) { try webhooks.verify(payload: Self.payload, headers: headers) }
    }

    @Test("Rejects a tampered body, a wrong secret, and a missing header", arguments: ["body", "secret", "header"])
    func rejects(what: String) throws {
        let webhooks = try Self.webhooks()
        var payload = Self.payload
        var headers = Self.headers(webhooks)
        switch what {
        case "body": payload[payload.count - 3] = UInt8(ascii: "2")
        case "secret":
            let other = try Webhooks(secret: "whsec_" + Data(repeating: 7, count: 32).base64EncodedString(), now: { Self.now })
            headers = Self.headers(other)
        default: headers["webhook-signature"] = nil
        }
        let error = #expect(throws: OpenAIError.self) { try webhooks.verify(payload: payload, headers: headers) }
        #expect(error?.kind == .webhookVerification)
    }

    @Test("Enforces the tolerance window both ways, 300 s by default", arguments: [
        (Int64(-299), true), (-301, false), (299, true), (301, false),
    ])
    func tolerance(offset: Int64, accepted: Bool) throws {
        let webhooks = try Self.webhooks()
        let timestamp = 1_750_000_000 + offset
        let headers = Self.headers(webhooks, timestamp: timestamp)
        if accepted {
            #expect(throws: Never.self) { try webhooks.verify(payload: Self.payload, headers: headers) }
        } else {
            let error = #expect(throws: OpenAIError.self) { try webhooks.verify(payload: Self.payload, headers: headers) }
            #expect(error?.kind == .webhookVerification)
        }
        let strict = try Self.webhooks(tolerance: .seconds(10))
        #expect(throws: OpenAIError.self) { try strict.verify(payload: Self.payload, headers: Self.headers(strict, timestamp: 1_750_000_000 - 11)) }
    }

    @Test("Rejects a secret that is not base64")
    func badSecret() {
        #expect(throws: OpenAIError.self) { try Webhooks(secret: "whsec_%%%") }
    }

    @Test("Decodes every webhook event type the spec defines, and keeps unknown ones", arguments: [
        ("batch.cancelled", WebhookEventType.batchCancelled), ("batch.completed", .batchCompleted), ("batch.expired", .batchExpired),
        ("batch.failed", .batchFailed), ("eval.run.canceled", .evalRunCanceled), ("eval.run.failed", .evalRunFailed),
        ("eval.run.succeeded", .evalRunSucceeded), ("fine_tuning.job.cancelled", .fineTuningJobCancelled),
        ("fine_tuning.job.failed", .fineTuningJobFailed), ("fine_tuning.job.succeeded", .fineTuningJobSucceeded),
        ("response.cancelled", .responseCancelled), ("response.completed", .responseCompleted), ("response.failed", .responseFailed),
        ("response.incomplete", .responseIncomplete), ("something.new", WebhookEventType(rawValue: "something.new")),
    ])
    func eventTypes(type: String, expected: WebhookEventType) throws {
        let body = #"{"id": "evt_9", "object": "event", "type": "\#(type)", "created_at": 1, "data": {"id": "obj_1", "extra": [1]}}"#
        let event = try JSONDecoder().decode(WebhookEvent.self, from: Data(body.utf8))
        #expect(event.type == expected)
        #expect(event.data.id == "obj_1")
        #expect(event.data.raw["extra"] == [1])
    }

    @Test("Decodes incoming call events with SIP headers")
    func callEvents() throws {
        let realtime = #"{"id": "evt_r", "object": "event", "type": "realtime.call.incoming", "created_at": 1, "data": {"call_id": "rtc_1", "sip_headers": [{"name": "From", "value": "sip:a@b"}]}}"#
        let live = #"{"id": "evt_l", "object": "event", "type": "live.call.incoming", "created_at": 1, "data": {"session_id": "rtc_1", "sip_headers": []}}"#
        let first = try JSONDecoder().decode(WebhookEvent.self, from: Data(realtime.utf8))
        #expect(first.type == .realtimeCallIncoming)
        #expect(first.data.callID == "rtc_1")
        #expect(first.data.sipHeaders?.first?.value == "sip:a@b")
        let second = try JSONDecoder().decode(WebhookEvent.self, from: Data(live.utf8))
        #expect(second.type == .liveCallIncoming)
        #expect(second.data.sessionID == "rtc_1")
    }
}
