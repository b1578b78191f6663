import Foundation

/// The evals endpoint group: ``OpenAI/evals``, with ``runs`` and ``outputItems``.
///
/// ```swift
/// let eval = try await client.evals.create(CreateEvalRequest(
///     name: "capitals",
///     dataSourceConfig: .custom(itemSchema: ["type": "object", "properties": ["question": ["type": "string"], "answer": ["type": "string"]]],
///                               includeSampleSchema: true),
///     testingCriteria: [.stringCheck(StringCheckGrader(name: "exact", input: "{{sample.output_text}}", reference: "{{item.answer}}", operation: .eq))]
/// ))
/// let run = try await client.evals.runs.create(evalID: eval.id, CreateEvalRunRequest(dataSource: .completions(EvalCompletionsRunDataSource(
///     source: .fileID(fileID), inputMessages: .template([EvalMessage(role: .user, text: "{{item.question}}")]), model: "gpt-4o-mini"))))
/// for try await item in client.evals.outputItems.listAll(evalID: eval.id, runID: run.id, status: .fail) { print(item.datasourceItem ?? [:]) }
/// ```
public struct Evals: Sendable {
    let client: OpenAI

    /// An eval's runs: `/evals/{eval_id}/runs`.
    public var runs: EvalRuns { EvalRuns(client: client) }
    /// A run's graded rows: `/evals/{eval_id}/runs/{run_id}/output_items`.
    public var outputItems: EvalRunOutputItems { EvalRunOutputItems(client: client) }

    static func path(_ evalID: String) -> String { "/evals/" + APIRequest.segment(evalID) }

