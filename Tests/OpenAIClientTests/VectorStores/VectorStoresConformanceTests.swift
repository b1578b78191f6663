import Foundation
import OpenAIClient
import TestSupport
import Testing

/// The files, uploads and vector store operations, checked against the official description like the core's.
enum StorageConformanceFixtures {
    /// Path placeholders: the id each call uses, and the template segment it stands for.
    static let placeholders = [
        ("VS_ID", "{vector_store_id}"), ("FILE_ID", "{file_id}"), ("BATCH_ID", "{batch_id}"), ("UPLOAD_ID", "{upload_id}"),
    ]

    static let createFile = CreateFileRequest(bytes: [1], filename: "a.md", purpose: .assistants, expiresAfter: FileExpiration(seconds: 3600))
    static let createUpload = CreateUploadRequest(filename: "a.jsonl", purpose: .batch, bytes: 1, mimeType: "application/jsonl", expiresAfter: FileExpiration(seconds: 3600))
    static let completeUpload = CompleteUploadRequest(partIDs: ["part_1"], md5: "d41d8cd98f00b204e9800998ecf8427e")
    static let staticChunking = ChunkingStrategy.static(StaticChunkingStrategy(maxChunkSizeTokens: 800, chunkOverlapTokens: 400))
    static let createStore = CreateVectorStoreRequest(
        name: "n", fileIDs: ["file-1"], expiresAfter: VectorStoreExpiration(days: 1), chunkingStrategy: staticChunking, metadata: ["k": "v"],
        description: "d"
    )
    static let modifyStore = ModifyVectorStoreRequest(name: "n", expiresAfter: VectorStoreExpiration(days: 1), metadata: ["k": "v"])
    static let createStoreFile = CreateVectorStoreFileRequest(fileID: "file-1", attributes: ["k": "v", "n": 1, "b": true], chunkingStrategy: staticChunking)
    static let createBatchOfIDs = CreateVectorStoreFileBatchRequest(fileIDs: ["file-1"], attributes: ["k": "v"], chunkingStrategy: .auto)
    static let createBatchOfFiles = CreateVectorStoreFileBatchRequest(files: [createStoreFile])
    static let search = VectorStoreSearchRequest(
        query: "q",
        filters: .or([.eq("k", "v"), .and([.gte("n", 1), .nin("t", ["a", "b"])])]),
        maxNumResults: 5,
        rankingOptions: .init(ranker: .default20241115, scoreThreshold: 0.5),
        rewriteQuery: true
    )

