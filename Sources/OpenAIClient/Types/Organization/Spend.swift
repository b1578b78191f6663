/// An email alert sent when monthly spend crosses a threshold, for the organization or a project.
public struct SpendAlert: Decodable, Sendable, Hashable, Identifiable {
    /// The alert id.
    public var id: String
    /// `organization.spend_alert` or `project.spend_alert`.
    public var object: String?
    /// The threshold, in whole currency units.
    public var thresholdAmount: Int
    /// The currency.
    public var currency: SpendCurrency
    /// The period spend is summed over.
    public var interval: SpendInterval
    /// Who is told.
    public var notificationChannel: SpendAlertNotificationChannel

    enum CodingKeys: String, CodingKey {
        case id, object, currency, interval
        case thresholdAmount = "threshold_amount"
        case notificationChannel = "notification_channel"
    }
}

/// The body that creates or replaces a spend alert.
public struct CreateSpendAlertRequest: Encodable, Sendable, Hashable {
    /// The threshold, in whole currency units.
    public var thresholdAmount: Int
    /// The currency; `USD` by default.
    public var currency: SpendCurrency
    /// The period; `month` by default.
    public var interval: SpendInterval
    /// Who is told.
    public var notificationChannel: SpendAlertNotificationChannel

    /// Creates a request.
    public init(thresholdAmount: Int, notificationChannel: SpendAlertNotificationChannel, currency: SpendCurrency = .usd, interval: SpendInterval = .month) {
        self.thresholdAmount = thresholdAmount
        self.notificationChannel = notificationChannel
        self.currency = currency
        self.interval = interval
    }

    enum CodingKeys: String, CodingKey {
        case currency, interval
        case thresholdAmount = "threshold_amount"
        case notificationChannel = "notification_channel"
    }
}

/// Where a spend alert goes.
public struct SpendAlertNotificationChannel: Codable, Sendable, Hashable {
    /// The channel type, `email`.
    public var type: String
    /// The recipients' addresses.
    public var recipients: [String]
    /// A prefix for the email subject; none by default.
    public var subjectPrefix: String?

    /// Creates an email channel.
    public init(recipients: [String], subjectPrefix: String? = nil, type: String = "email") {
        self.type = type
        self.recipients = recipients
        self.subjectPrefix = subjectPrefix
    }

    enum CodingKeys: String, CodingKey {
        case type, recipients
        case subjectPrefix = "subject_prefix"
    }
}

/// A hard monthly spend limit of the organization or a project.
public struct SpendLimit: Decodable, Sendable, Hashable {
    /// `organization.spend_limit` or `project.spend_limit`.
    public var object: String?
    /// The limit, in whole currency units.
    public var thresholdAmount: Int
    /// The currency.
    public var currency: SpendCurrency
    /// The period.
    public var interval: SpendInterval
    /// Whether the limit is being enforced.
    public var enforcement: Enforcement?

    /// A limit's enforcement.
    public struct Enforcement: Decodable, Sendable, Hashable {
        /// Such as `enforcing`; an open set.
        public var status: String
    }

    enum CodingKeys: String, CodingKey {
        case object, currency, interval, enforcement
        case thresholdAmount = "threshold_amount"
    }
}

/// The body that sets a spend limit.
public struct UpdateSpendLimitRequest: Encodable, Sendable, Hashable {
    /// The limit, in whole currency units.
    public var thresholdAmount: Int
    /// The currency; `USD` by default.
    public var currency: SpendCurrency
    /// The period; `month` by default.
    public var interval: SpendInterval

    /// Creates a request.
    public init(thresholdAmount: Int, currency: SpendCurrency = .usd, interval: SpendInterval = .month) {
        self.thresholdAmount = thresholdAmount
        self.currency = currency
        self.interval = interval
    }

    enum CodingKeys: String, CodingKey {
        case currency, interval
        case thresholdAmount = "threshold_amount"
    }
}

/// A spend currency; an open set.
public struct SpendCurrency: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a currency from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `USD`.
    public static let usd = Self(rawValue: "USD")
}

/// A spend period; an open set.
public struct SpendInterval: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a period from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `month`.
    public static let month = Self(rawValue: "month")
}
