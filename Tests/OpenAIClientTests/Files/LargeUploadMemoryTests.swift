import Foundation
import OpenAIClient
import TestSupport
import Testing

/// The process's resident memory from `/proc/self/status`, in bytes (Linux only).
enum ResidentMemory {
    static var isAvailable: Bool { FileManager.default.isReadableFile(atPath: "/proc/self/status") }

    /// `VmRSS` (current) or `VmHWM` (peak) in bytes.
    static func read(_ field: String) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix(field + ":") {
            let kilobytes = line.split(separator: " ").compactMap { Int($0) }.first
            return kilobytes.map { $0 * 1024 }
        }
        return nil
    }

    /// Resets the peak to the current size (`echo 5 > /proc/self/clear_refs`); returns whether it could.
    static func resetPeak() -> Bool {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? handle.close() }
        return (try? handle.write(contentsOf: Data("5".utf8))) != nil
    }

    /// How much the peak grew while `body` ran.
    static func peakGrowth(during body: () async throws -> Void) async rethrows -> Int {
        _ = resetPeak()
        let before = max(read("VmHWM") ?? 0, read("VmRSS") ?? 0)
        try await body()
        return (read("VmHWM") ?? 0) - before
    }
}

/// A sparse file of `size` bytes (zeros that take no disk), removed by the caller.
func makeSparseFile(size: Int, name: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("ragkit-sparse-\(UUID().uuidString)-\(name)")
    _ = FileManager.default.createFile(atPath: url.path, contents: nil)
    let handle = try FileHandle(forWritingTo: url)
    try handle.truncate(atOffset: UInt64(size))
    try handle.close()
    return url
}

/// Peak memory is process-wide, so other suites running beside these would be counted: they run alone, in a
/// process of their own (`RAGKIT_MEASURE_MEMORY=1 swift test --skip-build --filter LargeUploadMemoryTests`, which
/// `.ci/run` does); in the full suite they are skipped with this reason.
@Suite(.enabled(if: ResidentMemory.isAvailable, "needs /proc/self/status"),
       .enabled(if: ProcessInfo.processInfo.environment["RAGKIT_MEASURE_MEMORY"] == "1",
                "peak memory is process-wide: run alone with RAGKIT_MEASURE_MEMORY=1 (as .ci/run does)"),
       .serialized)
struct LargeUploadMemoryTests {
    static let limit = 200 * 1024 * 1024

    @Test("Creating a file from a 512 MB file streams it from disk: peak memory grows by less than 200 MB")
    func filesCreateStreams() async throws {
        let size = 512 * 1024 * 1024
        let url = try makeSparseFile(size: size, name: "big.jsonl")
        defer { try? FileManager.default.removeItem(at: url) }
        try await TestHTTPServer.withServer(responses: [.json(fileJSON(id: "file-big", filename: "big.jsonl", bytes: size, purpose: "batch"))], recordedBodyLimit: 4096) { server in
            let growth = try await ResidentMemory.peakGrowth {
                let file = try await OpenAI.testing(server).files.create(CreateFileRequest(fileURL: url, purpose: .batch))
                #expect(file.id == "file-big")
            }
            let sent = try #require(await server.requests.first)
            #expect(sent.bodyLength > size)
            #expect(sent.header("Content-Length") == String(sent.bodyLength))
            #expect(growth < Self.limit, "peak RSS grew by \(growth / 1_048_576) MB")
        }
    }

    @Test("Uploading a 256 MB file in parts streams each part from disk: peak memory grows by less than 200 MB")
    func uploadStreams() async throws {
        let size = 256 * 1024 * 1024
        let url = try makeSparseFile(size: size, name: "big.jsonl")
        defer { try? FileManager.default.removeItem(at: url) }
        let upload = #"{"id": "upload_1", "object": "upload", "bytes": \#(size), "created_at": 1, "filename": "big.jsonl", "purpose": "batch", "status": "pending", "expires_at": 3601, "file": null}"#
        let handler: TestHTTPServer.Handler = { request in
            if request.path.hasSuffix("/parts") {
                return .json(#"{"id": "part_\#(request.bodyLength)", "object": "upload.part", "created_at": 2, "upload_id": "upload_1"}"#)
            }
            if request.path.hasSuffix("/complete") {
                return .json(upload.replacingOccurrences(of: #""file": null"#, with: #""file": \#(fileJSON(id: "file-big", filename: "big.jsonl", bytes: size, purpose: "batch"))"#))
            }
            return .json(upload)
        }
        try await TestHTTPServer.withServer(handler: handler, recordedBodyLimit: 4096) { server in
            let growth = try await ResidentMemory.peakGrowth {
                let file = try await OpenAI.testing(server).uploads.upload(fileURL: url, purpose: .batch)
                #expect(file.id == "file-big")
            }
            let parts = await server.requests.filter { $0.path.hasSuffix("/parts") }
            #expect(parts.count == 4)
            #expect(parts.allSatisfy { $0.bodyLength > 64 * 1024 * 1024 })
            #expect(growth < Self.limit, "peak RSS grew by \(growth / 1_048_576) MB")
        }
    }
}
