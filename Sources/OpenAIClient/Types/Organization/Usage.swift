import Foundation

/// One page of usage or cost buckets: `{"object": "page", "data": […], "has_more", "next_page"}`.
public struct UsagePage: Decodable, Sendable {
    /// The object type, `page`.
    public var object: String?
    /// The time buckets, oldest first.
    public var data: [UsageBucket]
    /// Whether more buckets follow.
    public var hasMore: Bool
    /// The cursor to pass as `page` for the next page.
    public var nextPage: String?

    enum CodingKeys: String, CodingKey {
        case object, data
        case hasMore = "has_more"
        case nextPage = "next_page"
    }

    /// Decodes a page, tolerating missing cursor fields.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        object = try container.decodeIfPresent(String.self, forKey: .object)
        data = try container.decodeIfPresent([UsageBucket].self, forKey: .data) ?? []
        hasMore = try container.decodeIfPresent(Bool.self, forKey: .hasMore) ?? false
        nextPage = try container.decodeIfPresent(String.self, forKey: .nextPage)
    }

    /// The page as a ``Page``, its `next_page` as the cursor, for ``PageSequence``.
    var asPage: Page<UsageBucket> {
        Page(data: data, object: object, lastID: nextPage, hasMore: hasMore && nextPage != nil)
    }
}

/// The usage or costs of one time bucket, grouped as asked.
public struct UsageBucket: Decodable, Sendable, Hashable {
    /// The object type, `bucket`.
    public var object: String?
    /// The bucket's start (Unix seconds, inclusive).
    public var startTime: Int
    /// The bucket's end (Unix seconds, exclusive).
    public var endTime: Int
    /// One result per group (one in all when not grouped).
    public var results: [UsageResult]

    enum CodingKeys: String, CodingKey {
        case object, results
        case startTime = "start_time"
        case endTime = "end_time"
    }
}

/// One usage or cost figure, by its `object`, with the grouping fields it was grouped by; unknown kinds are kept as sent.
///
/// ```swift
/// for case .completions(let usage, let grouping) in bucket.results { print(grouping.model ?? "-", usage.inputTokens) }
/// ```
public enum UsageResult: Decodable, Sendable, Hashable {
    /// `organization.usage.completions.result`.
    case completions(CompletionsUsage, UsageGrouping)
    /// `organization.usage.embeddings.result`.
    case embeddings(ModelUsage, UsageGrouping)
    /// `organization.usage.moderations.result`.
    case moderations(ModelUsage, UsageGrouping)
    /// `organization.usage.images.result`.
    case images(ImagesUsage, UsageGrouping)
    /// `organization.usage.audio_speeches.result`.
    case audioSpeeches(AudioSpeechesUsage, UsageGrouping)
    /// `organization.usage.audio_transcriptions.result`.
    case audioTranscriptions(AudioTranscriptionsUsage, UsageGrouping)
    /// `organization.usage.vector_stores.result` (grouped by project only).
    case vectorStores(VectorStoresUsage, UsageGrouping)
    /// `organization.usage.code_interpreter_sessions.result` (grouped by project only).
    case codeInterpreterSessions(CodeInterpreterSessionsUsage, UsageGrouping)
    /// `organization.usage.file_searches.result`.
    case fileSearchCalls(FileSearchCallsUsage, UsageGrouping)
    /// `organization.usage.web_searches.result`.
    case webSearchCalls(WebSearchCallsUsage, UsageGrouping)
    /// `organization.costs.result`.
    case costs(CostsResult)
    /// A kind this client does not know, as sent.
    case unknown(JSONValue)

