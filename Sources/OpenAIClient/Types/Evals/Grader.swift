/// A grader: how an eval's testing criterion, or a reinforcement fine-tuning job, scores a model's sample.
///
/// The same values serve ``Evals`` (as ``CreateEvalRequest/testingCriteria``) and the fine-tuning grader endpoints
/// (``FineTuningGraders``). Graders in an eval may set a `passThreshold`; fine-tuning graders leave it `nil`.
///
/// ```swift
/// let exact = Grader.stringCheck(StringCheckGrader(name: "exact", input: "{{sample.output_text}}", reference: "{{item.answer}}", operation: .eq))
/// let close = Grader.textSimilarity(TextSimilarityGrader(name: "close", input: "{{sample.output_text}}", reference: "{{item.answer}}",
///                                                        evaluationMetric: .fuzzyMatch, passThreshold: 0.8))
/// ```
///
/// ## Topics
/// ### Graders
/// - ``stringCheck(_:)``
/// - ``textSimilarity(_:)``
/// - ``python(_:)``
/// - ``scoreModel(_:)``
/// - ``labelModel(_:)``
/// - ``multi(_:)``
/// - ``other(_:)``
public enum Grader: Codable, Sendable, Hashable {
    /// `string_check`: compares the input with a reference string.
    case stringCheck(StringCheckGrader)
    /// `text_similarity`: scores how similar the input is to a reference.
    case textSimilarity(TextSimilarityGrader)
    /// `python`: runs a Python `grade(sample, item)` function.
    case python(PythonGrader)
    /// `score_model`: asks a model for a score.
    case scoreModel(ScoreModelGrader)
    /// `label_model`: asks a model for a label.
    case labelModel(LabelModelGrader)
    /// `multi`: combines named graders with a formula.
    case multi(MultiGrader)
    /// A kind this library does not model (or in a shape it does not expect), kept as sent.
    case other(JSONValue)

    /// The grader's type.
    public var type: GraderType {
        switch self {
        case .stringCheck: .stringCheck
        case .textSimilarity: .textSimilarity
        case .python: .python
        case .scoreModel: .scoreModel
        case .labelModel: .labelModel
        case .multi: .multi
        case .other(let raw): GraderType(rawValue: raw["type"]?.stringValue ?? "")
        }
    }

    /// The grader's name.
    public var name: String? {
        switch self {
        case .stringCheck(let grader): grader.name
        case .textSimilarity(let grader): grader.name
        case .python(let grader): grader.name
        case .scoreModel(let grader): grader.name
        case .labelModel(let grader): grader.name
        case .multi(let grader): grader.name
        case .other(let raw): raw["name"]?.stringValue
        }
    }

    /// Decodes a grader by its `type`, keeping unknown kinds.
    public init(from decoder: any Decoder) throws {
        self = try TaggedUnion.decode(decoder, other: Self.other) { type, raw in
            switch GraderType(rawValue: type) {
            case .stringCheck: .stringCheck(try raw.decode())
            case .textSimilarity: .textSimilarity(try raw.decode())
            case .python: .python(try raw.decode())
            case .scoreModel: .scoreModel(try raw.decode())
            case .labelModel: .labelModel(try raw.decode())
            case .multi: .multi(try raw.decode())
            default: nil
            }
        }
    }

    /// Encodes the grader with its `type`.
    public func encode(to encoder: any Encoder) throws {
        let body: any Encodable
        switch self {
        case .stringCheck(let grader): body = grader
        case .textSimilarity(let grader): body = grader
        case .python(let grader): body = grader
        case .scoreModel(let grader): body = grader
        case .labelModel(let grader): body = grader
        case .multi(let grader): body = grader
        case .other(let raw): return try raw.encode(to: encoder)
        }
        try TaggedUnion.encode(body, type: type.rawValue, to: encoder)
    }
}

/// The type of a ``Grader``; an open set.
public struct GraderType: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a type from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `string_check`.
    public static let stringCheck = Self(rawValue: "string_check")
    /// `text_similarity`.
    public static let textSimilarity = Self(rawValue: "text_similarity")
    /// `python`.
    public static let python = Self(rawValue: "python")
    /// `score_model`.
    public static let scoreModel = Self(rawValue: "score_model")
    /// `label_model`.
    public static let labelModel = Self(rawValue: "label_model")
    /// `multi`.
    public static let multi = Self(rawValue: "multi")
}

