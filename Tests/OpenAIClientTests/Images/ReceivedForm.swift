import Foundation
import TestSupport

/// A `multipart/form-data` body as the test server received it, split into its parts.
struct ReceivedForm {
    struct Part: Equatable {
        var name: String
        var filename: String?
        var contentType: String?
        var content: [UInt8]
        var text: String { String(decoding: content, as: UTF8.self) }
    }

    var parts: [Part] = []

    /// Parses the request's body with the boundary from its `Content-Type`; `nil` when it is not multipart.
    init?(_ request: RecordedRequest) {
        guard let type = request.header("Content-Type"), type.hasPrefix("multipart/form-data; boundary="),
              let boundary = type.split(separator: "=", maxSplits: 1).last else { return nil }
        let delimiter = Array("--\(boundary)".utf8)
        var chunks: [[UInt8]] = []
        var start = 0
        var index = 0
        let body = request.body
        while index + delimiter.count <= body.count {
            if Array(body[index..<index + delimiter.count]) == delimiter {
                chunks.append(Array(body[start..<index]))
                index += delimiter.count
                start = index
            } else {
                index += 1
            }
        }
        for chunk in chunks.dropFirst() {
            guard chunk.count > 4, chunk.starts(with: Array("\r\n".utf8)) else { continue }
            let separator = Array("\r\n\r\n".utf8)
            guard let headEnd = (0...(chunk.count - separator.count)).first(where: { Array(chunk[$0..<$0 + separator.count]) == separator }) else { continue }
            let head = String(decoding: chunk[2..<headEnd], as: UTF8.self)
            let content = Array(chunk[(headEnd + separator.count)..<(chunk.count - 2)])
            var part = Part(name: "", content: content)
            for line in head.components(separatedBy: "\r\n") {
                if line.hasPrefix("Content-Type: ") { part.contentType = String(line.dropFirst("Content-Type: ".count)) }
                if line.hasPrefix("Content-Disposition: ") {
                    part.name = Self.quotedValue("name", in: line) ?? ""
                    part.filename = Self.quotedValue("filename", in: line)
                }
            }
            parts.append(part)
        }
    }

    private static func quotedValue(_ key: String, in line: String) -> String? {
        guard let range = line.range(of: "; \(key)=\"") else { return nil }
        let rest = line[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    /// The text fields, in order, as `name=value`.
    var fields: [String] {
        parts.filter { $0.filename == nil }.map { "\($0.name)=\($0.text)" }
    }

    /// The file parts.
    var files: [Part] { parts.filter { $0.filename != nil } }
}