    /// Decodes a result by its `object`.
    public init(from decoder: any Decoder) throws {
        let raw = try JSONValue(from: decoder)
        let grouping = try UsageGrouping(from: decoder)
        switch raw["object"]?.stringValue {
        case "organization.usage.completions.result": self = .completions(try raw.decode(), grouping)
        case "organization.usage.embeddings.result": self = .embeddings(try raw.decode(), grouping)
        case "organization.usage.moderations.result": self = .moderations(try raw.decode(), grouping)
        case "organization.usage.images.result": self = .images(try raw.decode(), grouping)
        case "organization.usage.audio_speeches.result": self = .audioSpeeches(try raw.decode(), grouping)
        case "organization.usage.audio_transcriptions.result": self = .audioTranscriptions(try raw.decode(), grouping)
        case "organization.usage.vector_stores.result": self = .vectorStores(try raw.decode(), grouping)
        case "organization.usage.code_interpreter_sessions.result": self = .codeInterpreterSessions(try raw.decode(), grouping)
        case "organization.usage.file_searches.result": self = .fileSearchCalls(try raw.decode(), grouping)
        case "organization.usage.web_searches.result": self = .webSearchCalls(try raw.decode(), grouping)
        case "organization.costs.result": self = .costs(try raw.decode())
        default: self = .unknown(raw)
        }
    }
}

/// The grouping fields a usage result carries when the query grouped by them (`nil` otherwise).
public struct UsageGrouping: Decodable, Sendable, Hashable {
    /// The project, when grouped by `project_id`.
    public var projectID: String?
    /// The user, when grouped by `user_id`.
    public var userID: String?
    /// The API key, when grouped by `api_key_id`.
    public var apiKeyID: String?
    /// The model, when grouped by `model`.
    public var model: String?

    enum CodingKeys: String, CodingKey {
        case model
        case projectID = "project_id"
        case userID = "user_id"
        case apiKeyID = "api_key_id"
    }
}

/// Token usage of completions (chat, responses, assistants, batch).
public struct CompletionsUsage: Decodable, Sendable, Hashable {
    /// Input tokens, cached included.
    public var inputTokens: Int
    /// Output tokens.
    public var outputTokens: Int
    /// Requests.
    public var numModelRequests: Int
    /// Cached input tokens.
    public var inputCachedTokens: Int?
    /// Input tokens written to the cache.
    public var inputCacheWriteTokens: Int?
    /// Uncached input tokens.
    public var inputUncachedTokens: Int?
    /// Text input tokens.
    public var inputTextTokens: Int?
    /// Text output tokens.
    public var outputTextTokens: Int?
    /// Cached text input tokens.
    public var inputCachedTextTokens: Int?
    /// Audio input tokens.
    public var inputAudioTokens: Int?
    /// Cached audio input tokens.
    public var inputCachedAudioTokens: Int?
    /// Audio output tokens.
    public var outputAudioTokens: Int?
    /// Image input tokens.
    public var inputImageTokens: Int?
    /// Cached image input tokens.
    public var inputCachedImageTokens: Int?
    /// Image output tokens.
    public var outputImageTokens: Int?
    /// Whether these were batch requests, when grouped by `batch`.
    public var batch: Bool?
    /// The service tier, when grouped by `service_tier`.
    public var serviceTier: String?

    enum CodingKeys: String, CodingKey {
        case batch
        case inputTokens = "input_tokens"
        case outputTokens = "output_tokens"
        case numModelRequests = "num_model_requests"
        case inputCachedTokens = "input_cached_tokens"
        case inputCacheWriteTokens = "input_cache_write_tokens"
        case inputUncachedTokens = "input_uncached_tokens"
        case inputTextTokens = "input_text_tokens"
        case outputTextTokens = "output_text_tokens"
        case inputCachedTextTokens = "input_cached_text_tokens"
        case inputAudioTokens = "input_audio_tokens"
        case inputCachedAudioTokens = "input_cached_audio_tokens"
        case outputAudioTokens = "output_audio_tokens"
        case inputImageTokens = "input_image_tokens"
        case inputCachedImageTokens = "input_cached_image_tokens"
        case outputImageTokens = "output_image_tokens"
        case serviceTier = "service_tier"
    }
}

/// Token usage of embeddings or moderations.
public struct ModelUsage: Decodable, Sendable, Hashable {
    /// Input tokens.
    public var inputTokens: Int
    /// Requests.
    public var numModelRequests: Int

    enum CodingKeys: String, CodingKey {
        case inputTokens = "input_tokens"
        case numModelRequests = "num_model_requests"
    }
}

/// Image generation usage.
public struct ImagesUsage: Decodable, Sendable, Hashable {
    /// Images made.
    public var images: Int
    /// Requests.
    public var numModelRequests: Int
    /// `image.generation`, `image.edit` or `image.variation`, when grouped by `source`.
    public var source: String?
    /// The size, when grouped by `size`.
    public var size: String?

