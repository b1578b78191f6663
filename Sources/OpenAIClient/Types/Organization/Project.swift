/// A project of the organization: the unit that API keys, members, limits and usage belong to.
public struct Project: Decodable, Sendable, Hashable, Identifiable {
    /// The object type, `organization.project`.
    public var object: String?
    /// The project id.
    public var id: String
    /// The project name.
    public var name: String?
    /// Creation time (Unix seconds).
    public var createdAt: Int
    /// When the project was archived, if it was.
    public var archivedAt: Int?
    /// `active` or `archived`.
    public var status: ProjectStatus?
    /// The external key (customer-managed encryption) id, if any.
    public var externalKeyID: String?
    /// Where the project's data is stored and processed.
    public var residency: ProjectResidency?

    enum CodingKeys: String, CodingKey {
        case object, id, name, status, residency
        case createdAt = "created_at"
        case archivedAt = "archived_at"
        case externalKeyID = "external_key_id"
    }
}

/// A project's status; an open set.
public struct ProjectStatus: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a status from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `active`.
    public static let active = Self(rawValue: "active")
    /// `archived`.
    public static let archived = Self(rawValue: "archived")
}

/// Where a project's data is stored and processed; an open set.
public struct ProjectResidency: OpenStringEnum {
    /// The wire string, such as `EU_STORAGE_PROCESSING`.
    public var rawValue: String
    /// Creates a residency from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `GLOBAL`.
    public static let global = Self(rawValue: "GLOBAL")
    /// `US_STORAGE_PROCESSING`.
    public static let usStorageProcessing = Self(rawValue: "US_STORAGE_PROCESSING")
    /// `EU_STORAGE_PROCESSING`.
    public static let euStorageProcessing = Self(rawValue: "EU_STORAGE_PROCESSING")
    /// `JP_STORAGE`.
    public static let jpStorage = Self(rawValue: "JP_STORAGE")
}

/// The body of ``Projects/create(_:options:)``.
public struct ProjectCreateRequest: Encodable, Sendable, Hashable {
    /// The project name.
    public var name: String
    /// Where its data lives; the organization's default when `nil`.
    public var residency: ProjectResidency?
    /// A customer-managed encryption key id; none by default.
    public var externalKeyID: String?

    /// Creates a request.
    public init(name: String, residency: ProjectResidency? = nil, externalKeyID: String? = nil) {
        self.name = name
        self.residency = residency
        self.externalKeyID = externalKeyID
    }

    enum CodingKeys: String, CodingKey {
        case name, residency
        case externalKeyID = "external_key_id"
    }
}

/// The body of ``Projects/modify(_:_:options:)``; `nil` fields are left unchanged.
public struct ProjectUpdateRequest: Encodable, Sendable, Hashable {
    /// The new name.
    public var name: String?
    /// The new encryption key id.
    public var externalKeyID: String?

    /// Creates a request.
    public init(name: String? = nil, externalKeyID: String? = nil) {
        self.name = name
        self.externalKeyID = externalKeyID
    }

    enum CodingKeys: String, CodingKey {
        case name
        case externalKeyID = "external_key_id"
    }
}

/// A member of a project.
public struct ProjectUser: Decodable, Sendable, Hashable, Identifiable {
    /// The object type, `organization.project.user`.
    public var object: String?
    /// The user id.
    public var id: String
    /// The user's name.
    public var name: String?
    /// The user's email.
    public var email: String?
    /// The role in the project.
    public var role: ProjectRole
    /// When the user joined the project (Unix seconds).
    public var addedAt: Int

    enum CodingKeys: String, CodingKey {
        case object, id, name, email, role
        case addedAt = "added_at"
    }
}

/// The body of ``ProjectUsers/create(projectID:_:options:)``: a user by id or email, and a role.
public struct ProjectUserCreateRequest: Encodable, Sendable, Hashable {
    /// The user's id (an organization member).
    public var userID: String?
    /// The user's email, instead of ``userID``.
    public var email: String?
    /// The role in the project.
    public var role: ProjectRole

    /// Creates a request.
    public init(userID: String? = nil, email: String? = nil, role: ProjectRole) {
        self.userID = userID
        self.email = email
        self.role = role
    }

    enum CodingKeys: String, CodingKey {
        case email, role
        case userID = "user_id"
    }
}

/// The body that changes a member's or service account's project role.
struct ProjectRoleUpdateRequest: Encodable, Sendable, Hashable {
    var role: ProjectRole
}

