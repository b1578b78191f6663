/// A beta feature of the Responses API, named in the `OpenAI-Beta` header of ``Responses/beta`` calls; an open set.
public struct ResponsesBetaFeature: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a feature from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `responses_multi_agent=v1`: server-hosted multi-agent execution (``BetaCreateResponseRequest/multiAgent``),
    /// agent tags on items, and the agent message and multi-agent call items.
    public static let multiAgent = Self(rawValue: "responses_multi_agent=v1")
}

/// The body of `POST /responses?beta=true` (the spec's `BetaCreateResponse`): every field of
/// ``CreateResponseRequest``, read and written through this value as if they were its own, plus ``multiAgent``.
///
/// ```swift
/// var request = BetaCreateResponseRequest(CreateResponseRequest(model: "gpt-5", input: "Research and summarise …"))
/// request.multiAgent = ResponseMultiAgentSettings(enabled: true, maxConcurrentSubagents: 4)
/// request.store = true                                  // a CreateResponseRequest field
/// let response = try await client.responses.beta.create(request)
/// for item in response.output { print(item.agent?.agentName ?? "root", item.type) }
/// ```
@dynamicMemberLookup
public struct BetaCreateResponseRequest: Encodable, Sendable, Hashable {
    /// The fields the generally available endpoint takes too.
    public var request: CreateResponseRequest
    /// Server-hosted multi-agent execution: the model may spawn subagents that work in parallel.
    public var multiAgent: ResponseMultiAgentSettings?

    /// Creates a request.
    public init(_ request: CreateResponseRequest, multiAgent: ResponseMultiAgentSettings? = nil) {
        self.request = request
        self.multiAgent = multiAgent
    }

    /// A field of ``request``.
    public subscript<Value>(dynamicMember keyPath: WritableKeyPath<CreateResponseRequest, Value>) -> Value {
        get { request[keyPath: keyPath] }
        set { request[keyPath: keyPath] = newValue }
    }

    /// Encodes ``request``'s fields and `multi_agent` side by side.
    public func encode(to encoder: any Encoder) throws {
        guard case .object(var members) = try JSONValue(encoding: request) else { return }
        if let multiAgent { members["multi_agent"] = try JSONValue(encoding: multiAgent) }
        try JSONValue.object(members).encode(to: encoder)
    }
}

/// Multi-agent settings of a beta response (`multi_agent`).
public struct ResponseMultiAgentSettings: Codable, Sendable, Hashable {
    /// Whether the response may run subagents.
    public var enabled: Bool
    /// The most subagents active at once across the whole agent tree, root excluded; the API default (3) when `nil`.
    public var maxConcurrentSubagents: Int?

    /// Creates settings.
    public init(enabled: Bool, maxConcurrentSubagents: Int? = nil) {
        self.enabled = enabled
        self.maxConcurrentSubagents = maxConcurrentSubagents
    }

    enum CodingKeys: String, CodingKey {
        case enabled
        case maxConcurrentSubagents = "max_concurrent_subagents"
    }
}

/// The agent that produced an item or event of a multi-agent response.
public struct ResponseAgentTag: Codable, Sendable, Hashable {
    /// The agent's canonical name.
    public var agentName: String

    /// Creates a tag.
    public init(agentName: String) { self.agentName = agentName }

    enum CodingKeys: String, CodingKey {
        case agentName = "agent_name"
    }
}

/// An `agent_message` item: a message one agent of a multi-agent response sent another.
public struct ResponseAgentMessage: Codable, Sendable, Hashable {
    /// The item id.
    public var id: String?
    /// The agent that produced the item.
    public var agent: ResponseAgentTag?
    /// The sending agent.
    public var author: String
    /// The receiving agent.
    public var recipient: String
    /// The message: text, images or ``ResponseContent/encryptedContent(_:)``.
    public var content: [ResponseContent]

    /// Creates an agent message.
    public init(id: String? = nil, agent: ResponseAgentTag? = nil, author: String, recipient: String, content: [ResponseContent]) {
        self.id = id
        self.agent = agent
        self.author = author
        self.recipient = recipient
        self.content = content
    }
}

/// What a multi-agent call does; an open set.
public struct ResponseMultiAgentAction: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates an action from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `spawn_agent`.
    public static let spawnAgent = Self(rawValue: "spawn_agent")
    /// `interrupt_agent`.
    public static let interruptAgent = Self(rawValue: "interrupt_agent")
    /// `list_agents`.
    public static let listAgents = Self(rawValue: "list_agents")
    /// `send_message`.
    public static let sendMessage = Self(rawValue: "send_message")
    /// `followup_task`.
    public static let followupTask = Self(rawValue: "followup_task")
    /// `wait_agent`.
    public static let waitAgent = Self(rawValue: "wait_agent")
}

/// A `multi_agent_call` item: an agent acts on another (spawns it, messages it, waits for it…).
public struct ResponseMultiAgentCall: Codable, Sendable, Hashable {
    /// The item id.
    public var id: String?
    /// The agent that made the call.
    public var agent: ResponseAgentTag?
    /// The call id, echoed by its output.
    public var callID: String
    /// The action.
    public var action: ResponseMultiAgentAction
    /// The action's arguments, JSON as text.
    public var arguments: String

    /// Creates a multi-agent call.
    public init(id: String? = nil, agent: ResponseAgentTag? = nil, callID: String, action: ResponseMultiAgentAction, arguments: String) {
        self.id = id
        self.agent = agent
        self.callID = callID
        self.action = action
        self.arguments = arguments
    }

    enum CodingKeys: String, CodingKey {
        case id, agent, action, arguments
        case callID = "call_id"
    }
}

/// A `multi_agent_call_output` item: what a multi-agent call returned.
public struct ResponseMultiAgentCallOutput: Codable, Sendable, Hashable {
    /// The item id.
    public var id: String?
    /// The agent that produced the item.
    public var agent: ResponseAgentTag?
    /// The call this answers.
    public var callID: String
    /// The call's action.
    public var action: ResponseMultiAgentAction
    /// The result, as `output_text` parts.
    public var output: [ResponseContent]

    /// Creates a multi-agent call output.
    public init(id: String? = nil, agent: ResponseAgentTag? = nil, callID: String, action: ResponseMultiAgentAction, output: [ResponseContent]) {
        self.id = id
        self.agent = agent
        self.callID = callID
        self.action = action
        self.output = output
    }

    enum CodingKeys: String, CodingKey {
        case id, agent, action, output
        case callID = "call_id"
    }
}
