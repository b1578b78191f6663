/// An assistant: a model, instructions and tools that runs on threads use.
public struct Assistant: Decodable, Sendable, Hashable, Identifiable {
    /// The id, such as `asst_abc123`.
    public var id: String
    /// The object type, `"assistant"`.
    public var object: String?
    /// Creation time (Unix seconds).
    public var createdAt: Int
    /// The name.
    public var name: String?
    /// The description.
    public var description: String?
    /// The model id.
    public var model: String
    /// The system instructions.
    public var instructions: String?
    /// The tools.
    public var tools: [AssistantTool]
    /// The tools' files and vector stores.
    public var toolResources: ToolResources?
    /// Up to 16 key-value pairs.
    public var metadata: [String: String]?
    /// The sampling temperature.
    public var temperature: Double?
    /// The nucleus sampling mass.
    public var topP: Double?
    /// The answer format.
    public var responseFormat: AssistantResponseFormat?

    enum CodingKeys: String, CodingKey {
        case id, object, name, description, model, instructions, tools, metadata, temperature
        case createdAt = "created_at"
        case toolResources = "tool_resources"
        case topP = "top_p"
        case responseFormat = "response_format"
    }

    /// Decodes an assistant; a missing `tools` reads as none.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        object = try container.decodeIfPresent(String.self, forKey: .object)
        createdAt = try container.decode(Int.self, forKey: .createdAt)
        name = try container.decodeIfPresent(String.self, forKey: .name)
        description = try container.decodeIfPresent(String.self, forKey: .description)
        model = try container.decode(String.self, forKey: .model)
        instructions = try container.decodeIfPresent(String.self, forKey: .instructions)
        tools = try container.decodeIfPresent([AssistantTool].self, forKey: .tools) ?? []
        toolResources = try container.decodeIfPresent(ToolResources.self, forKey: .toolResources)
        metadata = try container.decodeIfPresent([String: String].self, forKey: .metadata)
        temperature = try container.decodeIfPresent(Double.self, forKey: .temperature)
        topP = try container.decodeIfPresent(Double.self, forKey: .topP)
        responseFormat = try container.decodeIfPresent(AssistantResponseFormat.self, forKey: .responseFormat)
    }
}

/// The body of `POST /assistants` (create) and `POST /assistants/{assistant_id}` (modify, where every field is optional).
///
/// ```swift
/// var request = CreateAssistantRequest(model: "gpt-4o-mini", name: "Librarian", instructions: "Cite the files.")
/// request.tools = [.fileSearch(maxNumResults: 8)]
/// request.toolResources = ToolResources(fileSearch: .init(vectorStoreIDs: ["vs_1"]))
/// ```
public struct CreateAssistantRequest: Encodable, Sendable, Hashable {
    /// The model id (required to create; optional to modify).
    public var model: String?
    /// The name, at most 256 characters.
    public var name: String?
    /// The description, at most 512 characters.
    public var description: String?
    /// The system instructions, at most 256,000 characters.
    public var instructions: String?
    /// Reasoning effort for reasoning models: `minimal`, `low`, `medium`, `high`.
    public var reasoningEffort: ReasoningEffort?
    /// Up to 128 tools.
    public var tools: [AssistantTool]?
    /// The tools' files and vector stores.
    public var toolResources: ToolResources?
    /// Up to 16 key-value pairs.
    public var metadata: [String: String]?
    /// Sampling temperature, 0 to 2; the API default is 1.
    public var temperature: Double?
    /// Nucleus sampling mass, 0 to 1; the API default is 1.
    public var topP: Double?
    /// The answer format; `auto` by default on the API side.
    public var responseFormat: AssistantResponseFormat?

    /// Creates a request; set the other properties as needed.
    public init(
        model: String?,
        name: String? = nil,
        description: String? = nil,
        instructions: String? = nil,
        tools: [AssistantTool]? = nil,
        toolResources: ToolResources? = nil,
        metadata: [String: String]? = nil
    ) {
        self.model = model
        self.name = name
        self.description = description
        self.instructions = instructions
        self.tools = tools
        self.toolResources = toolResources
        self.metadata = metadata
    }

    enum CodingKeys: String, CodingKey {
        case model, name, description, instructions, tools, metadata, temperature
        case reasoningEffort = "reasoning_effort"
        case toolResources = "tool_resources"
        case topP = "top_p"
        case responseFormat = "response_format"
    }
}

/// The body of `POST /assistants/{assistant_id}`: the fields to change.
public typealias ModifyAssistantRequest = CreateAssistantRequest
