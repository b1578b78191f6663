/// How long OpenAI keeps an organization's or project's API data.
public struct DataRetention: Decodable, Sendable, Hashable {
    /// `organization.data_retention` or `project.data_retention`.
    public var object: String?
    /// The retention policy.
    public var type: DataRetentionType
}

/// A data retention policy; an open set.
public struct DataRetentionType: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a policy from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `organization_default` (projects only).
    public static let organizationDefault = Self(rawValue: "organization_default")
    /// `none` (projects only).
    public static let none = Self(rawValue: "none")
    /// `zero_data_retention`.
    public static let zeroDataRetention = Self(rawValue: "zero_data_retention")
    /// `modified_abuse_monitoring`.
    public static let modifiedAbuseMonitoring = Self(rawValue: "modified_abuse_monitoring")
    /// `enhanced_zero_data_retention`.
    public static let enhancedZeroDataRetention = Self(rawValue: "enhanced_zero_data_retention")
    /// `enhanced_modified_abuse_monitoring`.
    public static let enhancedModifiedAbuseMonitoring = Self(rawValue: "enhanced_modified_abuse_monitoring")
}

/// The body that sets a data retention policy.
struct UpdateDataRetentionRequest: Encodable, Sendable, Hashable {
    var retentionType: DataRetentionType

    enum CodingKeys: String, CodingKey {
        case retentionType = "retention_type"
    }
}

/// Which hosted tools a project may use; also the body of an update, where `nil` tools are left unchanged.
public struct HostedToolPermissions: Codable, Sendable, Hashable {
    /// File search.
    public var fileSearch: HostedToolPermission?
    /// Web search.
    public var webSearch: HostedToolPermission?
    /// Image generation.
    public var imageGeneration: HostedToolPermission?
    /// Remote MCP servers.
    public var mcp: HostedToolPermission?
    /// Code interpreter.
    public var codeInterpreter: HostedToolPermission?

    /// Creates permissions; every tool is unset (unchanged) by default.
    public init(
        fileSearch: HostedToolPermission? = nil, webSearch: HostedToolPermission? = nil, imageGeneration: HostedToolPermission? = nil,
        mcp: HostedToolPermission? = nil, codeInterpreter: HostedToolPermission? = nil
    ) {
        self.fileSearch = fileSearch
        self.webSearch = webSearch
        self.imageGeneration = imageGeneration
        self.mcp = mcp
        self.codeInterpreter = codeInterpreter
    }

    enum CodingKeys: String, CodingKey {
        case mcp
        case fileSearch = "file_search"
        case webSearch = "web_search"
        case imageGeneration = "image_generation"
        case codeInterpreter = "code_interpreter"
    }
}

/// Whether one hosted tool is enabled.
public struct HostedToolPermission: Codable, Sendable, Hashable {
    /// Whether the tool may be used.
    public var enabled: Bool

    /// Creates a permission.
    public init(enabled: Bool) { self.enabled = enabled }
}

/// Which models a project may use: an allow list or a deny list.
public struct ModelPermissions: Decodable, Sendable, Hashable {
    /// The object type, `project.model_permissions`.
    public var object: String?
    /// `allow_list` or `deny_list`.
    public var mode: ModelPermissionMode
    /// The models listed.
    public var modelIDs: [String]

    enum CodingKeys: String, CodingKey {
        case object, mode
        case modelIDs = "model_ids"
    }
}

/// The body of ``ProjectModelPermissions/update(projectID:_:options:)``.
public struct ProjectModelPermissionsUpdateRequest: Encodable, Sendable, Hashable {
    /// `allow_list` or `deny_list`.
    public var mode: ModelPermissionMode
    /// The models to list.
    public var modelIDs: [String]

    /// Creates a request.
    public init(mode: ModelPermissionMode, modelIDs: [String]) {
        self.mode = mode
        self.modelIDs = modelIDs
    }

    enum CodingKeys: String, CodingKey {
        case mode
        case modelIDs = "model_ids"
    }
}

/// How a project's model list is read; an open set.
public struct ModelPermissionMode: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a mode from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `allow_list`: only the listed models.
    public static let allowList = Self(rawValue: "allow_list")
    /// `deny_list`: every model but the listed ones.
    public static let denyList = Self(rawValue: "deny_list")
}