    /// Creates an eval.
    ///
    /// `POST /evals`.
    ///
    /// - Parameters:
    ///   - request: The name, data source config and testing criteria.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The eval.
    /// - Throws: ``OpenAIError``.
    public func create(_ request: CreateEvalRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Eval {
        try await client.send(.post("/evals", json: request, options: options))
    }

    /// Retrieves an eval.
    ///
    /// `GET /evals/{eval_id}`.
    ///
    /// - Parameters:
    ///   - evalID: The eval id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The eval.
    /// - Throws: ``OpenAIError``.
    public func retrieve(_ evalID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Eval {
        try await client.send(.get(Self.path(evalID), options: options))
    }

    /// Renames an eval or replaces its metadata.
    ///
    /// `POST /evals/{eval_id}`.
    ///
    /// - Parameters:
    ///   - evalID: The eval id.
    ///   - request: The new name and metadata.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The eval.
    /// - Throws: ``OpenAIError``.
    public func update(_ evalID: String, _ request: UpdateEvalRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Eval {
        try await client.send(.post(Self.path(evalID), json: request, options: options))
    }

    /// Deletes an eval.
    ///
    /// `DELETE /evals/{eval_id}`.
    ///
    /// - Parameters:
    ///   - evalID: The eval id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The deletion status, with ``EvalDeletionStatus/evalID``.
    /// - Throws: ``OpenAIError`` (status 404 for an unknown id).
    @discardableResult
    public func delete(_ evalID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> EvalDeletionStatus {
        try await client.send(.delete(Self.path(evalID), options: options))
    }

    /// Lists the project's evals, one page.
    ///
    /// `GET /evals`.
    ///
    /// - Parameters:
    ///   - limit: Page size; the API default (20) by default.
    ///   - order: `asc` (the default) or `desc`.
    ///   - orderBy: Creation (the default) or update time.
    ///   - after: The eval id to list after; the first page by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: One page.
    /// - Throws: ``OpenAIError``.
    public func list(
        limit: Int? = nil, order: ListOrder? = nil, orderBy: EvalListOrderBy? = nil, after: String? = nil, options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> Page<Eval> {
        let query = ListQuery(limit: limit, order: order, after: after).items + ListQuery.item("order_by", orderBy?.rawValue)
        return try await client.send(.get("/evals", query: query, options: options))
    }

    /// Lists every eval, fetching pages as iteration reaches them.
    ///
    /// - Parameters:
    ///   - limit: Page size; the API default by default.
    ///   - order: `asc` (the default) or `desc`.
    ///   - orderBy: Creation (the default) or update time.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The evals.
    public func listAll(limit: Int? = nil, order: ListOrder? = nil, orderBy: EvalListOrderBy? = nil, options: RequestOptions = RequestOptions()) -> PageSequence<Eval> {
        PageSequence(cursor: \.id) { after throws(OpenAIError) in
            try await list(limit: limit, order: order, orderBy: orderBy, after: after, options: options)
        }
    }
}

/// An eval's runs: ``Evals/runs``.
public struct EvalRuns: Sendable {
    let client: OpenAI

    static func path(_ evalID: String, _ runID: String? = nil) -> String {
        Evals.path(evalID) + "/runs" + (runID.map { "/" + APIRequest.segment($0) } ?? "")
    }

    /// Starts a run: the model configuration and data to grade.
    ///
    /// `POST /evals/{eval_id}/runs`.
    ///
    /// > Warning: A run that samples a model is billed for its tokens, and model graders for theirs.
    ///
    /// - Parameters:
    ///   - evalID: The eval id.
    ///   - request: The name and data source.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The run, usually ``EvalRunStatus/queued``.
    /// - Throws: ``OpenAIError`` (status 400 when the data does not match the eval's schema).
    public func create(evalID: String, _ request: CreateEvalRunRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> EvalRun {
        try await client.send(.post(Self.path(evalID), json: request, options: options))
    }

    /// Retrieves a run.
    ///
    /// `GET /evals/{eval_id}/runs/{run_id}`.
    ///
    /// - Parameters:
    ///   - runID: The run id.
    ///   - evalID: The eval id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The run.
    /// - Throws: ``OpenAIError``.
    public func retrieve(_ runID: String, evalID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> EvalRun {
        try await client.send(.get(Self.path(evalID, runID), options: options))
    }

    /// Cancels a run in progress.
    ///
    /// `POST /evals/{eval_id}/runs/{run_id}`.
    ///
    /// - Parameters:
    ///   - runID: The run id.
    ///   - evalID: The eval id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The run, ``EvalRunStatus/canceled``.
    /// - Throws: ``OpenAIError``.
    public func cancel(_ runID: String, evalID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> EvalRun {
        try await client.send(.post(Self.path(evalID, runID), json: EmptyObjectBody(), options: options))
    }

    /// Deletes a run.
    ///
    /// `DELETE /evals/{eval_id}/runs/{run_id}`.
    ///
    /// - Parameters:
    ///   - runID: The run id.
    ///   - evalID: The eval id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The deletion status, with ``EvalDeletionStatus/runID``.
    /// - Throws: ``OpenAIError`` (status 404 for an unknown id).
    @discardableResult
    public func delete(_ runID: String, evalID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> EvalDeletionStatus {
        try await client.send(.delete(Self.path(evalID, runID), options: options))
    }

    /// Lists an eval's runs, one page.
    ///
    /// `GET /evals/{eval_id}/runs`.
    ///
    /// - Parameters:
    ///   - evalID: The eval id.
    ///   - limit: Page size; the API default (20) by default.
    ///   - order: `asc` (the default) or `desc`.
    ///   - after: The run id to list after; the first page by default.
    ///   - status: Only runs in this status; all by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: One page.
    /// - Throws: ``OpenAIError``.
    public func list(
        evalID: String, limit: Int? = nil, order: ListOrder? = nil, after: String? = nil, status: EvalRunStatus? = nil,
        options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> Page<EvalRun> {
        let query = ListQuery(limit: limit, order: order, after: after).items + ListQuery.item("status", status?.rawValue)
        return try await client.send(.get(Self.path(evalID), query: query, options: options))
    }

    /// Lists every run of an eval, fetching pages as iteration reaches them.
    ///
    /// - Parameters:
    ///   - evalID: The eval id.
    ///   - limit: Page size; the API default by default.
    ///   - order: `asc` (the default) or `desc`.
    ///   - status: Only runs in this status; all by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The runs.
    public func listAll(
        evalID: String, limit: Int? = nil, order: ListOrder? = nil, status: EvalRunStatus? = nil, options: RequestOptions = RequestOptions()
    ) -> PageSequence<EvalRun> {
        PageSequence(cursor: \.id) { after throws(OpenAIError) in
            try await list(evalID: evalID, limit: limit, order: order, after: after, status: status, options: options)
        }
    }
}

/// A run's graded rows: ``Evals/outputItems``.
public struct EvalRunOutputItems: Sendable {
    let client: OpenAI

    static func path(_ evalID: String, _ runID: String, _ itemID: String? = nil) -> String {
        EvalRuns.path(evalID, runID) + "/output_items" + (itemID.map { "/" + APIRequest.segment($0) } ?? "")
    }

    /// Retrieves one graded row.
    ///
    /// `GET /evals/{eval_id}/runs/{run_id}/output_items/{output_item_id}`.
    ///
    /// - Parameters:
    ///   - outputItemID: The output item id.
    ///   - evalID: The eval id.
    ///   - runID: The run id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The output item.
    /// - Throws: ``OpenAIError``.
    public func retrieve(_ outputItemID: String, evalID: String, runID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> EvalRunOutputItem {
        try await client.send(.get(Self.path(evalID, runID, outputItemID), options: options))
    }

    /// Lists a run's graded rows, one page.
    ///
    /// `GET /evals/{eval_id}/runs/{run_id}/output_items`.
    ///
    /// - Parameters:
    ///   - evalID: The eval id.
    ///   - runID: The run id.
    ///   - limit: Page size; the API default (20) by default.
    ///   - order: `asc` (the default) or `desc`.
    ///   - after: The output item id to list after; the first page by default.
    ///   - status: Only rows that passed, or only rows that failed; all by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: One page.
    /// - Throws: ``OpenAIError``.
    public func list(
        evalID: String, runID: String, limit: Int? = nil, order: ListOrder? = nil, after: String? = nil, status: EvalOutputItemStatus? = nil,
        options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> Page<EvalRunOutputItem> {
        let query = ListQuery(limit: limit, order: order, after: after).items + ListQuery.item("status", status?.rawValue)
        return try await client.send(.get(Self.path(evalID, runID), query: query, options: options))
    }

    /// Lists every graded row of a run, fetching pages as iteration reaches them.
    ///
    /// - Parameters:
    ///   - evalID: The eval id.
    ///   - runID: The run id.
    ///   - limit: Page size; the API default by default.
    ///   - order: `asc` (the default) or `desc`.
    ///   - status: Only rows that passed, or only rows that failed; all by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The output items.
    public func listAll(
        evalID: String, runID: String, limit: Int? = nil, order: ListOrder? = nil, status: EvalOutputItemStatus? = nil,
        options: RequestOptions = RequestOptions()
    ) -> PageSequence<EvalRunOutputItem> {
        PageSequence(cursor: \.id) { after throws(OpenAIError) in
            try await list(evalID: evalID, runID: runID, limit: limit, order: order, after: after, status: status, options: options)
        }
    }
}
