extension OpenAI {
    /// Audio: ``Audio/speech``, ``Audio/transcriptions``, ``Audio/translations``.
    public var audio: Audio { Audio(client: self) }
}
