/// The answer to a `DELETE`: `{"id", "object", "deleted"}`.
public struct DeletionStatus: Decodable, Sendable, Hashable {
    /// The deleted object's id.
    public var id: String
    /// The object type, such as `"model"` or `"file"`.
    public var object: String?
    /// Whether the object was deleted.
    public var deleted: Bool

    /// Creates a status.
    public init(id: String, object: String? = nil, deleted: Bool) {
        self.id = id
        self.object = object
        self.deleted = deleted
    }
}
