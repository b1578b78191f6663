import Foundation

/// The Realtime endpoint group: ``OpenAI/realtime``. These REST calls mint client secrets and control calls; the
/// conversation itself runs over a WebSocket (the `OpenAIRealtime` module's `RealtimeSession`), WebRTC or SIP.
///
/// ```swift
/// let secret = try await client.realtime.clientSecrets.create(CreateRealtimeClientSecretRequest(
///     session: .realtime(RealtimeSessionConfiguration(model: .gptRealtime, instructions: "Be brief.")),
///     expiresAfter: RealtimeClientSecretExpiration(seconds: 600)))
/// // hand secret.value (ek_…) to the browser or app, which connects with it
/// ```
public struct Realtime: Sendable {
    let client: OpenAI

    /// Client secrets for apps: `/realtime/client_secrets`, `/realtime/translations/client_secrets`.
    public var clientSecrets: RealtimeClientSecrets { RealtimeClientSecrets(client: client) }
    /// WebRTC and SIP calls: `/realtime/calls`.
    public var calls: RealtimeCalls { RealtimeCalls(client: client) }
    /// The beta session endpoints: `/realtime/sessions`, `/realtime/transcription_sessions`.
    public var sessions: RealtimeSessions { RealtimeSessions(client: client) }
}

/// Realtime client secrets: ``Realtime/clientSecrets``.
public struct RealtimeClientSecrets: Sendable {
    let client: OpenAI

