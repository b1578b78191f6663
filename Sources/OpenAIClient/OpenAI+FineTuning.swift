extension OpenAI {
    /// Fine-tuning: ``FineTuning/jobs``.
    public var fineTuning: FineTuning { FineTuning(client: self) }
}
