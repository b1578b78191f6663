import Foundation
import OpenAIClient
import TestSupport
import Testing

/// The Responses and Conversations operations, checked against the official description like the core's.
enum ResponsesConformanceFixtures {
    /// Path placeholders: the id each call uses, and the template segment it stands for.
    static let placeholders = [("RESP_ID", "{response_id}"), ("CONV_ID", "{conversation_id}"), ("ITEM_ID", "{item_id}")]

    static let items: [ResponseItem] = [
        .message(role: .developer, text: "d"),
        .message(role: .user, content: [.inputText("t"), .inputImage(url: "https://x/y.png", detail: .high), .inputImage(ResponseInputImage(fileID: "file-1")),
                                        .inputFile(ResponseInputFile(fileID: "file-1")), .inputFile(ResponseInputFile(fileData: "data:application/pdf;base64,AA", filename: "a.pdf")),
                                        .inputFile(ResponseInputFile(fileURL: "https://x/a.pdf"))]),
        .message(ResponseMessage(id: "msg_1", role: .assistant, content: [.outputText(ResponseOutputText(text: "a", annotations: [.fileCitation(fileID: "file-1", filename: "a.md", index: 1)])), .refusal("r")], status: .completed)),
        .functionCall(ResponseFunctionCall(id: "fc_1", callID: "call_1", name: "f", arguments: "{}", status: .completed)),
        .functionCallOutput(callID: "call_1", output: "o"),
        .customToolCall(ResponseCustomToolCall(id: "ct_1", callID: "call_2", name: "sql", input: "SELECT 1")),
        .customToolCallOutput(callID: "call_2", output: "1"),
        .mcpApprovalResponse(ResponseMCPApprovalResponse(approvalRequestID: "mcpr_1", approve: true, reason: "ok")),
        .itemReference("msg_0"),
    ]

    static let tools: [ResponseTool] = [
        .function(name: "f", description: "d", parameters: ["type": "object"], strict: true),
        .custom(name: "sql", description: "d", format: .grammar(syntax: .lark, definition: "start: /.+/")),
        .custom(name: "free", format: .text),
        .fileSearch(ResponseFileSearchTool(vectorStoreIDs: ["vs_1"], filters: .or([.eq("k", "v"), .and([.gte("n", 1), .nin("t", ["a", "b"])])]),
                                           maxNumResults: 5, rankingOptions: ["ranker": "auto", "score_threshold": 0.5])),
        .webSearch(ResponseWebSearchTool(searchContextSize: "low", filters: ["allowed_domains": ["example.com"]], userLocation: ["type": "approximate", "country": "NO"])),
        .codeInterpreter,
        .mcp(ResponseMCPTool(serverLabel: "s", serverURL: "https://x/mcp", authorization: "t", serverDescription: "d", headers: ["X": "y"],
                             allowedTools: ["a"], requireApproval: "never")),
        .mcp(ResponseMCPTool(serverLabel: "g", connectorID: "connector_gmail")),
        .imageGeneration(ResponseImageGenerationTool(model: "gpt-image-1", quality: .low, size: .size1024, outputFormat: .png, outputCompression: 100,
                                                     background: .auto, moderation: "auto", partialImages: 1)),
        .computerUsePreview(displayWidth: 1024, displayHeight: 768, environment: "browser"),
        .shell(environment: ["type": "container_auto"]),
        .applyPatch,
        .localShell,
    ]

