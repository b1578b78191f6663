/// The body of ``FineTuningGraders/run(_:options:)``: a grader and one sample to grade.
public struct RunGraderRequest: Encodable, Sendable, Hashable {
    /// The grader (without a pass threshold: that is an eval setting).
    public var grader: Grader
    /// The model's sample, the `sample` namespace (`{{sample.output_text}}`; `output_json` too when it is JSON).
    public var modelSample: String
    /// The dataset row, the `item` namespace (`{{item.answer}}`).
    public var item: JSONValue?

    /// Creates a request.
    public init(grader: Grader, modelSample: String, item: JSONValue? = nil) {
        self.grader = grader
        self.modelSample = modelSample
        self.item = item
    }

    enum CodingKeys: String, CodingKey {
        case grader, item
        case modelSample = "model_sample"
    }
}

/// The body of ``FineTuningGraders/validate(_:options:)``.
struct ValidateGraderRequest: Encodable, Sendable, Hashable {
    var grader: Grader
}

/// The answer to ``FineTuningGraders/run(_:options:)``: the reward and how it was computed.
public struct RunGraderResponse: Decodable, Sendable, Hashable {
    /// The reward, the grader's score.
    public var reward: Double
    /// How the grader ran.
    public var metadata: Metadata?
    /// The sub-graders' rewards, by name (multi graders).
    public var subRewards: [String: JSONValue]?
    /// Tokens the model graders used, by model.
    public var modelGraderTokenUsagePerModel: [String: JSONValue]?

    /// How a grader ran.
    public struct Metadata: Decodable, Sendable, Hashable {
        /// The grader's name.
        public var name: String?
        /// The grader's type.
        public var type: GraderType?
        /// What went wrong, if anything.
        public var errors: Errors?
        /// Seconds it took.
        public var executionTime: Double?
        /// The scores, by name.
        public var scores: [String: JSONValue]?
        /// Tokens used by a model grader, as sent: the spec declares a count, and its example answers an object of
        /// `prompt_tokens`, `completion_tokens`, `total_tokens` and `cached_tokens`.
        public var tokenUsage: JSONValue?
        /// The model a model grader sampled.
        public var sampledModelName: String?

        enum CodingKeys: String, CodingKey {
            case name, type, errors, scores
            case executionTime = "execution_time"
            case tokenUsage = "token_usage"
            case sampledModelName = "sampled_model_name"
        }
    }

    /// The failures a grader run reports, each a flag.
    public struct Errors: Decodable, Sendable, Hashable {
        /// The `calculate_output` formula did not parse.
        public var formulaParseError: Bool?
        /// The sample did not parse.
        public var sampleParseError: Bool?
        /// An observation was truncated.
        public var truncatedObservationError: Bool?
        /// The reward did not come back in time.
        public var unresponsiveRewardError: Bool?
        /// A template referred to an unknown variable.
        public var invalidVariableError: Bool?
        /// Some other failure.
        public var otherError: Bool?
        /// The Python grader's server failed.
        public var pythonGraderServerError: Bool?
        /// The kind of that server failure.
        public var pythonGraderServerErrorType: String?
        /// The Python grader raised.
        public var pythonGraderRuntimeError: Bool?
        /// What it raised.
        public var pythonGraderRuntimeErrorDetails: String?
        /// The model grader's server failed.
        public var modelGraderServerError: Bool?
        /// The model grader refused.
        public var modelGraderRefusalError: Bool?
        /// The model grader's answer did not parse.
        public var modelGraderParseError: Bool?
        /// What the model grader's server said.
        public var modelGraderServerErrorDetails: String?

        enum CodingKeys: String, CodingKey {
            case formulaParseError = "formula_parse_error"
            case sampleParseError = "sample_parse_error"
            case truncatedObservationError = "truncated_observation_error"
            case unresponsiveRewardError = "unresponsive_reward_error"
            case invalidVariableError = "invalid_variable_error"
            case otherError = "other_error"
            case pythonGraderServerError = "python_grader_server_error"
            case pythonGraderServerErrorType = "python_grader_server_error_type"
            case pythonGraderRuntimeError = "python_grader_runtime_error"
            case pythonGraderRuntimeErrorDetails = "python_grader_runtime_error_details"
            case modelGraderServerError = "model_grader_server_error"
            case modelGraderRefusalError = "model_grader_refusal_error"
            case modelGraderParseError = "model_grader_parse_error"
            case modelGraderServerErrorDetails = "model_grader_server_error_details"
        }
    }

    enum CodingKeys: String, CodingKey {
        case reward, metadata
        case subRewards = "sub_rewards"
        case modelGraderTokenUsagePerModel = "model_grader_token_usage_per_model"
    }
}

/// The answer to ``FineTuningGraders/validate(_:options:)``: the grader, as the API understood it.
public struct ValidateGraderResponse: Decodable, Sendable, Hashable {
    /// The validated grader.
    public var grader: Grader?
}
