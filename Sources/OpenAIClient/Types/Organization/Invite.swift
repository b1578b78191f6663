/// An invitation for someone to join the organization.
public struct Invite: Decodable, Sendable, Hashable, Identifiable {
    /// The object type, `organization.invite`.
    public var object: String?
    /// The invite id.
    public var id: String
    /// The invitee's email.
    public var email: String
    /// The organization role offered.
    public var role: OrganizationRole
    /// Whether the invite is pending, accepted or expired.
    public var status: InviteStatus
    /// When the invite was sent (Unix seconds).
    public var createdAt: Int
    /// When the invite expires.
    public var expiresAt: Int?
    /// When the invite was accepted.
    public var acceptedAt: Int?
    /// The projects the invitee joins on acceptance.
    public var projects: [InviteProject]?

    enum CodingKeys: String, CodingKey {
        case object, id, email, role, status, projects
        case createdAt = "created_at"
        case expiresAt = "expires_at"
        case acceptedAt = "accepted_at"
    }
}

/// A project an invitee joins, with their role in it.
public struct InviteProject: Codable, Sendable, Hashable {
    /// The project id.
    public var id: String
    /// The role in the project.
    public var role: ProjectRole

    /// Creates a project grant.
    public init(id: String, role: ProjectRole) {
        self.id = id
        self.role = role
    }
}

/// The body of ``Invites/create(_:options:)``.
public struct InviteRequest: Encodable, Sendable, Hashable {
    /// The invitee's email.
    public var email: String
    /// The organization role.
    public var role: OrganizationRole
    /// Projects to add the invitee to; none by default.
    public var projects: [InviteProject]?

    /// Creates a request.
    public init(email: String, role: OrganizationRole, projects: [InviteProject]? = nil) {
        self.email = email
        self.role = role
        self.projects = projects
    }
}

/// An invite's status; an open set.
public struct InviteStatus: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a status from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `pending`.
    public static let pending = Self(rawValue: "pending")
    /// `accepted`.
    public static let accepted = Self(rawValue: "accepted")
    /// `expired`.
    public static let expired = Self(rawValue: "expired")
}

/// A built-in organization role; an open set.
public struct OrganizationRole: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a role from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `owner`.
    public static let owner = Self(rawValue: "owner")
    /// `reader`.
    public static let reader = Self(rawValue: "reader")
}

/// A built-in project role; an open set.
public struct ProjectRole: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a role from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `owner`.
    public static let owner = Self(rawValue: "owner")
    /// `member`.
    public static let member = Self(rawValue: "member")
    /// `none` (service accounts without a project role).
    public static let none = Self(rawValue: "none")
}