    static let operations: [CoveredOperation] = [
        CoveredOperation(method: "POST", path: "/files", requestSchema: "CreateFileRequest",
                         call: { _ = try await $0.files.create(createFile) }, decode: CoveredOperation.decoder(OpenAIFile.self)),
        CoveredOperation(method: "GET", path: "/files", call: { _ = try await $0.files.list(purpose: .assistants, limit: 1, order: .ascending, after: "x") },
                         decode: CoveredOperation.decoder(Page<OpenAIFile>.self)),
        CoveredOperation(method: "GET", path: "/files/{file_id}", call: { _ = try await $0.files.retrieve("FILE_ID") },
                         decode: CoveredOperation.decoder(OpenAIFile.self)),
        CoveredOperation(method: "DELETE", path: "/files/{file_id}", call: { _ = try await $0.files.delete("FILE_ID") },
                         decode: CoveredOperation.decoder(DeletionStatus.self)),
        CoveredOperation(method: "GET", path: "/files/{file_id}/content", call: { _ = try await $0.files.content("FILE_ID") }, decode: { _ in }),
        CoveredOperation(method: "POST", path: "/uploads", requestSchema: "CreateUploadRequest",
                         call: { _ = try await $0.uploads.create(createUpload) }, decode: CoveredOperation.decoder(Upload.self)),
        CoveredOperation(method: "POST", path: "/uploads/{upload_id}/parts", requestSchema: "AddUploadPartRequest",
                         call: { _ = try await $0.uploads.addPart(uploadID: "UPLOAD_ID", data: [1]) }, decode: CoveredOperation.decoder(UploadPart.self)),
        CoveredOperation(method: "POST", path: "/uploads/{upload_id}/complete", requestSchema: "CompleteUploadRequest",
                         call: { _ = try await $0.uploads.complete("UPLOAD_ID", completeUpload) }, decode: CoveredOperation.decoder(Upload.self)),
        CoveredOperation(method: "POST", path: "/uploads/{upload_id}/cancel", call: { _ = try await $0.uploads.cancel("UPLOAD_ID") },
                         decode: CoveredOperation.decoder(Upload.self)),
        CoveredOperation(method: "POST", path: "/vector_stores", requestSchema: "CreateVectorStoreRequest",
                         call: { _ = try await $0.vectorStores.create(createStore) }, decode: CoveredOperation.decoder(VectorStore.self)),
        CoveredOperation(method: "GET", path: "/vector_stores", call: { _ = try await $0.vectorStores.list(limit: 1, order: .ascending, after: "a", before: "b") },
                         decode: CoveredOperation.decoder(Page<VectorStore>.self)),
        CoveredOperation(method: "GET", path: "/vector_stores/{vector_store_id}", call: { _ = try await $0.vectorStores.retrieve("VS_ID") },
                         decode: CoveredOperation.decoder(VectorStore.self)),
        CoveredOperation(method: "POST", path: "/vector_stores/{vector_store_id}", requestSchema: "UpdateVectorStoreRequest",
                         call: { _ = try await $0.vectorStores.modify("VS_ID", modifyStore) }, decode: CoveredOperation.decoder(VectorStore.self)),
        CoveredOperation(method: "DELETE", path: "/vector_stores/{vector_store_id}", call: { _ = try await $0.vectorStores.delete("VS_ID") },
                         decode: CoveredOperation.decoder(DeletionStatus.self)),
        CoveredOperation(method: "POST", path: "/vector_stores/{vector_store_id}/search", requestSchema: "VectorStoreSearchRequest",
                         call: { _ = try await $0.vectorStores.search(vectorStoreID: "VS_ID", search) },
                         decode: CoveredOperation.decoder(VectorStoreSearchResultsPage.self)),
        CoveredOperation(method: "POST", path: "/vector_stores/{vector_store_id}/files", requestSchema: "CreateVectorStoreFileRequest",
                         call: { _ = try await $0.vectorStores.files.create(vectorStoreID: "VS_ID", createStoreFile) },
                         decode: CoveredOperation.decoder(VectorStoreFile.self)),
        CoveredOperation(method: "GET", path: "/vector_stores/{vector_store_id}/files",
                         call: { _ = try await $0.vectorStores.files.list(vectorStoreID: "VS_ID", limit: 1, order: .ascending, after: "a", before: "b", filter: .failed) },
                         decode: CoveredOperation.decoder(Page<VectorStoreFile>.self)),
        CoveredOperation(method: "GET", path: "/vector_stores/{vector_store_id}/files/{file_id}",
                         call: { _ = try await $0.vectorStores.files.retrieve("FILE_ID", vectorStoreID: "VS_ID") },
                         decode: CoveredOperation.decoder(VectorStoreFile.self)),
        CoveredOperation(method: "POST", path: "/vector_stores/{vector_store_id}/files/{file_id}", requestSchema: "UpdateVectorStoreFileAttributesRequest",
                         call: { _ = try await $0.vectorStores.files.update("FILE_ID", vectorStoreID: "VS_ID", attributes: ["k": "v"]) },
                         decode: CoveredOperation.decoder(VectorStoreFile.self)),
        CoveredOperation(method: "DELETE", path: "/vector_stores/{vector_store_id}/files/{file_id}",
                         call: { _ = try await $0.vectorStores.files.delete("FILE_ID", vectorStoreID: "VS_ID") },
                         decode: CoveredOperation.decoder(DeletionStatus.self)),
        CoveredOperation(method: "GET", path: "/vector_stores/{vector_store_id}/files/{file_id}/content",
                         call: { _ = try await $0.vectorStores.files.content("FILE_ID", vectorStoreID: "VS_ID") },
                         decode: CoveredOperation.decoder(VectorStoreFileContent.self)),
        CoveredOperation(method: "POST", path: "/vector_stores/{vector_store_id}/file_batches", requestSchema: "CreateVectorStoreFileBatchRequest",
                         call: { _ = try await $0.vectorStores.fileBatches.create(vectorStoreID: "VS_ID", createBatchOfIDs) },
                         decode: CoveredOperation.decoder(VectorStoreFileBatch.self)),
        CoveredOperation(method: "POST", path: "/vector_stores/{vector_store_id}/file_batches", requestSchema: "CreateVectorStoreFileBatchRequest",
                         call: { _ = try await $0.vectorStores.fileBatches.create(vectorStoreID: "VS_ID", createBatchOfFiles) },
                         decode: CoveredOperation.decoder(VectorStoreFileBatch.self)),
        CoveredOperation(method: "GET", path: "/vector_stores/{vector_store_id}/file_batches/{batch_id}",
                         call: { _ = try await $0.vectorStores.fileBatches.retrieve("BATCH_ID", vectorStoreID: "VS_ID") },
                         decode: CoveredOperation.decoder(VectorStoreFileBatch.self)),
        CoveredOperation(method: "POST", path: "/vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel",
                         call: { _ = try await $0.vectorStores.fileBatches.cancel("BATCH_ID", vectorStoreID: "VS_ID") },
                         decode: CoveredOperation.decoder(VectorStoreFileBatch.self)),
        CoveredOperation(method: "GET", path: "/vector_stores/{vector_store_id}/file_batches/{batch_id}/files",
                         call: { _ = try await $0.vectorStores.fileBatches.listFiles("BATCH_ID", vectorStoreID: "VS_ID", limit: 1, order: .ascending, after: "a", before: "b", filter: .completed) },
                         decode: CoveredOperation.decoder(Page<VectorStoreFile>.self)),
    ]

