extension OpenAI {
    /// ChatKit sessions and threads (beta): `/chatkit`.
    public var chatKit: ChatKit { ChatKit(client: self) }
}
