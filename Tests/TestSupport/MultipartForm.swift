import Foundation

/// A `multipart/form-data` body split into its parts, for stand-ins that read uploads.
public struct MultipartForm: Sendable {
    /// One part of the form.
    public struct Part: Sendable, Hashable {
        /// The field name (`name=` of `Content-Disposition`).
        public var name: String
        /// The file name, for file parts.
        public var filename: String?
        /// The part's content type, when sent.
        public var contentType: String?
        /// The part's bytes.
        public var body: [UInt8]

        /// The body as UTF-8 text.
        public var text: String { String(decoding: body, as: UTF8.self) }
    }

    /// The parts in order.
    public var parts: [Part]

    /// Parses `request`'s body with the boundary of its `Content-Type`; `nil` when it is not a form.
    public init?(_ request: RecordedRequest) {
        guard let contentType = request.header("Content-Type"), contentType.lowercased().hasPrefix("multipart/form-data"),
              let boundaryRange = contentType.range(of: "boundary=") else { return nil }
        let boundary = contentType[boundaryRange.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
        let delimiter = Array(("--" + boundary).utf8)
        let sections = Self.split(request.body, by: delimiter)
        var parts: [Part] = []
        // The first section is the preamble, the last the epilogue after the closing `--`.
        for section in sections.dropFirst() {
            if section.starts(with: Array("--".utf8)) { break }
            guard let part = Self.part(from: section) else { continue }
            parts.append(part)
        }
        self.parts = parts
    }

    /// The first part named `name`.
    public func part(_ name: String) -> Part? {
        parts.first { $0.name == name }
    }

    private static func part(from section: ArraySlice<UInt8>) -> Part? {
        let separator = Array("\r\n\r\n".utf8)
        guard let headerEnd = firstIndex(of: separator, in: section) else { return nil }
        let headerText = String(decoding: section[section.startIndex..<headerEnd], as: UTF8.self)
        var body = Array(section[(headerEnd + separator.count)...])
        if body.suffix(2) == [13, 10] { body.removeLast(2) }
        var name = ""
        var filename: String?
        var contentType: String?
        for line in headerText.split(whereSeparator: { $0 == "\r\n" || $0 == "\n" }) {
            let lower = line.lowercased()
            if lower.hasPrefix("content-disposition:") {
                name = parameter("name", in: String(line)) ?? ""
                filename = parameter("filename", in: String(line))
            } else if lower.hasPrefix("content-type:") {
                contentType = line.dropFirst("content-type:".count).trimmingCharacters(in: .whitespaces)
            }
        }
        return Part(name: name, filename: filename, contentType: contentType, body: body)
    }

    private static func parameter(_ key: String, in line: String) -> String? {
        for piece in line.split(separator: ";") {
            let trimmed = piece.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix(key + "=") else { continue }
            return String(trimmed.dropFirst(key.count + 1)).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
        return nil
    }

    private static func split(_ bytes: [UInt8], by delimiter: [UInt8]) -> [ArraySlice<UInt8>] {
        var sections: [ArraySlice<UInt8>] = []
        var start = bytes.startIndex
        var searchFrom = start
        while let found = firstIndex(of: delimiter, in: bytes[searchFrom...]) {
            sections.append(bytes[start..<found])
            start = found + delimiter.count
            // Skip the CRLF that ends a delimiter line.
            if bytes[start...].starts(with: [13, 10]) { start += 2 }
            searchFrom = start
        }
        sections.append(bytes[start...])
        return sections
    }

    private static func firstIndex(of needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        var index = haystack.startIndex
        let last = haystack.endIndex - needle.count
        while index <= last {
            if haystack[index] == needle[0], haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