    static let create: CreateResponseRequest = {
        var request = CreateResponseRequest(model: "gpt-5", input: .items(items), instructions: "i", tools: tools)
        request.toolChoice = .function("f")
        request.parallelToolCalls = true
        request.maxToolCalls = 3
        request.text = ResponseTextSettings(format: .jsonSchema(name: "n", schema: ["type": "object"], description: "d", strict: true), verbosity: .low)
        request.reasoning = ResponseReasoningSettings(effort: .low, summary: "auto", context: "auto", mode: "standard")
        request.background = false
        request.previousResponseID = "resp_0"
        request.conversation = "conv_1"
        request.include = [.fileSearchCallResults, .webSearchCallResults, .webSearchCallActionSources, .messageInputImageURL,
                           .computerCallOutputImageURL, .codeInterpreterCallOutputs, .reasoningEncryptedContent, .messageOutputTextLogprobs]
        request.store = true
        request.truncation = .auto
        request.metadata = ["k": "v"]
        request.maxOutputTokens = 100
        request.temperature = 1
        request.topP = 1
        request.topLogprobs = 1
        request.serviceTier = .auto
        request.stream = false
        request.streamOptions = ResponseStreamOptions(includeObfuscation: false)
        request.safetyIdentifier = "s"
        request.promptCacheKey = "k"
        request.promptCacheRetention = "24h"
        request.promptCacheOptions = PromptCacheOptions(ttl: "30m", mode: .implicit)
        request.moderation = ModerationSettings(model: "omni-moderation-latest", policy: .init(input: .init(mode: .block)))
        request.prompt = ["id": "pmpt_1", "version": "1", "variables": ["name": "x"]]
        request.contextManagement = [["type": "compaction", "compact_threshold": 1000]]
        request.user = "u"
        return request
    }()

    static let countTokens: CountInputTokensRequest = {
        var request = CountInputTokensRequest(model: "gpt-5", input: .items(items), instructions: "i", tools: tools)
        request.toolChoice = .auto
        request.parallelToolCalls = true
        request.previousResponseID = "resp_0"
        request.conversation = "conv_1"
        request.reasoning = ResponseReasoningSettings(effort: .high)
        request.text = ResponseTextSettings(format: .jsonObject)
        request.truncation = .disabled
        request.personality = "default"
        return request
    }()

    static let compact: CompactResponseRequest = {
        var request = CompactResponseRequest(model: "gpt-5", input: .items(items), previousResponseID: "resp_0", instructions: "i")
        request.serviceTier = .flex
        request.promptCacheKey = "k"
        request.promptCacheRetention = "24h"
        request.promptCacheOptions = PromptCacheOptions(mode: .explicit)
        return request
    }()

    static let createConversation = CreateConversationRequest(items: items, metadata: ["k": "v"])
    static let updateConversation = UpdateConversationRequest(metadata: ["k": "v"])

    /// Decodes a `POST /responses` example: the response, or any event of its stream.
    static let decodeResponseOrEvent: @Sendable (String) throws -> Void = { text in
        let object = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
        if object["object"] == nil, object["type"] != nil {
            _ = try JSONDecoder().decode(ResponseStreamEvent.self, from: Data(text.utf8))
        } else {
            _ = try JSONDecoder().decode(Response.self, from: Data(text.utf8))
        }
    }