/// A service account of a project: a bot member that owns API keys.
public struct ProjectServiceAccount: Decodable, Sendable, Hashable, Identifiable {
    /// The object type, `organization.project.service_account`.
    public var object: String?
    /// The service account id.
    public var id: String
    /// The service account name.
    public var name: String
    /// The role in the project.
    public var role: ProjectRole
    /// Creation time (Unix seconds).
    public var createdAt: Int
    /// The key created with it; only in the answer to ``ProjectServiceAccounts/create(projectID:_:options:)``,
    /// the only time its value is shown.
    public var apiKey: ServiceAccountAPIKey?

    enum CodingKeys: String, CodingKey {
        case object, id, name, role
        case createdAt = "created_at"
        case apiKey = "api_key"
    }
}

/// A service account's API key, with its full value (shown once).
public struct ServiceAccountAPIKey: Decodable, Sendable, Hashable, Identifiable {
    /// The object type, `organization.project.service_account.api_key`.
    public var object: String?
    /// The full secret value.
    public var value: String
    /// The key's name.
    public var name: String
    /// Creation time (Unix seconds).
    public var createdAt: Int
    /// The key id.
    public var id: String

    enum CodingKeys: String, CodingKey {
        case object, value, name, id
        case createdAt = "created_at"
    }
}

/// The body of ``ProjectServiceAccounts/create(projectID:_:options:)``.
public struct ProjectServiceAccountCreateRequest: Encodable, Sendable, Hashable {
    /// The service account name.
    public var name: String
    /// Creates the account without an API key, when `true`; `nil` (a key is created) by default.
    public var createServiceAccountOnly: Bool?

    /// Creates a request.
    public init(name: String, createServiceAccountOnly: Bool? = nil) {
        self.name = name
        self.createServiceAccountOnly = createServiceAccountOnly
    }

    enum CodingKeys: String, CodingKey {
        case name
        case createServiceAccountOnly = "create_service_account_only"
    }
}

/// The body of ``ProjectServiceAccounts/update(projectID:_:_:options:)``; `nil` fields are left unchanged.
public struct UpdateProjectServiceAccountRequest: Encodable, Sendable, Hashable {
    /// The new name.
    public var name: String?
    /// The new role, `member` or `owner`.
    public var role: ProjectRole?

    /// Creates a request.
    public init(name: String? = nil, role: ProjectRole? = nil) {
        self.name = name
        self.role = role
    }
}

/// The body of ``ProjectServiceAccounts/createAPIKey(projectID:serviceAccountID:_:options:)``.
public struct CreateServiceAccountAPIKeyRequest: Encodable, Sendable, Hashable {
    /// The key's name; the API's default when `nil`.
    public var name: String?
    /// The scopes the key is limited to; all when `nil`.
    public var scopes: [String]?

    /// Creates a request.
    public init(name: String? = nil, scopes: [String]? = nil) {
        self.name = name
        self.scopes = scopes
    }
}

/// A project API key, as listed: its value is redacted.
public struct ProjectAPIKey: Decodable, Sendable, Hashable, Identifiable {
    /// The object type, `organization.project.api_key`.
    public var object: String?
    /// The redacted value, such as `sk-abc...def`.
    public var redactedValue: String
    /// The key's name.
    public var name: String
    /// Creation time (Unix seconds).
    public var createdAt: Int
    /// When the key was last used, if ever.
    public var lastUsedAt: Int?
    /// The key id.
    public var id: String
    /// Whether the owner still has access to the project: `active` or `inactive`.
    public var ownerProjectAccess: String?
    /// Who owns the key.
    public var owner: Owner?

    /// A project key's owner: a user or a service account.
    public struct Owner: Decodable, Sendable, Hashable {
        /// `user` or `service_account`; an open set.
        public var type: String?
        /// The owning user, for user keys.
        public var user: Member?
        /// The owning service account, for service-account keys.
        public var serviceAccount: Member?

        enum CodingKeys: String, CodingKey {
            case type, user
            case serviceAccount = "service_account"
        }
    }

    /// The user or service account that owns a key.
    public struct Member: Decodable, Sendable, Hashable {
        /// Its id.
        public var id: String
        /// Its name.
        public var name: String?
        /// Its email (users only).
        public var email: String?
        /// Its project role.
        public var role: String?
        /// When it was created or added (Unix seconds).
        public var createdAt: Int?

        enum CodingKeys: String, CodingKey {
            case id, name, email, role
            case createdAt = "created_at"
        }
    }

