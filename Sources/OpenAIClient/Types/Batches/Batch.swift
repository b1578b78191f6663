/// A batch job: requests read from an uploaded JSONL file and run asynchronously within a completion window.
public struct Batch: Decodable, Sendable, Hashable, Identifiable {
    /// The batch id, such as `batch_abc123`.
    public var id: String
    /// The object type, `"batch"`.
    public var object: String?
    /// The endpoint the requests go to, such as `/v1/chat/completions`.
    public var endpoint: BatchEndpoint
    /// The model used, when reported.
    public var model: String?
    /// Validation errors of the input file.
    public var errors: Errors?
    /// The input file id.
    public var inputFileID: String
    /// The completion window, such as `24h`.
    public var completionWindow: String
    /// The status.
    public var status: BatchStatus
    /// The file holding successful outputs, once there is one.
    public var outputFileID: String?
    /// The file holding failed requests, once there is one.
    public var errorFileID: String?
    /// Creation time (Unix seconds).
    public var createdAt: Int
    /// When processing started.
    public var inProgressAt: Int?
    /// When the batch expires.
    public var expiresAt: Int?
    /// When finalizing started.
    public var finalizingAt: Int?
    /// When the batch completed.
    public var completedAt: Int?
    /// When the batch failed.
    public var failedAt: Int?
    /// When the batch expired.
    public var expiredAt: Int?
    /// When cancelling started.
    public var cancellingAt: Int?
    /// When the batch was cancelled.
    public var cancelledAt: Int?
    /// Request counts by outcome.
    public var requestCounts: BatchRequestCounts?
    /// Token usage, when reported (a free-form object).
    public var usage: JSONValue?
    /// Up to 16 key-value pairs.
    public var metadata: [String: String]?

    /// The `errors` list of a batch whose input failed validation.
    public struct Errors: Decodable, Sendable, Hashable {
        /// The object type, `"list"`.
        public var object: String?
        /// The errors.
        public var data: [BatchError]?
    }

    enum CodingKeys: String, CodingKey {
        case id, object, endpoint, model, errors, status, usage, metadata
        case inputFileID = "input_file_id"
        case completionWindow = "completion_window"
        case outputFileID = "output_file_id"
        case errorFileID = "error_file_id"
        case createdAt = "created_at"
        case inProgressAt = "in_progress_at"
        case expiresAt = "expires_at"
        case finalizingAt = "finalizing_at"
        case completedAt = "completed_at"
        case failedAt = "failed_at"
        case expiredAt = "expired_at"
        case cancellingAt = "cancelling_at"
        case cancelledAt = "cancelled_at"
        case requestCounts = "request_counts"
    }
}

/// A batch error: one line of the input, or the request it held.
public struct BatchError: Codable, Sendable, Hashable {
    /// The error code.
    public var code: String?
    /// What went wrong.
    public var message: String?
    /// The parameter at fault, if any.
    public var param: String?
    /// The input line number, if any.
    public var line: Int?

    /// Creates an error.
    public init(code: String? = nil, message: String? = nil, param: String? = nil, line: Int? = nil) {
        self.code = code
        self.message = message
        self.param = param
        self.line = line
    }
}

/// Request counts of a batch.
public struct BatchRequestCounts: Decodable, Sendable, Hashable {
    /// All requests.
    public var total: Int
    /// Requests that completed.
    public var completed: Int
    /// Requests that failed.
    public var failed: Int
}

/// A batch status; an open set.
public struct BatchStatus: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a status from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `validating`.
    public static let validating = Self(rawValue: "validating")
    /// `failed`.
    public static let failed = Self(rawValue: "failed")
    /// `in_progress`.
    public static let inProgress = Self(rawValue: "in_progress")
    /// `finalizing`.
    public static let finalizing = Self(rawValue: "finalizing")
    /// `completed`.
    public static let completed = Self(rawValue: "completed")
    /// `expired`.
    public static let expired = Self(rawValue: "expired")
    /// `cancelling`.
    public static let cancelling = Self(rawValue: "cancelling")
    /// `cancelled`.
    public static let cancelled = Self(rawValue: "cancelled")
}

/// The endpoint a batch's requests go to; an open set.
public struct BatchEndpoint: OpenStringEnum {
    /// The wire string, such as `/v1/chat/completions`.
    public var rawValue: String
    /// Creates an endpoint from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `/v1/responses`.
    public static let responses = Self(rawValue: "/v1/responses")
    /// `/v1/chat/completions`.
    public static let chatCompletions = Self(rawValue: "/v1/chat/completions")
    /// `/v1/embeddings`.
    public static let embeddings = Self(rawValue: "/v1/embeddings")
    /// `/v1/completions`.
    public static let completions = Self(rawValue: "/v1/completions")
    /// `/v1/moderations`.
    public static let moderations = Self(rawValue: "/v1/moderations")
    /// `/v1/images/generations`.
    public static let imageGenerations = Self(rawValue: "/v1/images/generations")
    /// `/v1/images/edits`.
    public static let imageEdits = Self(rawValue: "/v1/images/edits")
}
