import Foundation

/// A tool the model may call: a function with a JSON Schema for its arguments, or a custom tool that takes
/// free-form (or grammar-constrained) text.
///
/// ```swift
/// let weather = ChatTool.function(
///     name: "get_weather",
///     description: "Current weather for a city",
///     parameters: ["type": "object", "properties": ["city": ["type": "string"]], "required": ["city"],
///                  "additionalProperties": false],
///     strict: true
/// )
/// let sql = ChatTool.custom(name: "run_sql", description: "Runs one SQL query", format: .grammar(syntax: .lark, definition: grammar))
/// ```
public struct ChatTool: Codable, Sendable, Hashable {
    /// The tool type: ``ChatToolType/function`` or ``ChatToolType/custom``.
    public var type: ChatToolType
    /// The function, for a function tool.
    public var function: FunctionDefinition?
    /// The custom tool, for a custom tool.
    public var custom: CustomToolDefinition?

    /// Creates a function tool.
    public init(function: FunctionDefinition) {
        self.type = .function
        self.function = function
    }

    /// Creates a custom tool.
    public init(custom: CustomToolDefinition) {
        self.type = .custom
        self.custom = custom
    }

    /// Creates a function tool from its parts.
    public static func function(name: String, description: String? = nil, parameters: JSONValue? = nil, strict: Bool? = nil) -> ChatTool {
        ChatTool(function: FunctionDefinition(name: name, description: description, parameters: parameters, strict: strict))
    }

    /// Creates a custom tool from its parts.
    ///
    /// - Parameters:
    ///   - name: The tool name, echoed in its calls.
    ///   - description: What the tool does, for the model; `nil` by default.
    ///   - format: The input's format; unconstrained text when `nil`, the default.
    public static func custom(name: String, description: String? = nil, format: CustomToolFormat? = nil) -> ChatTool {
        ChatTool(custom: CustomToolDefinition(name: name, description: description, format: format))
    }

    enum CodingKeys: String, CodingKey { case type, function, custom }
}

/// The kind of a chat tool or tool call; unknown kinds decode and round-trip unchanged.
public struct ChatToolType: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a value from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `function`: JSON arguments.
    public static let function = Self(rawValue: "function")
    /// `custom`: free-form text input.
    public static let custom = Self(rawValue: "custom")
}

/// A custom tool: it takes text, unconstrained or shaped by a grammar, instead of JSON arguments.
///
/// Chat completions and the Responses API describe the tool alike but spell its format differently, hence the
/// `Format` parameter (``CustomToolFormat``, ``ResponseCustomToolFormat``).
public struct CustomTool<Format: Codable & Sendable & Hashable>: Codable, Sendable, Hashable {
    /// The tool name, echoed in its calls.
    public var name: String
    /// What the tool does, for the model.
    public var description: String?
    /// The input's format; unconstrained text when `nil`.
    public var format: Format?

    /// Creates a custom tool definition.
    public init(name: String, description: String? = nil, format: Format? = nil) {
        self.name = name
        self.description = description
        self.format = format
    }

    enum CodingKeys: String, CodingKey { case name, description, format }
}

/// A custom tool of chat completions.
public typealias CustomToolDefinition = CustomTool<CustomToolFormat>

/// The input format of a custom tool in chat completions: free text or a grammar (`{"type": "grammar", "grammar": {…}}`).
public enum CustomToolFormat: Codable, Sendable, Hashable {
    /// `text`: unconstrained text.
    case text
    /// `grammar`: text matching a Lark or regex grammar.
    case grammar(syntax: GrammarSyntax, definition: String)
    /// Any other format, kept as sent.
    case other(JSONValue)

    private enum CodingKeys: String, CodingKey { case type, grammar }
    private enum GrammarKeys: String, CodingKey { case syntax, definition }

    /// Decodes a format, keeping unknown ones.
    public init(from decoder: any Decoder) throws {
        let raw = try JSONValue(from: decoder)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decodeIfPresent(String.self, forKey: .type) {
        case "text": self = .text
        case "grammar":
            let grammar = try container.nestedContainer(keyedBy: GrammarKeys.self, forKey: .grammar)
            self = .grammar(syntax: try grammar.decode(GrammarSyntax.self, forKey: .syntax), definition: try grammar.decode(String.self, forKey: .definition))
        default: self = .other(raw)
        }
    }

    /// Encodes the format as the API expects.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .text:
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode("text", forKey: .type)
        case .grammar(let syntax, let definition):
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode("grammar", forKey: .type)
            var grammar = container.nestedContainer(keyedBy: GrammarKeys.self, forKey: .grammar)
            try grammar.encode(syntax, forKey: .syntax)
            try grammar.encode(definition, forKey: .definition)
        case .other(let value):
            try value.encode(to: encoder)
        }
    }
}

/// The syntax of a custom tool's grammar.
public struct GrammarSyntax: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a value from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `lark`: a Lark grammar.
    public static let lark = Self(rawValue: "lark")
    /// `regex`: a regular expression.
    public static let regex = Self(rawValue: "regex")
}

/// A function the model may call: a chat tool (also the deprecated `functions` entries) and a Responses tool.
public struct FunctionDefinition: Encodable, Sendable, Hashable {
    /// The function name (a-z, A-Z, 0-9, underscores and dashes, at most 64).
    public var name: String
    /// What the function does, for the model.
    public var description: String?
    /// A JSON Schema object for the arguments; omit for none.
    public var parameters: JSONValue?
    /// Whether the model must follow the schema exactly (structured outputs).
    public var strict: Bool?

