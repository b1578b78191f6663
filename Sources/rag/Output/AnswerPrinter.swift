import RAGKit
import RAGServer

/// Prints a `rag ask` answer as it streams: the text as it arrives, then the cited sources and the mode used;
/// or, with `--json`, one object at the end.
struct AnswerPrinter {
    var output: StandardStreams
    var json: Bool
    /// Whether a remote provider is configured, so the extractive footnote does not ask for one that is set.
    var hasRemoteProvider = false

    /// Prints what `event` adds to the answer.
    func handle(_ event: AnswerEvent) throws {
        switch event {
        case .started:
            break
        case .text(let text):
            if !json { output.write(text) }
        case .finished(let answer):
            if json {
                try JSONOutput.write(AskOutput(answer), to: output)
            } else {
                printSources(of: answer)
            }
        }
    }

    private func printSources(of answer: Answer) {
        output.writeLine()
        if !answer.citations.isEmpty {
            output.writeLine()
            output.writeLine("Sources:")
            for citation in answer.citations {
                output.writeLine("  [\(citation.number)] \(Format.source(path: citation.path, headingPath: citation.headingPath, page: citation.page))")
            }
        }
        output.writeLine()
        output.writeLine("(\(Self.describe(answer.mode, hasRemoteProvider: hasRemoteProvider)))")
        if !answer.unknownCitations.isEmpty {
            let markers = answer.unknownCitations.map { "[\($0)]" }.joined(separator: ", ")
            output.writeLine("(note: the answer cited \(markers), which names no source; ignore it)")
        }
    }

    /// Says which mode answered, and how to get the other one.
    static func describe(_ mode: AnswerMode, hasRemoteProvider: Bool) -> String {
        switch mode {
        case .extractive where hasRemoteProvider: "extractive answer: quoted from the passages, offline; --answerer chat for a chat answer"
        case .extractive: "extractive answer: quoted from the passages, offline; set OPENAI_API_KEY or --base-url for a chat answer"
        case .chat: "chat answer: written by the chat model from the passages"
        case .responses: "responses answer: written by the model from the files it found in the mirrored vector store"
        default: "\(mode.rawValue) answer"
        }
    }
}
