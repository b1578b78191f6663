import Foundation
import OpenAIClient
import Testing
import TestSupport

/// The stateful stand-in, driven through the real client: the mirror tests rely on it behaving like the API.
@Suite struct VectorStoreStandInTests {
    @Test("Stores uploads, attaches a batch that completes only after polling, and lists it with attributes")
    func batchLifecycle() async throws {
        let folder = try TemporaryDirectory()
        let a = try folder.write("a.md", "# Alpha\nrefunds within thirty days")
        let b = try folder.write("b.txt", "beta notes")
        let remote = VectorStoreStandIn(processingSteps: 2)
        try await TestHTTPServer.withServer(handler: remote.handler()) { server in
            let sleeps = RecordedSleeps()
            let client = OpenAI.mirrorTesting(server, sleeps: sleeps)
            let store = try await client.vectorStores.create(CreateVectorStoreRequest(name: "docs", metadata: ["index": "x"]))
            let report = try await client.vectorStores.fileBatches.uploadAndPoll(
                vectorStoreID: store.id,
                files: [LocalFileUpload(fileURL: a, attributes: ["path": "a.md"]), LocalFileUpload(fileURL: b, attributes: ["path": "b.txt"])]
            )
            #expect(report.batch?.status == .completed)
            #expect(report.failures.isEmpty)
            #expect(await sleeps.durations == [.seconds(1)])

            let listed = try await client.vectorStores.files.list(vectorStoreID: store.id, order: .ascending)
            #expect(listed.data.map(\.status) == [.completed, .completed])
            #expect(Set(listed.data.compactMap { $0.attributes?["path"]?.stringValue }) == ["a.md", "b.txt"])
            #expect(await remote.allFiles.map(\.filename).sorted() == ["a.md", "b.txt"])
            #expect(await remote.allStores.map(\.metadata) == [["index": "x"]])

            let hits = try await client.vectorStores.search(vectorStoreID: store.id, VectorStoreSearchRequest(query: "refunds", filters: .eq("path", "a.md")))
            #expect(hits.data.map(\.filename) == ["a.md"])
            let filtered = try await client.vectorStores.search(vectorStoreID: store.id, VectorStoreSearchRequest(query: "refunds", filters: .eq("path", "b.txt")))
            #expect(filtered.data.isEmpty)
        }
    }

    @Test("Fails processing of a scripted file with the server's reason")
    func processingFault() async throws {
        let folder = try TemporaryDirectory()
        let scan = try folder.write("scan.pdf", "%PDF-1.4")
        let remote = VectorStoreStandIn()
        await remote.failProcessing(named: "scan.pdf", code: "unsupported_file", message: "The file has no text.")
        try await TestHTTPServer.withServer(handler: remote.handler()) { server in
            let client = OpenAI.mirrorTesting(server)
            let storeID = await remote.makeStore()
            let report = try await client.vectorStores.fileBatches.uploadAndPoll(vectorStoreID: storeID, fileURLs: [scan])
            #expect(report.batch?.fileCounts.failed == 1)
            #expect(report.outcomes.first?.lastError == VectorStoreFileError(code: .unsupportedFile, message: "The file has no text."))
        }
    }

    @Test("Answers a scripted 500 on one upload, then accepts the retry")
    func uploadFault() async throws {
        let remote = VectorStoreStandIn()
        await remote.failUpload(named: "a.md", status: 500)
        try await TestHTTPServer.withServer(handler: remote.handler()) { server in
            let file = try await OpenAI.mirrorTesting(server, maxRetries: 1).files.create(CreateFileRequest(bytes: Array("x".utf8), filename: "a.md", purpose: .assistants))
            #expect(await remote.file(file.id)?.content == Array("x".utf8))
            #expect(await server.requests.map(\.path) == ["/v1/files", "/v1/files"])
        }
    }

    @Test("Refuses an upload whose extension file search does not accept")
    func unsupportedUpload() async throws {
        try await TestHTTPServer.withServer(handler: VectorStoreStandIn().handler()) { server in
            let error = await #expect(throws: OpenAIError.self) {
                try await OpenAI.mirrorTesting(server).files.create(CreateFileRequest(bytes: [1], filename: "data.csv", purpose: .assistants))
            }
            #expect(error?.status == 400)
            #expect(error?.message.contains("Invalid file format") == true)
        }
    }

    @Test("Sends a 429 burst the client rides out, and a quota error it does not retry")
    func rateLimits() async throws {
        let remote = VectorStoreStandIn()
        try await TestHTTPServer.withServer(handler: remote.handler()) { server in
            let sleeps = RecordedSleeps()
            let client = OpenAI.mirrorTesting(server, maxRetries: 3, sleeps: sleeps)
            await remote.rateLimitNext(2, retryAfterMilliseconds: 20)
            _ = try await client.vectorStores.create(CreateVectorStoreRequest(name: "x"))
            #expect(await sleeps.durations == [.milliseconds(20), .milliseconds(20)])

            await remote.setQuotaExhausted(true)
            let error = await #expect(throws: OpenAIError.self) { try await client.vectorStores.list() }
            #expect(error?.code == "insufficient_quota")
            #expect(await server.requests.count == 4)
        }
    }

    @Test("Assembles a multipart upload into one file")
    func multipartUpload() async throws {
        let folder = try TemporaryDirectory()
        let big = try folder.write("big.txt", String(repeating: "0123456789", count: 30))
        let remote = VectorStoreStandIn()
        try await TestHTTPServer.withServer(handler: remote.handler()) { server in
            let file = try await OpenAI.mirrorTesting(server).uploads.upload(fileURL: big, purpose: .assistants, partSize: 128, maxConcurrentParts: 2)
            #expect(await remote.file(file.id)?.content == Array(try Data(contentsOf: big)))
            #expect(await server.requests.filter { $0.path.hasSuffix("/parts") }.count == 3)
        }
    }

    @Test("Deletes files, detaches store files, and pages listings")
    func deletionAndPaging() async throws {
        let remote = VectorStoreStandIn(processingSteps: 0)
        try await TestHTTPServer.withServer(handler: remote.handler()) { server in
            let client = OpenAI.mirrorTesting(server)
            let storeID = await remote.makeStore()
            var ids: [String] = []
            for index in 0..<5 {
                let file = try await client.files.create(CreateFileRequest(bytes: [UInt8(65 + index)], filename: "f\(index).txt", purpose: .assistants))
                _ = try await client.vectorStores.files.create(vectorStoreID: storeID, CreateVectorStoreFileRequest(fileID: file.id))
                ids.append(file.id)
            }
            var listed: [String] = []
            for try await file in client.vectorStores.files.listAll(vectorStoreID: storeID, order: .ascending, pageSize: 2) { listed.append(file.id) }
            #expect(listed == ids)

            _ = try await client.vectorStores.files.delete(ids[0], vectorStoreID: storeID)
            _ = try await client.files.delete(ids[1])
            #expect(await remote.storeFiles(in: storeID).map(\.id) == Array(ids[2...]))
            #expect(await remote.file(ids[0]) != nil)
            #expect(await remote.file(ids[1]) == nil)
            let error = await #expect(throws: OpenAIError.self) { try await client.vectorStores.files.retrieve(ids[0], vectorStoreID: storeID) }
            #expect(error?.status == 404)
        }
    }
}
