internal import Crypto
import Foundation

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Lists and downloads files of Hugging Face Hub repositories, resuming interrupted downloads.
///
/// Listing uses `GET {baseURL}/api/models/{repository}/tree/{revision}?recursive=true`; a file comes from
/// `GET {baseURL}/{repository}/resolve/{revision}/{path}`. A download goes into `<file>.partial`, continues
/// with an HTTP `Range` request after a dropped connection (up to ``maximumAttempts`` tries, and across runs),
/// is checked against the published size and SHA-256 digest, and is renamed into place only when complete.
public struct HubClient: Sendable {
    /// The Hub, `https://huggingface.co` by default; tests point it at a loopback server.
    public var baseURL: URL
    /// The branch, tag or commit to download; `main` by default.
    public var revision: String
    /// Tries per file before giving up; 4 by default.
    public var maximumAttempts: Int
    /// Seconds without data before a request fails; 60 by default.
    public var timeout: TimeInterval

    /// Creates a client.
    ///
    /// - Parameters:
    ///   - baseURL: The Hub; `https://huggingface.co` by default.
    ///   - revision: The revision; `main` by default.
    ///   - maximumAttempts: Tries per file; 4 by default.
    ///   - timeout: Seconds without data before a request fails; 60 by default.
    public init(
        baseURL: URL = URL(string: "https://huggingface.co") ?? URL(fileURLWithPath: "/"), revision: String = "main",
        maximumAttempts: Int = 4, timeout: TimeInterval = 60
    ) {
        self.baseURL = baseURL
        self.revision = revision
        self.maximumAttempts = max(1, maximumAttempts)
        self.timeout = timeout
    }

    /// Lists every file of a repository.
    ///
    /// `GET {baseURL}/api/models/{repository}/tree/{revision}?recursive=true`
    ///
    /// - Parameter repository: `owner/name`, such as `"sentence-transformers/all-MiniLM-L6-v2"`.
    /// - Returns: The files, with sizes and, for LFS files, SHA-256 digests.
    /// - Throws: ``TextEncoderError`` with kind `.download` for a connection failure, an HTTP error status
    ///   (such as 404 for an unknown repository) or a malformed listing.
    public func files(repository: String) async throws(TextEncoderError) -> [HubFile] {
        let url = baseURL.appendingPathComponent("api/models/\(repository)/tree/\(revision)")
        guard var components = URLComponents(url: url, resolvingAgainstBaseURL: false) else {
            throw TextEncoderError(.download, "cannot build the listing URL", path: url.absoluteString)
        }
        components.queryItems = [URLQueryItem(name: "recursive", value: "true")]
        let listURL = components.url ?? url
        var request = URLRequest(url: listURL, timeoutInterval: timeout)
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        let data: Data
        let response: URLResponse
        // A session of its own: requests others keep open on the shared session never delay the listing.
        let session = URLSession(configuration: .ephemeral)
        defer { session.finishTasksAndInvalidate() }
        do {
            (data, response) = try await session.data(for: request)
        } catch {
            throw TextEncoderError(.download, "cannot list the repository: \(error.localizedDescription)", path: listURL.absoluteString)
        }
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        guard status == 200 else {
            let hint = status == 404 ? "the repository or revision does not exist" : "the Hub refused the listing"
            throw TextEncoderError(.download, hint, path: listURL.absoluteString, status: status)
        }
        guard let entries = (try? JSONSerialization.jsonObject(with: data)) as? [[String: Any]] else {
            throw TextEncoderError(.download, "the listing is not a JSON array", path: listURL.absoluteString)
        }
        return entries.compactMap { entry in
            guard entry["type"] as? String == "file", let path = entry["path"] as? String,
                let size = (entry["size"] as? NSNumber)?.int64Value
            else { return nil }
            let lfs = entry["lfs"] as? [String: Any]
            let digest = (lfs?["oid"] as? String).map { $0.hasPrefix("sha256:") ? String($0.dropFirst(7)) : $0 }
            return HubFile(path: path, size: (lfs?["size"] as? NSNumber)?.int64Value ?? size, sha256: digest?.lowercased())
        }
    }

    /// Downloads one file to `destination`, resuming from `destination.partial` when it exists.
    ///
    /// `GET {baseURL}/{repository}/resolve/{revision}/{path}`, with `Range: bytes={partial size}-` when resuming.
    ///
    /// - Parameters:
    ///   - file: The file, with the size and digest to check.
    ///   - repository: `owner/name`.
    ///   - destination: Where the complete file goes; its folder must exist.
    /// - Throws: ``TextEncoderError``: `.download` when every attempt fails or the server answers an error
    ///   status; `.integrity` when the complete file has the wrong size or digest (the partial file is deleted).
    public func download(_ file: HubFile, repository: String, to destination: URL) async throws(TextEncoderError) {
        let url = baseURL.appendingPathComponent("\(repository)/resolve/\(revision)/\(file.path)")
        let partial = destination.appendingPathExtension("partial")
        let manager = FileManager.default
        var lastError = TextEncoderError(.download, "no attempt was made", path: url.absoluteString)
        for _ in 0..<maximumAttempts {
            if !manager.fileExists(atPath: partial.path) {
                guard manager.createFile(atPath: partial.path, contents: nil) else {
                    throw TextEncoderError(.io, "cannot create the partial file", path: partial.path)
                }
            }
            let have = Self.size(of: partial)
            if have < file.size {
                do {
                    try await PartialDownload(url: url, partial: partial, offset: have, timeout: timeout).run()
                } catch {
                    lastError = error
                    if let status = error.status, status >= 400, status < 500, status != 408, status != 429 { throw error }
                    continue
                }
            }
            let size = Self.size(of: partial)
            if size < file.size {
                lastError = TextEncoderError(
                    .download, "the connection ended after \(size) of \(file.size) bytes", path: url.absoluteString)
                continue
            }
            guard size == file.size else {
                try? manager.removeItem(at: partial)
                throw TextEncoderError(
                    .integrity, "the file has \(size) bytes but the Hub lists \(file.size)", path: url.absoluteString)
            }
            if let expected = file.sha256 {
                let actual = try Self.sha256(of: partial)
                guard actual == expected else {
                    try? manager.removeItem(at: partial)
                    throw TextEncoderError(
                        .integrity, "the SHA-256 digest is \(actual) but the Hub lists \(expected)", path: url.absoluteString)
                }
            }
            do {
                if manager.fileExists(atPath: destination.path) { try manager.removeItem(at: destination) }
                try manager.moveItem(at: partial, to: destination)
            } catch {
                throw TextEncoderError(.io, "cannot rename the finished download: \(error.localizedDescription)", path: destination.path)
            }
            return
        }
        throw lastError
    }

    static func size(of url: URL) -> Int64 {
        ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? NSNumber)?.int64Value ?? 0
    }

    /// The lowercase hexadecimal SHA-256 digest of a file, read in 1 MB pieces.
    static func sha256(of url: URL) throws(TextEncoderError) -> String {
        guard let handle = try? FileHandle(forReadingFrom: url) else {
            throw TextEncoderError(.io, "cannot read the file", path: url.path)
        }
        defer { try? handle.close() }
        var hasher = SHA256()
        while true {
            let piece: Data?
            do { piece = try handle.read(upToCount: 1 << 20) } catch {
                throw TextEncoderError(.io, "cannot read the file: \(error.localizedDescription)", path: url.path)
            }
            guard let piece, !piece.isEmpty else { break }
            hasher.update(data: piece)
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}