    static let operations: [CoveredOperation] = [
        CoveredOperation(method: "POST", path: "/responses", requestSchema: "CreateResponse",
                         call: { _ = try await $0.responses.create(create) }, decode: decodeResponseOrEvent),
        CoveredOperation(method: "GET", path: "/responses/{response_id}",
                         call: { _ = try await $0.responses.retrieve("RESP_ID", include: [.fileSearchCallResults]) }, decode: decodeResponseOrEvent),
        CoveredOperation(method: "DELETE", path: "/responses/{response_id}", call: { _ = try await $0.responses.delete("RESP_ID") },
                         decode: CoveredOperation.decoder(DeletionStatus.self)),
        CoveredOperation(method: "POST", path: "/responses/{response_id}/cancel", call: { _ = try await $0.responses.cancel("RESP_ID") },
                         decode: CoveredOperation.decoder(Response.self)),
        CoveredOperation(method: "GET", path: "/responses/{response_id}/input_items",
                         call: { _ = try await $0.responses.inputItems.list(responseID: "RESP_ID", limit: 1, order: .ascending, after: "x", include: [.messageInputImageURL]) },
                         decode: CoveredOperation.decoder(Page<ResponseItem>.self)),
        CoveredOperation(method: "POST", path: "/responses/input_tokens", requestSchema: "TokenCountsBody",
                         call: { _ = try await $0.responses.inputTokens.count(countTokens) }, decode: CoveredOperation.decoder(InputTokenCount.self)),
        CoveredOperation(method: "POST", path: "/responses/compact", requestSchema: "CompactResponseMethodPublicBody",
                         call: { _ = try await $0.responses.compact(compact) }, decode: CoveredOperation.decoder(CompactedResponse.self)),
        CoveredOperation(method: "POST", path: "/conversations", requestSchema: "CreateConversationBody",
                         call: { _ = try await $0.conversations.create(createConversation) }, decode: CoveredOperation.decoder(Conversation.self)),
        CoveredOperation(method: "GET", path: "/conversations/{conversation_id}", call: { _ = try await $0.conversations.retrieve("CONV_ID") },
                         decode: CoveredOperation.decoder(Conversation.self)),
        CoveredOperation(method: "POST", path: "/conversations/{conversation_id}", requestSchema: "UpdateConversationBody",
                         call: { _ = try await $0.conversations.update("CONV_ID", updateConversation) }, decode: CoveredOperation.decoder(Conversation.self)),
        CoveredOperation(method: "DELETE", path: "/conversations/{conversation_id}", call: { _ = try await $0.conversations.delete("CONV_ID") },
                         decode: CoveredOperation.decoder(DeletionStatus.self)),
        CoveredOperation(method: "POST", path: "/conversations/{conversation_id}/items",
                         call: { _ = try await $0.conversations.items.create(conversationID: "CONV_ID", items: items, include: [.fileSearchCallResults]) },
                         decode: CoveredOperation.decoder(ConversationItemList.self)),
        CoveredOperation(method: "GET", path: "/conversations/{conversation_id}/items",
                         call: { _ = try await $0.conversations.items.list(conversationID: "CONV_ID", limit: 1, order: .descending, after: "x", include: [.reasoningEncryptedContent]) },
                         decode: CoveredOperation.decoder(ConversationItemList.self)),
        CoveredOperation(method: "GET", path: "/conversations/{conversation_id}/items/{item_id}",
                         call: { _ = try await $0.conversations.items.retrieve("ITEM_ID", conversationID: "CONV_ID", include: [.fileSearchCallResults]) },
                         decode: CoveredOperation.decoder(ResponseItem.self)),
        CoveredOperation(method: "DELETE", path: "/conversations/{conversation_id}/items/{item_id}",
                         call: { _ = try await $0.conversations.items.delete("ITEM_ID", conversationID: "CONV_ID") },
                         decode: CoveredOperation.decoder(Conversation.self)),
    ]

    /// Items whose decoding fell back to ``ResponseItem/other(_:)`` although this library models their type.
    static func fallbacks(in text: String) throws -> [String] {
        let modelled: Set<String> = ["message", "function_call", "function_call_output", "custom_tool_call", "custom_tool_call_output",
                                     "file_search_call", "web_search_call", "reasoning", "image_generation_call", "code_interpreter_call",
                                     "mcp_call", "mcp_approval_request", "mcp_approval_response", "agent_message", "multi_agent_call",
                                     "multi_agent_call_output"]
        let root = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
        let candidates = (root["output"]?.arrayValue ?? []) + (root["data"]?.arrayValue ?? []) + (root["item"].map { [$0] } ?? [])
        return try candidates.compactMap { candidate -> String? in
            guard let type = candidate["type"]?.stringValue, modelled.contains(type) else { return nil }
            let item = try JSONDecoder().decode(ResponseItem.self, from: JSONEncoder().encode(candidate))
            if case .other = item { return type }
            return nil
        }
    }
}

