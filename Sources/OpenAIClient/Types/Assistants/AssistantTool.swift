/// A tool an assistant or run may use: code interpreter, file search, or a function.
///
/// ```swift
/// let tools: [AssistantTool] = [
///     .codeInterpreter,
///     .fileSearch(maxNumResults: 8, rankingOptions: FileSearchRankingOptions(ranker: .auto, scoreThreshold: 0.5)),
///     .function(FunctionDefinition(name: "get_weather", parameters: ["type": "object"], strict: true)),
/// ]
/// ```
public struct AssistantTool: Codable, Sendable, Hashable {
    /// The tool type.
    public var type: AssistantToolType
    /// File search settings, for `file_search`.
    public var fileSearch: FileSearchSettings?
    /// The function, for `function`.
    public var function: FunctionDefinition?

    /// Creates a tool.
    public init(type: AssistantToolType, fileSearch: FileSearchSettings? = nil, function: FunctionDefinition? = nil) {
        self.type = type
        self.fileSearch = fileSearch
        self.function = function
    }

    /// `{"type": "code_interpreter"}`.
    public static let codeInterpreter = AssistantTool(type: .codeInterpreter)

    /// `{"type": "file_search", "file_search": {…}}`.
    ///
    /// - Parameters:
    ///   - maxNumResults: 1 to 50; the API default (20 for gpt-4 models, 5 for gpt-3.5) when `nil`.
    ///   - rankingOptions: The ranker and score threshold; the API default when `nil`.
    public static func fileSearch(maxNumResults: Int? = nil, rankingOptions: FileSearchRankingOptions? = nil) -> AssistantTool {
        let settings = maxNumResults == nil && rankingOptions == nil ? nil : FileSearchSettings(maxNumResults: maxNumResults, rankingOptions: rankingOptions)
        return AssistantTool(type: .fileSearch, fileSearch: settings)
    }

    /// `{"type": "function", "function": {…}}`; set `strict: true` on the definition for structured arguments.
    public static func function(_ definition: FunctionDefinition) -> AssistantTool {
        AssistantTool(type: .function, function: definition)
    }

    enum CodingKeys: String, CodingKey {
        case type, function
        case fileSearch = "file_search"
    }
}

/// A tool type; an open set.
public struct AssistantToolType: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a type from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `code_interpreter`.
    public static let codeInterpreter = Self(rawValue: "code_interpreter")
    /// `file_search`.
    public static let fileSearch = Self(rawValue: "file_search")
    /// `function`.
    public static let function = Self(rawValue: "function")
}

/// The settings of a file search tool.
public struct FileSearchSettings: Codable, Sendable, Hashable {
    /// The most results to return, 1 to 50.
    public var maxNumResults: Int?
    /// The ranker and score threshold.
    public var rankingOptions: FileSearchRankingOptions?

    /// Creates settings.
    public init(maxNumResults: Int? = nil, rankingOptions: FileSearchRankingOptions? = nil) {
        self.maxNumResults = maxNumResults
        self.rankingOptions = rankingOptions
    }

    enum CodingKeys: String, CodingKey {
        case maxNumResults = "max_num_results"
        case rankingOptions = "ranking_options"
    }
}

/// How file search ranks results.
public struct FileSearchRankingOptions: Codable, Sendable, Hashable {
    /// The ranker; `auto` when `nil`.
    public var ranker: FileSearchRanker?
    /// The minimum score, 0 to 1.
    public var scoreThreshold: Double

    /// Creates ranking options.
    public init(ranker: FileSearchRanker? = nil, scoreThreshold: Double) {
        self.ranker = ranker
        self.scoreThreshold = scoreThreshold
    }

    enum CodingKeys: String, CodingKey {
        case ranker
        case scoreThreshold = "score_threshold"
    }
}

/// A file search ranker; an open set.
public struct FileSearchRanker: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a ranker from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `auto`.
    public static let auto = Self(rawValue: "auto")
    /// `default_2024_08_21`.
    public static let default20240821 = Self(rawValue: "default_2024_08_21")
}

extension FunctionDefinition: Decodable {
    enum DecodingKeys: String, CodingKey { case name, description, parameters, strict }

    /// Decodes a function definition, as assistants and runs return it.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: DecodingKeys.self)
        self.init(
            name: try container.decode(String.self, forKey: .name),
            description: try container.decodeIfPresent(String.self, forKey: .description),
            parameters: try container.decodeIfPresent(JSONValue.self, forKey: .parameters),
            strict: try container.decodeIfPresent(Bool.self, forKey: .strict)
        )
    }
}
