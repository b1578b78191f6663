extension OpenAI {
    /// Realtime: client secrets, WebRTC and SIP calls, and the beta session endpoints under `/realtime`.
    public var realtime: Realtime { Realtime(client: self) }
}
