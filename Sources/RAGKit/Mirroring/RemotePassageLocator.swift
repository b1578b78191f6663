/// Finds where a passage the vector store returned sits in the local index, so that a remote hit carries the
/// heading path, page and chunk position a local hit would.
///
/// The store chunks files its own way and extracts their text its own way, so a remote passage rarely equals a
/// local chunk. It is located by up to three short excerpts of it (start, middle, end; whitespace collapsed on both
/// sides): the first local chunk of the same document that contains the first excerpt found gives the position.
struct RemotePassageLocator {
    let storage: any IndexStorage

    /// The length of one excerpt, in characters: long enough to be unique in a document, short enough to fall within
    /// one local chunk.
    static let excerptLength = 64

    /// `hits` with the heading path, page and chunk index of the local chunk each passage starts in, where found.
    func locate(_ hits: [SearchHit]) async throws(RAGError) -> [SearchHit] {
        var chunksByPath: [String: [(chunk: StoredChunk, text: String)]] = [:]
        var located = hits
        for index in located.indices {
            let path = located[index].path
            if chunksByPath[path] == nil {
                chunksByPath[path] = try await storage.chunks(documentPath: path).map { ($0, Self.collapsingWhitespace($0.text)) }
            }
            guard let chunk = Self.chunk(containing: located[index].text, in: chunksByPath[path] ?? []) else { continue }
            located[index].headingPath = chunk.headingPath
            located[index].page = chunk.page
            located[index].chunkIndex = chunk.ordinal
        }
        return located
    }

    /// The first of `chunks` (with their whitespace-collapsed texts) that contains an excerpt of `passage`.
    static func chunk(containing passage: String, in chunks: [(chunk: StoredChunk, text: String)]) -> StoredChunk? {
        for excerpt in excerpts(of: collapsingWhitespace(passage)) {
            if let match = chunks.first(where: { $0.text.contains(excerpt) }) { return match.chunk }
        }
        return nil
    }

    /// The start, middle and end of `text`, ``excerptLength`` characters each; the whole text when it is shorter.
    static func excerpts(of text: String) -> [String] {
        let characters = Array(text)
        guard characters.count > excerptLength else { return text.isEmpty ? [] : [text] }
        let last = characters.count - excerptLength
        return [0, last / 2, last].map { String(characters[$0..<($0 + excerptLength)]) }
    }

    /// `text` with every run of whitespace (line breaks included) turned into one space, and none at either end.
    static func collapsingWhitespace(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
