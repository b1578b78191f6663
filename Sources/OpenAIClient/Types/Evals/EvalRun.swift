/// The body of ``EvalRuns/create(evalID:_:options:)``.
public struct CreateEvalRunRequest: Encodable, Sendable, Hashable {
    /// The run's name.
    public var name: String?
    /// What the run grades; it must match the eval's data source schema.
    public var dataSource: EvalRunDataSource
    /// Up to 16 key-value pairs.
    public var metadata: [String: String]?

    /// Creates a request.
    public init(name: String? = nil, dataSource: EvalRunDataSource, metadata: [String: String]? = nil) {
        self.name = name
        self.dataSource = dataSource
        self.metadata = metadata
    }

    enum CodingKeys: String, CodingKey {
        case name, metadata
        case dataSource = "data_source"
    }
}

/// A run of an eval: its status, counts of passed and failed rows, token usage and a link to its report.
public struct EvalRun: Decodable, Sendable, Hashable, Identifiable {
    /// The run id.
    public var id: String
    /// The object type, `eval.run`.
    public var object: String?
    /// The eval id.
    public var evalID: String
    /// Such as `queued`, `in_progress` or `completed`.
    public var status: EvalRunStatus
    /// The model evaluated, if any.
    public var model: String?
    /// The run's name.
    public var name: String?
    /// Creation time (Unix seconds).
    public var createdAt: Int
    /// The run's report in the dashboard.
    public var reportURL: String?
    /// How many rows passed, failed or errored.
    public var resultCounts: ResultCounts?
    /// Token usage per model.
    public var perModelUsage: [ModelUsage]?
    /// Passes and failures per testing criterion.
    public var perTestingCriteriaResults: [CriterionResult]?
    /// What the run grades.
    public var dataSource: EvalRunDataSource?
    /// Up to 16 key-value pairs.
    public var metadata: [String: String]?
    /// Why the run failed.
    public var error: EvalAPIError?

    /// Counts of a run's rows by outcome.
    public struct ResultCounts: Decodable, Sendable, Hashable {
        /// Rows graded.
        public var total: Int
        /// Rows that errored.
        public var errored: Int
        /// Rows that failed.
        public var failed: Int
        /// Rows that passed.
        public var passed: Int
    }

    /// One model's token usage in a run.
    public struct ModelUsage: Decodable, Sendable, Hashable {
        /// The model.
        public var modelName: String
        /// How many times it was called.
        public var invocationCount: Int?
        /// The tokens it used.
        public var tokens: EvalTokenUsage

        enum CodingKeys: String, CodingKey {
            case modelName = "model_name"
            case invocationCount = "invocation_count"
        }

        /// Decodes a model's usage, its token counts beside its name.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            modelName = try container.decode(String.self, forKey: .modelName)
            invocationCount = try container.decodeIfPresent(Int.self, forKey: .invocationCount)
            tokens = try EvalTokenUsage(from: decoder)
        }
    }

    /// One testing criterion's outcome in a run.
    public struct CriterionResult: Decodable, Sendable, Hashable {
        /// The criterion.
        public var testingCriteria: String
        /// Rows that passed it.
        public var passed: Int
        /// Rows that failed it.
        public var failed: Int

        enum CodingKeys: String, CodingKey {
            case passed, failed
            case testingCriteria = "testing_criteria"
        }
    }

    enum CodingKeys: String, CodingKey {
        case id, object, status, model, name, metadata, error
        case evalID = "eval_id"
        case createdAt = "created_at"
        case reportURL = "report_url"
        case resultCounts = "result_counts"
        case perModelUsage = "per_model_usage"
        case perTestingCriteriaResults = "per_testing_criteria_results"
        case dataSource = "data_source"
    }
}

/// An eval run's status; an open set.
public struct EvalRunStatus: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a status from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `queued`.
    public static let queued = Self(rawValue: "queued")
    /// `in_progress`.
    public static let inProgress = Self(rawValue: "in_progress")
    /// `completed`.
    public static let completed = Self(rawValue: "completed")
    /// `canceled`.
    public static let canceled = Self(rawValue: "canceled")
    /// `failed`.
    public static let failed = Self(rawValue: "failed")
}

/// The tokens a model used in an eval run, or for one sample.
public struct EvalTokenUsage: Decodable, Sendable, Hashable {
    /// Prompt tokens.
    public var promptTokens: Int?
    /// Completion tokens.
    public var completionTokens: Int?
    /// All tokens.
    public var totalTokens: Int?
    /// Prompt tokens read from the cache.
    public var cachedTokens: Int?

