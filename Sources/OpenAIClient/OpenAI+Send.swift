import Foundation
import Logging

extension OpenAI {
    static let userAgent = "RAGKit-OpenAIClient/0.1"
    static let errorBodyLimit = 1 << 20

    /// Sends a request with retries and decodes a JSON response.
    func send<Response: Decodable>(_ request: APIRequest, as type: Response.Type = Response.self) async throws(OpenAIError) -> Response {
        try await sendWithMetadata(request).response
    }

    /// Sends a request with retries and decodes a JSON response, returning the response's metadata with it.
    func sendWithMetadata<Response: Decodable>(
        _ request: APIRequest, as type: Response.Type = Response.self
    ) async throws(OpenAIError) -> (response: Response, metadata: ResponseMetadata) {
        let (body, metadata) = try await sendForBytes(request)
        do {
            return (try JSONDecoder().decode(Response.self, from: Data(body)), metadata)
        } catch {
            throw OpenAIError.decoding(error, body: body, metadata: metadata, what: "\(Response.self)")
        }
    }

    /// Sends a request with retries and reads the whole 2xx body.
    func sendForBytes(_ request: APIRequest) async throws(OpenAIError) -> ([UInt8], ResponseMetadata) {
        let (response, metadata) = try await sendRaw(request)
        do {
            return (try await response.body.collect(), metadata)
        } catch {
            throw OpenAIError.bodyRead(error, metadata: metadata)
        }
    }

    /// Downloads a binary body (`Accept: application/octet-stream`) whole into memory, with retries.
    func download(_ path: String, query: [URLQueryItem] = [], options: RequestOptions) async throws(OpenAIError) -> Data {
        var request = APIRequest.get(path, query: query, options: options)
        request.headers["Accept"] = "application/octet-stream"
        return Data(try await sendForBytes(request).0)
    }

    /// Sends a request with retries and returns a stream of server-sent events decoded as `Element`.
    func stream<Element: Decodable & Sendable>(_ request: APIRequest, of type: Element.Type = Element.self) async throws(OpenAIError) -> EventStream<Element> {
        let (response, metadata) = try await sendForEventStream(request)
        return EventStream(body: response.body, metadata: metadata)
    }

    /// Sends a request that asks for an event stream, with retries; returns the 2xx response whose body is the
    /// unread stream.
    ///
    /// - Throws: ``OpenAIError`` of kind ``OpenAIError/Kind/stream`` when the server answers with a JSON body.
    func sendForEventStream(_ request: APIRequest) async throws(OpenAIError) -> (HTTPResponse, ResponseMetadata) {
        var request = request
        request.acceptsEventStream = true
        let (response, metadata) = try await sendRaw(request)
        if response.headers["Content-Type"]?.lowercased().hasPrefix("application/json") == true {
            // Some gateways answer a stream request with a plain JSON error and a 200; an event parser would
            // silently find no events in it.
            let body = (try? await response.body.collect(upTo: Self.errorBodyLimit)) ?? []
            var failure = OpenAIError(status: response.status, body: body, metadata: metadata)
            if failure.rawBody != nil {
                failure.message = "expected an event stream, got a JSON body"
            }
            failure.kind = .stream
            throw failure
        }
        return (response, metadata)
    }

