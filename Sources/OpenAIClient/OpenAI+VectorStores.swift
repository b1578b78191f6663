extension OpenAI {
    /// Vector stores: `/vector_stores`, with ``VectorStores/files``, ``VectorStores/fileBatches`` and
    /// ``VectorStores/search(vectorStoreID:_:options:)``.
    public var vectorStores: VectorStores { VectorStores(client: self) }
}