    /// Operations whose spec examples are not JSON (unquoted keys, or a raw file body): only checked for decoding
    /// when an example parses.
    static let withoutJSONExamples: Set<String> = [
        "GET /files/{file_id}/content", "DELETE /vector_stores/{vector_store_id}", "DELETE /vector_stores/{vector_store_id}/files/{file_id}",
        "POST /vector_stores/{vector_store_id}/files/{file_id}",
    ]

    static let schemaExamples: [(String, @Sendable (String) throws -> Void)] = [
        ("OpenAIFile", CoveredOperation.decoder(OpenAIFile.self)),
        ("Upload", CoveredOperation.decoder(Upload.self)),
        ("UploadPart", CoveredOperation.decoder(UploadPart.self)),
        ("VectorStoreObject", CoveredOperation.decoder(VectorStore.self)),
        ("VectorStoreFileObject", CoveredOperation.decoder(VectorStoreFile.self)),
        ("VectorStoreFileBatchObject", CoveredOperation.decoder(VectorStoreFileBatch.self)),
    ]

    /// The spec with `CompoundFilter`'s (and its beta twin's) `$recursiveRef: "#"` (a nested and/or) written as the
    /// `$ref` it means, which the shared helper follows.
    static let specResolvingRecursiveFilters: OpenAPISpec? = OpenAPISpec.shared.map { spec in
        func resolve(_ value: JSONValue, in name: String) -> JSONValue {
            switch value {
            case .object(let members) where members["$recursiveRef"] != nil:
                return ["$ref": .string("#/components/schemas/" + name)]
            case .object(let members):
                return .object(members.mapValues { resolve($0, in: name) })
            case .array(let elements):
                return .array(elements.map { resolve($0, in: name) })
            default:
                return value
            }
        }
        guard case .object(var root) = spec.root, case .object(var components) = root["components"],
              case .object(var schemas) = components["schemas"] else { return spec }
        for name in ["CompoundFilter", "BetaCompoundFilter"] {
            if let compound = schemas[name] { schemas[name] = resolve(compound, in: name) }
        }
        components["schemas"] = .object(schemas)
        root["components"] = .object(components)
        return OpenAPISpec(root: .object(root))
    }

