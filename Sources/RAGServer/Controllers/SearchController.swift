import Foundation
import Hummingbird
import RAGKit

/// `POST /search` and `POST /ask`: retrieval and answers, with the JSON of `rag search --json` and `rag ask --json`.
public struct SearchController<Context: RequestContext>: Sendable {
    /// The served index.
    public let index: ServedIndex
    /// The request limits.
    public let limits: ServerLimits

    /// Creates the controller.
    /// - Parameters:
    ///   - index: The served index.
    ///   - limits: The request limits (default: ``ServerLimits/init(maxBodyBytes:requestTimeout:)`` defaults).
    public init(index: ServedIndex, limits: ServerLimits = ServerLimits()) {
        self.index = index
        self.limits = limits
    }

    /// The routes, to mount at `/v1`.
    public var routes: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.post("search", use: search)
        routes.post("ask", use: ask)
        return routes
    }

    /// `POST /search`: `{"query", "k", "mode", "path", "metadata"}` → `{"query", "results": […]}`.
    @Sendable func search(_ request: Request, context: Context) async throws -> JSONResponse<SearchOutput> {
        let body = try await request.decodeJSON(SearchRequest.self, limit: limits.maxBodyBytes)
        let options = try body.searchOptions(defaultK: 5)
        let hits = try await index.current().search(body.query, options: options)
        return JSONResponse(SearchOutput(query: body.query, hits: hits))
    }

    /// `POST /ask`: one JSON answer, or with `"stream": true` server-sent events: `text` pieces
    /// (`{"text"}`), then `citations` (`{"citations": […]}`), then `done` (the whole answer as `rag ask --json`).
    @Sendable func ask(_ request: Request, context: Context) async throws -> Response {
        let body = try await request.decodeJSON(AskRequest.self, limit: limits.maxBodyBytes)
        let options = try body.askOptions()
        let generator = try ProviderResolver.answerer(for: index.providers)
        let events = try await index.current().ask(body.question, using: generator, options: options)
        guard body.stream == true else {
            for try await event in events {
                if case .finished(let answer) = event { return try JSONResponse(AskOutput(answer)).response(from: request, context: context) }
            }
            throw ServerError(.internalServerError, "The answer ended without finishing.", type: "server_error", code: "internal")
        }
        return .eventStream { send in
            for try await event in events {
                switch event {
                case .started: break
                case .text(let text): send(try ServerSentEvent("text", ["text": text]))
                case .finished(let answer):
                    let output = AskOutput(answer)
                    send(try ServerSentEvent("citations", ["citations": output.citations]))
                    send(try ServerSentEvent("done", output))
                }
            }
        }
    }
}
