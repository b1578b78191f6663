/// The create, retrieve, update, delete and list calls of an administration collection at `path`, shared by the
/// collections that exist once for the organization and once per project (roles, spend alerts).
struct CollectionCalls<Item: Decodable & Sendable & Identifiable, Create: Encodable & Sendable, Update: Encodable & Sendable>: Sendable
    where Item.ID == String
{
    let client: OpenAI
    let path: String

    func item(_ id: String) -> String { path + "/" + APIRequest.segment(id) }

    func create(_ request: Create, options: RequestOptions) async throws(OpenAIError) -> Item {
        try await client.send(.post(path, json: request, options: options))
    }

    func retrieve(_ id: String, options: RequestOptions) async throws(OpenAIError) -> Item {
        try await client.send(.get(item(id), options: options))
    }

    func update(_ id: String, _ request: Update, options: RequestOptions) async throws(OpenAIError) -> Item {
        try await client.send(.post(item(id), json: request, options: options))
    }

    func delete(_ id: String, options: RequestOptions) async throws(OpenAIError) -> DeletionStatus {
        try await client.send(.delete(item(id), options: options))
    }

    func list(limit: Int?, after: String?, before: String? = nil, order: ListOrder?, options: RequestOptions) async throws(OpenAIError) -> Page<Item> {
        try await client.send(.get(path, query: AdminPath.listQuery(limit: limit, after: after, order: order, before: before), options: options))
    }

    func listAll(limit: Int?, order: ListOrder?, options: RequestOptions) -> PageSequence<Item> {
        PageSequence(cursor: \.id) { after throws(OpenAIError) in try await list(limit: limit, after: after, order: order, options: options) }
    }
}
