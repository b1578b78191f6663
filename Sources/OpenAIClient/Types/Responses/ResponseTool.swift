import Foundation

/// A tool a response may use: your functions and custom tools, or a hosted tool (file search, web search, code
/// interpreter, remote MCP, image generation, computer use, shell, apply patch). Kinds this library does not model
/// are kept whole in ``other(_:)``.
///
/// ```swift
/// let tools: [ResponseTool] = [
///     .function(name: "get_weather", parameters: ["type": "object", "properties": ["city": ["type": "string"]]]),
///     .fileSearch(ResponseFileSearchTool(vectorStoreIDs: ["vs_1"], filters: .eq("lang", .string("en")))),
///     .webSearch(),
/// ]
/// ```
public enum ResponseTool: Codable, Sendable, Hashable {
    /// `function`: a function you run, with JSON arguments.
    case function(ResponseFunctionTool)
    /// `custom`: a tool you run, with free-form or grammar-constrained text input.
    case custom(ResponseCustomTool)
    /// `file_search`: search your vector stores.
    case fileSearch(ResponseFileSearchTool)
    /// `web_search` (or a dated variant): search the web.
    case webSearch(ResponseWebSearchTool)
    /// `code_interpreter`: run Python in a container (`"auto"` or a container id or settings object).
    case codeInterpreter(container: JSONValue)
    /// `mcp`: a remote MCP server or connector.
    case mcp(ResponseMCPTool)
    /// `image_generation`: generate images.
    case imageGeneration(ResponseImageGenerationTool)
    /// `computer_use_preview`: operate a computer through screenshots and actions.
    case computerUsePreview(displayWidth: Int, displayHeight: Int, environment: String)
    /// `shell`: run shell commands, in a hosted container or locally (`environment` as sent; `nil` for the default).
    case shell(environment: JSONValue?)
    /// `apply_patch`: propose file edits as patches.
    case applyPatch
    /// `local_shell`: run commands on your machine (legacy).
    case localShell
    /// Any other tool, kept as sent.
    case other(JSONValue)

    /// A function tool from its parts.
    public static func function(name: String, description: String? = nil, parameters: JSONValue? = nil, strict: Bool? = nil) -> Self {
        .function(ResponseFunctionTool(name: name, description: description, parameters: parameters, strict: strict))
    }

    /// A custom tool from its parts.
    public static func custom(name: String, description: String? = nil, format: ResponseCustomToolFormat? = nil) -> Self {
        .custom(ResponseCustomTool(name: name, description: description, format: format))
    }

    /// A web search tool with the default settings.
    public static func webSearch() -> Self { .webSearch(ResponseWebSearchTool()) }

    /// A code interpreter in an automatically created container.
    public static var codeInterpreter: Self { .codeInterpreter(container: ["type": "auto"]) }

    /// The tool's type string.
    public var type: String {
        switch self {
        case .function: "function"
        case .custom: "custom"
        case .fileSearch: "file_search"
        case .webSearch(let tool): tool.type
        case .codeInterpreter: "code_interpreter"
        case .mcp: "mcp"
        case .imageGeneration: "image_generation"
        case .computerUsePreview: "computer_use_preview"
        case .shell: "shell"
        case .applyPatch: "apply_patch"
        case .localShell: "local_shell"
        case .other(let raw): raw.objectValue?["type"]?.stringValue ?? ""
        }
    }

    /// The keys each modelled kind reads; a tool with any other key is kept whole in ``other(_:)`` so that sending
    /// it back loses nothing.
    private static let modelledKeys: [String: Set<String>] = [
        "function": ["type", "name", "description", "parameters", "strict"],
        "custom": ["type", "name", "description", "format"],
        "file_search": ["type", "vector_store_ids", "filters", "max_num_results", "ranking_options"],
        "web_search": ["type", "search_context_size", "filters", "user_location"],
        "mcp": ["type", "server_label", "server_url", "connector_id", "authorization", "server_description", "headers", "allowed_tools", "require_approval"],
        "image_generation": ["type", "model", "quality", "size", "output_format", "output_compression", "background", "moderation", "partial_images"],
        "code_interpreter": ["type", "container"],
        "computer_use_preview": ["type", "display_width", "display_height", "environment"],
    ]

