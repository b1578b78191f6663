extension OpenAI {
    /// Skills and their versions: `/skills`.
    public var skills: Skills { Skills(client: self) }
}
