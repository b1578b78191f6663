/// The body of `POST /fine_tuning/jobs`.
///
/// ```swift
/// var request = CreateFineTuningJobRequest(model: "gpt-4o-mini", trainingFile: "file-abc")
/// request.method = .dpo(FineTuningHyperparameters(nEpochs: 2, beta: 0.1))
/// ```
public struct CreateFineTuningJobRequest: Encodable, Sendable, Hashable {
    /// The base model.
    public var model: String
    /// The uploaded JSONL training file (purpose `fine-tune`).
    public var trainingFile: String
    /// The uploaded JSONL validation file.
    public var validationFile: String?
    /// Up to 64 characters added to the fine-tuned model name.
    public var suffix: String?
    /// The method and its hyperparameters.
    public var method: FineTuningMethod?
    /// A seed for reproducibility.
    public var seed: Int?
    /// Integrations such as Weights and Biases, as sent.
    public var integrations: [JSONValue]?
    /// Up to 16 key-value pairs.
    public var metadata: [String: String]?

    /// Creates a request.
    public init(model: String, trainingFile: String, validationFile: String? = nil, suffix: String? = nil, method: FineTuningMethod? = nil, seed: Int? = nil) {
        self.model = model
        self.trainingFile = trainingFile
        self.validationFile = validationFile
        self.suffix = suffix
        self.method = method
        self.seed = seed
    }

    enum CodingKeys: String, CodingKey {
        case model, suffix, method, seed, integrations, metadata
        case trainingFile = "training_file"
        case validationFile = "validation_file"
    }
}

/// A fine-tuning job.
public struct FineTuningJob: Decodable, Sendable, Hashable, Identifiable {
    /// The id, such as `ftjob-abc123`.
    public var id: String
    /// The object type, `"fine_tuning.job"`.
    public var object: String?
    /// Creation time (Unix seconds).
    public var createdAt: Int
    /// Why the job failed.
    public var error: JobError?
    /// The resulting model, once trained.
    public var fineTunedModel: String?
    /// When it finished.
    public var finishedAt: Int?
    /// The hyperparameters used.
    public var hyperparameters: FineTuningHyperparameters?
    /// The base model.
    public var model: String
    /// The owning organization.
    public var organizationID: String?
    /// Result file ids.
    public var resultFiles: [String]?
    /// The status.
    public var status: FineTuningJobStatus
    /// Billable tokens processed.
    public var trainedTokens: Int?
    /// The training file.
    public var trainingFile: String?
    /// The validation file.
    public var validationFile: String?
    /// Integrations, as sent.
    public var integrations: [JSONValue]?
    /// The seed.
    public var seed: Int?
    /// The estimated finish time.
    public var estimatedFinish: Int?
    /// The method.
    public var method: FineTuningMethod?
    /// Up to 16 key-value pairs.
    public var metadata: [String: String]?

    /// Why a job failed.
    public struct JobError: Decodable, Sendable, Hashable {
        /// The code.
        public var code: String?
        /// The explanation.
        public var message: String?
        /// The parameter at fault.
        public var param: String?
    }

    enum CodingKeys: String, CodingKey {
        case id, object, error, hyperparameters, model, status, integrations, seed, method, metadata
        case createdAt = "created_at"
        case fineTunedModel = "fine_tuned_model"
        case finishedAt = "finished_at"
        case organizationID = "organization_id"
        case resultFiles = "result_files"
        case trainedTokens = "trained_tokens"
        case trainingFile = "training_file"
        case validationFile = "validation_file"
        case estimatedFinish = "estimated_finish"
    }
}

/// A fine-tuning job status; an open set.
public struct FineTuningJobStatus: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a status from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `validating_files`.
    public static let validatingFiles = Self(rawValue: "validating_files")
    /// `queued`.
    public static let queued = Self(rawValue: "queued")
    /// `running`.
    public static let running = Self(rawValue: "running")
    /// `succeeded`.
    public static let succeeded = Self(rawValue: "succeeded")
    /// `failed`.
    public static let failed = Self(rawValue: "failed")
    /// `cancelled`.
    public static let cancelled = Self(rawValue: "cancelled")
}

/// An event in a fine-tuning job's log.
public struct FineTuningJobEvent: Decodable, Sendable, Hashable, Identifiable {
    /// The id.
    public var id: String
    /// The object type, `"fine_tuning.job.event"`.
    public var object: String?
    /// Creation time (Unix seconds).
    public var createdAt: Int
    /// `info`, `warn` or `error`.
    public var level: String
    /// The message.
    public var message: String
    /// `message` or `metrics`.
    public var type: String?
    /// Metrics and other data, as sent.
    public var data: JSONValue?

    enum CodingKeys: String, CodingKey {
        case id, object, level, message, type, data
        case createdAt = "created_at"
    }
}

/// A model checkpoint saved during fine-tuning.
public struct FineTuningJobCheckpoint: Decodable, Sendable, Hashable, Identifiable {
    /// The id.
    public var id: String
    /// The object type, `"fine_tuning.job.checkpoint"`.
    public var object: String?
    /// Creation time (Unix seconds).
    public var createdAt: Int
    /// The checkpoint model name.
    public var fineTunedModelCheckpoint: String
    /// The training step.
    public var stepNumber: Int
    /// Losses and accuracies at this step, as sent.
    public var metrics: [String: Double]?
    /// The job.
    public var fineTuningJobID: String

    enum CodingKeys: String, CodingKey {
        case id, object, metrics
        case createdAt = "created_at"
        case fineTunedModelCheckpoint = "fine_tuned_model_checkpoint"
        case stepNumber = "step_number"
        case fineTuningJobID = "fine_tuning_job_id"
    }
}
