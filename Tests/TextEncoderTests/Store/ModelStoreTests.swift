import Foundation
import TestSupport
import Testing

@testable import TextEncoder

@Suite struct ModelStoreTests {
    /// A client of the stand-in Hub. Its patience is long: on a 2-core machine the parallel CPU-bound suites can hold
    /// both threads of the concurrency pool (which serves the stand-in too) for over a minute, so an answer may come
    /// late; it never comes wrong.
    private static func hub(_ server: TestHTTPServer) -> HubClient {
        HubClient(baseURL: server.rootURL, timeout: 900)
    }

    private func makeStore() throws -> ModelStore {
        ModelStore(root: try Fixtures.temporaryFolder().appendingPathComponent("models"))
    }

    @Test("Adds, lists, opens and removes a local model folder")
    func addListRemove() throws {
        let store = try makeStore()
        #expect(try store.list().isEmpty)
        let installed = try store.add(folder: Fixtures.model("tiny-mean-f32"), name: "tiny")
        #expect(installed.dimensions == 32)
        #expect(installed.sizeOnDisk > 100_000)
        #expect(try store.list().map(\.name) == ["tiny"])
        let encoder = try store.open("tiny")
        #expect(encoder.identity().name == "tiny")
        let again = #expect(throws: TextEncoderError.self) { try store.add(folder: Fixtures.model("tiny-mean-f32"), name: "tiny") }
        #expect(again?.kind == .modelExists)
        try store.remove(name: "tiny")
        #expect(try store.list().isEmpty)
        let missing = #expect(throws: TextEncoderError.self) { try store.remove(name: "tiny") }
        #expect(missing?.kind == .modelNotFound)
    }

    @Test("Installs nothing from a folder that does not load")
    func addBroken() throws {
        let store = try makeStore()
        let folder = try Fixtures.copy(of: "tiny-cls-bf16")
        try FileManager.default.removeItem(at: folder.appendingPathComponent("model.safetensors"))
        #expect(throws: TextEncoderError.self) { try store.add(folder: folder) }
        #expect(try store.list().isEmpty)
        #expect(throws: TextEncoderError.self) { try store.add(folder: Fixtures.model("tiny-cls-bf16"), name: "../escape") }
    }

    @Test("Picks the root from RAG_MODELS, then XDG_CACHE_HOME, then HOME")
    func defaultRoot() {
        #expect(ModelStore.defaultRoot(environment: ["RAG_MODELS": "/m", "XDG_CACHE_HOME": "/c"]).path == "/m")
        #expect(ModelStore.defaultRoot(environment: ["XDG_CACHE_HOME": "/c", "HOME": "/h"]).path == "/c/ragkit/models")
        #expect(ModelStore.defaultRoot(environment: ["HOME": "/h"]).path == "/h/.cache/ragkit/models")
    }

    @Test("Pulls the needed files of a repository and installs them")
    func pull() async throws {
        let store = try makeStore()
        let hub = try HubStandIn(variant: "tiny-mean-f32")
        try await TestHTTPServer.withServer(handler: { hub.respond($0) }) { server in
            let installed = try await store.pull(repository: hub.repository, hub: Self.hub(server))
            #expect(installed.name == "tiny-model")
            let names = try FileManager.default.contentsOfDirectory(atPath: installed.folder.path)
            #expect(!names.contains("README.md"))
            #expect(!names.contains { $0.hasSuffix(".partial") })
            let local = try SentenceEncoder(folder: Fixtures.model("tiny-mean-f32"))
            let pulled = try store.open("tiny-model")
            #expect(pulled.encode(documents: ["hello"]) == local.encode(documents: ["hello"]))
            #expect(pulled.identity().weightsSHA256 == hub.publishedDigest)
            let listing = await server.requests.first
            #expect(listing?.query("recursive") == "true")
        }
    }

    @Test("Resumes the weights with a Range request after a dropped connection")
    func resume() async throws {
        let store = try makeStore()
        let hub = try HubStandIn(variant: "tiny-mean-f32", dropWeightsAfter: 100_000)
        try await TestHTTPServer.withServer(handler: { hub.respond($0) }) { server in
            _ = try await store.pull(repository: hub.repository, hub: Self.hub(server))
            #expect(HubStandIn.weightRanges(await server.requests) == [nil, "bytes=100000-"])
            #expect(try store.list().map(\.name) == ["tiny-model"])
        }
    }

    @Test("Refuses weights whose digest differs from the published one, installing nothing")
    func wrongDigest() async throws {
        let store = try makeStore()
        let hub = try HubStandIn(variant: "tiny-mean-f32", publishedDigest: String(repeating: "ab", count: 32))
        try await TestHTTPServer.withServer(handler: { hub.respond($0) }) { server in
            let error = await #expect(throws: TextEncoderError.self) {
                try await store.pull(repository: hub.repository, hub: Self.hub(server))
            }
            #expect(error?.kind == .integrity)
            let installed = try store.list()
            #expect(installed.isEmpty)
            #expect(!FileManager.default.fileExists(atPath: store.root.appendingPathComponent("tiny-model").path))
            let partial = store.root.appendingPathComponent(".incoming/tiny-model/model.safetensors.partial")
            #expect(!FileManager.default.fileExists(atPath: partial.path))
        }
    }

    @Test("Reports an unknown repository as a 404")
    func notFound() async throws {
        let store = try makeStore()
        let hub = try HubStandIn(variant: "tiny-mean-f32")
        try await TestHTTPServer.withServer(handler: { hub.respond($0) }) { server in
            let error = await #expect(throws: TextEncoderError.self) {
                try await store.pull(repository: "nobody/nothing", hub: Self.hub(server))
            }
            #expect(error?.kind == .download)
            #expect(error?.status == 404)
            let installed = try store.list()
            #expect(installed.isEmpty)
        }
    }

    @Test("Reports a file that vanished from the server as a 404")
    func fileNotFound() async throws {
        let hub = try HubStandIn(variant: "tiny-mean-f32")
        let destination = try Fixtures.temporaryFolder().appendingPathComponent("gone.json")
        try await TestHTTPServer.withServer(handler: { hub.respond($0) }) { server in
            let error = await #expect(throws: TextEncoderError.self) {
                try await Self.hub(server).download(
                    HubFile(path: "gone.json", size: 10), repository: hub.repository, to: destination)
            }
            #expect(error?.status == 404)
            #expect(await server.requests.count == 1)
        }
    }
}
