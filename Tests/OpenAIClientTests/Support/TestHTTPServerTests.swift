import Chunkers
import Foundation
import OpenAIClient
import TestSupport
import Testing

private let curl = ["/usr/bin/curl", "/opt/homebrew/bin/curl"].first { FileManager.default.isExecutableFile(atPath: $0) }

@Suite struct TestHTTPServerTests {
    @Test("Serves the queue first, then the handler, then a 404; records method, path, query, headers and body")
    func queueThenHandler() async throws {
        let handled = ScriptedResponse.text("handled")
        try await TestHTTPServer.withServer(responses: [.json("{\"n\": 1}")], handler: { request in
            request.path == "/v1/missing" ? .error(status: 404, message: "nope") : handled
        }) { server in
            let transport = AsyncHTTPClientTransport()
            var url = server.baseURL.appendingPathComponent("items")
            url.append(queryItems: [URLQueryItem(name: "after", value: "a b")])
            let post = HTTPRequest(method: .post, url: url, headers: ["X-Test": "yes"], body: .bytes(Array("payload".utf8)))
            let first = try await transport.send(post)
            #expect(first.status == 200)
            #expect(try await first.body.collect() == Array("{\"n\": 1}".utf8))
            let second = try await transport.send(HTTPRequest(method: .get, url: server.baseURL.appendingPathComponent("other")))
            #expect(String(decoding: try await second.body.collect(), as: UTF8.self) == "handled")
            let third = try await transport.send(HTTPRequest(method: .get, url: server.baseURL.appendingPathComponent("missing")))
            #expect(third.status == 404)
            _ = try await third.body.collect()

            let recorded = await server.requests
            #expect(recorded.map(\.path) == ["/v1/items", "/v1/other", "/v1/missing"])
            #expect(recorded[0].method == "POST")
            #expect(recorded[0].query("after") == "a b")
            #expect(recorded[0].header("x-test") == "yes")
            #expect(recorded[0].bodyText == "payload")
        }
    }

    @Test("Serves a separate child process", .enabled(if: curl != nil, "curl is not installed"))
    func childProcess() async throws {
        try await TestHTTPServer.withServer(responses: [.json(#"{"ok": true}"#)]) { server in
            let output = try await CurlRunner(server: server).run(["-s", "-H", "X-From: child", server.baseURL.appendingPathComponent("ping").absoluteString])
            #expect(output == #"{"ok": true}"#)
            let request = try #require(await server.requests.first)
            #expect(request.path == "/v1/ping")
            #expect(request.header("X-From") == "child")
        }
    }
}

/// Runs curl against the server and returns its standard output.
private struct CurlRunner {
    let server: TestHTTPServer

    func run(_ arguments: [String]) async throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: curl ?? "/usr/bin/curl")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        let exited = AsyncStream<Void> { continuation in
            process.terminationHandler = { _ in continuation.finish() }
        }
        try process.run()
        let data = try pipe.fileHandleForReading.readToEndRetryingInterrupts()
        for await _ in exited {}
        return String(decoding: data, as: UTF8.self)
    }
}
