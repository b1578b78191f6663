/// A sandbox for the code interpreter and shell tools, with its own files.
public struct Container: Decodable, Sendable, Hashable, Identifiable {
    /// The container id.
    public var id: String
    /// The object type, `container`.
    public var object: String?
    /// The container's name.
    public var name: String
    /// Creation time (Unix seconds).
    public var createdAt: Int
    /// Such as `running` or `expired`.
    public var status: ContainerStatus
    /// When the container was last used (Unix seconds).
    public var lastActiveAt: Int?
    /// When the container expires.
    public var expiresAfter: ContainerExpiration?
    /// The memory it has.
    public var memoryLimit: ContainerMemoryLimit?
    /// Its outbound network access.
    public var networkPolicy: ContainerNetworkPolicy?

    enum CodingKeys: String, CodingKey {
        case id, object, name, status
        case createdAt = "created_at"
        case lastActiveAt = "last_active_at"
        case expiresAfter = "expires_after"
        case memoryLimit = "memory_limit"
        case networkPolicy = "network_policy"
    }
}

/// A container's status; an open set.
public struct ContainerStatus: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a status from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `running`.
    public static let running = Self(rawValue: "running")
    /// `expired`.
    public static let expired = Self(rawValue: "expired")
}

/// A container's memory; an open set.
public struct ContainerMemoryLimit: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a limit from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `1g`.
    public static let gigabytes1 = Self(rawValue: "1g")
    /// `4g`.
    public static let gigabytes4 = Self(rawValue: "4g")
    /// `16g`.
    public static let gigabytes16 = Self(rawValue: "16g")
    /// `64g`.
    public static let gigabytes64 = Self(rawValue: "64g")
}

/// When a container expires: some minutes after it was last active.
public struct ContainerExpiration: Codable, Sendable, Hashable {
    /// The time counted from, `last_active_at`.
    public var anchor: String
    /// Minutes after the anchor.
    public var minutes: Int

    /// Creates an expiration `minutes` after last activity.
    public init(minutes: Int, anchor: String = "last_active_at") {
        self.anchor = anchor
        self.minutes = minutes
    }
}

/// A container's outbound network access: none, or an allow list of domains.
public struct ContainerNetworkPolicy: Codable, Sendable, Hashable {
    /// `disabled` or `allowlist`; an open set.
    public var type: String
    /// The domains it may reach (`allowlist`).
    public var allowedDomains: [String]?
    /// Secrets injected for requests to given domains (`allowlist`, requests only).
    public var domainSecrets: [DomainSecret]?

    /// A secret sent to one domain.
    public struct DomainSecret: Codable, Sendable, Hashable {
        /// The domain.
        public var domain: String
        /// The secret's name.
        public var name: String
        /// The secret's value.
        public var value: String

        /// Creates a secret.
        public init(domain: String, name: String, value: String) {
            self.domain = domain
            self.name = name
            self.value = value
        }
    }

    /// Creates a policy.
    public init(type: String, allowedDomains: [String]? = nil, domainSecrets: [DomainSecret]? = nil) {
        self.type = type
        self.allowedDomains = allowedDomains
        self.domainSecrets = domainSecrets
    }

    /// No network access.
    public static let disabled = ContainerNetworkPolicy(type: "disabled")

    /// Access to `domains` only.
    public static func allowlist(_ domains: [String], secrets: [DomainSecret]? = nil) -> ContainerNetworkPolicy {
        ContainerNetworkPolicy(type: "allowlist", allowedDomains: domains, domainSecrets: secrets)
    }

    enum CodingKeys: String, CodingKey {
        case type
        case allowedDomains = "allowed_domains"
        case domainSecrets = "domain_secrets"
    }
}

/// A skill mounted in a new container: a stored skill by id, or an inline zip.
public struct ContainerSkill: Encodable, Sendable, Hashable {
    /// `skill_reference` or `inline`.
    public var type: String
    /// The stored skill's id (`skill_reference`).
    public var skillID: String?
    /// The stored skill's version (`skill_reference`); the latest by default.
    public var version: String?
    /// The inline skill's name (`inline`).
    public var name: String?
    /// The inline skill's description (`inline`).
    public var description: String?
    /// The inline skill's zip (`inline`).
    public var source: Source?

    /// An inline skill's content.
    public struct Source: Encodable, Sendable, Hashable {
        /// `base64`.
        public var type = "base64"
        /// `application/zip`.
        public var mediaType = "application/zip"
        /// The base64 zip.
        public var data: String

        enum CodingKeys: String, CodingKey {
            case type, data
            case mediaType = "media_type"
        }
    }

    /// A stored skill.
    public static func reference(_ skillID: String, version: String? = nil) -> ContainerSkill {
        ContainerSkill(type: "skill_reference", skillID: skillID, version: version)
    }

    /// A skill given inline as a base64 zip.
    public static func inline(name: String, description: String, zipBase64: String) -> ContainerSkill {
        ContainerSkill(type: "inline", name: name, description: description, source: Source(data: zipBase64))
    }

    enum CodingKeys: String, CodingKey {
        case type, version, name, description, source
        case skillID = "skill_id"
    }
}

/// The body of ``Containers/create(_:options:)``.
public struct CreateContainerRequest: Encodable, Sendable, Hashable {
    /// The container's name.
    public var name: String
    /// Files to copy in; none by default.
    public var fileIDs: [String]?
    /// When it expires; the API default (20 minutes idle) by default.
    public var expiresAfter: ContainerExpiration?
    /// Skills to mount; none by default.
    public var skills: [ContainerSkill]?
    /// Its memory; the API default by default.
    public var memoryLimit: ContainerMemoryLimit?
    /// Its network access; the API default by default.
    public var networkPolicy: ContainerNetworkPolicy?

    /// Creates a request.
    public init(
        name: String, fileIDs: [String]? = nil, expiresAfter: ContainerExpiration? = nil, skills: [ContainerSkill]? = nil,
        memoryLimit: ContainerMemoryLimit? = nil, networkPolicy: ContainerNetworkPolicy? = nil
    ) {
        self.name = name
        self.fileIDs = fileIDs
        self.expiresAfter = expiresAfter
        self.skills = skills
        self.memoryLimit = memoryLimit
        self.networkPolicy = networkPolicy
    }

    enum CodingKeys: String, CodingKey {
        case name, skills
        case fileIDs = "file_ids"
        case expiresAfter = "expires_after"
        case memoryLimit = "memory_limit"
        case networkPolicy = "network_policy"
    }
}

/// A file in a container.
public struct ContainerFile: Decodable, Sendable, Hashable, Identifiable {
    /// The file id.
    public var id: String
    /// The object type, `container.file`.
    public var object: String?
    /// The container id.
    public var containerID: String
    /// Creation time (Unix seconds).
    public var createdAt: Int
    /// Size in bytes.
    public var bytes: Int
    /// Its path in the container.
    public var path: String
    /// Where it came from, such as `user` or `assistant`.
    public var source: String

    enum CodingKeys: String, CodingKey {
        case id, object, bytes, path, source
        case containerID = "container_id"
        case createdAt = "created_at"
    }
}

/// The JSON body that copies a stored file into a container.
struct CreateContainerFileRequest: Encodable, Sendable, Hashable {
    var fileID: String

    enum CodingKeys: String, CodingKey {
        case fileID = "file_id"
    }
}
