/// Fine-tuning's alpha endpoints: ``FineTuning/alpha``.
public struct FineTuningAlpha: Sendable {
    let client: OpenAI

    /// Graders for reinforcement fine-tuning: `/fine_tuning/alpha/graders`.
    public var graders: FineTuningGraders { FineTuningGraders(client: client) }
}

/// Trying out graders before a reinforcement fine-tuning job uses them: ``FineTuningAlpha/graders``.
///
/// ```swift
/// let grader = Grader.stringCheck(StringCheckGrader(name: "exact", input: "{{sample.output_text}}", reference: "{{item.answer}}", operation: .eq))
/// _ = try await client.fineTuning.alpha.graders.validate(grader)
/// let result = try await client.fineTuning.alpha.graders.run(RunGraderRequest(grader: grader, modelSample: "Paris", item: ["answer": "Paris"]))
/// print(result.reward)   // 1.0
/// ```
public struct FineTuningGraders: Sendable {
    let client: OpenAI

    /// Grades one sample.
    ///
    /// `POST /fine_tuning/alpha/graders/run`.
    ///
    /// > Warning: Model graders are billed for their tokens.
    ///
    /// - Parameters:
    ///   - request: The grader, the sample and the dataset row.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The reward and the run's metadata.
    /// - Throws: ``OpenAIError``.
    public func run(_ request: RunGraderRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> RunGraderResponse {
        try await client.send(.post("/fine_tuning/alpha/graders/run", json: request, options: options))
    }

    /// Checks a grader without running it.
    ///
    /// `POST /fine_tuning/alpha/graders/validate`.
    ///
    /// - Parameters:
    ///   - grader: The grader.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The grader as the API understood it.
    /// - Throws: ``OpenAIError`` (status 400 for an invalid grader).
    public func validate(_ grader: Grader, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> ValidateGraderResponse {
        try await client.send(.post("/fine_tuning/alpha/graders/validate", json: ValidateGraderRequest(grader: grader), options: options))
    }
}
