import Foundation

/// The conversations endpoint group: ``OpenAI/conversations``.
///
/// ```swift
/// let conversation = try await client.conversations.create(CreateConversationRequest(metadata: ["topic": "demo"]))
/// var request = CreateResponseRequest(model: "gpt-5", input: "Hello")
/// request.conversation = ConversationReference(id: conversation.id)
/// _ = try await client.responses.create(request)
/// for try await item in client.conversations.items.listAll(conversationID: conversation.id) { print(item.type) }
/// ```
///
/// ## Topics
/// ### Conversations
/// - ``create(_:options:)``
/// - ``retrieve(_:options:)``
/// - ``update(_:_:options:)``
/// - ``delete(_:options:)``
/// ### Items
/// - ``items``
public struct Conversations: Sendable {
    let client: OpenAI

    /// A conversation's items: `/conversations/{conversation_id}/items`.
    public var items: ConversationItems { ConversationItems(client: client) }

    /// Creates a conversation.
    ///
    /// `POST /conversations`.
    ///
    /// - Parameters:
    ///   - request: Initial items and metadata; none by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The conversation.
    /// - Throws: ``OpenAIError``.
    public func create(_ request: CreateConversationRequest = CreateConversationRequest(), options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Conversation {
        try await client.send(.post("/conversations", json: request, options: options))
    }

    /// Retrieves a conversation.
    ///
    /// `GET /conversations/{conversation_id}`.
    ///
    /// - Parameters:
    ///   - conversationID: The conversation id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The conversation.
    /// - Throws: ``OpenAIError`` (status 404 for an unknown id).
    public func retrieve(_ conversationID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Conversation {
        try await client.send(.get(Self.path(conversationID), options: options))
    }

    /// Replaces a conversation's metadata.
    ///
    /// `POST /conversations/{conversation_id}`.
    ///
    /// - Parameters:
    ///   - conversationID: The conversation id.
    ///   - request: The new metadata.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The updated conversation.
    /// - Throws: ``OpenAIError``.
    public func update(_ conversationID: String, _ request: UpdateConversationRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Conversation {
        try await client.send(.post(Self.path(conversationID), json: request, options: options))
    }

    /// Deletes a conversation; its items are not deleted.
    ///
    /// `DELETE /conversations/{conversation_id}`.
    ///
    /// - Parameters:
    ///   - conversationID: The conversation id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The deletion status (`conversation.deleted`).
    /// - Throws: ``OpenAIError``.
    @discardableResult
    public func delete(_ conversationID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> DeletionStatus {
        try await client.send(.delete(Self.path(conversationID), options: options))
    }

    static func path(_ conversationID: String) -> String {
        "/conversations/" + APIRequest.segment(conversationID)
    }
}

/// A conversation's items: ``Conversations/items``.
public struct ConversationItems: Sendable {
    let client: OpenAI

    /// Adds items to a conversation.
    ///
    /// `POST /conversations/{conversation_id}/items`.
    ///
    /// - Parameters:
    ///   - conversationID: The conversation id.
    ///   - items: The items, at most 20.
    ///   - include: Extra output to include; none by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The added items.
    /// - Throws: ``OpenAIError``.
    public func create(
        conversationID: String, items: [ResponseItem], include: [ResponseInclude] = [], options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> ConversationItemList {
        try await client.send(.post(
            Conversations.path(conversationID) + "/items", json: CreateConversationItemsRequest(items: items),
            query: Responses.includeItems(include), options: options))
    }

    /// Lists a conversation's items.
    ///
    /// `GET /conversations/{conversation_id}/items`.
    ///
    /// - Parameters:
    ///   - conversationID: The conversation id.
    ///   - limit: Items per page, 1 to 100; the API's default (20) when `nil`.
    ///   - order: `asc` or `desc` (the default).
    ///   - after: The item id to list after.
    ///   - include: Extra output to include; none by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: One page of items.
    /// - Throws: ``OpenAIError``.
    public func list(
        conversationID: String, limit: Int? = nil, order: ListOrder? = nil, after: String? = nil,
        include: [ResponseInclude] = [], options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> ConversationItemList {
        let query = ListQuery(limit: limit, order: order, after: after).items + Responses.includeItems(include)
        return try await client.send(.get(Conversations.path(conversationID) + "/items", query: query, options: options))
    }

    /// Every item of a conversation, fetched page by page as iteration reaches it.
    ///
    /// - Parameters:
    ///   - conversationID: The conversation id.
    ///   - order: `asc` or `desc` (the default).
    ///   - pageSize: Items per request; the API's default when `nil`.
    ///   - options: Per-call overrides for every page request; none by default.
    /// - Returns: A sequence that throws ``OpenAIError``.
    public func listAll(conversationID: String, order: ListOrder? = nil, pageSize: Int? = nil, options: RequestOptions = RequestOptions()) -> PageSequence<ResponseItem> {
        PageSequence(cursor: { $0.id ?? "" }) { after throws(OpenAIError) in
            try await list(conversationID: conversationID, limit: pageSize, order: order, after: after, options: options)
        }
    }

    /// Retrieves one item of a conversation.
    ///
    /// `GET /conversations/{conversation_id}/items/{item_id}`.
    ///
    /// - Parameters:
    ///   - itemID: The item id.
    ///   - conversationID: The conversation id.
    ///   - include: Extra output to include; none by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The item.
    /// - Throws: ``OpenAIError`` (status 404 for an unknown id).
    public func retrieve(_ itemID: String, conversationID: String, include: [ResponseInclude] = [], options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> ResponseItem {
        try await client.send(.get(Self.path(conversationID, itemID), query: Responses.includeItems(include), options: options))
    }

    /// Deletes one item of a conversation.
    ///
    /// `DELETE /conversations/{conversation_id}/items/{item_id}`.
    ///
    /// - Parameters:
    ///   - itemID: The item id.
    ///   - conversationID: The conversation id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The conversation, without the item.
    /// - Throws: ``OpenAIError``.
    @discardableResult
    public func delete(_ itemID: String, conversationID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Conversation {
        try await client.send(.delete(Self.path(conversationID, itemID), options: options))
    }

    static func path(_ conversationID: String, _ itemID: String) -> String {
        Conversations.path(conversationID) + "/items/" + APIRequest.segment(itemID)
    }
}
