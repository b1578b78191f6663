import ArgumentParser
import Chunkers
import Foundation

extension RAGCommand {
    /// `rag tokens`: counts or lists the BPE tokens of files or stdin.
    struct Tokens: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Count the tokens of files (or stdin) as OpenAI models see them, or print the token ids.",
            discussion: "Prints `COUNT PATH` per file (and a total for several), just the count for stdin, or with --ids one JSON array of ids per input."
        )

        @Option(
            help: ArgumentHelp(
                "The BPE encoding: cl100k_base (text-embedding-3-*, gpt-4) or o200k_base (gpt-4o and later).",
                valueName: "cl100k_base|o200k_base"
            )
        )
        var encoding = BPEEncoding.cl100kBase.rawValue

        @Flag(help: "Print the token ids as a JSON array (one line per input) instead of counts.")
        var ids = false

        @Argument(help: ArgumentHelp("The files to read; stdin when none is given.", valueName: "file"))
        var files: [String] = []

        func validate() throws {
            let known = BPEEncoding.known.map(\.rawValue)
            guard known.contains(encoding) else {
                throw ValidationError("--encoding must be one of \(known.joined(separator: ", ")).")
            }
        }

        func run() throws {
            let tokenizer = try BPETokenizer.load(BPEEncoding(rawValue: encoding))
            let output = StandardStreams.output
            guard !files.isEmpty else {
                let text = String(decoding: try FileHandle.standardInput.readToEndRetryingInterrupts(), as: UTF8.self)
                output.writeLine(ids ? Self.jsonArray(tokenizer.encode(text)) : String(tokenizer.count(text)))
                return
            }
            var total = 0
            for file in files {
                let text = try Self.read(file)
                if ids {
                    output.writeLine(Self.jsonArray(tokenizer.encode(text)))
                } else {
                    let count = tokenizer.count(text)
                    total += count
                    output.writeLine("\(count) \(file)")
                }
            }
            if !ids, files.count > 1 { output.writeLine("\(total) total") }
        }

        private static func read(_ file: String) throws(CommandFailure) -> String {
            guard let data = FileManager.default.contents(atPath: file) else {
                let reason = FileManager.default.fileExists(atPath: file) ? "it cannot be read (check its permissions)" : "no such file"
                throw CommandFailure(message: "cannot read \(file): \(reason)", exitCode: ExitStatus.failure)
            }
            return String(decoding: data, as: UTF8.self)
        }

        private static func jsonArray(_ ids: [Int]) -> String {
            "[" + ids.map(String.init).joined(separator: ",") + "]"
        }
    }
}