@Suite(.enabled(if: OpenAPISpec.fileURL != nil, "shared/openai-openapi/openapi.yaml not found above the package root: conformance checks skipped"))
struct ResponsesConformanceTests {
    static func record(_ operation: CoveredOperation) async throws -> HTTPRequest {
        try await StorageConformanceFixtures.record(operation)
    }

    /// The generally available operations and their `?beta=true` twins.
    static let operations = ResponsesConformanceFixtures.operations + ResponsesBetaFixtures.operations

    /// Whether the request went to a beta twin (`beta=true`, which the spec writes into the twin's path).
    static func isBeta(_ request: HTTPRequest) -> Bool {
        URLComponents(url: request.url, resolvingAgainstBaseURL: false)?.queryItems?.contains(URLQueryItem(name: "beta", value: "true")) == true
    }

    @Test("Each Responses and Conversations operation's method and path exist in the spec", arguments: operations)
    func pathsExist(operation: CoveredOperation) async throws {
        let spec = try #require(OpenAPISpec.shared)
        let sent = try await Self.record(operation)
        var path = sent.url.path.replacingOccurrences(of: "/v1", with: "", options: .anchored) + (Self.isBeta(sent) ? "?beta=true" : "")
        for (id, template) in ResponsesConformanceFixtures.placeholders { path = path.replacingOccurrences(of: id, with: template) }
        #expect(sent.method.rawValue == operation.method)
        #expect(path == operation.path)
        #expect(spec.operation(operation.method, path) != nil, "\(operation.method) \(path) is not in the spec")
    }

    @Test("Every query item we send is a parameter of the operation (or, for a twin, its path's beta=true)", arguments: operations)
    func queryParameters(operation: CoveredOperation) async throws {
        let spec = try #require(OpenAPISpec.shared)
        let sent = try await Self.record(operation)
        let names = (URLComponents(url: sent.url, resolvingAgainstBaseURL: false)?.queryItems?.map(\.name) ?? [])
            .filter { $0 != "beta" || !operation.path.hasSuffix("?beta=true") }
        let declared = Set((spec.operation(operation.method, operation.path)?["parameters"]?.arrayValue ?? []).compactMap { $0["name"]?.stringValue })
        #expect(Set(names).isSubset(of: declared), "\(operation): sent \(names), declared \(declared.sorted())")
    }

    @Test("Every property our requests encode is declared by the request schema, as the spec names it",
          arguments: operations.filter { $0.requestSchema != nil })
    func requestProperties(operation: CoveredOperation) async throws {
        let spec = try #require(StorageConformanceFixtures.specResolvingRecursiveFilters)
        let schemaName = try #require(operation.requestSchema)
        let schema = try #require(spec.schema(named: schemaName))
        let specSchema = spec.operation(operation.method, operation.path)?["requestBody"]?["content"]?["application/json"]?["schema"]?["$ref"]?.stringValue
        #expect(specSchema == "#/components/schemas/\(schemaName)")
        let sent = try await Self.record(operation)
        let json = try StorageConformanceFixtures.bodyJSON(sent)
        let undeclared = spec.undeclaredKeys(in: json, schemas: [schema])
        #expect(undeclared.isEmpty, "encoded but not in \(schemaName): \(undeclared)")
    }

    @Test("The items body of POST /conversations/{conversation_id}/items uses the spec's InputItem names")
    func itemsBody() async throws {
        let spec = try #require(StorageConformanceFixtures.specResolvingRecursiveFilters)
        let operation = try #require(ResponsesConformanceFixtures.operations.first { $0.description == "POST /conversations/{conversation_id}/items" })
        let schema = try #require(spec.operation("POST", "/conversations/{conversation_id}/items")?["requestBody"]?["content"]?["application/json"]?["schema"])
        let json = try StorageConformanceFixtures.bodyJSON(try await Self.record(operation))
        #expect(spec.undeclaredKeys(in: json, schemas: [schema]).isEmpty)
    }

