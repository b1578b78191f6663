
extension KeyedDecodingContainer {
    /// One string or an array of strings, as OpenAI's `input` and `query` fields take them.
    func decodeStrings(forKey key: Key) throws -> [String] {
        if let one = try? decode(String.self, forKey: key) { return [one] }
        return try decode([String].self, forKey: key)
    }
}