    enum CodingKeys: String, CodingKey {
        case promptTokens = "prompt_tokens"
        case completionTokens = "completion_tokens"
        case totalTokens = "total_tokens"
        case cachedTokens = "cached_tokens"
    }
}

/// An error the evals API reports on a run or a sample.
public struct EvalAPIError: Codable, Sendable, Hashable {
    /// The error code.
    public var code: String?
    /// The error message.
    public var message: String?
}

/// One graded row of a run: the row, the model's sample and each grader's result.
public struct EvalRunOutputItem: Decodable, Sendable, Hashable, Identifiable {
    /// The output item id.
    public var id: String
    /// The object type, `eval.run.output_item`.
    public var object: String?
    /// The run id.
    public var runID: String
    /// The eval id.
    public var evalID: String
    /// Creation time (Unix seconds).
    public var createdAt: Int
    /// `pass` or `fail`.
    public var status: EvalOutputItemStatus
    /// The row's index in the data source.
    public var datasourceItemID: Int?
    /// The row.
    public var datasourceItem: [String: JSONValue]?
    /// Each grader's result.
    public var results: [EvalGraderResult]
    /// The model's sample.
    public var sample: EvalSample?

    enum CodingKeys: String, CodingKey {
        case id, object, status, results, sample
        case runID = "run_id"
        case evalID = "eval_id"
        case createdAt = "created_at"
        case datasourceItemID = "datasource_item_id"
        case datasourceItem = "datasource_item"
    }
}

/// Whether an output item passed; an open set, also the `status` filter of
/// ``EvalRunOutputItems/list(evalID:runID:limit:order:after:status:options:)``.
public struct EvalOutputItemStatus: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a status from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `pass`.
    public static let pass = Self(rawValue: "pass")
    /// `fail`.
    public static let fail = Self(rawValue: "fail")
}

/// One grader's result on an output item.
public struct EvalGraderResult: Decodable, Sendable, Hashable {
    /// The grader's name.
    public var name: String
    /// The grader's type, as the run reports it (such as `string-check-grader`).
    public var type: String?
    /// The score.
    public var score: Double
    /// Whether the row passed this grader.
    public var passed: Bool
    /// What the grader produced along the way, as sent.
    public var sample: JSONValue?
}

/// The model's sample for one row: the messages in and out, and how it was made.
public struct EvalSample: Decodable, Sendable, Hashable {
    /// The messages sent.
    public var input: [Message]
    /// The messages the model wrote.
    public var output: [Message]
    /// Why generation stopped.
    public var finishReason: String?
    /// The model.
    public var model: String?
    /// Token usage.
    public var usage: EvalTokenUsage?
    /// The error, if sampling failed.
    public var error: EvalAPIError?
    /// The temperature used.
    public var temperature: Double?
    /// The token limit used.
    public var maxCompletionTokens: Int?
    /// The `top_p` used.
    public var topP: Double?
    /// The seed used.
    public var seed: Int?

    /// A message of a sample.
    public struct Message: Decodable, Sendable, Hashable {
        /// Such as `system`, `user` or `assistant`.
        public var role: String?
        /// The text.
        public var content: String?
    }

    enum CodingKeys: String, CodingKey {
        case input, output, model, usage, error, temperature, seed
        case finishReason = "finish_reason"
        case maxCompletionTokens = "max_completion_tokens"
        case topP = "top_p"
    }

    /// Decodes a sample; missing message lists read as empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        input = try container.decodeIfPresent([Message].self, forKey: .input) ?? []
        output = try container.decodeIfPresent([Message].self, forKey: .output) ?? []
        finishReason = try container.decodeIfPresent(String.self, forKey: .finishReason)
        model = try container.decodeIfPresent(String.self, forKey: .model)
        usage = try container.decodeIfPresent(EvalTokenUsage.self, forKey: .usage)
        error = try container.decodeIfPresent(EvalAPIError.self, forKey: .error)
        temperature = try container.decodeIfPresent(Double.self, forKey: .temperature)
        maxCompletionTokens = try container.decodeIfPresent(Int.self, forKey: .maxCompletionTokens)
        topP = try container.decodeIfPresent(Double.self, forKey: .topP)
        seed = try container.decodeIfPresent(Int.self, forKey: .seed)
    }
}