    /// Sends `operation` through a recording transport and returns the request it produced.
    static func record(_ operation: CoveredOperation) async throws -> HTTPRequest {
        let transport = RecordingTransport(body: "{}")
        try? await operation.call(OpenAI(configuration: OpenAIConfiguration(apiKey: "k", maxRetries: 0), transport: transport))
        return try #require(await transport.log.requests.first)
    }

    /// The request body as JSON; a form becomes an object of its fields, `a[b]` names nested as `{"a": {"b": …}}`.
    static func bodyJSON(_ request: HTTPRequest) throws -> JSONValue {
        let bytes = try #require(request.body?.inMemoryBytes)
        guard let contentType = request.headers["Content-Type"], contentType.hasPrefix("multipart/form-data") else {
            return try JSONDecoder().decode(JSONValue.self, from: Data(bytes))
        }
        var fields: [String: JSONValue] = [:]
        for part in FormPart.parse(bytes, contentType: contentType) {
            let brackets: Set<Character> = ["[", "]"]
            let names: [String] = part.name.split { brackets.contains($0) }.map { String($0) }
            guard let outer = names.first else { continue }
            if names.count > 1 {
                var nested = fields[outer]?.objectValue ?? [:]
                nested[names[1]] = JSONValue.string(part.text)
                fields[outer] = .object(nested)
            } else {
                fields[outer] = JSONValue.string(part.text)
            }
        }
        return .object(fields)
    }
}

@Suite(.enabled(if: OpenAPISpec.fileURL != nil, "shared/openai-openapi/openapi.yaml not found above the package root: conformance checks skipped"))
struct StorageConformanceTests {
    @Test("Each files, uploads and vector stores operation's method and path exist in the spec", arguments: StorageConformanceFixtures.operations)
    func pathsExist(operation: CoveredOperation) async throws {
        let spec = try #require(OpenAPISpec.shared)
        let sent = try await StorageConformanceFixtures.record(operation)
        var path = sent.url.path.replacingOccurrences(of: "/v1", with: "", options: .anchored)
        for (id, template) in StorageConformanceFixtures.placeholders { path = path.replacingOccurrences(of: id, with: template) }
        #expect(sent.method.rawValue == operation.method)
        #expect(path == operation.path)
        #expect(spec.operation(operation.method, path) != nil, "\(operation.method) \(path) is not in the spec")
    }

    @Test("Every query item our list calls send is a parameter of the operation", arguments: StorageConformanceFixtures.operations.filter { $0.method == "GET" })
    func queryParameters(operation: CoveredOperation) async throws {
        let spec = try #require(OpenAPISpec.shared)
        let sent = try await StorageConformanceFixtures.record(operation)
        let names = URLComponents(url: sent.url, resolvingAgainstBaseURL: false)?.queryItems?.map(\.name) ?? []
        let declared = Set((spec.operation(operation.method, operation.path)?["parameters"]?.arrayValue ?? []).compactMap { $0["name"]?.stringValue })
        #expect(Set(names).isSubset(of: declared), "\(operation): sent \(names), declared \(declared.sorted())")
    }

    @Test("Every property our requests encode (JSON or form) is declared by the request schema",
          arguments: StorageConformanceFixtures.operations.filter { $0.requestSchema != nil })
    func requestProperties(operation: CoveredOperation) async throws {
        let spec = try #require(StorageConformanceFixtures.specResolvingRecursiveFilters)
        let schemaName = try #require(operation.requestSchema)
        let schema = try #require(spec.schema(named: schemaName))
        let content = spec.operation(operation.method, operation.path)?["requestBody"]?["content"]
        let specSchema = (content?["application/json"] ?? content?["multipart/form-data"])?["schema"]?["$ref"]?.stringValue
        #expect(specSchema == "#/components/schemas/\(schemaName)")
        let sent = try await StorageConformanceFixtures.record(operation)
        let mediaType = sent.headers["Content-Type"]?.split(separator: ";").first.map(String.init)
        #expect(content?[mediaType ?? ""] != nil, "\(operation) sends \(mediaType ?? "no body"), which the spec does not take")
        let json = try StorageConformanceFixtures.bodyJSON(sent)
        let undeclared = spec.undeclaredKeys(in: json, schemas: [schema])
        #expect(undeclared.isEmpty, "encoded but not in \(schemaName): \(undeclared)")
    }

