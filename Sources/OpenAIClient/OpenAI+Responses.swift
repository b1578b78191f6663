extension OpenAI {
    /// Responses: `/responses`, with ``Responses/inputItems`` and ``Responses/inputTokens``.
    public var responses: Responses { Responses(client: self) }
    /// Conversations: `/conversations`, with ``Conversations/items``.
    public var conversations: Conversations { Conversations(client: self) }
}
