import Chunkers

/// The chat prompt of an answer: instructions, then numbered sources within a token budget, then the question.
struct ChatPrompt: Sendable, Hashable {
    static let instructions = """
        You answer questions using only the numbered sources below. Cite the source of every statement \
        with its number in square brackets, like [1] or [2][3]. If the sources do not contain the answer, \
        say plainly that the indexed documents do not contain it; do not guess or use outside knowledge. \
        Be concise.
        """

    /// The system message.
    var system: String
    /// The user message: sources and question.
    var user: String
    /// How many of the given sources fit the budget (the first ones).
    var sourcesUsed: Int

    /// Builds the prompt, keeping sources in order while the whole prompt fits `budget` tokens
    /// (the first source is always kept).
    init(question: String, sources: [Citation], tokenizer: any Tokenizer, budget: Int) {
        system = Self.instructions
        let questionPart = "Question: \(question)"
        var used = tokenizer.count(system) + tokenizer.count(questionPart) + 16
        var blocks: [String] = []
        for source in sources {
            let block = Self.block(for: source)
            let cost = tokenizer.count(block) + 2
            if !blocks.isEmpty, used + cost > budget { break }
            used += cost
            blocks.append(block)
        }
        sourcesUsed = blocks.count
        user = "Sources:\n\n" + blocks.joined(separator: "\n\n") + "\n\n" + questionPart
    }

    /// `[n] path › heading (page p)` then the passage.
    static func block(for source: Citation) -> String {
        var header = "[\(source.number)] \(source.path)"
        if !source.headingPath.isEmpty { header += " › " + source.headingPath.joined(separator: " › ") }
        if let page = source.page { header += " (page \(page))" }
        return header + "\n" + source.text
    }
}
