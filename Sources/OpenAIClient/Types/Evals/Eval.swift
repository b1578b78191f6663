/// An eval: the shape of its data and the graders (testing criteria) each run applies.
public struct Eval: Decodable, Sendable, Hashable, Identifiable {
    /// The eval id.
    public var id: String
    /// The object type, `eval`.
    public var object: String?
    /// The eval's name.
    public var name: String
    /// The data the eval's runs take, with its JSON Schema.
    public var dataSourceConfig: EvalDataSourceConfig
    /// The graders.
    public var testingCriteria: [Grader]
    /// Creation time (Unix seconds).
    public var createdAt: Int
    /// Up to 16 key-value pairs.
    public var metadata: [String: String]?

    enum CodingKeys: String, CodingKey {
        case id, object, name, metadata
        case dataSourceConfig = "data_source_config"
        case testingCriteria = "testing_criteria"
        case createdAt = "created_at"
    }
}

/// The kind of an eval's data source; an open set.
public struct EvalDataSourceType: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a type from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `custom`: rows you provide, matching a JSON Schema.
    public static let custom = Self(rawValue: "custom")
    /// `logs`: your logged responses and completions, selected by metadata.
    public static let logs = Self(rawValue: "logs")
    /// `stored_completions`: stored chat completions, selected by metadata (deprecated in favour of ``logs``).
    public static let storedCompletions = Self(rawValue: "stored_completions")
}

/// An eval's data source as the API describes it: its kind and the JSON Schema of the `item` and `sample`
/// namespaces its graders may use.
public struct EvalDataSourceConfig: Decodable, Sendable, Hashable {
    /// `custom`, `logs` or `stored_completions`; unknown kinds decode too.
    public var type: EvalDataSourceType
    /// The JSON Schema of a run's rows.
    public var schema: JSONValue?
    /// The metadata that selects logs (`logs`, `stored_completions`).
    public var metadata: [String: String]?
}

/// The data source of a new eval: rows of your own matching a schema, or logs selected by metadata.
///
/// ```swift
/// let config = CreateEvalDataSourceConfig.custom(
///     itemSchema: ["type": "object", "properties": ["question": ["type": "string"], "answer": ["type": "string"]]],
///     includeSampleSchema: true
/// )
/// ```
public struct CreateEvalDataSourceConfig: Encodable, Sendable, Hashable {
    /// `custom`, `logs` or `stored_completions`.
    public var type: EvalDataSourceType
    /// The JSON Schema of each row (`custom`).
    public var itemSchema: JSONValue?
    /// Whether runs generate a `sample` for the graders (`custom`); `false` by default.
    public var includeSampleSchema: Bool?
    /// The metadata filters that select logs (`logs`, `stored_completions`).
    public var metadata: [String: JSONValue]?

    /// Creates a data source config.
    public init(type: EvalDataSourceType, itemSchema: JSONValue? = nil, includeSampleSchema: Bool? = nil, metadata: [String: JSONValue]? = nil) {
        self.type = type
        self.itemSchema = itemSchema
        self.includeSampleSchema = includeSampleSchema
        self.metadata = metadata
    }

    /// Rows you provide with each run, each matching `itemSchema`.
    public static func custom(itemSchema: JSONValue, includeSampleSchema: Bool? = nil) -> Self {
        Self(type: .custom, itemSchema: itemSchema, includeSampleSchema: includeSampleSchema)
    }

    /// Your logged responses and chat completions whose metadata matches.
    public static func logs(metadata: [String: JSONValue]? = nil) -> Self {
        Self(type: .logs, metadata: metadata)
    }

    /// Stored chat completions whose metadata matches (deprecated in favour of ``logs(metadata:)``).
    public static func storedCompletions(metadata: [String: JSONValue]? = nil) -> Self {
        Self(type: .storedCompletions, metadata: metadata)
    }

    enum CodingKeys: String, CodingKey {
        case type, metadata
        case itemSchema = "item_schema"
        case includeSampleSchema = "include_sample_schema"
    }
}

/// The body of ``Evals/create(_:options:)``.
public struct CreateEvalRequest: Encodable, Sendable, Hashable {
    /// The eval's name.
    public var name: String?
    /// The data its runs take.
    public var dataSourceConfig: CreateEvalDataSourceConfig
    /// The graders every run applies; templates refer to `{{item.…}}` and `{{sample.…}}`.
    public var testingCriteria: [Grader]
    /// Up to 16 key-value pairs.
    public var metadata: [String: String]?

    /// Creates a request.
    public init(name: String? = nil, dataSourceConfig: CreateEvalDataSourceConfig, testingCriteria: [Grader], metadata: [String: String]? = nil) {
        self.name = name
        self.dataSourceConfig = dataSourceConfig
        self.testingCriteria = testingCriteria
        self.metadata = metadata
    }

    enum CodingKeys: String, CodingKey {
        case name, metadata
        case dataSourceConfig = "data_source_config"
        case testingCriteria = "testing_criteria"
    }
}

/// The body of ``Evals/update(_:_:options:)``: a new name, new metadata, or both.
public struct UpdateEvalRequest: Encodable, Sendable, Hashable {
    /// The new name; unchanged when `nil`.
    public var name: String?
    /// The new metadata (replaces the old set); unchanged when `nil`.
    public var metadata: [String: String]?

    /// Creates a request.
    public init(name: String? = nil, metadata: [String: String]? = nil) {
        self.name = name
        self.metadata = metadata
    }
}

/// The answer to deleting an eval (`eval.deleted`, with `eval_id`) or a run (`eval.run.deleted`, with `run_id`).
public struct EvalDeletionStatus: Decodable, Sendable, Hashable {
    /// The object type.
    public var object: String?
    /// Whether it was deleted.
    public var deleted: Bool
    /// The deleted eval's id.
    public var evalID: String?
    /// The deleted run's id.
    public var runID: String?

    enum CodingKeys: String, CodingKey {
        case object, deleted
        case evalID = "eval_id"
        case runID = "run_id"
    }
}

/// What ``Evals/list(limit:order:orderBy:after:options:)`` sorts by; an open set.
public struct EvalListOrderBy: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a value from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `created_at`, the default.
    public static let createdAt = Self(rawValue: "created_at")
    /// `updated_at`.
    public static let updatedAt = Self(rawValue: "updated_at")
}
