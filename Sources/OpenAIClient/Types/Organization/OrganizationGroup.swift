/// A group of users in the organization, which roles and projects can be granted to.
public struct OrganizationGroup: Decodable, Sendable, Hashable, Identifiable {
    /// The object type (`group`), when sent.
    public var object: String?
    /// The group id.
    public var id: String
    /// The group name.
    public var name: String
    /// Creation time (Unix seconds).
    public var createdAt: Int
    /// Whether SCIM manages the group (`is_scim_managed`, or `scim_managed` in role assignments).
    public var isSCIMManaged: Bool?
    /// `group` or `tenant_group`, when sent.
    public var groupType: GroupType?

    enum CodingKeys: String, CodingKey {
        case object, id, name
        case createdAt = "created_at"
        case isSCIMManaged = "is_scim_managed"
        case scimManaged = "scim_managed"
        case groupType = "group_type"
    }

    /// Decodes a group in either of the API's two shapes.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        object = try container.decodeIfPresent(String.self, forKey: .object)
        id = try container.decode(String.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        createdAt = try container.decode(Int.self, forKey: .createdAt)
        isSCIMManaged = try container.decodeIfPresent(Bool.self, forKey: .isSCIMManaged)
            ?? container.decodeIfPresent(Bool.self, forKey: .scimManaged)
        groupType = try container.decodeIfPresent(GroupType.self, forKey: .groupType)
    }
}

/// A group's kind; an open set.
public struct GroupType: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a kind from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `group`: an organization group.
    public static let group = Self(rawValue: "group")
    /// `tenant_group`: a group of the enterprise tenant.
    public static let tenantGroup = Self(rawValue: "tenant_group")
}

/// A user as listed among a group's members.
public struct GroupUser: Decodable, Sendable, Hashable, Identifiable {
    /// The user id.
    public var id: String
    /// The user's name.
    public var name: String
    /// The user's email.
    public var email: String?
    /// The user's picture URL, when sent.
    public var picture: String?
    /// Whether the member is a service account, when sent.
    public var isServiceAccount: Bool?
    /// `user` or `tenant_user`, when sent; an open set.
    public var userType: String?

    enum CodingKeys: String, CodingKey {
        case id, name, email, picture
        case isServiceAccount = "is_service_account"
        case userType = "user_type"
    }
}

/// The answer to adding a user to a group.
public struct GroupUserAssignment: Decodable, Sendable, Hashable {
    /// The object type, `group.user`.
    public var object: String?
    /// The user id.
    public var userID: String
    /// The group id.
    public var groupID: String

    enum CodingKeys: String, CodingKey {
        case object
        case userID = "user_id"
        case groupID = "group_id"
    }
}

/// The body of ``GroupUsers/add(groupID:userID:options:)``.
struct AddGroupUserRequest: Encodable, Sendable, Hashable {
    var userID: String

    enum CodingKeys: String, CodingKey {
        case userID = "user_id"
    }
}
