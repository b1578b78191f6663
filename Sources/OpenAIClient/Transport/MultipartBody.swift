import Foundation

/// A `multipart/form-data` body: text fields and files, encoded afresh for every attempt.
///
/// A form with a file part read from disk is sent as a stream with a known length: the file is read in
/// `chunkSize` pieces as the connection takes them, so uploading a large file does not hold it in memory.
///
/// ```swift
/// var form = MultipartBody()
/// form.append(name: "purpose", value: "assistants")
/// form.append(name: "file", fileURL: url, contentType: "text/markdown")
/// ```
public struct MultipartBody: Sendable {
    enum Content: Sendable {
        case bytes([UInt8])
        case file(URL)
        /// A byte range of a file (an upload part).
        case fileRange(URL, Range<Int>)
    }

    /// The size of the pieces a file part is read in.
    static let chunkSize = 1 << 20

    struct Part: Sendable {
        var name: String
        var filename: String?
        var contentType: String?
        var content: Content
    }

    /// The boundary between parts.
    public let boundary: String
    private(set) var parts: [Part] = []

    /// Creates an empty form.
    ///
    /// - Parameter boundary: The part separator; a random one by default.
    public init(boundary: String = "ragkit-" + UUID().uuidString) {
        self.boundary = boundary
    }

    /// The `Content-Type` header value, boundary included.
    public var contentType: String { "multipart/form-data; boundary=\(boundary)" }

    /// Appends a text field.
    public mutating func append(name: String, value: String) {
        parts.append(Part(name: name, content: .bytes(Array(value.utf8))))
    }

    /// Appends a field (not a file) whose part declares a content type, such as `application/json`.
    public mutating func append(name: String, value: String, contentType: String) {
        parts.append(Part(name: name, contentType: contentType, content: .bytes(Array(value.utf8))))
    }

    /// Appends a file held in memory.
    public mutating func append(name: String, filename: String, contentType: String = "application/octet-stream", bytes: [UInt8]) {
        parts.append(Part(name: name, filename: filename, contentType: contentType, content: .bytes(bytes)))
    }

    /// Appends a file read from disk each time the body is encoded (so a retried upload rereads it).
    ///
    /// - Parameters:
    ///   - name: The form field name.
    ///   - fileURL: The local file.
    ///   - filename: The name sent to the server; the URL's last path component by default.
    ///   - contentType: The part's content type; `application/octet-stream` by default.
    public mutating func append(name: String, fileURL: URL, filename: String? = nil, contentType: String = "application/octet-stream") {
        parts.append(Part(name: name, filename: filename ?? fileURL.lastPathComponent, contentType: contentType, content: .file(fileURL)))
    }

    /// Appends a byte range of a file, read from disk each time the body is encoded.
    mutating func append(name: String, fileURL: URL, range: Range<Int>, filename: String, contentType: String = "application/octet-stream") {
        parts.append(Part(name: name, filename: filename, contentType: contentType, content: .fileRange(fileURL, range)))
    }

    /// Appends extra fields (``RequestOptions/extraBody``) as text fields: strings as they are, numbers and
    /// booleans as JSON text, an array of those as repeated `name[]` fields, objects as JSON text; `null` is skipped.
    mutating func append(extraFields: [String: JSONValue]) {
        for (name, value) in extraFields.sorted(by: { $0.key < $1.key }) {
            switch value {
            case .null: continue
            case .string(let text): append(name: name, value: text)
            case .array(let items) where items.allSatisfy({ $0.objectValue == nil && $0.arrayValue == nil }):
                for item in items { append(name: name + "[]", value: Self.text(of: item)) }
            default: append(name: name, value: Self.text(of: value))
            }
        }
    }

