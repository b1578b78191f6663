/// A ChatKit session: a short-lived client secret that lets a ChatKit front end run one of your Agent Builder
/// workflows for one user.
public struct ChatKitSession: Decodable, Sendable, Hashable, Identifiable {
    /// The session id.
    public var id: String
    /// The object type, `chatkit.session`.
    public var object: String?
    /// When it expires (Unix seconds).
    public var expiresAt: Int?
    /// The ephemeral secret the front end authenticates with.
    public var clientSecret: String?
    /// The workflow it runs.
    public var workflow: ChatKitWorkflow?
    /// The user it belongs to.
    public var user: String?
    /// Its rate limits.
    public var rateLimits: ChatKitRateLimits?
    /// Its per-minute request limit (a copy of the one in ``rateLimits``).
    public var maxRequestsPer1Minute: Int?
    /// `active`, `expired` or `cancelled`.
    public var status: ChatKitSessionStatus?
    /// Its features, resolved.
    public var chatkitConfiguration: ChatKitConfiguration?

    enum CodingKeys: String, CodingKey {
        case id, object, workflow, user, status
        case expiresAt = "expires_at"
        case clientSecret = "client_secret"
        case rateLimits = "rate_limits"
        case maxRequestsPer1Minute = "max_requests_per_1_minute"
        case chatkitConfiguration = "chatkit_configuration"
    }
}

/// A ChatKit session's status; an open set.
public struct ChatKitSessionStatus: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a status from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `active`.
    public static let active = Self(rawValue: "active")
    /// `expired`.
    public static let expired = Self(rawValue: "expired")
    /// `cancelled`.
    public static let cancelled = Self(rawValue: "cancelled")
}

/// The workflow a ChatKit session runs: its id and version, the state variables passed to it, and tracing.
public struct ChatKitWorkflow: Codable, Sendable, Hashable {
    /// The workflow id.
    public var id: String
    /// The version; the latest deployed one when `nil`.
    public var version: String?
    /// Values passed to the workflow: strings, numbers or Booleans, at most 64.
    public var stateVariables: [String: JSONValue]?
    /// Whether the workflow's runs are traced; they are by default.
    public var tracing: ChatKitFeatureToggle?

    /// Creates a workflow reference.
    public init(id: String, version: String? = nil, stateVariables: [String: JSONValue]? = nil, tracing: ChatKitFeatureToggle? = nil) {
        self.id = id
        self.version = version
        self.stateVariables = stateVariables
        self.tracing = tracing
    }

    enum CodingKeys: String, CodingKey {
        case id, version, tracing
        case stateVariables = "state_variables"
    }
}

/// A ChatKit feature switched on or off.
public struct ChatKitFeatureToggle: Codable, Sendable, Hashable {
    /// Whether the feature is on; the API's default when `nil`.
    public var enabled: Bool?

    /// Creates a toggle.
    public init(enabled: Bool?) { self.enabled = enabled }
}

/// A ChatKit session's request rate limit.
public struct ChatKitRateLimits: Codable, Sendable, Hashable {
    /// Requests allowed per minute; 10 by default.
    public var maxRequestsPer1Minute: Int?

    /// Creates rate limits.
    public init(maxRequestsPer1Minute: Int?) { self.maxRequestsPer1Minute = maxRequestsPer1Minute }

    enum CodingKeys: String, CodingKey {
        case maxRequestsPer1Minute = "max_requests_per_1_minute"
    }
}

/// A ChatKit session's features: thread titles, uploads and history. Requests leave unset ones at the API's
/// defaults; sessions report them resolved.
public struct ChatKitConfiguration: Codable, Sendable, Hashable {
    /// Whether threads get generated titles; on by default.
    public var automaticThreadTitling: ChatKitFeatureToggle?
    /// Whether users may upload files, and how many and how large.
    public var fileUpload: FileUpload?
    /// Whether users see their earlier threads, and how many.
    public var history: History?

    /// File uploads in a session.
    public struct FileUpload: Codable, Sendable, Hashable {
        /// Whether uploads are allowed; off by default.
        public var enabled: Bool?
        /// The largest file, in megabytes (at most 512, the default).
        public var maxFileSize: Int?
        /// The most files per session; 10 by default.
        public var maxFiles: Int?

        /// Creates upload settings.
        public init(enabled: Bool? = nil, maxFileSize: Int? = nil, maxFiles: Int? = nil) {
            self.enabled = enabled
            self.maxFileSize = maxFileSize
            self.maxFiles = maxFiles
        }

        enum CodingKeys: String, CodingKey {
            case enabled
            case maxFileSize = "max_file_size"
            case maxFiles = "max_files"
        }
    }

    /// Earlier threads in a session.
    public struct History: Codable, Sendable, Hashable {
        /// Whether users see earlier threads; on by default.
        public var enabled: Bool?
        /// How many recent threads they see; all by default.
        public var recentThreads: Int?

        /// Creates history settings.
        public init(enabled: Bool? = nil, recentThreads: Int? = nil) {
            self.enabled = enabled
            self.recentThreads = recentThreads
        }

        enum CodingKeys: String, CodingKey {
            case enabled
            case recentThreads = "recent_threads"
        }
    }

    /// Creates a configuration; unset features keep the API's defaults.
    public init(automaticThreadTitling: ChatKitFeatureToggle? = nil, fileUpload: FileUpload? = nil, history: History? = nil) {
        self.automaticThreadTitling = automaticThreadTitling
        self.fileUpload = fileUpload
        self.history = history
    }

    enum CodingKeys: String, CodingKey {
        case history
        case automaticThreadTitling = "automatic_thread_titling"
        case fileUpload = "file_upload"
    }
}

/// When a new ChatKit session expires: some seconds after its creation.
public struct ChatKitSessionExpiration: Codable, Sendable, Hashable {
    /// The time counted from, `created_at`.
    public var anchor: String
    /// Seconds after the anchor, at most 600.
    public var seconds: Int

    /// Creates an expiration `seconds` after creation.
    public init(seconds: Int, anchor: String = "created_at") {
        self.anchor = anchor
        self.seconds = seconds
    }
}

/// The body of ``ChatKitSessions/create(_:options:)``.
public struct CreateChatKitSessionRequest: Encodable, Sendable, Hashable {
    /// The workflow the session runs.
    public var workflow: ChatKitWorkflow
    /// Your end user's identifier; the session sees the threads of the same user.
    public var user: String
    /// When the session expires; 10 minutes after creation by default.
    public var expiresAfter: ChatKitSessionExpiration?
    /// Its rate limits; the API's by default.
    public var rateLimits: ChatKitRateLimits?
    /// Its features; the API's defaults when `nil`.
    public var chatkitConfiguration: ChatKitConfiguration?

    /// Creates a request.
    public init(
        workflow: ChatKitWorkflow, user: String, expiresAfter: ChatKitSessionExpiration? = nil, rateLimits: ChatKitRateLimits? = nil,
        chatkitConfiguration: ChatKitConfiguration? = nil
    ) {
        self.workflow = workflow
        self.user = user
        self.expiresAfter = expiresAfter
        self.rateLimits = rateLimits
        self.chatkitConfiguration = chatkitConfiguration
    }

    enum CodingKeys: String, CodingKey {
        case workflow, user
        case expiresAfter = "expires_after"
        case rateLimits = "rate_limits"
        case chatkitConfiguration = "chatkit_configuration"
    }
}
