/// The organization's usage and costs: ``Organization/usage`` and ``Organization/costs``.
///
/// ```swift
/// let weekAgo = Int(Date().timeIntervalSince1970) - 7 * 86_400
/// for try await bucket in client.organization.usage.listAll(.completions, UsageQuery(startTime: weekAgo, groupBy: ["model"])) {
///     for case .completions(let usage, let grouping) in bucket.results { print(bucket.startTime, grouping.model ?? "-", usage.inputTokens) }
/// }
/// ```
public struct OrganizationUsage: Sendable {
    let client: OpenAI

    /// Reads one page of usage buckets of one kind.
    ///
    /// `GET /organization/usage/{completions|embeddings|moderations|images|audio_speeches|audio_transcriptions|vector_stores|code_interpreter_sessions|file_search_calls|web_search_calls}`.
    ///
    /// - Parameters:
    ///   - kind: Which usage to read.
    ///   - query: The time range, grouping and filters.
    ///   - page: The previous page's ``UsagePage/nextPage``; the first page by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: One page of buckets; their results are the kind's ``UsageResult`` case.
    /// - Throws: ``OpenAIError``.
    public func list(_ kind: UsageKind, _ query: UsageQuery, page: String? = nil, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> UsagePage {
        try await client.send(.get(AdminPath.root + "/usage/" + APIRequest.segment(kind.rawValue), query: query.items(page: page), options: options))
    }

    /// Reads every usage bucket of one kind in the range, fetching pages as iteration reaches them.
    ///
    /// - Parameters:
    ///   - kind: Which usage to read.
    ///   - query: The time range, grouping and filters.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The buckets, oldest first.
    public func listAll(_ kind: UsageKind, _ query: UsageQuery, options: RequestOptions = RequestOptions()) -> PageSequence<UsageBucket> {
        PageSequence(cursor: { _ in "" }) { page throws(OpenAIError) in try await list(kind, query, page: page, options: options).asPage }
    }
}

/// The organization's costs: ``Organization/costs``.
public struct OrganizationCosts: Sendable {
    let client: OpenAI

    /// Reads one page of daily cost buckets.
    ///
    /// `GET /organization/costs`.
    ///
    /// - Parameters:
    ///   - query: The time range (``UsageQuery/bucketWidth`` must be `1d`), grouping (`project_id`, `line_item`,
    ///     `api_key_id`) and filters (`projectIDs`, `apiKeyIDs`).
    ///   - page: The previous page's ``UsagePage/nextPage``; the first page by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: One page of buckets of ``UsageResult/costs(_:)`` results.
    /// - Throws: ``OpenAIError``.
    public func list(_ query: UsageQuery, page: String? = nil, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> UsagePage {
        try await client.send(.get(AdminPath.root + "/costs", query: query.items(page: page), options: options))
    }

    /// Reads every cost bucket in the range, fetching pages as iteration reaches them.
    ///
    /// - Parameters:
    ///   - query: The time range, grouping and filters.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The buckets, oldest first.
    public func listAll(_ query: UsageQuery, options: RequestOptions = RequestOptions()) -> PageSequence<UsageBucket> {
        PageSequence(cursor: { _ in "" }) { page throws(OpenAIError) in try await list(query, page: page, options: options).asPage }
    }
}
