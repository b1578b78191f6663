import Foundation
import RAGServer

/// Writes one JSON object as one line on stdout, encoded as the server encodes it (``OutputFormat/json(_:)``).
enum JSONOutput {
    /// Encodes `value` compactly, keys sorted, and writes it followed by a newline.
    static func write(_ value: some Encodable, to stream: StandardStreams) throws {
        stream.writeLine(String(decoding: try OutputFormat.json(value), as: UTF8.self))
    }
}
