import Foundation
import OpenAIClient
import Testing
import Yams

/// The official OpenAPI description, found by walking up from the package root to `shared/openai-openapi/openapi.yaml`
/// (`../shared` in the main checkout); `nil` in a clone without it.
struct OpenAPISpec: Sendable, CustomStringConvertible {
    let root: JSONValue

    /// Short, so that a failed expectation does not print 3 MB of spec.
    var description: String { "openapi.yaml" }

    static let fileURL: URL? = {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        for _ in 0..<4 {
            directory = directory.deletingLastPathComponent()
            let candidate = directory.appendingPathComponent("shared/openai-openapi/openapi.yaml")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
        }
        return nil
    }()

    static let shared: OpenAPISpec? = {
        guard let url = fileURL, let text = try? String(contentsOf: url, encoding: .utf8),
              let node = try? Yams.compose(yaml: text) else { return nil }
        return OpenAPISpec(root: json(node))
    }()

    /// Scalars become strings: the checks only read names, references and example text.
    private static func json(_ node: Node) -> JSONValue {
        switch node {
        case .scalar(let scalar): .string(scalar.string)
        case .sequence(let sequence): .array(sequence.map(json))
        case .mapping(let mapping): .object(Dictionary(mapping.map { (($0.key.string ?? ""), json($0.value)) }, uniquingKeysWith: { first, _ in first }))
        case .alias: .null
        }
    }

    func operation(_ method: String, _ path: String) -> JSONValue? {
        root["paths"]?[path]?[method.lowercased()]
    }

    func schema(named name: String) -> JSONValue? {
        root["components"]?["schemas"]?[name]
    }

    /// A schema with `$ref`, `allOf`, `oneOf` and `anyOf` expanded into the concrete schemas it may be.
    func flatten(_ schemas: [JSONValue], depth: Int = 0) -> [JSONValue] {
        guard depth < 12 else { return [] }
        return schemas.flatMap { schema -> [JSONValue] in
            if let reference = schema["$ref"]?.stringValue {
                let name = String(reference.split(separator: "/").last ?? "")
                return flatten(self.schema(named: name).map { [$0] } ?? [], depth: depth + 1)
            }
            var result = [schema]
            for combinator in ["allOf", "oneOf", "anyOf"] {
                result += flatten(schema[combinator]?.arrayValue ?? [], depth: depth + 1)
            }
            return result
        }
    }

    /// The encoded keys, at any depth, that the schema does not declare (free-form objects are not checked).
    func undeclaredKeys(in value: JSONValue, schemas: [JSONValue], path: String = "") -> [String] {
        let concrete = flatten(schemas)
        switch value {
        case .object(let members):
            var declaring = concrete.filter { $0["properties"]?.objectValue != nil }
            // A `type` discriminator picks the alternatives it names, so one alternative's nested schema (say, a
            // tool's `parameters`) is not checked against another's of the same property name. Parts that declare no
            // `type` (such as an `allOf` extension adding `pass_threshold` to a grader) exclude no type, so they stay.
            if let type = members["type"]?.stringValue {
                let named = declaring.filter { schema in
                    let typeSchema = schema["properties"]?["type"]
                    return (typeSchema?["enum"]?.arrayValue ?? []).contains(.string(type)) || typeSchema?["const"] == .string(type)
                }
                if !named.isEmpty { declaring = named + declaring.filter { $0["properties"]?["type"] == nil } }
            }
            guard !declaring.isEmpty else {
                // A map whose values have a schema (`additionalProperties: {…}`): each value is checked against it.
                let valueSchemas = concrete.compactMap { $0["additionalProperties"] }.filter { $0.objectValue != nil }
                guard !valueSchemas.isEmpty else { return [] }
                return members.keys.sorted().flatMap { undeclaredKeys(in: members[$0] ?? .null, schemas: valueSchemas, path: path + $0 + ".") }
            }
            return members.keys.sorted().flatMap { key -> [String] in
                let propertySchemas = declaring.compactMap { $0["properties"]?[key] }
                guard !propertySchemas.isEmpty else { return [path + key] }
                return undeclaredKeys(in: members[key] ?? .null, schemas: propertySchemas, path: path + key + ".")
            }
        case .array(let elements):
            let itemSchemas = concrete.compactMap { $0["items"] }
            guard !itemSchemas.isEmpty else { return [] }
            return elements.flatMap { undeclaredKeys(in: $0, schemas: itemSchemas, path: path + "[].") }
        default:
            return []
        }
    }

