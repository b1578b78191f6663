/// A project's permission to use a fine-tuned model checkpoint.
public struct CheckpointPermission: Decodable, Sendable, Hashable, Identifiable {
    /// The permission id.
    public var id: String
    /// The object type, `checkpoint.permission`.
    public var object: String?
    /// When it was granted (Unix seconds).
    public var createdAt: Int
    /// The project it was granted to.
    public var projectID: String

    enum CodingKeys: String, CodingKey {
        case id, object
        case createdAt = "created_at"
        case projectID = "project_id"
    }
}

/// The body of ``FineTuningCheckpointPermissions/create(checkpoint:projectIDs:options:)``.
struct CreateCheckpointPermissionRequest: Encodable, Sendable, Hashable {
    var projectIDs: [String]

    enum CodingKeys: String, CodingKey {
        case projectIDs = "project_ids"
    }
}

/// The order of checkpoint permissions; an open set.
public struct CheckpointPermissionOrder: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates an order from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `ascending`.
    public static let ascending = Self(rawValue: "ascending")
    /// `descending`, the default.
    public static let descending = Self(rawValue: "descending")
}
