extension OpenAI {
    /// Batches: `POST /batches`, `GET /batches`, `GET /batches/{batch_id}`, `POST /batches/{batch_id}/cancel`.
    public var batches: Batches { Batches(client: self) }
}
