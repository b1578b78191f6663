extension OpenAI {
    /// Video generation: `/videos`.
    public var videos: Videos { Videos(client: self) }
}
