/// An organization admin API key, as listed: its value is redacted.
public struct AdminAPIKey: Decodable, Sendable, Hashable, Identifiable {
    /// The object type, `organization.admin_api_key`.
    public var object: String?
    /// The key id.
    public var id: String
    /// The key's name.
    public var name: String?
    /// The redacted value, such as `sk-admin...def`.
    public var redactedValue: String
    /// The full value; only in the answer to ``AdminAPIKeys/create(_:options:)``.
    public var value: String?
    /// Creation time (Unix seconds).
    public var createdAt: Int
    /// When the key expires, if it does.
    public var expiresAt: Int?
    /// When the key was last used, if ever.
    public var lastUsedAt: Int?
    /// Who owns the key.
    public var owner: Owner?

    /// The owner of an admin key: a user or a service account.
    public struct Owner: Decodable, Sendable, Hashable {
        /// `user` or `service_account`; an open set.
        public var type: String?
        /// The owner's object type, such as `organization.user`.
        public var object: String?
        /// The owner id.
        public var id: String?
        /// The owner's name.
        public var name: String?
        /// When the owner was created or added.
        public var createdAt: Int?
        /// The owner's organization role, such as `owner`.
        public var role: String?

        enum CodingKeys: String, CodingKey {
            case type, object, id, name, role
            case createdAt = "created_at"
        }
    }

    enum CodingKeys: String, CodingKey {
        case object, id, name, value, owner
        case redactedValue = "redacted_value"
        case createdAt = "created_at"
        case expiresAt = "expires_at"
        case lastUsedAt = "last_used_at"
    }
}

/// The body of ``AdminAPIKeys/create(_:options:)``.
public struct CreateAdminAPIKeyRequest: Encodable, Sendable, Hashable {
    /// The key's name.
    public var name: String
    /// Seconds until the key expires, 1 to 31,536,000; `nil` for a key that does not expire.
    public var expiresInSeconds: Int?

    /// Creates a request.
    public init(name: String, expiresInSeconds: Int? = nil) {
        self.name = name
        self.expiresInSeconds = expiresInSeconds
    }

    enum CodingKeys: String, CodingKey {
        case name
        case expiresInSeconds = "expires_in_seconds"
    }
}