/// A `string_check` grader: passes when the input compares to the reference as `operation` says.
public struct StringCheckGrader: Codable, Sendable, Hashable {
    /// The grader's name.
    public var name: String
    /// The text checked, usually a template such as `{{sample.output_text}}`.
    public var input: String
    /// The text compared with, such as `{{item.answer}}`.
    public var reference: String
    /// How they are compared.
    public var operation: StringCheckOperation

    /// Creates a string check.
    public init(name: String, input: String, reference: String, operation: StringCheckOperation) {
        self.name = name
        self.input = input
        self.reference = reference
        self.operation = operation
    }
}

/// How a ``StringCheckGrader`` compares; an open set.
public struct StringCheckOperation: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates an operation from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `eq`: equal.
    public static let eq = Self(rawValue: "eq")
    /// `ne`: not equal.
    public static let ne = Self(rawValue: "ne")
    /// `like`: contains, case-sensitively.
    public static let like = Self(rawValue: "like")
    /// `ilike`: contains, ignoring case.
    public static let ilike = Self(rawValue: "ilike")
}

/// A `text_similarity` grader: a similarity score between the input and the reference.
public struct TextSimilarityGrader: Codable, Sendable, Hashable {
    /// The grader's name.
    public var name: String
    /// The text graded.
    public var input: String
    /// The text graded against.
    public var reference: String
    /// The metric.
    public var evaluationMetric: TextSimilarityMetric
    /// The score at which an eval counts the sample as passed (evals only).
    public var passThreshold: Double?

    /// Creates a text similarity grader.
    public init(name: String, input: String, reference: String, evaluationMetric: TextSimilarityMetric, passThreshold: Double? = nil) {
        self.name = name
        self.input = input
        self.reference = reference
        self.evaluationMetric = evaluationMetric
        self.passThreshold = passThreshold
    }

    enum CodingKeys: String, CodingKey {
        case name, input, reference
        case evaluationMetric = "evaluation_metric"
        case passThreshold = "pass_threshold"
    }
}

/// The metric of a ``TextSimilarityGrader``; an open set.
public struct TextSimilarityMetric: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a metric from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `cosine`: embedding cosine similarity.
    public static let cosine = Self(rawValue: "cosine")
    /// `fuzzy_match`.
    public static let fuzzyMatch = Self(rawValue: "fuzzy_match")
    /// `bleu`.
    public static let bleu = Self(rawValue: "bleu")
    /// `gleu`.
    public static let gleu = Self(rawValue: "gleu")
    /// `meteor`.
    public static let meteor = Self(rawValue: "meteor")
    /// `rouge_1`.
    public static let rouge1 = Self(rawValue: "rouge_1")
    /// `rouge_2`.
    public static let rouge2 = Self(rawValue: "rouge_2")
    /// `rouge_3`.
    public static let rouge3 = Self(rawValue: "rouge_3")
    /// `rouge_4`.
    public static let rouge4 = Self(rawValue: "rouge_4")
    /// `rouge_5`.
    public static let rouge5 = Self(rawValue: "rouge_5")
    /// `rouge_l`.
    public static let rougeL = Self(rawValue: "rouge_l")
}

/// A `python` grader: a `grade(sample, item) -> float` function run in a sandbox.
public struct PythonGrader: Codable, Sendable, Hashable {
    /// The grader's name.
    public var name: String
    /// The Python source.
    public var source: String
    /// The sandbox image tag, such as `2025-05-08`; the API default when `nil`.
    public var imageTag: String?
    /// The score at which an eval counts the sample as passed (evals only).
    public var passThreshold: Double?

    /// Creates a Python grader.
    public init(name: String, source: String, imageTag: String? = nil, passThreshold: Double? = nil) {
        self.name = name
        self.source = source
        self.imageTag = imageTag
        self.passThreshold = passThreshold
    }

    enum CodingKeys: String, CodingKey {
        case name, source
        case imageTag = "image_tag"
        case passThreshold = "pass_threshold"
    }
}

/// A `score_model` grader: a model reads the prompt and answers with a number.
public struct ScoreModelGrader: Codable, Sendable, Hashable {
    /// The grader's name.
    public var name: String
    /// The grading model.
    public var model: String
    /// The prompt, with templates.
    public var input: [EvalMessage]
    /// The grading model's sampling settings.
    public var samplingParams: GraderSamplingParams?
    /// The score's range, `[min, max]`; `[0, 1]` by default.
    public var range: [Double]?
    /// The score at which an eval counts the sample as passed (evals only).
    public var passThreshold: Double?

