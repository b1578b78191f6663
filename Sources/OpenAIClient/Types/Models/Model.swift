/// A model the API offers.
public struct Model: Decodable, Sendable, Hashable, Identifiable {
    /// The model id, used in requests.
    public var id: String
    /// The object type, `"model"`.
    public var object: String?
    /// When the model was created, in Unix seconds.
    public var created: Int?
    /// The organization that owns the model.
    public var ownedBy: String?
    /// The announced shutdown date (`YYYY-MM-DD`), if any.
    public var shutdownDate: String?

    /// Creates a model description.
    public init(id: String, object: String? = "model", created: Int? = nil, ownedBy: String? = nil, shutdownDate: String? = nil) {
        self.id = id
        self.object = object
        self.created = created
        self.ownedBy = ownedBy
        self.shutdownDate = shutdownDate
    }

    enum CodingKeys: String, CodingKey {
        case id, object, created
        case ownedBy = "owned_by"
        case shutdownDate = "shutdown_date"
    }
}
