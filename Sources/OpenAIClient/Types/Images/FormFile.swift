import Foundation

/// A file sent as one part of a `multipart/form-data` request (images, audio): bytes in memory or a local file.
///
/// ```swift
/// let photo = FormFile(fileURL: URL(fileURLWithPath: "otter.png"), contentType: "image/png")
/// let clip = FormFile(filename: "note.m4a", bytes: recording, contentType: "audio/m4a")
/// ```
public struct FormFile: Sendable, Hashable {
    enum Source: Sendable, Hashable {
        case bytes([UInt8])
        case file(URL)
    }

    let source: Source
    /// The file name sent to the server; its extension tells the API the format.
    public var filename: String
    /// The part's content type.
    public var contentType: String

    /// A file held in memory.
    ///
    /// - Parameters:
    ///   - filename: The name sent, such as `otter.png`.
    ///   - bytes: The file's content.
    ///   - contentType: The part's content type; guessed from `filename`'s extension by default
    ///     (`application/octet-stream` when unknown), as ``CreateFileRequest`` does.
    public init(filename: String, bytes: [UInt8], contentType: String? = nil) {
        self.source = .bytes(bytes)
        self.filename = filename
        self.contentType = contentType ?? MediaType.guess(forFilename: filename)
    }

    /// A local file, read each time the request is encoded (so a retried request rereads it).
    ///
    /// - Parameters:
    ///   - fileURL: The file.
    ///   - filename: The name sent; the URL's last path component by default.
    ///   - contentType: The part's content type; guessed from the sent name's extension by default
    ///     (`application/octet-stream` when unknown), as ``CreateFileRequest`` does.
    public init(fileURL: URL, filename: String? = nil, contentType: String? = nil) {
        let name = filename ?? fileURL.lastPathComponent
        self.source = .file(fileURL)
        self.filename = name
        self.contentType = contentType ?? MediaType.guess(forFilename: name)
    }
}

extension MultipartBody {
    mutating func append(name: String, file: FormFile) {
        switch file.source {
        case .bytes(let bytes): append(name: name, filename: file.filename, contentType: file.contentType, bytes: bytes)
        case .file(let url): append(name: name, fileURL: url, filename: file.filename, contentType: file.contentType)
        }
    }

    /// Appends a text field when the value is present.
    mutating func append(name: String, _ value: (some CustomStringConvertible)?) {
        if let value { append(name: name, value: value.description) }
    }
}
