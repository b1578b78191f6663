extension OpenAI {
    /// Assistants: `/assistants` (create, list, retrieve, modify, delete).
    public var assistants: Assistants { Assistants(client: self) }
    /// Threads: `/threads`, with ``Threads/messages`` and ``Threads/runs``.
    public var threads: Threads { Threads(client: self) }
}
