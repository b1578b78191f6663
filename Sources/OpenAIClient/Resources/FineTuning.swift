import Foundation

/// The fine-tuning endpoint group: ``OpenAI/fineTuning``, with ``jobs``, ``checkpoints`` and ``alpha``.
public struct FineTuning: Sendable {
    let client: OpenAI

    /// Jobs: `/fine_tuning/jobs`.
    public var jobs: FineTuningJobs { FineTuningJobs(client: client) }
    /// Fine-tuned checkpoints shared with other projects: `/fine_tuning/checkpoints`.
    public var checkpoints: FineTuningCheckpoints { FineTuningCheckpoints(client: client) }
    /// Alpha endpoints: `/fine_tuning/alpha`.
    public var alpha: FineTuningAlpha { FineTuningAlpha(client: client) }
}

/// Fine-tuning jobs: ``FineTuning/jobs``.
///
/// ```swift
/// let job = try await client.fineTuning.jobs.create(CreateFineTuningJobRequest(model: "gpt-4o-mini", trainingFile: file.id))
/// for try await event in client.fineTuning.jobs.listAllEvents(job.id) { print(event.message) }
/// ```
public struct FineTuningJobs: Sendable {
    let client: OpenAI

    /// Starts a fine-tuning job.
    ///
    /// `POST /fine_tuning/jobs`.
    ///
    /// > Warning: Training is billed per token and epoch.
    ///
    /// - Parameters:
    ///   - request: The model, files, method and hyperparameters.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The job.
    /// - Throws: ``OpenAIError``.
    public func create(_ request: CreateFineTuningJobRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> FineTuningJob {
        try await client.send(.post("/fine_tuning/jobs", json: request, options: options))
    }

    /// Retrieves a job.
    ///
    /// `GET /fine_tuning/jobs/{fine_tuning_job_id}`.
    ///
    /// - Parameters:
    ///   - jobID: The job id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The job.
    /// - Throws: ``OpenAIError``.
    public func retrieve(_ jobID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> FineTuningJob {
        try await client.send(.get(Self.path(jobID), options: options))
    }

    /// Cancels a job.
    ///
    /// `POST /fine_tuning/jobs/{fine_tuning_job_id}/cancel`.
    ///
    /// - Parameters:
    ///   - jobID: The job id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The job.
    /// - Throws: ``OpenAIError``.
    public func cancel(_ jobID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> FineTuningJob {
        try await client.send(.post(Self.path(jobID) + "/cancel", json: EmptyObjectBody(), options: options))
    }

    /// Pauses a running job.
    ///
    /// `POST /fine_tuning/jobs/{fine_tuning_job_id}/pause`.
    ///
    /// - Parameters:
    ///   - jobID: The job id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The job.
    /// - Throws: ``OpenAIError``.
    public func pause(_ jobID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> FineTuningJob {
        try await client.send(.post(Self.path(jobID) + "/pause", json: EmptyObjectBody(), options: options))
    }

    /// Resumes a paused job.
    ///
    /// `POST /fine_tuning/jobs/{fine_tuning_job_id}/resume`.
    ///
    /// - Parameters:
    ///   - jobID: The job id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The job.
    /// - Throws: ``OpenAIError``.
    public func resume(_ jobID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> FineTuningJob {
        try await client.send(.post(Self.path(jobID) + "/resume", json: EmptyObjectBody(), options: options))
    }

    /// Lists jobs, one page.
    ///
    /// `GET /fine_tuning/jobs`.
    ///
    /// - Parameters:
    ///   - after: The cursor to list after; none by default.
    ///   - limit: Page size; the API default (20) by default.
    ///   - metadata: Only jobs with these metadata pairs (`metadata[k]=v`); none by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: One page.
    /// - Throws: ``OpenAIError``.
    public func list(after: String? = nil, limit: Int? = nil, metadata: [String: String] = [:], options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Page<FineTuningJob> {
        let filters = metadata.sorted { $0.key < $1.key }.map { URLQueryItem(name: "metadata[\($0.key)]", value: $0.value) }
        return try await client.send(.get("/fine_tuning/jobs", query: ListQuery(limit: limit, after: after).items + filters, options: options))
    }

    /// Lists every job, fetching pages as iteration reaches them.
    public func listAll(limit: Int? = nil, metadata: [String: String] = [:], options: RequestOptions = RequestOptions()) -> PageSequence<FineTuningJob> {
        PageSequence(cursor: \.id) { after throws(OpenAIError) in try await list(after: after, limit: limit, metadata: metadata, options: options) }
    }

    /// Lists a job's events, newest first, one page.
    ///
    /// `GET /fine_tuning/jobs/{fine_tuning_job_id}/events`.
    ///
    /// - Parameters:
    ///   - jobID: The job id.
    ///   - after: The cursor to list after; none by default.
    ///   - limit: Page size; the API default (20) by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: One page.
    /// - Throws: ``OpenAIError``.
    public func listEvents(_ jobID: String, after: String? = nil, limit: Int? = nil, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Page<FineTuningJobEvent> {
        try await client.send(.get(Self.path(jobID) + "/events", query: ListQuery(limit: limit, after: after).items, options: options))
    }

    /// Lists every event of a job, fetching pages as iteration reaches them.
    public func listAllEvents(_ jobID: String, limit: Int? = nil, options: RequestOptions = RequestOptions()) -> PageSequence<FineTuningJobEvent> {
        PageSequence(cursor: \.id) { after throws(OpenAIError) in try await listEvents(jobID, after: after, limit: limit, options: options) }
    }

    /// Lists a job's checkpoints, one page.
    ///
    /// `GET /fine_tuning/jobs/{fine_tuning_job_id}/checkpoints`.
    ///
    /// - Parameters:
    ///   - jobID: The job id.
    ///   - after: The cursor to list after; none by default.
    ///   - limit: Page size; the API default (10) by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: One page.
    /// - Throws: ``OpenAIError``.
    public func listCheckpoints(_ jobID: String, after: String? = nil, limit: Int? = nil, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Page<FineTuningJobCheckpoint> {
        try await client.send(.get(Self.path(jobID) + "/checkpoints", query: ListQuery(limit: limit, after: after).items, options: options))
    }

    static func path(_ jobID: String) -> String { "/fine_tuning/jobs/\(APIRequest.segment(jobID))" }
}