    /// This spec with one property of a component schema replaced.
    func replacing(property: String, ofSchema name: String, with replacement: JSONValue) -> OpenAPISpec {
        guard case .object(var root) = root, case .object(var components) = root["components"], case .object(var schemas) = components["schemas"],
              case .object(var schema) = schemas[name], case .object(var properties) = schema["properties"] else { return self }
        properties[property] = replacement
        schema["properties"] = .object(properties)
        schemas[name] = .object(schema)
        components["schemas"] = .object(schemas)
        root["components"] = .object(components)
        return OpenAPISpec(root: .object(root))
    }

    /// The spec with the errata this library follows the API in:
    /// - `GraderMulti.graders` is declared as one grader (and its example shows a list), where the API takes an
    ///   object of graders keyed by the names `calculate_output` uses (as OpenAI's own SDKs send it).
    static let corrected: OpenAPISpec? = shared.map { spec in
        let graders = spec.schema(named: "GraderMulti")?["properties"]?["graders"]?["oneOf"] ?? []
        return spec.replacing(property: "graders", ofSchema: "GraderMulti", with: ["type": "object", "additionalProperties": ["oneOf": graders]])
    }

    /// The `response` texts of an operation's `x-oaiMeta` examples.
    func responseExamples(_ method: String, _ path: String) -> [String] {
        guard let examples = operation(method, path)?["x-oaiMeta"]?["examples"] else { return [] }
        let list = examples.arrayValue ?? [examples]
        return list.compactMap { $0["response"]?.stringValue }
    }

    /// The `x-oaiMeta.example` of a component schema.
    func schemaExample(_ name: String) -> String? {
        schema(named: name)?["x-oaiMeta"]?["example"]?.stringValue
    }
}

/// Pulls the JSON objects out of an example text, dropping the `....` elisions the docs use.
enum ExampleJSON {
    static func objects(in text: String) -> [String] {
        var objects: [String] = []
        var depth = 0
        var inString = false
        var escaped = false
        var current = ""
        for character in text {
            if depth > 0 { current.append(character) }
            if inString {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString = false }
                continue
            }
            switch character {
            case "\"" where depth > 0: inString = true
            case "{":
                if depth == 0 { current = "{" }
                depth += 1
            case "}" where depth > 0:
                depth -= 1
                if depth == 0 { objects.append(current) }
            default: break
            }
        }
        return objects.map(sanitize)
    }

    static func sanitize(_ object: String) -> String {
        let lines = object.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("...") }
        var text = lines.joined(separator: "\n")
        while let range = text.range(of: #",\s*([\]}])"#, options: .regularExpression) {
            let closing = text[range].last.map(String.init) ?? ""
            text.replaceSubrange(range, with: closing)
        }
        return text
    }
}

/// A transport that records requests and answers every one with the same body.
final class RecordingTransport: HTTPTransport {
    actor Log {
        var requests: [HTTPRequest] = []
        func append(_ request: HTTPRequest) { requests.append(request) }
    }

    let log = Log()
    let body: String

    init(body: String) { self.body = body }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        await log.append(request)
        return HTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: HTTPBody(bytes: Array(body.utf8)))
    }
}

/// Lists the properties of a value that are `nil`, to prove a fixture sets every one.
func unsetProperties(of value: Any) -> [String] {
    Mirror(reflecting: value).children.compactMap { child in
        let mirror = Mirror(reflecting: child.value)
        return mirror.displayStyle == .optional && mirror.children.isEmpty ? child.label : nil
    }
}

struct CoveredOperation: Sendable, CustomStringConvertible {
    var method: String
    var path: String
    var requestSchema: String?
    var call: @Sendable (OpenAI) async throws -> Void
    var decode: @Sendable (String) throws -> Void
    /// Whether the spec has an example answer to decode.
    var hasResponseExample = true
    var description: String { "\(method) \(path)" }

    static func decoder<T: Decodable & Sendable>(_ type: T.Type) -> @Sendable (String) throws -> Void {
        { text in _ = try JSONDecoder().decode(T.self, from: Data(text.utf8)) }
    }
}

