/// Vector store objects as the API returns them.
enum VectorStoreFixtures {
    static func store(id: String = "vs_1", status: String = "completed") -> String {
        #"{"id": "\#(id)", "object": "vector_store", "created_at": 1700000000, "name": "handbook", "usage_bytes": 123, "file_counts": {"in_progress": 0, "completed": 2, "failed": 1, "cancelled": 0, "total": 3}, "status": "\#(status)", "expires_after": {"anchor": "last_active_at", "days": 7}, "expires_at": 1700604800, "last_active_at": 1700000000, "metadata": {"team": "docs"}}"#
    }

    static func file(id: String = "file-1", status: String = "completed", lastError: String = "null", attributes: String = #"{"path": "docs/a.md", "year": 2024, "draft": false}"#) -> String {
        #"{"id": "\#(id)", "object": "vector_store.file", "usage_bytes": 10, "created_at": 1700000000, "vector_store_id": "vs_1", "status": "\#(status)", "last_error": \#(lastError), "chunking_strategy": {"type": "static", "static": {"max_chunk_size_tokens": 800, "chunk_overlap_tokens": 400}}, "attributes": \#(attributes)}"#
    }

    static func batch(id: String = "vsfb_1", status: String = "in_progress", completed: Int = 0, failed: Int = 0, total: Int = 2) -> String {
        #"{"id": "\#(id)", "object": "vector_store.files_batch", "created_at": 1700000000, "vector_store_id": "vs_1", "status": "\#(status)", "file_counts": {"in_progress": \#(total - completed - failed), "completed": \#(completed), "failed": \#(failed), "cancelled": 0, "total": \#(total)}}"#
    }

    static func list(_ items: [String], hasMore: Bool = false, lastID: String? = nil) -> String {
        let last = lastID.map { #""\#($0)""# } ?? "null"
        return #"{"object": "list", "data": [\#(items.joined(separator: ", "))], "first_id": null, "last_id": \#(last), "has_more": \#(hasMore)}"#
    }
}