    /// Decodes a tool by its `type`, keeping unknown kinds (and modelled kinds with fields this library does not
    /// read) whole.
    public init(from decoder: any Decoder) throws {
        let raw = try JSONValue(from: decoder)
        let object = raw.objectValue ?? [:]
        let type = object["type"]?.stringValue ?? ""
        let family = type.hasPrefix("web_search") ? "web_search" : type
        if let known = Self.modelledKeys[family], !Set(object.keys).isSubset(of: known) {
            self = .other(raw)
            return
        }
        do {
            switch type {
            case "function": self = .function(try raw.decode())
            case "custom": self = .custom(try raw.decode())
            case "file_search": self = .fileSearch(try raw.decode())
            case "web_search", "web_search_2025_08_26", "web_search_preview", "web_search_preview_2025_03_11": self = .webSearch(try raw.decode())
            case "code_interpreter": self = .codeInterpreter(container: object["container"] ?? "auto")
            case "mcp": self = .mcp(try raw.decode())
            case "image_generation": self = .imageGeneration(try raw.decode())
            case "computer_use_preview":
                guard let width = object["display_width"]?.intValue, let height = object["display_height"]?.intValue,
                      let environment = object["environment"]?.stringValue else { self = .other(raw); return }
                self = .computerUsePreview(displayWidth: width, displayHeight: height, environment: environment)
            case "shell" where object.keys.allSatisfy({ ["type", "environment"].contains($0) }):
                self = .shell(environment: object["environment"].flatMap { $0 == .null ? nil : $0 })
            case "apply_patch" where object.count == 1: self = .applyPatch
            case "local_shell" where object.count == 1: self = .localShell
            default: self = .other(raw)
            }
        } catch {
            self = .other(raw)
        }
    }

    /// Encodes the tool with its `type`.
    public func encode(to encoder: any Encoder) throws {
        var members: [String: JSONValue]
        switch self {
        case .function(let tool): members = try JSONValue(encoding: tool).objectValue ?? [:]
        case .custom(let tool): members = try JSONValue(encoding: tool).objectValue ?? [:]
        case .fileSearch(let tool): members = try JSONValue(encoding: tool).objectValue ?? [:]
        case .webSearch(let tool): members = try JSONValue(encoding: tool).objectValue ?? [:]
        case .codeInterpreter(let container): members = ["container": container]
        case .mcp(let tool): members = try JSONValue(encoding: tool).objectValue ?? [:]
        case .imageGeneration(let tool): members = try JSONValue(encoding: tool).objectValue ?? [:]
        case .computerUsePreview(let width, let height, let environment):
            members = ["display_width": .integer(width), "display_height": .integer(height), "environment": .string(environment)]
        case .shell(let environment): members = environment.map { ["environment": $0] } ?? [:]
        case .applyPatch, .localShell: members = [:]
        case .other(let raw): return try raw.encode(to: encoder)
        }
        members["type"] = .string(type)
        try JSONValue.object(members).encode(to: encoder)
    }
}

/// A `function` tool of the Responses API: the same definition as a chat tool's.
public typealias ResponseFunctionTool = FunctionDefinition

/// A `custom` tool of the Responses API.
public typealias ResponseCustomTool = CustomTool<ResponseCustomToolFormat>

/// A custom tool's input format in the Responses API: `{"type": "text"}` or
/// `{"type": "grammar", "syntax": …, "definition": …}`.
public enum ResponseCustomToolFormat: Codable, Sendable, Hashable {
    /// Unconstrained text.
    case text
    /// Text matching a grammar.
    case grammar(syntax: GrammarSyntax, definition: String)
    /// Any other format, kept as sent.
    case other(JSONValue)

    private enum CodingKeys: String, CodingKey { case type, syntax, definition }

    /// Decodes a format, keeping unknown ones.
    public init(from decoder: any Decoder) throws {
        let raw = try JSONValue(from: decoder)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decodeIfPresent(String.self, forKey: .type) {
        case "text": self = .text
        case "grammar":
            self = .grammar(syntax: try container.decode(GrammarSyntax.self, forKey: .syntax), definition: try container.decode(String.self, forKey: .definition))
        default: self = .other(raw)
        }
    }

    /// Encodes the format.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .text: try container.encode("text", forKey: .type)
        case .grammar(let syntax, let definition):
            try container.encode("grammar", forKey: .type)
            try container.encode(syntax, forKey: .syntax)
            try container.encode(definition, forKey: .definition)
        case .other(let raw): try raw.encode(to: encoder)
        }
    }
}

/// A `file_search` tool: which vector stores to search, filtered by file attributes.
public struct ResponseFileSearchTool: Codable, Sendable, Hashable {
    /// The vector stores to search.
    public var vectorStoreIDs: [String]
    /// A filter on file attributes (the same filters as ``VectorStores/search(vectorStoreID:_:options:)``).
    public var filters: VectorStoreFilter?
    /// The most results, 1 to 50.
    public var maxNumResults: Int?
    /// Ranker and score threshold, as sent.
    public var rankingOptions: JSONValue?