enum ConformanceFixtures {
    static let embedding: CreateEmbeddingRequest = CreateEmbeddingRequest(
        input: .strings(["a"]), model: "text-embedding-3-small", dimensions: 8, encodingFormat: .float, user: "u"
    )

    static let chat: CreateChatCompletionRequest = {
        var request = CreateChatCompletionRequest(
            model: "gpt-4o-mini",
            messages: [
                .system("s", name: "n"), .developer("d"),
                .user(parts: [.text("t"), .imageURL("https://x/y.png", detail: .high), .inputAudio(base64: "AA", format: "wav"),
                              .file(id: "file-1"), ChatContentPart(type: .file, file: .init(filename: "a.pdf", fileData: "AA"))]),
                ChatMessage(role: .assistant, content: .text("a"), name: "n",
                            toolCalls: [ChatToolCall(id: "c", function: ChatFunctionCall(name: "f", arguments: "{}")),
                                        ChatToolCall(id: "d", custom: ChatCustomToolCall(name: "sql", input: "SELECT 1"))],
                            refusal: "r", audio: .init(id: "audio_1"), functionCall: ChatFunctionCall(name: "f", arguments: "{}")),
                .tool("out", toolCallID: "c"),
            ],
            temperature: 1,
            maxCompletionTokens: 10,
            tools: [.function(name: "f", description: "d", parameters: ["type": "object"], strict: true),
                    .custom(name: "sql", description: "d", format: .grammar(syntax: .lark, definition: "start: /.+/")),
                    .custom(name: "free", format: .text)],
            responseFormat: .jsonSchema(name: "n", description: "d", schema: ["type": "object"], strict: true)
        )
        request.store = true
        request.metadata = ["k": "v"]
        request.reasoningEffort = "low"
        request.verbosity = "low"
        request.frequencyPenalty = 0
        request.logitBias = ["50256": -100]
        request.logprobs = true
        request.topLogprobs = 1
        request.maxTokens = 10
        request.n = 1
        request.modalities = [.text, .audio]
        request.audio = ChatAudioOptions(voice: "alloy", format: "wav")
        request.prediction = ["type": "content", "content": "x"]
        request.presencePenalty = 0
        request.seed = 1
        request.serviceTier = "auto"
        request.stop = ["x"]
        request.stream = true
        request.streamOptions = StreamOptions(includeUsage: true, includeObfuscation: false)
        request.topP = 1
        request.toolChoice = .function("f")
        request.parallelToolCalls = true
        request.user = "u"
        request.safetyIdentifier = "s"
        request.promptCacheKey = "k"
        request.webSearchOptions = ["search_context_size": "low"]
        request.functions = [FunctionDefinition(name: "f", description: "d", parameters: ["type": "object"])]
        request.functionCall = .auto
        request.moderation = ModerationSettings(model: "omni-moderation-latest", policy: .init(input: .init(mode: .block), output: .init(mode: .score)))
        request.promptCacheOptions = PromptCacheOptions(ttl: "30m", mode: .explicit)
        request.promptCacheRetention = "24h"
        return request
    }()

    static let completion: CreateCompletionRequest = {
        var request = CreateCompletionRequest(model: "gpt-3.5-turbo-instruct", prompt: .string("p"), maxTokens: 1, temperature: 1, stop: "x")
        request.bestOf = 1
        request.echo = false
        request.frequencyPenalty = 0
        request.logitBias = ["50256": -100]
        request.logprobs = 1
        request.n = 1
        request.presencePenalty = 0
        request.seed = 1
        request.stream = true
        request.streamOptions = StreamOptions(includeUsage: true)
        request.suffix = "s"
        request.topP = 1
        request.user = "u"
        return request
    }()

    static let moderation = CreateModerationRequest(input: .parts([.text("t"), .imageURL("https://x/y.png")]), model: "omni-moderation-latest")

