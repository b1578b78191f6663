import Foundation

/// A tool the model may call: a function with a JSON Schema for its arguments.
///
/// ```swift
/// let weather = ChatTool.function(
///     name: "get_weather",
///     description: "Current weather for a city",
///     parameters: ["type": "object", "properties": ["city": ["type": "string"]], "required": ["city"],
///                  "additionalProperties": false],
///     strict: true
/// )
/// ```
public struct ChatTool: Encodable, Sendable, Hashable {
    /// The tool type, `function`.
    public var type: String
    /// The function.
    public var function: FunctionDefinition

    /// Creates a function tool.
    public init(function: FunctionDefinition) {
        self.type = "function"
        self.function = function
    }

    /// Creates a function tool from its parts.
    public static func function(name: String, description: String? = nil, parameters: JSONValue? = nil, strict: Bool? = nil) -> ChatTool {
        ChatTool(function: FunctionDefinition(name: name, description: description, parameters: parameters, strict: strict))
    }
}

/// A function the model may call (also the deprecated `functions` entries).
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

/// A tool call the model made.
public struct ChatToolCall: Codable, Sendable, Hashable, Identifiable {
    /// The call id, echoed in the ``ChatMessage/tool(_:toolCallID:)`` answer.
    public var id: String
    /// The call type, `function`.
    public var type: String
    /// The function and its JSON arguments.
    public var function: ChatFunctionCall

    /// Creates a tool call.
    public init(id: String, type: String = "function", function: ChatFunctionCall) {
        self.id = id
        self.type = type
        self.function = function
    }

    enum CodingKeys: String, CodingKey { case id, type, function }

    /// Decodes a call, defaulting a missing type to `function`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(String.self, forKey: .id) ?? ""
        type = try container.decodeIfPresent(String.self, forKey: .type) ?? "function"
        function = try container.decode(ChatFunctionCall.self, forKey: .function)
    }
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
