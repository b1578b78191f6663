/// The answer to a `DELETE` that may not echo an id: `{"object", "deleted"}` (a membership or assignment removed).
public struct RemovalStatus: Decodable, Sendable, Hashable {
    /// The object type, such as `group.user.deleted`.
    public var object: String?
    /// The removed object's id, when sent.
    public var id: String?
    /// Whether it was removed.
    public var deleted: Bool

    /// Creates a status.
    public init(object: String? = nil, id: String? = nil, deleted: Bool) {
        self.object = object
        self.id = id
        self.deleted = deleted
    }
}