    /// Creates a short-lived client secret bound to session settings.
    ///
    /// `POST /realtime/client_secrets`.
    ///
    /// - Parameters:
    ///   - request: The session settings and the secret's lifetime.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The secret and the session's effective settings.
    /// - Throws: ``OpenAIError``.
    public func create(_ request: CreateRealtimeClientSecretRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> RealtimeClientSecret {
        try await client.send(.post("/realtime/client_secrets", json: request, options: options))
    }

    /// Creates a short-lived client secret for a translation session.
    ///
    /// `POST /realtime/translations/client_secrets`.
    ///
    /// - Parameters:
    ///   - request: The translation settings and the secret's lifetime.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The secret and the translation session.
    /// - Throws: ``OpenAIError``.
    public func createForTranslation(
        _ request: CreateRealtimeTranslationClientSecretRequest, options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> RealtimeTranslationClientSecret {
        try await client.send(.post("/realtime/translations/client_secrets", json: request, options: options))
    }
}

/// The beta Realtime session endpoints: ``Realtime/sessions``. Prefer ``RealtimeClientSecrets/create(_:options:)``.
public struct RealtimeSessions: Sendable {
    let client: OpenAI

    /// Creates a beta session and its ephemeral key.
    ///
    /// `POST /realtime/sessions`.
    ///
    /// - Parameters:
    ///   - request: The beta session settings.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The session, with ``RealtimeEphemeralSession/clientSecret``.
    /// - Throws: ``OpenAIError``.
    public func create(_ request: CreateRealtimeSessionRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> RealtimeEphemeralSession {
        try await client.send(.post("/realtime/sessions", json: request, options: options))
    }

    /// Creates a beta transcription session and its ephemeral key.
    ///
    /// `POST /realtime/transcription_sessions`.
    ///
    /// - Parameters:
    ///   - request: The beta transcription settings.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The session, with ``RealtimeEphemeralSession/clientSecret``.
    /// - Throws: ``OpenAIError``.
    public func createTranscription(
        _ request: CreateRealtimeTranscriptionSessionRequest, options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> RealtimeEphemeralSession {
        try await client.send(.post("/realtime/transcription_sessions", json: request, options: options))
    }
}

/// Realtime calls over WebRTC and SIP: ``Realtime/calls``.
///
/// ```swift
/// let call = try await client.realtime.calls.create(sdp: offer, session: RealtimeSessionConfiguration(model: .gptRealtime))
/// try await peerConnection.setRemoteDescription(call.sdp)   // your WebRTC stack
/// try await client.realtime.calls.hangup(call.callID ?? "")
/// ```
public struct RealtimeCalls: Sendable {
    let client: OpenAI

    static func path(_ callID: String, _ action: String) -> String { "/realtime/calls/" + APIRequest.segment(callID) + "/" + action }

    /// Starts a WebRTC call from an SDP offer.
    ///
    /// `POST /realtime/calls`: `multipart/form-data` (`sdp` and `session` parts) with session settings, or the bare
    /// offer as `application/sdp` without (when the client authenticates with a client secret that carries them).
    ///
    /// - Parameters:
    ///   - sdp: The peer connection's SDP offer.
    ///   - session: The session settings; `nil` to send the bare offer.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The SDP answer and the call id from the `Location` header.
    /// - Throws: ``OpenAIError``.
    public func create(sdp: String, session: RealtimeSessionConfiguration? = nil, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> RealtimeCall {
        var request: APIRequest
        if let session {
            let json: [UInt8]
            do {
                json = try JSONBody.encode(RealtimeSessionRequest.realtime(session), merging: [:])
            } catch {
                throw OpenAIError(kind: .invalidRequest, message: "could not encode the session: \(error)", underlying: error)
            }
            var form = MultipartBody()
            form.append(name: "sdp", value: sdp, contentType: "application/sdp")
            form.append(name: "session", value: String(decoding: json, as: UTF8.self), contentType: "application/json")
            request = .post("/realtime/calls", multipart: form, options: options)
        } else {
            request = .post("/realtime/calls", body: Array(sdp.utf8), contentType: "application/sdp", options: options)
        }
        request.headers["Accept"] = "application/sdp"
        let (body, metadata) = try await client.sendForBytes(request)
        let location = metadata.headers["Location"]
        let callID = location.flatMap { $0.split(separator: "/").last.map(String.init) }
        return RealtimeCall(sdp: String(decoding: body, as: UTF8.self), callID: callID, location: location)
    }

    /// Answers an incoming SIP call with session settings.
    ///
    /// `POST /realtime/calls/{call_id}/accept`.
    ///
    /// - Parameters:
    ///   - callID: The call id from the `realtime.call.incoming` webhook.
    ///   - session: The settings of the session that handles the call.
    ///   - options: Per-call overrides; none by default.
    /// - Throws: ``OpenAIError``.
    public func accept(_ callID: String, session: RealtimeSessionConfiguration, options: RequestOptions = RequestOptions()) async throws(OpenAIError) {
        _ = try await client.sendForBytes(.post(Self.path(callID, "accept"), json: RealtimeSessionRequest.realtime(session), options: options))
    }

    /// Ends a SIP or WebRTC call.
    ///
    /// `POST /realtime/calls/{call_id}/hangup`.
    ///
    /// - Parameters:
    ///   - callID: The call id.
    ///   - options: Per-call overrides; none by default.
    /// - Throws: ``OpenAIError``.
    public func hangup(_ callID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) {
        _ = try await client.sendForBytes(APIRequest(method: .post, path: Self.path(callID, "hangup"), options: options))
    }

    /// Transfers a SIP call (SIP REFER).
    ///
    /// `POST /realtime/calls/{call_id}/refer`.
    ///
    /// - Parameters:
    ///   - callID: The call id.
    ///   - targetURI: Where to transfer it, such as `tel:+14155550123` or a `sip:` URI.
    ///   - options: Per-call overrides; none by default.
    /// - Throws: ``OpenAIError``.
    public func refer(_ callID: String, targetURI: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) {
        _ = try await client.sendForBytes(.post(Self.path(callID, "refer"), json: RealtimeCallReferRequest(targetURI: targetURI), options: options))
    }

    /// Declines an incoming SIP call.
    ///
    /// `POST /realtime/calls/{call_id}/reject`.
    ///
    /// - Parameters:
    ///   - callID: The call id.
    ///   - statusCode: The SIP status code, such as 486 (busy); the API sends 603 (decline) when `nil`.
    ///   - options: Per-call overrides; none by default.
    /// - Throws: ``OpenAIError``.
    public func reject(_ callID: String, statusCode: Int? = nil, options: RequestOptions = RequestOptions()) async throws(OpenAIError) {
        _ = try await client.sendForBytes(.post(Self.path(callID, "reject"), json: RealtimeCallRejectRequest(statusCode: statusCode), options: options))
    }
}