    static let operations: [CoveredOperation] = [
        CoveredOperation(method: "POST", path: "/embeddings", requestSchema: "CreateEmbeddingRequest",
                         call: { _ = try await $0.embeddings.create(embedding) }, decode: CoveredOperation.decoder(CreateEmbeddingResponse.self)),
        CoveredOperation(method: "POST", path: "/chat/completions", requestSchema: "CreateChatCompletionRequest",
                         call: { _ = try await $0.chat.completions.create(chat) }, decode: { text in
                             if text.contains("chat.completion.chunk") {
                                 try CoveredOperation.decoder(CreateChatCompletionStreamResponse.self)(text)
                             } else {
                                 try CoveredOperation.decoder(CreateChatCompletionResponse.self)(text)
                             }
                         }),
        CoveredOperation(method: "GET", path: "/chat/completions", call: { _ = try await $0.chat.completions.list(metadata: ["k": "v"]) },
                         decode: CoveredOperation.decoder(Page<CreateChatCompletionResponse>.self)),
        CoveredOperation(method: "GET", path: "/chat/completions/{completion_id}",
                         call: { _ = try await $0.chat.completions.retrieve("{completion_id}") },
                         decode: CoveredOperation.decoder(CreateChatCompletionResponse.self)),
        // The update body is an inline schema ({"metadata": …}); the loopback tests check it.
        CoveredOperation(method: "POST", path: "/chat/completions/{completion_id}",
                         call: { _ = try await $0.chat.completions.update("{completion_id}", metadata: ["k": "v"]) },
                         decode: CoveredOperation.decoder(CreateChatCompletionResponse.self)),
        CoveredOperation(method: "DELETE", path: "/chat/completions/{completion_id}",
                         call: { _ = try await $0.chat.completions.delete("{completion_id}") },
                         decode: CoveredOperation.decoder(DeletionStatus.self)),
        CoveredOperation(method: "GET", path: "/chat/completions/{completion_id}/messages",
                         call: { _ = try await $0.chat.completions.messages("{completion_id}") },
                         decode: CoveredOperation.decoder(Page<StoredChatMessage>.self)),
        CoveredOperation(method: "POST", path: "/completions", requestSchema: "CreateCompletionRequest",
                         call: { _ = try await $0.completions.create(completion) }, decode: CoveredOperation.decoder(CreateCompletionResponse.self)),
        CoveredOperation(method: "GET", path: "/models", call: { _ = try await $0.models.list() },
                         decode: CoveredOperation.decoder(Page<Model>.self)),
        CoveredOperation(method: "GET", path: "/models/{model}", call: { _ = try await $0.models.retrieve("MODEL") },
                         decode: CoveredOperation.decoder(Model.self)),
        CoveredOperation(method: "DELETE", path: "/models/{model}", call: { _ = try await $0.models.delete("MODEL") },
                         decode: CoveredOperation.decoder(DeletionStatus.self)),
        CoveredOperation(method: "POST", path: "/moderations", requestSchema: "CreateModerationRequest",
                         call: { _ = try await $0.moderations.create(moderation) }, decode: CoveredOperation.decoder(CreateModerationResponse.self)),
    ] + OrganizationFixtures.operations + OrganizationFixtures.usageOperations + OrganizationFixtures.certificateOperations
        + OrganizationFixtures.settingsOperations + OrganizationFixtures.projectRoleOperations
        + CheckpointPermissionFixtures.operations + ContainerFixtures.operations
        + VoiceFixtures.operations + VideoFixtures.operations + SkillFixtures.operations
        + EvalFixtures.operations + GraderFixtures.operations + ChatKitFixtures.operations + ContentProvenanceFixtures.operations
        + RealtimeFixtures.operations

    static let schemaExamples: [(String, @Sendable (String) throws -> Void)] = [
        ("Embedding", CoveredOperation.decoder(Embedding.self)),
        ("CreateChatCompletionResponse", CoveredOperation.decoder(CreateChatCompletionResponse.self)),
        ("CreateChatCompletionStreamResponse", CoveredOperation.decoder(CreateChatCompletionStreamResponse.self)),
        ("CreateCompletionResponse", CoveredOperation.decoder(CreateCompletionResponse.self)),
        ("Model", CoveredOperation.decoder(Model.self)),
        ("CreateModerationResponse", CoveredOperation.decoder(CreateModerationResponse.self)),
    ]
}

