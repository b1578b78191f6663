import Foundation
import Hummingbird
import RAGKit

/// `GET /status`, `POST /index` and `GET /documents/{path}`: the index itself.
public struct IndexController<Context: RequestContext>: Sendable {
    /// The served index.
    public let index: ServedIndex

    /// Creates the controller.
    /// - Parameter index: The served index.
    public init(index: ServedIndex) {
        self.index = index
    }

    /// The routes, to mount at `/v1`.
    public var routes: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("status", use: status)
        routes.post("index", use: update)
        routes.get("documents/**", use: document)
        return routes
    }

    /// `GET /status`: the JSON of `rag status --json`.
    @Sendable func status(_ request: Request, context: Context) async throws -> JSONResponse<StatusOutput> {
        let rag = try await index.current()
        return JSONResponse(StatusOutput(try await rag.status(), settings: rag.settings, index: index.directory, mirror: try await rag.mirrorStatus()))
    }

    /// `POST /index`: an incremental run, its progress as server-sent events (`started`, `progress`, `skipped`,
    /// `waiting`, then `done` with the summary of `rag index --json`); 409 when a run is in progress.
    @Sendable func update(_ request: Request, context: Context) async throws -> Response {
        let run = try await index.beginUpdate()
        context.logger.info("index run started")
        return .eventStream { send in
            let summary = try await run.run { event in
                if let sent = Self.event(event) { send(sent) }
            }
            send(try ServerSentEvent("done", IndexSummaryOutput(summary, root: run.root)))
        }
    }

    private static func event(_ event: IndexingEvent) -> ServerSentEvent? {
        switch event {
        case .started(let totalFiles): try? ServerSentEvent("started", ["totalFiles": totalFiles])
        case .progress(let progress):
            try? ServerSentEvent("progress", ["filesDone": progress.filesDone, "totalFiles": progress.totalFiles,
                                              "chunksEmbedded": progress.chunksEmbedded])
        case .waiting(let duration): try? ServerSentEvent("waiting", ["seconds": OutputFormat.seconds(duration)])
        case .skipped(let path, let reason): try? ServerSentEvent("skipped", ["path": path, "reason": reason])
        case .finished: nil
        }
    }

    /// `GET /documents/{path}`: the document's extracted text and chunks; 404 when the index holds no such path.
    /// The path is looked up in the catalog, never joined to the file system.
    @Sendable func document(_ request: Request, context: Context) async throws -> JSONResponse<DocumentOutput> {
        let components = context.parameters.getCatchAll().map { $0.removingPercentEncoding ?? String($0) }
        let path = components.joined(separator: "/")
        guard !path.isEmpty, let document = try await index.current().document(at: path) else {
            throw ServerError.notFound("No indexed document at '\(path)': use a path as search results name it.")
        }
        return JSONResponse(DocumentOutput(document))
    }
}