    private static func text(of value: JSONValue) -> String {
        if let text = value.stringValue { return text }
        return (try? JSONBody.encoder().encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// Encodes the form: bytes in memory when every part is, else a stream that reads file parts from disk.
    ///
    /// - Throws: ``OpenAIError`` (``OpenAIError/Kind/invalidRequest``) when a file cannot be read.
    public func encoded() throws(OpenAIError) -> HTTPRequest.Body {
        var segments: [Segment] = []
        var pending: [UInt8] = []
        var length = 0
        func flush() {
            if !pending.isEmpty { segments.append(.bytes(pending)) }
            length += pending.count
            pending = []
        }
        for part in parts {
            pending.append(contentsOf: head(of: part).utf8)
            switch part.content {
            case .bytes(let content):
                pending.append(contentsOf: content)
            case .file(let url):
                flush()
                let size = try Self.size(of: url)
                segments.append(.file(url, 0..<size))
                length += size
            case .fileRange(let url, let range):
                flush()
                segments.append(.file(url, range))
                length += range.count
            }
            pending.append(contentsOf: "\r\n".utf8)
        }
        pending.append(contentsOf: "--\(boundary)--\r\n".utf8)
        flush()
        if segments.count == 1, case .bytes(let bytes) = segments[0] { return .bytes(bytes) }
        let plan = segments
        return .stream(length: length) {
            // The transport pulls one piece at a time, so at most one piece per part is in memory.
            let reader = SegmentReader(plan)
            return AsyncThrowingStream(unfolding: { try reader.next() })
        }
    }

    private func head(of part: Part) -> String {
        var head = "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(Self.quoted(part.name))\""
        if let filename = part.filename { head += "; filename=\"\(Self.quoted(filename))\"" }
        head += "\r\n"
        if let contentType = part.contentType { head += "Content-Type: \(contentType)\r\n" }
        head += "\r\n"
        return head
    }

    static func size(of url: URL) throws(OpenAIError) -> Int {
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            guard let size = (attributes[.size] as? NSNumber)?.intValue else {
                throw OpenAIError(kind: .invalidRequest, message: "cannot read the size of \(url.path)")
            }
            return size
        } catch let error as OpenAIError {
            throw error
        } catch {
            throw OpenAIError(kind: .invalidRequest, message: "cannot read \(url.path): \(error)", underlying: error)
        }
    }

    /// One piece of an encoded form: bytes, or a byte range read from a file when sent.
    enum Segment: Sendable {
        case bytes([UInt8])
        case file(URL, Range<Int>)
    }

    /// Reads the segments in order, files in ``chunkSize`` pieces; one reader per attempt, read by one task.
    final class SegmentReader: @unchecked Sendable {
        private var segments: ArraySlice<Segment>
        private var handle: FileHandle?
        private var remaining = 0
        private var current: URL?

        init(_ segments: [Segment]) { self.segments = segments[...] }

        /// The next piece, or `nil` at the end.
        func next() throws -> [UInt8]? {
            while true {
                if let handle, let url = current {
                    if remaining > 0 {
                        let data = try handle.read(upToCount: min(remaining, MultipartBody.chunkSize)) ?? Data()
                        guard !data.isEmpty else {
                            try? handle.close()
                            self.handle = nil
                            throw OpenAIError(kind: .invalidRequest, message: "\(url.path) changed size during the upload")
                        }
                        remaining -= data.count
                        return Array(data)
                    }
                    try? handle.close()
                    self.handle = nil
                    current = nil
                }
                guard let segment = segments.popFirst() else { return nil }
                switch segment {
                case .bytes(let bytes):
                    return bytes
                case .file(let url, let range):
                    do {
                        let handle = try FileHandle(forReadingFrom: url)
                        try handle.seek(toOffset: UInt64(range.lowerBound))
                        self.handle = handle
                    } catch {
                        throw OpenAIError(kind: .invalidRequest, message: "cannot read \(url.path): \(error)", underlying: error)
                    }
                    current = url
                    remaining = range.count
                }
            }
        }
    }

    private static func quoted(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\r", with: " ")
            .replacingOccurrences(of: "\n", with: " ")
    }
}