    @Test("The request fixtures set every property, so the property check covers them all")
    func fixturesAreComplete() {
        typealias Fixtures = ResponsesConformanceFixtures
        #expect(unsetProperties(of: Fixtures.create).isEmpty)
        #expect(unsetProperties(of: Fixtures.countTokens).isEmpty)
        #expect(unsetProperties(of: Fixtures.compact).isEmpty)
        #expect(unsetProperties(of: Fixtures.createConversation).isEmpty)
        #expect(unsetProperties(of: Fixtures.updateConversation).isEmpty)
        #expect(unsetProperties(of: ResponsesBetaFixtures.create).isEmpty)
    }

    @Test("The twins' OpenAI-Beta header names a value of the spec's openai-beta parameter", arguments: ResponsesBetaFixtures.operations)
    func betaHeader(operation: CoveredOperation) async throws {
        let spec = try #require(OpenAPISpec.shared)
        let parameter = (spec.operation(operation.method, operation.path)?["parameters"]?.arrayValue ?? []).first { $0["name"] == "openai-beta" }
        let allowed = Set((parameter?["schema"]?["items"]?["enum"]?.arrayValue ?? []).compactMap(\.stringValue))
        let sent = try #require(try await Self.record(operation).headers["OpenAI-Beta"])
        #expect(parameter?["in"] == "header")
        #expect(Set(sent.split(separator: ",").map(String.init)).isSubset(of: allowed), "sent \(sent), allowed \(allowed)")
        #expect(ResponsesBetaFeature.multiAgent.rawValue == sent)
    }

    @Test("The beta schemas add to the generally available ones only multi_agent (request) and agent tags and multi-agent items")
    func betaSchemasDiffer() throws {
        let spec = try #require(OpenAPISpec.shared)
        func properties(_ name: String) -> Set<String> {
            Set(spec.flatten([["$ref": .string("#/components/schemas/" + name)]]).flatMap { $0["properties"]?.objectValue?.keys.map { $0 } ?? [] })
        }
        for (general, beta, added) in [("CreateResponse", "BetaCreateResponse", ["multi_agent"]), ("Response", "BetaResponse", []),
                                       ("TokenCountsBody", "BetaTokenCountsBody", []), ("CompactResponseMethodPublicBody", "BetaCompactResponseMethodPublicBody", [])] {
            #expect(properties(beta).subtracting(properties(general)) == Set(added), "\(beta)")
            #expect(properties(general).isSubset(of: properties(beta)), "\(beta)")
        }
        #expect(properties("BetaMultiAgentParam") == ["enabled", "max_concurrent_subagents"])
        #expect(properties("BetaAgentTag") == ["agent_name"])
    }

    @Test("The spec's response examples decode into our response types, modelled items as themselves",
          arguments: operations)
    func responseExamples(operation: CoveredOperation) throws {
        let spec = try #require(OpenAPISpec.shared)
        let objects = spec.responseExamples(operation.method, operation.path).flatMap(ExampleJSON.objects(in:))
        let parsable = objects.filter { (try? JSONDecoder().decode(JSONValue.self, from: Data($0.utf8))) != nil }
        #expect(!parsable.isEmpty, "no example of \(operation) is JSON")
        for object in parsable {
            #expect(throws: Never.self, "\(operation): \(object.prefix(200))") { try operation.decode(object) }
            #expect(try ResponsesConformanceFixtures.fallbacks(in: object).isEmpty, "\(operation): \(object.prefix(200))")
        }
    }

