extension OpenAI {
    /// Evals, their runs and the runs' graded rows: `/evals`.
    public var evals: Evals { Evals(client: self) }
}