@Suite(.enabled(if: OpenAPISpec.fileURL != nil, "shared/openai-openapi/openapi.yaml not found above the package root: conformance checks skipped"))
struct OpenAPIConformanceTests {
    @Test("Each covered operation's method and path exist in the spec", arguments: ConformanceFixtures.operations)
    func pathsExist(operation: CoveredOperation) async throws {
        let spec = try #require(OpenAPISpec.shared)
        let transport = RecordingTransport(body: "{}")
        let client = OpenAI(configuration: OpenAIConfiguration(apiKey: "k", maxRetries: 0), transport: transport)
        try? await operation.call(client)
        let sent = try #require(await transport.log.requests.first)
        let path = sent.url.path.replacingOccurrences(of: "/v1", with: "", options: .anchored)
            .replacingOccurrences(of: "MODEL", with: "{model}")
        #expect(sent.method.rawValue == operation.method)
        #expect(path == operation.path)
        #expect(spec.operation(operation.method, path) != nil, "\(operation.method) \(path) is not in the spec")
    }

    @Test("Every property our requests encode is declared by the request schema", arguments: ConformanceFixtures.operations.filter { $0.requestSchema != nil })
    func requestProperties(operation: CoveredOperation) async throws {
        let spec = try #require(OpenAPISpec.corrected)
        let schemaName = try #require(operation.requestSchema)
        let schema = try #require(spec.schema(named: schemaName))
        let specSchema = spec.operation(operation.method, operation.path)?["requestBody"]?["content"]?["application/json"]?["schema"]?["$ref"]?.stringValue
        #expect(specSchema == "#/components/schemas/\(schemaName)")
        let transport = RecordingTransport(body: "{}")
        try? await operation.call(OpenAI(configuration: OpenAIConfiguration(apiKey: "k", maxRetries: 0), transport: transport))
        let body = try #require(await transport.log.requests.first?.body?.inMemoryBytes)
        let json = try JSONDecoder().decode(JSONValue.self, from: Data(body))
        let undeclared = spec.undeclaredKeys(in: json, schemas: [schema])
        #expect(undeclared.isEmpty, "encoded but not in \(schemaName): \(undeclared)")
    }

    @Test("The request fixtures set every property, so the property check covers them all")
    func fixturesAreComplete() {
        #expect(unsetProperties(of: ConformanceFixtures.embedding).isEmpty)
        #expect(unsetProperties(of: ConformanceFixtures.chat).isEmpty)
        #expect(unsetProperties(of: ConformanceFixtures.completion).isEmpty)
        #expect(unsetProperties(of: ConformanceFixtures.moderation).isEmpty)
        #expect(unsetProperties(of: ContainerFixtures.container).isEmpty)
        #expect(unsetProperties(of: VideoFixtures.video).isEmpty)
        for body in OrganizationFixtures.requestBodies + EvalFixtures.requestBodies + GraderFixtures.requestBodies + ChatKitFixtures.requestBodies {
            #expect(unsetProperties(of: body).isEmpty, "\(type(of: body))")
        }
    }

    @Test("The spec's response examples decode into our response types", arguments: ConformanceFixtures.operations.filter(\.hasResponseExample))
    func responseExamples(operation: CoveredOperation) throws {
        let spec = try #require(OpenAPISpec.shared)
        let objects = spec.responseExamples(operation.method, operation.path).flatMap(ExampleJSON.objects(in:))
        #expect(!objects.isEmpty, "no response examples for \(operation)")
        for object in objects where (try? JSONDecoder().decode(JSONValue.self, from: Data(object.utf8))) != nil {
            #expect(throws: Never.self, "\(operation): \(object.prefix(200))") { try operation.decode(object) }
        }
        let parsable = objects.filter { (try? JSONDecoder().decode(JSONValue.self, from: Data($0.utf8))) != nil }
        #expect(!parsable.isEmpty, "no example of \(operation) is JSON")
    }

    @Test("The spec's schema examples decode into our types", arguments: ConformanceFixtures.schemaExamples.map(\.0))
    func schemaExamples(name: String) throws {
        let spec = try #require(OpenAPISpec.shared)
        let decode = try #require(ConformanceFixtures.schemaExamples.first { $0.0 == name }?.1)
        let found = spec.schemaExample(name)
        let example = try #require(found, "\(name) has no x-oaiMeta example")
        let objects = ExampleJSON.objects(in: example)
        #expect(!objects.isEmpty)
        for object in objects {
            #expect(throws: Never.self, "\(name): \(object.prefix(200))") { try decode(object) }
        }
    }
}