    @Test("Our open enums know every value the spec lists")
    func enumValues() throws {
        let spec = try #require(OpenAPISpec.shared)
        func values(_ schema: String) -> Set<String> {
            let node = spec.schema(named: schema)
            let direct = node?["enum"]?.arrayValue ?? []
            let nested = (node?["anyOf"]?.arrayValue ?? []).flatMap { $0["enum"]?.arrayValue ?? [] }
            return Set((direct + nested).compactMap(\.stringValue))
        }
        #expect(values("IncludeEnum").isSubset(of: Set([ResponseInclude.fileSearchCallResults, .webSearchCallResults, .webSearchCallActionSources,
                                                        .messageInputImageURL, .computerCallOutputImageURL, .codeInterpreterCallOutputs,
                                                        .reasoningEncryptedContent, .messageOutputTextLogprobs].map(\.rawValue))))
        #expect(values("ReasoningEffort") == Set([ReasoningEffort.none, .minimal, .low, .medium, .high, .xhigh, .max].map(\.rawValue)))
        #expect(values("Verbosity") == Set([Verbosity.low, .medium, .high].map(\.rawValue)))
        let statuses = Set((spec.schema(named: "Response")?["allOf"]?.arrayValue ?? []).compactMap { $0["properties"]?["status"]?["enum"]?.arrayValue }
            .flatMap { $0 }.compactMap(\.stringValue))
        #expect(statuses.isSubset(of: Set([ResponseStatus.queued, .inProgress, .completed, .failed, .cancelled, .incomplete].map(\.rawValue))))
    }

    /// The `type` constant of each schema a union (`anyOf`/`oneOf` of `$ref`s) lists, with the schema's example.
    static func eventSchemas(_ spec: OpenAPISpec, union: JSONValue?) -> [(type: String, example: String?)] {
        let references = (union?["anyOf"]?.arrayValue ?? union?["oneOf"]?.arrayValue ?? []).compactMap { $0["$ref"]?.stringValue }
        return references.compactMap { reference in
            let name = String(reference.split(separator: "/").last ?? "")
            guard let schema = spec.schema(named: name),
                  let type = (schema["properties"]?["type"]?["enum"]?.arrayValue?.first ?? schema["properties"]?["type"]?["const"])?.stringValue
            else { return nil }
            return (type, schema["x-oaiMeta"]?["example"]?.stringValue)
        }
    }

    @Test("Every response stream event type the spec defines has a constant, and its example decodes")
    func streamEvents() throws {
        let spec = try #require(OpenAPISpec.shared)
        let events = Self.eventSchemas(spec, union: spec.schema(named: "ResponseStreamEvent"))
        #expect(events.count == 58)
        #expect(Set(events.map(\.type)) == Set(ResponseStreamEventType.known.map(\.rawValue)))
        var decoded = 0
        for (type, example) in events {
            let parsable = ExampleJSON.objects(in: example ?? "").filter { (try? JSONDecoder().decode(JSONValue.self, from: Data($0.utf8))) != nil }
            for object in parsable where object.contains("\"type\"") {
                let event = try JSONDecoder().decode(ResponseStreamEvent.self, from: Data(object.utf8))
                #expect(event.type.rawValue == type)
                decoded += 1
            }
        }
        #expect(decoded > 40, "only \(decoded) stream event examples decoded")
    }

    @Test("Every webhook the spec defines has a constant, and its example decodes")
    func webhookEvents() throws {
        let spec = try #require(OpenAPISpec.shared)
        let names = (spec.root["webhooks"]?.objectValue ?? [:]).values.compactMap { $0["post"]?["requestBody"]?["content"]?["application/json"]?["schema"]?["$ref"]?.stringValue }
        let events = Self.eventSchemas(spec, union: .object(["anyOf": .array(names.map { ["$ref": .string($0)] })]))
        #expect(events.count == 16)
        #expect(Set(events.map(\.type)) == Set(WebhookEventType.known.map(\.rawValue)))
        for (type, example) in events {
            let objects = ExampleJSON.objects(in: try #require(example, "\(type) has no example"))
            #expect(!objects.isEmpty)
            for object in objects {
                let event = try JSONDecoder().decode(WebhookEvent.self, from: Data(object.utf8))
                #expect(event.type.rawValue == type)
                #expect(event.data.id != nil || event.data.callID != nil || event.data.sessionID != nil)
            }
        }
    }
}
