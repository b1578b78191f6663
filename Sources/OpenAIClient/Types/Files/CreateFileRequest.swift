import Foundation

/// The body of `POST /files`: the file, its purpose and an optional expiry, sent as `multipart/form-data`.
///
/// ```swift
/// let request = CreateFileRequest(fileURL: URL(fileURLWithPath: "notes.md"), purpose: .assistants)
/// let file = try await client.files.create(request)
/// ```
public struct CreateFileRequest: Sendable {
    /// Where the file's bytes come from.
    public enum Source: Sendable, Hashable {
        /// A local file, read afresh for every attempt (so a retried upload sends it whole again).
        case fileURL(URL)
        /// Bytes held in memory.
        case bytes([UInt8])
    }

    /// The file's bytes.
    public var source: Source
    /// The file name sent to the server.
    public var filename: String
    /// The part's content type; guessed from the file name's extension by default.
    public var contentType: String
    /// What the file is for.
    public var purpose: FilePurpose
    /// When the file expires; never by default (the API's default for most purposes).
    public var expiresAfter: FileExpiration?

    /// Creates a request for a local file.
    ///
    /// - Parameters:
    ///   - fileURL: The file to upload.
    ///   - purpose: What the file is for.
    ///   - filename: The name sent; the URL's last path component by default.
    ///   - contentType: The content type; guessed from the extension by default.
    ///   - expiresAfter: When the file expires; `nil` (no expiry) by default.
    public init(fileURL: URL, purpose: FilePurpose, filename: String? = nil, contentType: String? = nil, expiresAfter: FileExpiration? = nil) {
        let name = filename ?? fileURL.lastPathComponent
        self.source = .fileURL(fileURL)
        self.filename = name
        self.contentType = contentType ?? MediaType.guess(forFilename: name)
        self.purpose = purpose
        self.expiresAfter = expiresAfter
    }

    /// Creates a request for bytes in memory.
    ///
    /// - Parameters:
    ///   - bytes: The file's content.
    ///   - filename: The name sent, such as `notes.md`; its extension tells the API the format.
    ///   - purpose: What the file is for.
    ///   - contentType: The content type; guessed from the extension by default.
    ///   - expiresAfter: When the file expires; `nil` (no expiry) by default.
    public init(bytes: [UInt8], filename: String, purpose: FilePurpose, contentType: String? = nil, expiresAfter: FileExpiration? = nil) {
        self.source = .bytes(bytes)
        self.filename = filename
        self.contentType = contentType ?? MediaType.guess(forFilename: filename)
        self.purpose = purpose
        self.expiresAfter = expiresAfter
    }

    /// The form: `purpose`, `expires_after[anchor]`, `expires_after[seconds]`, then `file` (as the official SDKs send it).
    func form() -> MultipartBody {
        var form = MultipartBody()
        form.append(name: "purpose", value: purpose.rawValue)
        if let expiresAfter {
            form.append(name: "expires_after[anchor]", value: expiresAfter.anchor)
            form.append(name: "expires_after[seconds]", value: String(expiresAfter.seconds))
        }
        switch source {
        case .fileURL(let url):
            form.append(name: "file", fileURL: url, filename: filename, contentType: contentType)
        case .bytes(let bytes):
            form.append(name: "file", filename: filename, contentType: contentType, bytes: bytes)
        }
        return form
    }
}