    enum CodingKeys: String, CodingKey {
        case images, source, size
        case numModelRequests = "num_model_requests"
    }
}

/// Text-to-speech usage.
public struct AudioSpeechesUsage: Decodable, Sendable, Hashable {
    /// Characters spoken.
    public var characters: Int
    /// Requests.
    public var numModelRequests: Int

    enum CodingKeys: String, CodingKey {
        case characters
        case numModelRequests = "num_model_requests"
    }
}

/// Transcription usage.
public struct AudioTranscriptionsUsage: Decodable, Sendable, Hashable {
    /// Seconds transcribed.
    public var seconds: Int
    /// Requests.
    public var numModelRequests: Int

    enum CodingKeys: String, CodingKey {
        case seconds
        case numModelRequests = "num_model_requests"
    }
}

/// Vector store storage.
public struct VectorStoresUsage: Decodable, Sendable, Hashable {
    /// Bytes stored.
    public var usageBytes: Int

    enum CodingKeys: String, CodingKey {
        case usageBytes = "usage_bytes"
    }
}

/// Code interpreter sessions.
public struct CodeInterpreterSessionsUsage: Decodable, Sendable, Hashable {
    /// Sessions.
    public var numSessions: Int

    enum CodingKeys: String, CodingKey {
        case numSessions = "num_sessions"
    }
}

/// File search tool calls.
public struct FileSearchCallsUsage: Decodable, Sendable, Hashable {
    /// Searches run.
    public var numRequests: Int
    /// The vector store, when grouped by `vector_store_id`.
    public var vectorStoreID: String?

    enum CodingKeys: String, CodingKey {
        case numRequests = "num_requests"
        case vectorStoreID = "vector_store_id"
    }
}

/// Web search tool calls.
public struct WebSearchCallsUsage: Decodable, Sendable, Hashable {
    /// Searches run.
    public var numRequests: Int
    /// Model requests that searched.
    public var numModelRequests: Int
    /// The search context size, when grouped by `context_level`.
    public var contextLevel: String?

    enum CodingKeys: String, CodingKey {
        case numRequests = "num_requests"
        case numModelRequests = "num_model_requests"
        case contextLevel = "context_level"
    }
}

/// What was spent in a bucket, on one line item or project.
public struct CostsResult: Decodable, Sendable, Hashable {
    /// The amount.
    public var amount: Amount?
    /// The line item, when grouped by `line_item`.
    public var lineItem: String?
    /// The project, when grouped by `project_id`.
    public var projectID: String?
    /// The API key, when grouped by `api_key_id`.
    public var apiKeyID: String?
    /// The billed quantity, when reported.
    public var quantity: Double?
    /// The quantity's unit, such as `tokens` or `gibibyte_hours`.
    public var quantityUnit: String?

    /// A monetary amount.
    public struct Amount: Decodable, Sendable, Hashable {
        /// The value.
        public var value: Double
        /// The ISO currency code, lowercase (`usd`).
        public var currency: String
    }

    enum CodingKeys: String, CodingKey {
        case amount, quantity
        case lineItem = "line_item"
        case projectID = "project_id"
        case apiKeyID = "api_key_id"
        case quantityUnit = "quantity_unit"
    }
}

/// Which usage endpoint to read: `GET /organization/usage/{kind}`; an open set.
public struct UsageKind: OpenStringEnum {
    /// The path segment, such as `completions`.
    public var rawValue: String
    /// Creates a kind from its path segment.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `completions`.
    public static let completions = Self(rawValue: "completions")
    /// `embeddings`.
    public static let embeddings = Self(rawValue: "embeddings")
    /// `moderations`.
    public static let moderations = Self(rawValue: "moderations")
    /// `images`.
    public static let images = Self(rawValue: "images")
    /// `audio_speeches`.
    public static let audioSpeeches = Self(rawValue: "audio_speeches")
    /// `audio_transcriptions`.
    public static let audioTranscriptions = Self(rawValue: "audio_transcriptions")
    /// `vector_stores`.
    public static let vectorStores = Self(rawValue: "vector_stores")
    /// `code_interpreter_sessions`.
    public static let codeInterpreterSessions = Self(rawValue: "code_interpreter_sessions")
    /// `file_search_calls`.
    public static let fileSearchCalls = Self(rawValue: "file_search_calls")
    /// `web_search_calls`.
    public static let webSearchCalls = Self(rawValue: "web_search_calls")
}

