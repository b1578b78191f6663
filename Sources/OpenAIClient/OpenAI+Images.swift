extension OpenAI {
    /// Images: `POST /images/generations`, `/images/edits`, `/images/variations`.
    public var images: Images { Images(client: self) }
}
