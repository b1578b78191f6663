/// How hard a reasoning model thinks before answering (`reasoning_effort`, `reasoning.effort`).
///
/// Not every model supports every value; unknown values decode and round-trip unchanged.
public struct ReasoningEffort: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a value from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `none`: no reasoning.
    public static let none = Self(rawValue: "none")
    /// `minimal`.
    public static let minimal = Self(rawValue: "minimal")
    /// `low`.
    public static let low = Self(rawValue: "low")
    /// `medium`, the API's default.
    public static let medium = Self(rawValue: "medium")
    /// `high`.
    public static let high = Self(rawValue: "high")
    /// `xhigh`.
    public static let xhigh = Self(rawValue: "xhigh")
    /// `max`.
    public static let max = Self(rawValue: "max")
}

/// How long the model's answer is (`verbosity`, `text.verbosity`).
public struct Verbosity: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a value from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `low`: concise.
    public static let low = Self(rawValue: "low")
    /// `medium`, the API's default.
    public static let medium = Self(rawValue: "medium")
    /// `high`: detailed.
    public static let high = Self(rawValue: "high")
}

/// The processing tier a request asks for, or the one that served it (`service_tier`).
public struct ServiceTier: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a value from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `auto`: the project's setting.
    public static let auto = Self(rawValue: "auto")
    /// `default`: standard pricing and performance.
    public static let `default` = Self(rawValue: "default")
    /// `flex`: cheaper, slower.
    public static let flex = Self(rawValue: "flex")
    /// `scale`: scale-tier credits.
    public static let scale = Self(rawValue: "scale")
    /// `priority`: faster, priced higher.
    public static let priority = Self(rawValue: "priority")
    /// `fast`: fast mode (served and reported as `priority`).
    public static let fast = Self(rawValue: "fast")
}

/// Moderation run on a request's input and output (`moderation`).
///
/// ```swift
/// request.moderation = ModerationSettings(model: "omni-moderation-latest", policy: .init(input: .init(mode: .block)))
/// ```
public struct ModerationSettings: Codable, Sendable, Hashable {
    /// The moderation model, such as `omni-moderation-latest`.
    public var model: String
    /// What to do with flagged input and output; the API's default when `nil`.
    public var policy: Policy?

    /// Creates moderation settings.
    public init(model: String, policy: Policy? = nil) {
        self.model = model
        self.policy = policy
    }

    /// The policy for input and output.
    public struct Policy: Codable, Sendable, Hashable {
        /// The policy for the input.
        public var input: Rule?
        /// The policy for the output.
        public var output: Rule?
        /// Creates a policy.
        public init(input: Rule? = nil, output: Rule? = nil) {
            self.input = input
            self.output = output
        }
        enum CodingKeys: String, CodingKey { case input, output }
    }

    /// One side's policy.
    public struct Rule: Codable, Sendable, Hashable {
        /// `score` (report) or `block`.
        public var mode: ModerationMode
        /// Creates a rule.
        public init(mode: ModerationMode) { self.mode = mode }
        enum CodingKeys: String, CodingKey { case mode }
    }

    enum CodingKeys: String, CodingKey { case model, policy }
}

/// What moderation does with flagged content.
public struct ModerationMode: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a value from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `score`: report scores only.
    public static let score = Self(rawValue: "score")
    /// `block`: refuse flagged content.
    public static let block = Self(rawValue: "block")
}

/// Prompt caching options (`prompt_cache_options`).
public struct PromptCacheOptions: Codable, Sendable, Hashable {
    /// The minimum lifetime of cache breakpoints; `30m` (the only value) by default.
    public var ttl: String?
    /// `implicit` (the API adds a breakpoint, the default) or `explicit`.
    public var mode: PromptCacheMode?

    /// Creates prompt cache options.
    public init(ttl: String? = nil, mode: PromptCacheMode? = nil) {
        self.ttl = ttl
        self.mode = mode
    }

    enum CodingKeys: String, CodingKey { case ttl, mode }
}

/// Whether the API adds an implicit prompt cache breakpoint.
public struct PromptCacheMode: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a value from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `implicit`: one automatic breakpoint plus up to three explicit ones.
    public static let implicit = Self(rawValue: "implicit")
    /// `explicit`: only explicit breakpoints.
    public static let explicit = Self(rawValue: "explicit")
}
