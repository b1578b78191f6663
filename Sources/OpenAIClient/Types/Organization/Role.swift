/// A role: a named set of permissions on a kind of resource (the organization or a project).
public struct Role: Decodable, Sendable, Hashable, Identifiable {
    /// The object type, `role`.
    public var object: String?
    /// The role id.
    public var id: String
    /// The role name.
    public var name: String
    /// What the role is for.
    public var description: String?
    /// The permissions it grants.
    public var permissions: [String]
    /// The kind of resource it applies to, such as `api.organization`.
    public var resourceType: String
    /// Whether OpenAI defines the role (it cannot be changed).
    public var predefinedRole: Bool

    enum CodingKeys: String, CodingKey {
        case object, id, name, description, permissions
        case resourceType = "resource_type"
        case predefinedRole = "predefined_role"
    }
}

/// A role as assigned to a user or group, with where the assignment comes from.
public struct AssignedRole: Decodable, Sendable, Hashable, Identifiable {
    /// The role id.
    public var id: String
    /// The role name.
    public var name: String
    /// The permissions it grants.
    public var permissions: [String]
    /// The kind of resource it applies to.
    public var resourceType: String
    /// Whether OpenAI defines the role.
    public var predefinedRole: Bool
    /// What the role is for.
    public var description: String?
    /// Creation time (Unix seconds), for custom roles.
    public var createdAt: Int?
    /// Last update time (Unix seconds), for custom roles.
    public var updatedAt: Int?
    /// Who created the role.
    public var createdBy: String?
    /// The creator's user object, as sent.
    public var createdByUser: JSONValue?
    /// The role's metadata, as sent.
    public var metadata: JSONValue?
    /// The principals the assignment comes from (the user itself, or a group it belongs to).
    public var assignmentSources: [Source]?

    /// A principal an assignment comes from.
    public struct Source: Decodable, Sendable, Hashable {
        /// The principal id.
        public var principalID: String
        /// The principal type, such as `user` or `group`.
        public var principalType: String

        enum CodingKeys: String, CodingKey {
            case principalID = "principal_id"
            case principalType = "principal_type"
        }
    }

    enum CodingKeys: String, CodingKey {
        case id, name, permissions, description, metadata
        case resourceType = "resource_type"
        case predefinedRole = "predefined_role"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case createdBy = "created_by"
        case createdByUser = "created_by_user_obj"
        case assignmentSources = "assignment_sources"
    }
}

/// The body of ``Roles/create(_:options:)``.
public struct CreateRoleRequest: Encodable, Sendable, Hashable {
    /// The role name.
    public var roleName: String
    /// The permissions it grants.
    public var permissions: [String]
    /// What the role is for; none by default.
    public var description: String?

    /// Creates a request.
    public init(roleName: String, permissions: [String], description: String? = nil) {
        self.roleName = roleName
        self.permissions = permissions
        self.description = description
    }

    enum CodingKeys: String, CodingKey {
        case permissions, description
        case roleName = "role_name"
    }
}

/// The body of ``Roles/update(_:_:options:)``; `nil` fields are left unchanged.
public struct UpdateRoleRequest: Encodable, Sendable, Hashable {
    /// The new name.
    public var roleName: String?
    /// The new permissions, replacing the old.
    public var permissions: [String]?
    /// The new description.
    public var description: String?

    /// Creates a request.
    public init(roleName: String? = nil, permissions: [String]? = nil, description: String? = nil) {
        self.roleName = roleName
        self.permissions = permissions
        self.description = description
    }

    enum CodingKeys: String, CodingKey {
        case permissions, description
        case roleName = "role_name"
    }
}

/// The body that assigns a role to a user or group.
struct AssignRoleRequest: Encodable, Sendable, Hashable {
    var roleID: String

    enum CodingKeys: String, CodingKey {
        case roleID = "role_id"
    }
}

/// The answer to assigning a role to a user.
public struct UserRoleAssignment: Decodable, Sendable, Hashable {
    /// The object type, `user.role`.
    public var object: String?
    /// The user.
    public var user: OrganizationUser
    /// The role.
    public var role: Role
}

/// The answer to assigning a role to a group.
public struct GroupRoleAssignment: Decodable, Sendable, Hashable {
    /// The object type, `group.role`.
    public var object: String?
    /// The group.
    public var group: OrganizationGroup
    /// The role.
    public var role: Role
}
