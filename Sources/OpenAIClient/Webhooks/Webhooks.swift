internal import Crypto
import Foundation

/// Verifies webhook deliveries and decodes their events (Standard Webhooks signatures, as OpenAI sends them).
///
/// A delivery carries `webhook-id`, `webhook-timestamp` and `webhook-signature` headers; the signature is
/// HMAC-SHA256, keyed with the base64 secret after its `whsec_` prefix, over `"{id}.{timestamp}.{body}"`, sent as
/// one or more space-separated `v1,<base64>` entries. A delivery is accepted when one entry matches and the
/// timestamp is within ``tolerance`` of now.
///
/// ```swift
/// let webhooks = try Webhooks(secret: ProcessInfo.processInfo.environment["OPENAI_WEBHOOK_SECRET"] ?? "")
/// let event = try webhooks.unwrap(payload: requestBody, headers: requestHeaders)
/// switch event.type {
/// case .responseCompleted: print("response", event.data.id ?? "-")
/// default: break
/// }
/// ```
public struct Webhooks: Sendable {
    /// The default window around now in which a delivery's timestamp is accepted: 300 seconds.
    public static let defaultTolerance: Duration = .seconds(300)

    /// The secret's bytes (`SymmetricKey` is not `Sendable`, so the key is made per use).
    private let secretBytes: [UInt8]
    private var key: SymmetricKey { SymmetricKey(data: secretBytes) }
    /// How far a delivery's timestamp may be from now, either way.
    public var tolerance: Duration
    /// The current time, for the tolerance check; the system clock by default (tests inject a fixed date).
    public var now: @Sendable () -> Date

    /// Creates a verifier.
    ///
    /// - Parameters:
    ///   - secret: The endpoint's signing secret, `whsec_` followed by base64 (the prefix may be left out).
    ///   - tolerance: The accepted distance between a delivery's timestamp and now; 300 seconds by default.
    ///   - now: The current time; the system clock by default.
    /// - Throws: ``OpenAIError`` (``OpenAIError/Kind/invalidRequest``) when the secret is not base64.
    public init(secret: String, tolerance: Duration = Webhooks.defaultTolerance, now: @escaping @Sendable () -> Date = { Date() }) throws(OpenAIError) {
        let encoded = secret.hasPrefix("whsec_") ? String(secret.dropFirst("whsec_".count)) : secret
        guard let bytes = Data(base64Encoded: encoded), !bytes.isEmpty else {
            throw OpenAIError(kind: .invalidRequest, message: "the webhook secret is not whsec_ followed by base64")
        }
        self.secretBytes = Array(bytes)
        self.tolerance = tolerance
        self.now = now
    }

    /// Checks a delivery's signature and timestamp.
    ///
    /// - Parameters:
    ///   - payload: The raw request body, exactly as received.
    ///   - headers: The request headers (`webhook-id`, `webhook-timestamp`, `webhook-signature`; any case).
    /// - Throws: ``OpenAIError`` of kind ``OpenAIError/Kind/webhookVerification`` when a header is missing, the
    ///   timestamp is outside ``tolerance``, or no signature matches.
    public func verify(payload: [UInt8], headers: HTTPHeaderFields) throws(OpenAIError) {
        func header(_ name: String) throws(OpenAIError) -> String {
            guard let value = headers[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else {
                throw OpenAIError(kind: .webhookVerification, message: "the \(name) header is missing")
            }
            return value
        }
        let id = try header("webhook-id")
        let timestampText = try header("webhook-timestamp")
        let signatures = try header("webhook-signature")
        guard let timestamp = Int64(timestampText) else {
            throw OpenAIError(kind: .webhookVerification, message: "the webhook-timestamp header is not a number of seconds")
        }
        let skew = now().timeIntervalSince1970 - Double(timestamp)
        let limit = Double(tolerance.components.seconds) + Double(tolerance.components.attoseconds) / 1e18
        if skew > limit {
            throw OpenAIError(kind: .webhookVerification, message: "the webhook timestamp is too old (\(Int(skew)) s)")
        }
        if -skew > limit {
            throw OpenAIError(kind: .webhookVerification, message: "the webhook timestamp is in the future (\(Int(-skew)) s)")
        }
        var signed = Array("\(id).\(timestampText).".utf8)
        signed.append(contentsOf: payload)
        for entry in signatures.split(separator: " ") {
            let parts = entry.split(separator: ",", maxSplits: 1)
            guard parts.count == 2, parts[0] == "v1", let candidate = Data(base64Encoded: String(parts[1])) else { continue }
            if HMAC<SHA256>.isValidAuthenticationCode(candidate, authenticating: signed, using: key) { return }
        }
        throw OpenAIError(kind: .webhookVerification, message: "no webhook signature matches")
    }

    /// Verifies a delivery and decodes its event.
    ///
    /// - Parameters:
    ///   - payload: The raw request body, exactly as received.
    ///   - headers: The request headers.
    /// - Returns: The event.
    /// - Throws: ``OpenAIError``: ``OpenAIError/Kind/webhookVerification`` as ``verify(payload:headers:)``,
    ///   ``OpenAIError/Kind/decoding`` when the verified body is not an event.
    public func unwrap(payload: [UInt8], headers: HTTPHeaderFields) throws(OpenAIError) -> WebhookEvent {
        try verify(payload: payload, headers: headers)
        do {
            return try JSONDecoder().decode(WebhookEvent.self, from: Data(payload))
        } catch {
            throw OpenAIError.decoding(error, body: payload, metadata: nil, what: "a webhook event")
        }
    }

    /// Verifies a delivery and decodes its event, with headers as a dictionary (names in any case).
    ///
    /// - Parameters:
    ///   - payload: The raw request body, exactly as received.
    ///   - headers: The request headers.
    /// - Returns: The event.
    /// - Throws: ``OpenAIError``, as ``unwrap(payload:headers:)-(_,HTTPHeaderFields)``.
    public func unwrap(payload: [UInt8], headers: [String: String]) throws(OpenAIError) -> WebhookEvent {
        try unwrap(payload: payload, headers: HTTPHeaderFields(headers.map { ($0.key, $0.value) }))
    }

    /// Signs a payload as OpenAI does: the `webhook-signature` value (`v1,<base64>`), for tests of your endpoint.
    ///
    /// - Parameters:
    ///   - payload: The body.
    ///   - id: The `webhook-id`.
    ///   - timestamp: The `webhook-timestamp` (Unix seconds).
    /// - Returns: The signature header value.
    public func signature(payload: [UInt8], id: String, timestamp: Int64) -> String {
        var signed = Array("\(id).\(timestamp).".utf8)
        signed.append(contentsOf: payload)
        return "v1," + Data(HMAC<SHA256>.authenticationCode(for: signed, using: key)).base64EncodedString()
    }
}

extension OpenAIError.Kind {
    /// A webhook delivery failed verification: a missing header, a stale timestamp, or no matching signature.
    public static let webhookVerification = OpenAIError.Kind(rawValue: "webhook_verification")
}