    enum CodingKeys: String, CodingKey {
        case object, name, id, owner
        case redactedValue = "redacted_value"
        case createdAt = "created_at"
        case lastUsedAt = "last_used_at"
        case ownerProjectAccess = "owner_project_access"
    }
}

/// Which project keys to list by their owner's access: ``ProjectAPIKeys/list(projectID:ownerProjectAccess:limit:after:options:)``.
public struct OwnerProjectAccess: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a value from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `active`: owners who are still project members.
    public static let active = Self(rawValue: "active")
    /// `inactive`: owners who left the project.
    public static let inactive = Self(rawValue: "inactive")
    /// `any`.
    public static let any = Self(rawValue: "any")
}

/// A project's rate limits for one model.
public struct ProjectRateLimit: Decodable, Sendable, Hashable, Identifiable {
    /// The object type, `project.rate_limit`.
    public var object: String?
    /// The rate limit id, such as `rl-ada`.
    public var id: String
    /// The model it applies to.
    public var model: String
    /// The limits.
    public var limits: ProjectRateLimitValues

    enum CodingKeys: String, CodingKey {
        case object, id, model
    }

    /// Decodes a rate limit, its limits read from the same object.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        object = try container.decodeIfPresent(String.self, forKey: .object)
        id = try container.decode(String.self, forKey: .id)
        model = try container.decode(String.self, forKey: .model)
        limits = try ProjectRateLimitValues(from: decoder)
    }
}

/// The limits of a ``ProjectRateLimit``, also the body of ``ProjectRateLimits/update(projectID:_:_:options:)``
/// (`nil` limits are left unchanged).
public struct ProjectRateLimitValues: Codable, Sendable, Hashable {
    /// Requests per minute.
    public var maxRequestsPer1Minute: Int?
    /// Tokens per minute.
    public var maxTokensPer1Minute: Int?
    /// Images per minute (image models).
    public var maxImagesPer1Minute: Int?
    /// Audio megabytes per minute (audio models).
    public var maxAudioMegabytesPer1Minute: Int?
    /// Requests per day.
    public var maxRequestsPer1Day: Int?
    /// Batch input tokens per day.
    public var batch1DayMaxInputTokens: Int?

    /// Creates limits; every one is unset by default.
    public init(
        maxRequestsPer1Minute: Int? = nil, maxTokensPer1Minute: Int? = nil, maxImagesPer1Minute: Int? = nil,
        maxAudioMegabytesPer1Minute: Int? = nil, maxRequestsPer1Day: Int? = nil, batch1DayMaxInputTokens: Int? = nil
    ) {
        self.maxRequestsPer1Minute = maxRequestsPer1Minute
        self.maxTokensPer1Minute = maxTokensPer1Minute
        self.maxImagesPer1Minute = maxImagesPer1Minute
        self.maxAudioMegabytesPer1Minute = maxAudioMegabytesPer1Minute
        self.maxRequestsPer1Day = maxRequestsPer1Day
        self.batch1DayMaxInputTokens = batch1DayMaxInputTokens
    }

    enum CodingKeys: String, CodingKey {
        case maxRequestsPer1Minute = "max_requests_per_1_minute"
        case maxTokensPer1Minute = "max_tokens_per_1_minute"
        case maxImagesPer1Minute = "max_images_per_1_minute"
        case maxAudioMegabytesPer1Minute = "max_audio_megabytes_per_1_minute"
        case maxRequestsPer1Day = "max_requests_per_1_day"
        case batch1DayMaxInputTokens = "batch_1_day_max_input_tokens"
    }
}

/// A group's access to a project.
public struct ProjectGroup: Decodable, Sendable, Hashable {
    /// The object type, `project.group`.
    public var object: String?
    /// The project id.
    public var projectID: String
    /// The group id.
    public var groupID: String
    /// The group name.
    public var groupName: String
    /// `group` or `tenant_group`, when sent.
    public var groupType: GroupType?
    /// When the group was added (Unix seconds).
    public var createdAt: Int

    enum CodingKeys: String, CodingKey {
        case object
        case projectID = "project_id"
        case groupID = "group_id"
        case groupName = "group_name"
        case groupType = "group_type"
        case createdAt = "created_at"
    }
}

/// The body of ``ProjectGroups/add(projectID:groupID:role:options:)``.
struct AddProjectGroupRequest: Encodable, Sendable, Hashable {
    var groupID: String
    var role: String

    enum CodingKeys: String, CodingKey {
        case role
        case groupID = "group_id"
    }
}
