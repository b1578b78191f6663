import Foundation

/// The uploads endpoint group, for files larger than `POST /files` takes: ``OpenAI/uploads``.
///
/// An upload is created with the final size, receives parts of at most 64 MB (in any order, concurrently),
/// and is completed with the part ids in file order, which yields an ``OpenAIFile``.
/// ``upload(fileURL:purpose:filename:mimeType:partSize:maxConcurrentParts:options:)`` does all of it for a local file.
///
/// ## Topics
/// ### Steps
/// - ``create(_:options:)``
/// - ``addPart(uploadID:data:options:)``
/// - ``complete(_:_:options:)``
/// - ``cancel(_:options:)``
/// ### Helper
/// - ``upload(fileURL:purpose:filename:mimeType:partSize:maxConcurrentParts:options:)``
public struct Uploads: Sendable {
    /// The largest part the API accepts: 64 MiB.
    public static let maxPartSize = 64 * 1024 * 1024
    /// The largest file an upload can build: 8 GB.
    public static let maxUploadSize = 8 * 1024 * 1024 * 1024

    let client: OpenAI

    /// Starts an upload.
    ///
    /// `POST /uploads`.
    ///
    /// - Parameters:
    ///   - request: File name, purpose, total size and MIME type.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The upload, ``UploadStatus/pending``; it expires an hour after creation.
    /// - Throws: ``OpenAIError``.
    public func create(_ request: CreateUploadRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Upload {
        try await client.send(.post("/uploads", json: request, options: options))
    }

    /// Adds one part held in memory.
    ///
    /// `POST /uploads/{upload_id}/parts`, `multipart/form-data` with the bytes in `data`.
    ///
    /// - Parameters:
    ///   - uploadID: The upload id.
    ///   - data: The part's bytes, at most ``maxPartSize``.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The part, whose id goes into ``complete(_:_:options:)``.
    /// - Throws: ``OpenAIError``.
    public func addPart(uploadID: String, data: [UInt8], options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> UploadPart {
        var form = MultipartBody()
        form.append(name: "data", filename: "blob", bytes: data)
        return try await client.send(.post(Self.path(uploadID) + "/parts", multipart: form, options: options))
    }

    /// Adds one part read from a byte range of a local file, reread for every attempt.
    func addPart(uploadID: String, fileURL: URL, range: Range<Int>, options: RequestOptions) async throws(OpenAIError) -> UploadPart {
        let request = APIRequest(method: .post, path: Self.path(uploadID) + "/parts", makeBody: { extra in
            // Streamed from disk in pieces, so parts in flight do not hold 64 MB each in memory.
            var form = MultipartBody()
            form.append(name: "data", fileURL: fileURL, range: range, filename: "blob")
            form.append(extraFields: extra)
            return (try form.encoded(), form.contentType)
        }, options: options)
        return try await client.send(request)
    }

    /// Completes an upload, producing its file.
    ///
    /// `POST /uploads/{upload_id}/complete`.
    ///
    /// - Parameters:
    ///   - uploadID: The upload id.
    ///   - request: The part ids in file order, and optionally the file's MD5.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The upload, ``UploadStatus/completed``, with its ``Upload/file``.
    /// - Throws: ``OpenAIError`` (status 400 when the parts' total size differs from the announced one).
    public func complete(_ uploadID: String, _ request: CompleteUploadRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Upload {
        try await client.send(.post(Self.path(uploadID) + "/complete", json: request, options: options))
    }

    /// Cancels an upload; no parts can be added afterwards.
    ///
    /// `POST /uploads/{upload_id}/cancel`.
    ///
    /// - Parameters:
    ///   - uploadID: The upload id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The upload, ``UploadStatus/cancelled``.
    /// - Throws: ``OpenAIError``.
    public func cancel(_ uploadID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Upload {
        try await client.send(APIRequest(method: .post, path: Self.path(uploadID) + "/cancel", options: options))
    }

    /// Uploads a local file of up to ``maxUploadSize`` in parts, concurrently, and returns the file.
    ///
    /// Creates the upload, sends parts of `partSize` bytes with at most `maxConcurrentParts` in flight (each
    /// part is read from disk for every attempt, so memory stays near `partSize × maxConcurrentParts`), then
    /// completes the upload with the part ids in file order. When a part fails for good, the upload is
    /// cancelled and the error rethrown.
    ///
    /// ```swift
    /// let file = try await client.uploads.upload(fileURL: URL(fileURLWithPath: "corpus.jsonl"), purpose: .batch)
    /// ```
    ///
    /// - Parameters:
    ///   - fileURL: The local file.
    ///   - purpose: What the file is for.
    ///   - filename: The name the file gets in the API; the file's own name by default.
    ///   - mimeType: The MIME type; guessed from the extension by default.
    ///   - partSize: Bytes per part, 1…``maxPartSize``; ``maxPartSize`` by default.
    ///   - maxConcurrentParts: Parts in flight at once, at least 1; 4 by default.
    ///   - options: Per-call overrides for every request; none by default.
    /// - Returns: The uploaded file.
    /// - Throws: ``OpenAIError``; ``OpenAIError/Kind/invalidRequest`` before any request when the file cannot
    ///   be read, is larger than ``maxUploadSize``, or `partSize` / `maxConcurrentParts` are out of range.
    public func upload(
        fileURL: URL,
        purpose: FilePurpose,
        filename: String? = nil,
        mimeType: String? = nil,
        partSize: Int = Uploads.maxPartSize,
        maxConcurrentParts: Int = 4,
        options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> OpenAIFile {
        guard (1...Self.maxPartSize).contains(partSize) else {
            throw OpenAIError(kind: .invalidRequest, message: "partSize must be between 1 and \(Self.maxPartSize) bytes, got \(partSize)")
        }
        guard maxConcurrentParts >= 1 else {
            throw OpenAIError(kind: .invalidRequest, message: "maxConcurrentParts must be at least 1, got \(maxConcurrentParts)")
        }
        let size = try Self.size(of: fileURL)
        guard size <= Self.maxUploadSize else {
            throw OpenAIError(kind: .invalidRequest, message: "\(fileURL.lastPathComponent) is \(size) bytes; an upload takes at most \(Self.maxUploadSize)")
        }
        let filename = filename ?? fileURL.lastPathComponent
        let upload = try await create(
            CreateUploadRequest(filename: filename, purpose: purpose, bytes: size, mimeType: mimeType ?? MediaType.guess(forFilename: filename)),
            options: options
        )
        let ranges = stride(from: 0, to: max(size, 1), by: partSize).map { $0..<min($0 + partSize, size) }
        let partIDs: [String]
        do throws(OpenAIError) {
            partIDs = try await BoundedConcurrency.map(ranges, maxConcurrent: maxConcurrentParts) { range throws(OpenAIError) in
                try await addPart(uploadID: upload.id, fileURL: fileURL, range: range, options: options).id
            }
        } catch {
            _ = try? await cancel(upload.id, options: options)
            throw error
        }
        let completed = try await complete(upload.id, CompleteUploadRequest(partIDs: partIDs), options: options)
        guard let file = completed.file else {
            throw OpenAIError(kind: .decoding, message: "upload \(upload.id) completed with status \(completed.status) but no file")
        }
        return file
    }

    static func path(_ uploadID: String) -> String {
        "/uploads/\(APIRequest.segment(uploadID))"
    }

    static func size(of fileURL: URL) throws(OpenAIError) -> Int {
        try MultipartBody.size(of: fileURL)
    }
}