    /// Sends a request with retries; returns a 2xx response whose body is still unread.
    ///
    /// Error responses are read once, here, into the thrown ``OpenAIError``.
    func sendRaw(_ request: APIRequest) async throws(OpenAIError) -> (HTTPResponse, ResponseMetadata) {
        let policy = RetryPolicy(maxRetries: request.options.maxRetries ?? configuration.maxRetries, random: jitter)
        var retry = 0
        while true {
            if Task.isCancelled {
                throw OpenAIError(kind: .cancelled, message: "the request was cancelled")
            }
            var httpRequest = try makeHTTPRequest(request)
            if let endpoint = configuration.endpoint {
                do {
                    try await endpoint.authenticate(&httpRequest.headers)
                } catch {
                    throw OpenAIError(kind: .invalidRequest, message: "could not authenticate the request: \(error)", underlying: error)
                }
            }
            logger?.debug("OpenAI request", metadata: ["method": "\(httpRequest.method)", "url": "\(httpRequest.url)", "attempt": "\(retry + 1)"])
            let response: HTTPResponse
            do {
                response = try await transport.send(httpRequest)
            } catch {
                let failure = OpenAIError(transportError: error)
                guard retry < policy.maxRetries, policy.shouldRetry(failure) else { throw failure }
                let delay = policy.delay(beforeRetry: retry, headers: nil)
                logRetry(httpRequest, reason: "\(failure.kind)", delay: delay, retry: retry)
                try await pause(delay)
                retry += 1
                continue
            }
            let metadata = ResponseMetadata(status: response.status, headers: response.headers, attempts: retry + 1)
            logger?.debug("OpenAI response", metadata: ["status": "\(response.status)", "request_id": "\(metadata.requestID ?? "-")"])
            if (200..<300).contains(response.status) {
                await ResponseMetadataRecorder.current?.record(metadata)
                return (response, metadata)
            }
            let body: [UInt8]
            do {
                body = try await response.body.collect(upTo: Self.errorBodyLimit)
            } catch {
                body = []
            }
            let failure = OpenAIError(status: response.status, body: body, metadata: metadata)
            guard retry < policy.maxRetries,
                  policy.shouldRetry(status: response.status, headers: response.headers, errorCode: failure.code)
            else { throw failure }
            let delay = policy.delay(beforeRetry: retry, headers: response.headers)
            logRetry(httpRequest, reason: "HTTP \(response.status)", delay: delay, retry: retry)
            try await pause(delay)
            retry += 1
        }
    }

    private func logRetry(_ request: HTTPRequest, reason: String, delay: Duration, retry: Int) {
        logger?.info("OpenAI request retried", metadata: [
            "method": "\(request.method)", "url": "\(request.url)", "reason": "\(reason)",
            "delay": "\(delay)", "retry": "\(retry + 1)",
        ])
    }

    private func pause(_ duration: Duration) async throws(OpenAIError) {
        do {
            try await sleep(duration)
        } catch {
            throw OpenAIError(kind: .cancelled, message: "cancelled while waiting to retry", underlying: error)
        }
    }

    /// Builds one attempt's HTTP request: URL, standard and custom headers, a freshly encoded body.
    func makeHTTPRequest(_ request: APIRequest) throws(OpenAIError) -> HTTPRequest {
        var headers = HTTPHeaderFields()
        headers["User-Agent"] = Self.userAgent
        headers["Accept"] = request.acceptsEventStream ? "text/event-stream" : "application/json"
        if configuration.endpoint == nil, let key = bearerKey(forPath: request.path) {
            headers["Authorization"] = "Bearer \(key)"
        }
        if let organization = configuration.organization { headers["OpenAI-Organization"] = organization }
        if let project = configuration.project { headers["OpenAI-Project"] = project }
        var body: HTTPRequest.Body?
        if let makeBody = request.makeBody {
            do {
                let built = try makeBody(request.options.extraBody)
                body = built.body
                headers["Content-Type"] = built.contentType
            } catch let error as OpenAIError {
                throw error
            } catch {
                throw OpenAIError(kind: .invalidRequest, message: "could not encode the request body: \(error)", underlying: error)
            }
        }
        for (name, value) in configuration.defaultHeaders.sorted(by: { $0.key < $1.key }) { headers[name] = value }
        for field in request.headers { headers[field.name] = field.value }
        for (name, value) in request.options.extraHeaders.sorted(by: { $0.key < $1.key }) { headers[name] = value }
        return HTTPRequest(
            method: request.method,
            url: try makeURL(path: request.path, query: request.queryItems + request.options.extraQueryItems),
            headers: headers,
            body: body,
            timeout: request.options.timeout ?? configuration.timeout
        )
    }

    /// The paths whose endpoints want an admin key: administration, project roles, checkpoint permissions.
    static let administrationPathPrefixes = ["/organization/", "/projects/", "/fine_tuning/checkpoints/"]

    /// The key a request to `path` sends: the admin key on the ``administrationPathPrefixes`` when there is one,
    /// else the API key.
    func bearerKey(forPath path: String) -> String? {
        let isAdministration = Self.administrationPathPrefixes.contains { path.hasPrefix($0) }
        if isAdministration, let adminKey = configuration.adminKey, !adminKey.isEmpty {
            return adminKey
        }
        guard let apiKey = configuration.apiKey, !apiKey.isEmpty else { return nil }
        return apiKey
    }

    func makeURL(path: String, query: [URLQueryItem]) throws(OpenAIError) -> URL {
        try configuration.url(forPath: path, queryItems: query)
    }
}
