import Foundation
import OpenAIClient
import Testing

/// Reads a request body whole, in memory or streamed, checking a streamed body's announced length.
func collected(_ body: HTTPRequest.Body, sourceLocation: SourceLocation = #_sourceLocation) async throws -> [UInt8] {
    var bytes: [UInt8] = []
    for try await chunk in body.makeChunks() { bytes += chunk }
    #expect(body.length == bytes.count, "announced \(body.length ?? -1), sent \(bytes.count)", sourceLocation: sourceLocation)
    return bytes
}

@Suite struct MultipartBodyTests {
    @Test("Encodes fields and files with the boundary and content types")
    func encodes() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("multipart-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("notes.md")
        try Data("# Notes\n".utf8).write(to: file)

        var form = MultipartBody(boundary: "XyZ")
        form.append(name: "purpose", value: "assistants")
        form.append(name: "file", fileURL: file, contentType: "text/markdown")
        form.append(name: "data", filename: "part\"1\".bin", bytes: [0, 255])
        #expect(form.contentType == "multipart/form-data; boundary=XyZ")

        let body = try form.encoded()
        #expect(body.inMemoryBytes == nil, "a file part streams from disk")
        let bytes = try await collected(body)
        let expected = Array("--XyZ\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nassistants\r\n".utf8)
            + Array("--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"notes.md\"\r\nContent-Type: text/markdown\r\n\r\n# Notes\n\r\n".utf8)
            + Array("--XyZ\r\nContent-Disposition: form-data; name=\"data\"; filename=\"part\\\"1\\\".bin\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8)
            + [0, 255] + Array("\r\n--XyZ--\r\n".utf8)
        #expect(bytes == expected)
    }

    @Test("Rereads a file on every encoding")
    func rereadsFile() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("multipart-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data("one".utf8).write(to: file)
        var form = MultipartBody(boundary: "b")
        form.append(name: "file", fileURL: file)
        let first = try await collected(form.encoded())
        try Data("two".utf8).write(to: file)
        let second = try await collected(form.encoded())
        #expect(String(decoding: first, as: UTF8.self).contains("one"))
        #expect(String(decoding: second, as: UTF8.self).contains("two"))
    }

    @Test("Reports an unreadable file as an invalid request")
    func unreadableFile() {
        var form = MultipartBody()
        form.append(name: "file", fileURL: URL(fileURLWithPath: "/nonexistent/\(UUID().uuidString)"))
        let error = #expect(throws: OpenAIError.self) { try form.encoded() }
        #expect(error?.kind == .invalidRequest)
    }

    @Test("Keeps a form without file parts in memory")
    func inMemory() throws {
        var form = MultipartBody(boundary: "b")
        form.append(name: "a", value: "1")
        form.append(name: "f", filename: "x.bin", bytes: [1, 2])
        #expect(try form.encoded().inMemoryBytes?.count == 170)
    }

    @Test("Streams a large file part in 1 MiB pieces, so only a piece at a time is in memory")
    func streamsInPieces() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("multipart-\(UUID().uuidString).bin")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data((0..<(3 * 1_048_576 + 5)).map { UInt8(truncatingIfNeeded: $0) }).write(to: file)
        var form = MultipartBody(boundary: "b")
        form.append(name: "file", fileURL: file)
        let body = try form.encoded()
        var sizes: [Int] = []
        var content: [UInt8] = []
        for try await chunk in body.makeChunks() {
            sizes.append(chunk.count)
            content += chunk
        }
        #expect(sizes.max() == 1_048_576)
        #expect(sizes.count >= 5)
        #expect(body.length == content.count)
        #expect(Array(content.suffix(7)) == Array("--b--\r\n".utf8))
    }

    @Test("Fails the upload when the file shrinks after the body was sized")
    func shrinkingFile() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("multipart-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data("0123456789".utf8).write(to: file)
        var form = MultipartBody(boundary: "b")
        form.append(name: "file", fileURL: file)
        let body = try form.encoded()
        try Data("01".utf8).write(to: file)
        let error = await #expect(throws: OpenAIError.self) {
            for try await _ in body.makeChunks() {}
        }
        #expect(error?.kind == .invalidRequest)
    }
}
