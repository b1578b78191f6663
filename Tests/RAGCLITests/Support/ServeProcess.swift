import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A running `rag serve` on a free loopback port (`--port 0`), and a small HTTP client for it.
struct ServeProcess {
    let process: RagProcess
    let baseURL: URL

    /// Starts `rag serve --port 0 ARGUMENTS` and waits for its "listening on URL" line.
    static func start(_ rag: Rag, _ arguments: [String]) async throws -> ServeProcess {
        let process = try rag.start(["serve", "--port", "0"] + arguments)
        guard let line = await process.waitForStderrLine(where: { $0.hasPrefix("listening on ") }),
              let url = URL(string: String(line.dropFirst("listening on ".count))) else {
            let result = await process.finish()
            throw NotListening(result: result)
        }
        return ServeProcess(process: process, baseURL: url)
    }

    struct NotListening: Error, CustomStringConvertible {
        var result: RagResult
        var description: String { "rag serve did not listen: \(result)" }
    }

    /// One HTTP exchange's outcome.
    struct Reply: Sendable {
        var status: Int
        var body: Data
        var contentType: String?
        var text: String { String(decoding: body, as: UTF8.self) }

        func json() throws -> [String: Any] {
            try JSONSerialization.jsonObject(with: body) as? [String: Any] ?? [:]
        }

        func decode<T: Decodable>(_ type: T.Type) throws -> T {
            try JSONDecoder().decode(T.self, from: body)
        }

        /// The `event:` names of a server-sent event stream, in order.
        var eventNames: [String] {
            text.split(separator: "\n").filter { $0.hasPrefix("event: ") }.map { String($0.dropFirst("event: ".count)) }
        }
    }

    /// Sends a request; `body` is encoded as JSON when it is not `Data`.
    func request(_ method: String, _ path: String, json body: Any? = nil, token: String? = nil) async throws -> Reply {
        var request = URLRequest(url: baseURL.appendingPathComponent(path))
        request.httpMethod = method
        request.timeoutInterval = 300
        if let body {
            request.httpBody = try (body as? Data) ?? JSONSerialization.data(withJSONObject: body)
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = response as? HTTPURLResponse
        return Reply(status: http?.statusCode ?? 0, body: data, contentType: http?.value(forHTTPHeaderField: "Content-Type"))
    }

    /// Stops the server with SIGTERM and returns how it ended.
    func stop() async -> RagResult {
        process.signal(SIGTERM)
        return await process.finish()
    }
}