    /// Creates a function definition.
    public init(name: String, description: String? = nil, parameters: JSONValue? = nil, strict: Bool? = nil) {
        self.name = name
        self.description = description
        self.parameters = parameters
        self.strict = strict
    }
}

/// Which tool the model calls: none, any, at least one, or a named function.
public enum ChatToolChoice: Encodable, Sendable, Hashable {
    /// `none`: answer without tools.
    case none
    /// `auto`: the model decides.
    case auto
    /// `required`: call at least one tool.
    case required
    /// Call this function.
    case function(String)
    /// Call this custom tool.
    case custom(String)
    /// Any other form, sent as is (such as `allowed_tools`).
    case other(JSONValue)

    /// Encodes a mode string or a choice object.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .none: try container.encode("none")
        case .auto: try container.encode("auto")
        case .required: try container.encode("required")
        case .function(let name): try container.encode(["type": "function", "function": ["name": .string(name)]] as JSONValue)
        case .custom(let name): try container.encode(["type": "custom", "custom": ["name": .string(name)]] as JSONValue)
        case .other(let value): try container.encode(value)
        }
    }
}

/// The deprecated `function_call` choice: none, auto, or a named function.
public enum ChatFunctionCallChoice: Encodable, Sendable, Hashable {
    /// `none`.
    case none
    /// `auto`.
    case auto
    /// Call this function.
    case function(String)

    /// Encodes a mode string or `{"name": …}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .none: try container.encode("none")
        case .auto: try container.encode("auto")
        case .function(let name): try container.encode(["name": name])
        }
    }
}

/// A tool call the model made: a function call (JSON arguments), a custom tool call (text input), or another
/// kind, kept whole in ``raw``.
public struct ChatToolCall: Codable, Sendable, Hashable, Identifiable {
    /// The call id, echoed in the ``ChatMessage/tool(_:toolCallID:)`` answer.
    public var id: String
    /// The call type: ``ChatToolType/function``, ``ChatToolType/custom``, or one this library does not know.
    public var type: ChatToolType
    /// The function and its JSON arguments, for a function call.
    public var function: ChatFunctionCall?
    /// The custom tool and its input, for a custom tool call.
    public var custom: ChatCustomToolCall?
    /// The whole call as sent, for kinds this library does not model (re-encoded unchanged); `nil` otherwise.
    public var raw: JSONValue?

    /// Creates a function call.
    public init(id: String, type: ChatToolType = .function, function: ChatFunctionCall) {
        self.id = id
        self.type = type
        self.function = function
    }

    /// Creates a custom tool call.
    public init(id: String, custom: ChatCustomToolCall) {
        self.id = id
        self.type = .custom
        self.custom = custom
    }

    enum CodingKeys: String, CodingKey { case id, type, function, custom }

    /// Decodes a call, defaulting a missing type to `function` and keeping unknown kinds whole.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(String.self, forKey: .id) ?? ""
        type = try container.decodeIfPresent(ChatToolType.self, forKey: .type) ?? .function
        switch type {
        case .function: function = try container.decode(ChatFunctionCall.self, forKey: .function)
        case .custom: custom = try container.decode(ChatCustomToolCall.self, forKey: .custom)
        default: raw = try JSONValue(from: decoder)
        }
    }

    /// Decodes a function call's arguments into `T`.
    ///
    /// - Throws: `DecodingError` when this is not a function call or its arguments are not JSON of that shape.
    public func decodeArguments<T: Decodable>(as type: T.Type = T.self) throws -> T {
        guard let function else {
            throw DecodingError.valueNotFound(ChatFunctionCall.self, .init(codingPath: [CodingKeys.function], debugDescription: "tool call \(id) is a \(self.type) call, not a function call"))
        }
        return try function.decodeArguments(as: T.self)
    }

    /// Encodes the call as the API sends it (an unknown kind exactly as it was received).
    public func encode(to encoder: any Encoder) throws {
        if let raw { return try raw.encode(to: encoder) }
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(type, forKey: .type)
        try container.encodeIfPresent(function, forKey: .function)
        try container.encodeIfPresent(custom, forKey: .custom)
    }
}

/// A custom tool's name and the text input the model wrote for it.
public struct ChatCustomToolCall: Codable, Sendable, Hashable {
    /// The custom tool name.
    public var name: String
    /// The input, free-form text.
    public var input: String

    /// Creates a custom call.
    public init(name: String, input: String) {
        self.name = name
        self.input = input
    }

    enum CodingKeys: String, CodingKey { case name, input }
}

/// A function name and its arguments as a JSON string (validate them: the model may produce invalid JSON).
public struct ChatFunctionCall: Codable, Sendable, Hashable {
    /// The function name.
    public var name: String
    /// The arguments, a JSON object as text.
    public var arguments: String

    /// Creates a call.
    public init(name: String, arguments: String) {
        self.name = name
        self.arguments = arguments
    }

    /// Decodes the arguments into `T`.
    ///
    /// - Throws: `DecodingError` when the arguments are not JSON of that shape.
    public func decodeArguments<T: Decodable>(as type: T.Type = T.self) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(arguments.utf8))
    }

    enum CodingKeys: String, CodingKey { case name, arguments }

    /// Decodes a call, tolerating servers that send arguments as an object instead of a string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decodeIfPresent(String.self, forKey: .name) ?? ""
        if let text = try? container.decodeIfPresent(String.self, forKey: .arguments) {
            arguments = text
        } else if let object = try container.decodeIfPresent(JSONValue.self, forKey: .arguments) {
            arguments = String(decoding: try JSONBody.encoder().encode(object), as: UTF8.self)
        } else {
            arguments = ""
        }
    }
}