    /// Creates a file search tool.
    public init(vectorStoreIDs: [String], filters: VectorStoreFilter? = nil, maxNumResults: Int? = nil, rankingOptions: JSONValue? = nil) {
        self.vectorStoreIDs = vectorStoreIDs
        self.filters = filters
        self.maxNumResults = maxNumResults
        self.rankingOptions = rankingOptions
    }

    enum CodingKeys: String, CodingKey {
        case filters
        case vectorStoreIDs = "vector_store_ids"
        case maxNumResults = "max_num_results"
        case rankingOptions = "ranking_options"
    }
}

/// A `web_search` tool.
public struct ResponseWebSearchTool: Codable, Sendable, Hashable {
    /// The tool type: `web_search` (default), `web_search_2025_08_26`, or a preview variant.
    public var type: String
    /// How much context to gather: `low`, `medium` (default), `high`.
    public var searchContextSize: String?
    /// Domain filters (`allowed_domains`), as sent.
    public var filters: JSONValue?
    /// The user's approximate location, as sent.
    public var userLocation: JSONValue?

    /// Creates a web search tool.
    public init(type: String = "web_search", searchContextSize: String? = nil, filters: JSONValue? = nil, userLocation: JSONValue? = nil) {
        self.type = type
        self.searchContextSize = searchContextSize
        self.filters = filters
        self.userLocation = userLocation
    }

    enum CodingKeys: String, CodingKey {
        case type, filters
        case searchContextSize = "search_context_size"
        case userLocation = "user_location"
    }
}

/// An `mcp` tool: a remote MCP server (by URL) or a connector.
public struct ResponseMCPTool: Codable, Sendable, Hashable {
    /// A label for the server, used in calls.
    public var serverLabel: String
    /// The server's URL (or use ``connectorID``).
    public var serverURL: String?
    /// A service connector, such as `connector_gmail`.
    public var connectorID: String?
    /// An OAuth access token for the server or connector.
    public var authorization: String?
    /// What the server does, for the model.
    public var serverDescription: String?
    /// Extra HTTP headers for the server.
    public var headers: [String: String]?
    /// Tool names (or a filter object) the model may call, as sent.
    public var allowedTools: JSONValue?
    /// Which calls need your approval: `"always"`, `"never"` or a filter object, as sent.
    public var requireApproval: JSONValue?

    /// Creates an MCP tool.
    public init(serverLabel: String, serverURL: String? = nil, connectorID: String? = nil, authorization: String? = nil, serverDescription: String? = nil, headers: [String: String]? = nil, allowedTools: JSONValue? = nil, requireApproval: JSONValue? = nil) {
        self.serverLabel = serverLabel
        self.serverURL = serverURL
        self.connectorID = connectorID
        self.authorization = authorization
        self.serverDescription = serverDescription
        self.headers = headers
        self.allowedTools = allowedTools
        self.requireApproval = requireApproval
    }

    enum CodingKeys: String, CodingKey {
        case authorization, headers
        case serverLabel = "server_label"
        case serverURL = "server_url"
        case connectorID = "connector_id"
        case serverDescription = "server_description"
        case allowedTools = "allowed_tools"
        case requireApproval = "require_approval"
    }
}

/// An `image_generation` tool.
public struct ResponseImageGenerationTool: Codable, Sendable, Hashable {
    /// The image model, such as `gpt-image-1`.
    public var model: String?
    /// The quality.
    public var quality: ImageQuality?
    /// The size.
    public var size: ImageSize?
    /// The encoding.
    public var outputFormat: ImageOutputFormat?
    /// Compression 0 to 100 for `jpeg` and `webp`.
    public var outputCompression: Int?
    /// The background.
    public var background: ImageBackground?
    /// Moderation strictness, `low` or `auto`.
    public var moderation: String?
    /// Partial images to stream, 0 to 3.
    public var partialImages: Int?

    /// Creates an image generation tool with the API's defaults for anything `nil`.
    public init(model: String? = nil, quality: ImageQuality? = nil, size: ImageSize? = nil, outputFormat: ImageOutputFormat? = nil, outputCompression: Int? = nil, background: ImageBackground? = nil, moderation: String? = nil, partialImages: Int? = nil) {
        self.model = model
        self.quality = quality
        self.size = size
        self.outputFormat = outputFormat
        self.outputCompression = outputCompression
        self.background = background
        self.moderation = moderation
        self.partialImages = partialImages
    }

    enum CodingKeys: String, CodingKey {
        case model, quality, size, background, moderation
        case outputFormat = "output_format"
        case outputCompression = "output_compression"
        case partialImages = "partial_images"
    }
}
