/// A member of the organization.
public struct OrganizationUser: Decodable, Sendable, Hashable, Identifiable {
    /// The object type, `organization.user`.
    public var object: String?
    /// The user id.
    public var id: String
    /// The user's name.
    public var name: String?
    /// The user's email.
    public var email: String?
    /// The organization role, such as `owner` or `reader`.
    public var role: OrganizationRole?
    /// When the user joined (Unix seconds).
    public var addedAt: Int
    /// Whether this is the user's default organization.
    public var isDefault: Bool?
    /// Whether the member is a service account.
    public var isServiceAccount: Bool?
    /// Whether SCIM manages the member.
    public var isSCIMManaged: Bool?
    /// When one of the member's API keys was last used.
    public var apiKeyLastUsedAt: Int?
    /// The member's technical level, if set.
    public var technicalLevel: String?
    /// The member's developer persona, if set.
    public var developerPersona: String?
    /// The member's projects, when the API includes them.
    public var projects: Projects?

    /// The ``OrganizationUser/projects`` list.
    public struct Projects: Decodable, Sendable, Hashable {
        /// The projects.
        public var data: [Project]

        /// One project of a member.
        public struct Project: Decodable, Sendable, Hashable {
            /// The project id.
            public var id: String?
            /// The project name.
            public var name: String?
            /// The member's role in the project.
            public var role: String?
        }
    }

    enum CodingKeys: String, CodingKey {
        case object, id, name, email, role, projects
        case addedAt = "added_at"
        case isDefault = "is_default"
        case isServiceAccount = "is_service_account"
        case isSCIMManaged = "is_scim_managed"
        case apiKeyLastUsedAt = "api_key_last_used_at"
        case technicalLevel = "technical_level"
        case developerPersona = "developer_persona"
    }
}

/// The body of ``OrganizationUsers/modify(_:_:options:)``; `nil` fields are left unchanged.
public struct UserRoleUpdateRequest: Encodable, Sendable, Hashable {
    /// A built-in organization role.
    public var role: OrganizationRole?
    /// A custom role's id, instead of ``role``.
    public var roleID: String?
    /// The member's technical level.
    public var technicalLevel: String?
    /// The member's developer persona.
    public var developerPersona: String?

    /// Creates a request.
    public init(role: OrganizationRole? = nil, roleID: String? = nil, technicalLevel: String? = nil, developerPersona: String? = nil) {
        self.role = role
        self.roleID = roleID
        self.technicalLevel = technicalLevel
        self.developerPersona = developerPersona
    }

    enum CodingKeys: String, CodingKey {
        case role
        case roleID = "role_id"
        case technicalLevel = "technical_level"
        case developerPersona = "developer_persona"
    }
}
