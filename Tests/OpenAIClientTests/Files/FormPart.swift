import Foundation
import TestSupport

/// One part of a recorded `multipart/form-data` body.
struct FormPart: Sendable, Hashable {
    var name: String
    var filename: String?
    var contentType: String?
    var bytes: [UInt8]

    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Splits a body into form parts, using the boundary of `contentType`; empty when it is not a form.
    static func parse(_ body: [UInt8], contentType: String?) -> [FormPart] {
        guard let contentType, contentType.hasPrefix("multipart/form-data; boundary="),
              let boundary = contentType.split(separator: "=", maxSplits: 1).last else { return [] }
        let delimiter = Array("\r\n--\(boundary)".utf8)
        let bytes = Array("\r\n".utf8) + body
        var starts: [Int] = []
        var index = 0
        while index + delimiter.count <= bytes.count {
            if Array(bytes[index..<index + delimiter.count]) == delimiter {
                starts.append(index)
                index += delimiter.count
            } else {
                index += 1
            }
        }
        return zip(starts, starts.dropFirst()).compactMap { start, end in
            let part = Array(bytes[(start + delimiter.count + 2)..<end])
            let separator = Array("\r\n\r\n".utf8)
            guard let headEnd = (0...(part.count - separator.count)).first(where: { Array(part[$0..<$0 + separator.count]) == separator }) else { return nil }
            let head = String(decoding: part[..<headEnd], as: UTF8.self)
            let content = Array(part[(headEnd + separator.count)...])
            func value(_ key: String) -> String? {
                guard let range = head.range(of: "\(key)=\"") else { return nil }
                return String(head[range.upperBound...].prefix { $0 != "\"" })
            }
            let type = head.split(separator: "\r\n").first { $0.lowercased().hasPrefix("content-type:") }
                .map { $0.dropFirst("content-type:".count).trimmingCharacters(in: .whitespaces) }
            return FormPart(name: value("name") ?? "", filename: value("filename"), contentType: type, bytes: content)
        }
    }
}

extension RecordedRequest {
    /// The body split into form parts; empty when it is not a form.
    var formParts: [FormPart] {
        FormPart.parse(body, contentType: header("Content-Type"))
    }

    /// The text of the form field `name`.
    func formField(_ name: String) -> String? {
        formParts.first { $0.name == name }?.text
    }
}

/// A temporary directory, removed when the test ends.
struct TemporaryDirectory: ~Copyable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("ragkit-openai-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes `bytes` to `name` and returns its URL.
    func write(_ name: String, _ bytes: [UInt8]) throws -> URL {
        let file = url.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return file
    }

    /// Writes `text` to `name` and returns its URL.
    func write(_ name: String, text: String) throws -> URL {
        try write(name, Array(text.utf8))
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// A file object as the API returns it.
func fileJSON(id: String, filename: String = "notes.md", bytes: Int = 8, purpose: String = "assistants") -> String {
    #"{"id": "\#(id)", "object": "file", "bytes": \#(bytes), "created_at": 1700000000, "filename": "\#(filename)", "purpose": "\#(purpose)", "status": "processed"}"#
}