/// A bucket width; an open set.
public struct UsageBucketWidth: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a width from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `1m` (usage only).
    public static let minute = Self(rawValue: "1m")
    /// `1h` (usage only).
    public static let hour = Self(rawValue: "1h")
    /// `1d`, the default.
    public static let day = Self(rawValue: "1d")
}

/// The time range, grouping and filters of a usage or costs query.
///
/// Each endpoint reads the filters it supports (see the spec): `models` and `userIDs` the model endpoints,
/// `batch` completions, `sources` and `sizes` images, `vectorStoreIDs` file search, `contextLevels` web search,
/// `lineItem` grouping costs. Empty filters are not sent.
public struct UsageQuery: Sendable, Hashable {
    /// The start (Unix seconds, inclusive).
    public var startTime: Int
    /// The end (Unix seconds, exclusive); now by default.
    public var endTime: Int?
    /// The bucket width; `1d` by default.
    public var bucketWidth: UsageBucketWidth?
    /// Only these projects.
    public var projectIDs: [String]
    /// Only these users.
    public var userIDs: [String]
    /// Only these API keys.
    public var apiKeyIDs: [String]
    /// Only these models.
    public var models: [String]
    /// Only batch (`true`) or only non-batch (`false`) completions.
    public var batch: Bool?
    /// Only these image sources (`image.generation`, `image.edit`, `image.variation`).
    public var sources: [String]
    /// Only these image sizes (`1024x1024`, …).
    public var sizes: [String]
    /// Only these vector stores (file search).
    public var vectorStoreIDs: [String]
    /// Only these search context sizes (`low`, `medium`, `high`; web search).
    public var contextLevels: [String]
    /// Fields to group results by, such as `project_id`, `model` or `line_item`.
    public var groupBy: [String]
    /// Buckets per page; the API default (7 for `1d`, 24 for `1h`, 60 for `1m`) by default.
    public var limit: Int?

    /// Creates a query from `startTime`; every filter is unset by default.
    public init(
        startTime: Int, endTime: Int? = nil, bucketWidth: UsageBucketWidth? = nil, projectIDs: [String] = [], userIDs: [String] = [],
        apiKeyIDs: [String] = [], models: [String] = [], batch: Bool? = nil, sources: [String] = [], sizes: [String] = [],
        vectorStoreIDs: [String] = [], contextLevels: [String] = [], groupBy: [String] = [], limit: Int? = nil
    ) {
        self.startTime = startTime
        self.endTime = endTime
        self.bucketWidth = bucketWidth
        self.projectIDs = projectIDs
        self.userIDs = userIDs
        self.apiKeyIDs = apiKeyIDs
        self.models = models
        self.batch = batch
        self.sources = sources
        self.sizes = sizes
        self.vectorStoreIDs = vectorStoreIDs
        self.contextLevels = contextLevels
        self.groupBy = groupBy
        self.limit = limit
    }

    func items(page: String?) -> [URLQueryItem] {
        var items = [URLQueryItem(name: "start_time", value: String(startTime))]
        items += ListQuery.item("end_time", endTime.map(String.init)) + ListQuery.item("bucket_width", bucketWidth?.rawValue)
        items += QueryList.items("project_ids", projectIDs) + QueryList.items("user_ids", userIDs) + QueryList.items("api_key_ids", apiKeyIDs)
        items += QueryList.items("models", models) + ListQuery.item("batch", batch.map { String($0) })
        items += QueryList.items("sources", sources) + QueryList.items("sizes", sizes) + QueryList.items("vector_store_ids", vectorStoreIDs)
        items += QueryList.items("context_levels", contextLevels) + QueryList.items("group_by", groupBy)
        return items + ListQuery.item("limit", limit.map(String.init)) + ListQuery.item("page", page)
    }
}
