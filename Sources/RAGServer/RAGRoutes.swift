import Foundation
import Hummingbird
import Logging

/// The server's routes, to run with ``RAGHTTPServer`` or to mount in a service's own Hummingbird application.
///
/// ```swift
/// let index = ServedIndex(directory: docs.appending(path: ".rag"))
/// let router = Router(context: BasicRequestContext.self)
/// router.addRoutes(RAGRoutes.routes(index: index), atPath: "/v1")
/// ```
public enum RAGRoutes {
    /// The `/v1` routes, without middleware: search, ask, status, index, documents, embeddings and vector store search.
    /// - Parameters:
    ///   - index: The served index.
    ///   - limits: The request limits (default 1 MiB bodies).
    ///   - vectorStoreID: The id that names the index in vector store routes (default `local`).
    ///   - context: The request context type of the router (default `BasicRequestContext`).
    /// - Returns: The routes, to mount at `/v1`.
    public static func routes<Context: RequestContext>(index: ServedIndex, limits: ServerLimits = ServerLimits(),
                                                      vectorStoreID: String = "local",
                                                      context: Context.Type = BasicRequestContext.self) -> RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.addRoutes(SearchController<Context>(index: index, limits: limits).routes)
        routes.addRoutes(IndexController<Context>(index: index).routes)
        routes.addRoutes(OpenAIController<Context>(index: index, limits: limits, vectorStoreID: vectorStoreID).routes)
        return routes
    }

    /// The whole router of `rag serve`: the request log, JSON errors, bearer auth when a token is set,
    /// `GET /healthz`, and the `/v1` routes.
    /// - Parameters:
    ///   - index: The served index.
    ///   - configuration: The token, limits and vector store id.
    ///   - logger: Where the request lines go.
    /// - Returns: The router.
    public static func router(index: ServedIndex, configuration: ServeConfiguration, logger: Logger) -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: RequestLogMiddleware(logger: logger))
        router.add(middleware: ErrorMiddleware())
        if let token = configuration.token {
            router.add(middleware: BearerAuthMiddleware(token: token))
        }
        router.get("healthz") { _, _ in JSONResponse(["status": "ok"]) }
        router.addRoutes(routes(index: index, limits: configuration.limits, vectorStoreID: configuration.vectorStoreID), atPath: "/v1")
        return router
    }
}
