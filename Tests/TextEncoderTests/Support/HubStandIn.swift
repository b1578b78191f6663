import Foundation
import Synchronization
import TestSupport

@testable import TextEncoder

/// A loopback stand-in for the Hugging Face Hub serving one repository made from a fixture model folder:
/// the tree API with sizes and LFS digests, and `resolve` downloads honouring `Range`.
final class HubStandIn: Sendable {
    /// The repository it serves.
    let repository = "test-org/tiny-model"
    /// Path to bytes.
    let files: [String: [UInt8]]
    /// The digest published for `model.safetensors` (its real one unless overridden).
    let publishedDigest: String
    /// Cuts the first download of `model.safetensors` after this many bytes.
    let dropWeightsAfter: Int?
    private let weightRequests = Mutex(0)

    init(variant: String, publishedDigest: String? = nil, dropWeightsAfter: Int? = nil) throws {
        let folder = Fixtures.model(variant)
        var files: [String: [UInt8]] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))
            files[relative] = Array(try Data(contentsOf: url))
        }
        files["README.md"] = Array("not needed".utf8)
        self.files = files
        self.publishedDigest = try publishedDigest
            ?? HubClient.sha256(of: folder.appendingPathComponent("model.safetensors"))
        self.dropWeightsAfter = dropWeightsAfter
    }

    /// The requests for the weights file with their `Range` headers, in order.
    static func weightRanges(_ requests: [RecordedRequest]) -> [String?] {
        requests.filter { $0.path.hasSuffix("/model.safetensors") }.map { $0.header("Range") }
    }

    /// Answers one request.
    func respond(_ request: RecordedRequest) -> ScriptedResponse {
        if request.path == "/api/models/\(repository)/tree/main" {
            return .json(listing())
        }
        let prefix = "/\(repository)/resolve/main/"
        guard request.path.hasPrefix(prefix), let bytes = files[String(request.path.dropFirst(prefix.count))] else {
            return .json(#"{"error": "Repository not found"}"#, status: 404)
        }
        if request.path.hasSuffix("model.safetensors"), let cut = dropWeightsAfter {
            let first = weightRequests.withLock { count in
                count += 1
                return count == 1
            }
            if first {
                return ScriptedResponse(
                    status: 200, headers: [("Content-Length", String(bytes.count))], steps: [.bytes(Array(bytes.prefix(cut)))],
                    dropsAfterBody: true)
            }
        }
        if let range = request.header("Range"), range.hasPrefix("bytes="), range.hasSuffix("-"),
            let start = Int(range.dropFirst(6).dropLast()), start < bytes.count
        {
            return ScriptedResponse(
                status: 206, headers: [("Content-Range", "bytes \(start)-\(bytes.count - 1)/\(bytes.count)")],
                steps: [.bytes(Array(bytes[start...]))])
        }
        return ScriptedResponse(status: 200, steps: [.bytes(bytes)])
    }

    private func listing() -> String {
        let entries = files.keys.sorted().map { path -> [String: Any] in
            let bytes = files[path] ?? []
            var entry: [String: Any] = ["type": "file", "path": path, "size": bytes.count, "oid": "0123"]
            if path == "model.safetensors" {
                entry["lfs"] = ["oid": publishedDigest, "size": bytes.count, "pointerSize": 134]
            }
            return entry
        }
        let directories: [[String: Any]] = [["type": "directory", "path": "1_Pooling", "oid": "4567", "size": 0]]
        let data = (try? JSONSerialization.data(withJSONObject: directories + entries)) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
