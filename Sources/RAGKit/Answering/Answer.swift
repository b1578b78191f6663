/// Who wrote an answer, as an open set of names.
public struct AnswerMode: RawRepresentable, Sendable, Codable, Hashable, CustomStringConvertible {
    /// The mode's name, e.g. `"chat"`.
    public var rawValue: String
    /// Creates a mode from its name.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// The name.
    public var description: String { rawValue }

    /// Sentences quoted from the sources, offline (``ExtractiveAnswerer``).
    public static let extractive = Self(rawValue: "extractive")
    /// A chat model writing from the sources (``ChatAnswerer``).
    public static let chat = Self(rawValue: "chat")
    /// A remote retrieval service (e.g. a mirrored OpenAI vector store).
    public static let remote = Self(rawValue: "remote")
    /// A model answering through the OpenAI Responses API with `file_search` over the index's mirrored vector store
    /// (``ResponsesAnswerer``).
    public static let responses = Self(rawValue: "responses")
}

/// A numbered source given to an answer generator, and cited back in the answer as `[number]`.
public struct Citation: Sendable, Codable, Hashable {
    /// The source number, from 1, as the answer cites it.
    public var number: Int
    /// The document path relative to the indexed folder.
    public var path: String
    /// The headings above the passage, outermost first.
    public var headingPath: [String]
    /// The page number, for paged formats.
    public var page: Int?
    /// The passage.
    public var text: String

    /// Creates a citation.
    public init(number: Int, path: String, headingPath: [String], page: Int?, text: String) {
        self.number = number
        self.path = path
        self.headingPath = headingPath
        self.page = page
        self.text = text
    }
}

/// A finished answer.
public struct Answer: Sendable, Codable, Hashable {
    /// The question asked.
    public var question: String
    /// The answer text with its `[n]` markers.
    public var text: String
    /// Who wrote it.
    public var mode: AnswerMode
    /// The sources the text cites, in order of number. Numbers are those of the sources in
    /// ``AnswerEvent/started(mode:sources:)``, so the streamed text and this list always agree;
    /// sources given but not cited are left out.
    public var citations: [Citation]
    /// Markers the writer used that name no source (a chat model inventing `[7]` with five sources); they are
    /// removed from ``text`` and listed here so a front end can say so.
    public var unknownCitations: [Int]

    /// Creates an answer.
    public init(question: String, text: String, mode: AnswerMode, citations: [Citation], unknownCitations: [Int] = []) {
        self.question = question
        self.text = text
        self.mode = mode
        self.citations = citations
        self.unknownCitations = unknownCitations
    }
}

/// What ``RAG/ask(_:using:options:)`` streams: `started` once, `text` pieces as they arrive, `finished` once.
public enum AnswerEvent: Sendable {
    /// Retrieval is done; these numbered sources go to the generator (empty when nothing matched).
    case started(mode: AnswerMode, sources: [Citation])
    /// A piece of answer text.
    case text(String)
    /// The whole answer with the sources it cites.
    case finished(Answer)
}

/// Options of one question.
public struct AskOptions: Sendable {
    /// The retrieval of sources (default: hybrid, 6 passages).
    public var search = SearchOptions(k: 6)
    /// The most tokens the numbered sources may take (default 6000).
    public var promptTokenBudget = 6000

    /// Creates options.
    /// - Parameters:
    ///   - search: The retrieval (default hybrid, k = 6).
    ///   - promptTokenBudget: The token budget for sources (default 6000).
    public init(search: SearchOptions = SearchOptions(k: 6), promptTokenBudget: Int = 6000) {
        self.search = search
        self.promptTokenBudget = promptTokenBudget
    }
}
