/// The answer to `POST /moderations`.
public struct CreateModerationResponse: Decodable, Sendable {
    /// The moderation id.
    public var id: String?
    /// The model used.
    public var model: String?
    /// One result per input.
    public var results: [ModerationResult]
}

/// The classification of one input.
///
/// Categories are kept as dictionaries keyed by the API's names (`"hate"`, `"self-harm/intent"`…), so new
/// categories decode without a library update.
public struct ModerationResult: Decodable, Sendable {
    /// Whether any category was flagged.
    public var flagged: Bool
    /// Per category, whether it was flagged (`nil` where the model does not score it).
    public var categories: [String: Bool?]
    /// Per category, the model's score in 0…1.
    public var categoryScores: [String: Double]
    /// Per category, the input types (`text`, `image`) the score applies to.
    public var categoryAppliedInputTypes: [String: [String]]?

    /// The flagged categories, sorted.
    public var flaggedCategories: [String] {
        categories.compactMap { $0.value == true ? $0.key : nil }.sorted()
    }

    enum CodingKeys: String, CodingKey {
        case flagged, categories
        case categoryScores = "category_scores"
        case categoryAppliedInputTypes = "category_applied_input_types"
    }

    /// Decodes a result, tolerating missing score tables.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        flagged = try container.decodeIfPresent(Bool.self, forKey: .flagged) ?? false
        categories = try container.decodeIfPresent([String: Bool?].self, forKey: .categories) ?? [:]
        categoryScores = try container.decodeIfPresent([String: Double].self, forKey: .categoryScores) ?? [:]
        categoryAppliedInputTypes = try container.decodeIfPresent([String: [String]].self, forKey: .categoryAppliedInputTypes)
    }
}