    /// Creates a score model grader.
    public init(
        name: String, model: String, input: [EvalMessage], samplingParams: GraderSamplingParams? = nil, range: [Double]? = nil,
        passThreshold: Double? = nil
    ) {
        self.name = name
        self.model = model
        self.input = input
        self.samplingParams = samplingParams
        self.range = range
        self.passThreshold = passThreshold
    }

    enum CodingKeys: String, CodingKey {
        case name, model, input, range
        case samplingParams = "sampling_params"
        case passThreshold = "pass_threshold"
    }
}

/// The sampling settings of a ``ScoreModelGrader``'s model.
public struct GraderSamplingParams: Codable, Sendable, Hashable {
    /// A seed, for repeatable sampling.
    public var seed: Int?
    /// Nucleus sampling; 1 includes every token.
    public var topP: Double?
    /// Randomness.
    public var temperature: Double?
    /// The most tokens the grading model may write (the API spells it `max_completions_tokens`).
    public var maxCompletionsTokens: Int?
    /// Reasoning effort, for reasoning models.
    public var reasoningEffort: ReasoningEffort?

    /// Creates sampling settings; every one defaults to the API's.
    public init(seed: Int? = nil, topP: Double? = nil, temperature: Double? = nil, maxCompletionsTokens: Int? = nil, reasoningEffort: ReasoningEffort? = nil) {
        self.seed = seed
        self.topP = topP
        self.temperature = temperature
        self.maxCompletionsTokens = maxCompletionsTokens
        self.reasoningEffort = reasoningEffort
    }

    enum CodingKeys: String, CodingKey {
        case seed, temperature
        case topP = "top_p"
        case maxCompletionsTokens = "max_completions_tokens"
        case reasoningEffort = "reasoning_effort"
    }
}

/// A `label_model` grader: a model picks one of `labels`; the sample passes when it is one of `passingLabels`.
public struct LabelModelGrader: Codable, Sendable, Hashable {
    /// The grader's name.
    public var name: String
    /// The labelling model (it must support structured outputs).
    public var model: String
    /// The prompt, with templates.
    public var input: [EvalMessage]
    /// The labels to choose from.
    public var labels: [String]
    /// The labels that pass.
    public var passingLabels: [String]

    /// Creates a label model grader.
    public init(name: String, model: String, input: [EvalMessage], labels: [String], passingLabels: [String]) {
        self.name = name
        self.model = model
        self.input = input
        self.labels = labels
        self.passingLabels = passingLabels
    }

    enum CodingKeys: String, CodingKey {
        case name, model, input, labels
        case passingLabels = "passing_labels"
    }
}

/// A `multi` grader: named graders whose scores a formula combines, such as `0.7 * exact + 0.3 * close`.
///
/// The API takes the graders as an object keyed by the names the formula uses. `openapi.yaml` declares one grader
/// there and shows a list in its example; both decode, each grader keyed by its own name.
public struct MultiGrader: Codable, Sendable, Hashable {
    /// The grader's name.
    public var name: String
    /// The graders, by the names `calculateOutput` uses.
    public var graders: [String: Grader]
    /// The formula that combines their scores.
    public var calculateOutput: String

    /// Creates a multi grader.
    public init(name: String, graders: [String: Grader], calculateOutput: String) {
        self.name = name
        self.graders = graders
        self.calculateOutput = calculateOutput
    }

    enum CodingKeys: String, CodingKey {
        case name, graders
        case calculateOutput = "calculate_output"
    }

    /// Decodes a multi grader whose graders are an object of named graders, one grader, or a list.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        calculateOutput = try container.decode(String.self, forKey: .calculateOutput)
        let raw = try container.decode(JSONValue.self, forKey: .graders)
        let keyedByName = { (list: [Grader]) in
            Dictionary(list.enumerated().map { ($1.name ?? String($0), $1) }, uniquingKeysWith: { first, _ in first })
        }
        if raw["type"]?.stringValue != nil {
            graders = keyedByName([try raw.decode(as: Grader.self)])
        } else if raw.arrayValue != nil {
            graders = keyedByName(try raw.decode(as: [Grader].self))
        } else {
            graders = try raw.decode(as: [String: Grader].self)
        }
    }
}
