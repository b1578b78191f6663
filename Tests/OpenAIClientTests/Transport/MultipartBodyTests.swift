import Foundation
import OpenAIClient
import Testing

@Suite struct MultipartBodyTests {
    @Test("Encodes fields and files with the boundary and content types")
    func encodes() throws {
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

        let bytes = try #require(try form.encoded().inMemoryBytes)
        let expected = Array("--XyZ\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nassistants\r\n".utf8)
            + Array("--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"notes.md\"\r\nContent-Type: text/markdown\r\n\r\n# Notes\n\r\n".utf8)
            + Array("--XyZ\r\nContent-Disposition: form-data; name=\"data\"; filename=\"part\\\"1\\\".bin\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8)
            + [0, 255] + Array("\r\n--XyZ--\r\n".utf8)
        #expect(bytes == expected)
    }

    @Test("Rereads a file on every encoding")
    func rereadsFile() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("multipart-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data("one".utf8).write(to: file)
        var form = MultipartBody(boundary: "b")
        form.append(name: "file", fileURL: file)
        let first = try #require(try form.encoded().inMemoryBytes)
        try Data("two".utf8).write(to: file)
        let second = try #require(try form.encoded().inMemoryBytes)
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
}