    @Test("The request fixtures set every property, so the property check covers them all")
    func fixturesAreComplete() {
        typealias Fixtures = StorageConformanceFixtures
        #expect(unsetProperties(of: Fixtures.createFile).isEmpty)
        #expect(unsetProperties(of: Fixtures.createUpload).isEmpty)
        #expect(unsetProperties(of: Fixtures.completeUpload).isEmpty)
        #expect(unsetProperties(of: Fixtures.createStore).isEmpty)
        #expect(unsetProperties(of: Fixtures.modifyStore).isEmpty)
        #expect(unsetProperties(of: Fixtures.createStoreFile).isEmpty)
        #expect(unsetProperties(of: Fixtures.search).isEmpty)
        #expect(unsetProperties(of: Fixtures.createBatchOfIDs) == ["files"])
        #expect(unsetProperties(of: Fixtures.createBatchOfFiles).sorted() == ["attributes", "chunkingStrategy", "fileIDs"])
    }

    @Test("The spec's response examples decode into our response types", arguments: StorageConformanceFixtures.operations)
    func responseExamples(operation: CoveredOperation) throws {
        let spec = try #require(OpenAPISpec.shared)
        let objects = spec.responseExamples(operation.method, operation.path).flatMap(ExampleJSON.objects(in:))
        let parsable = objects.filter { (try? JSONDecoder().decode(JSONValue.self, from: Data($0.utf8))) != nil }
        if !StorageConformanceFixtures.withoutJSONExamples.contains(operation.description) {
            #expect(!parsable.isEmpty, "no example of \(operation) is JSON")
        }
        for object in parsable {
            #expect(throws: Never.self, "\(operation): \(object.prefix(200))") { try operation.decode(object) }
        }
    }

    @Test("The spec's schema examples decode into our types", arguments: StorageConformanceFixtures.schemaExamples.map(\.0))
    func schemaExamples(name: String) throws {
        let spec = try #require(OpenAPISpec.shared)
        let decode = try #require(StorageConformanceFixtures.schemaExamples.first { $0.0 == name }?.1)
        let example = try #require(spec.schemaExample(name), "\(name) has no x-oaiMeta example")
        let objects = ExampleJSON.objects(in: example)
        #expect(!objects.isEmpty)
        for object in objects {
            #expect(throws: Never.self, "\(name): \(object.prefix(200))") { try decode(object) }
        }
    }

    @Test("Our open enums know every value the spec lists")
    func enumValues() throws {
        let spec = try #require(OpenAPISpec.shared)
        func values(_ schema: String, _ property: String) -> Set<String> {
            Set((spec.schema(named: schema)?["properties"]?[property]?["enum"]?.arrayValue ?? []).compactMap(\.stringValue))
        }
        let purposes: Set<FilePurpose> = [.assistants, .assistantsOutput, .batch, .batchOutput, .fineTune, .fineTuneResults, .vision, .userData, .evals]
        #expect(values("OpenAIFile", "purpose").union(values("CreateFileRequest", "purpose")).isSubset(of: Set(purposes.map(\.rawValue))))
        #expect(values("VectorStoreObject", "status") == Set([VectorStoreStatus.inProgress, .completed, .expired].map(\.rawValue)))
        let fileStatuses = Set([VectorStoreFileStatus.inProgress, .completed, .cancelled, .failed].map(\.rawValue))
        #expect(values("VectorStoreFileObject", "status") == fileStatuses)
        #expect(values("VectorStoreFileBatchObject", "status") == fileStatuses)
        #expect(values("Upload", "status") == Set([UploadStatus.pending, .completed, .cancelled, .expired].map(\.rawValue)))
        #expect(values("ComparisonFilter", "type") == Set([ComparisonOperator.eq, .ne, .gt, .gte, .lt, .lte, .in, .nin].map(\.rawValue)))
    }
}
