import ArgumentParser
import Chunkers
import Foundation

/// A query or question argument, where `-` means "read it from standard input".
enum QueryArgument {
    /// The argument itself, or standard input's text when it is `-`.
    /// - Throws: `ValidationError` when the text read is empty.
    static func resolve(_ argument: String) throws -> String {
        guard argument == "-" else { return argument }
        let data: Data
        do {
            data = try FileHandle.standardInput.readToEndRetryingInterrupts()
        } catch {
            throw ValidationError("Cannot read standard input: \(error.localizedDescription)")
        }
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw ValidationError("Standard input was empty: pipe the text to search for, or pass it as an argument.") }
        return text
    }
}
