import Foundation

/// A `multipart/form-data` body: text fields and files, encoded afresh for every attempt.
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
    }

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

    /// Encodes the form.
    ///
    /// - Throws: ``OpenAIError`` (``OpenAIError/Kind/invalidRequest``) when a file cannot be read.
    public func encoded() throws(OpenAIError) -> HTTPRequest.Body {
        var bytes: [UInt8] = []
        for part in parts {
            var head = "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(Self.quoted(part.name))\""
            if let filename = part.filename { head += "; filename=\"\(Self.quoted(filename))\"" }
            head += "\r\n"
            if let contentType = part.contentType { head += "Content-Type: \(contentType)\r\n" }
            head += "\r\n"
            bytes.append(contentsOf: head.utf8)
            switch part.content {
            case .bytes(let content):
                bytes.append(contentsOf: content)
            case .file(let url):
                do {
                    bytes.append(contentsOf: try Data(contentsOf: url))
                } catch {
                    throw OpenAIError(kind: .invalidRequest, message: "cannot read \(url.path): \(error)", underlying: error)
                }
            }
            bytes.append(contentsOf: "\r\n".utf8)
        }
        bytes.append(contentsOf: "--\(boundary)--\r\n".utf8)
        return .bytes(bytes)
    }

    private static func quoted(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\r", with: " ")
            .replacingOccurrences(of: "\n", with: " ")
    }
}
