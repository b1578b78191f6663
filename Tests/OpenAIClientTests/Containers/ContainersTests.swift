import Foundation
import OpenAIClient
import TestSupport
import Testing

/// Request fixtures with every property set, and the conformance entries, for containers.
enum ContainerFixtures {
    static let container = CreateContainerRequest(
        name: "c", fileIDs: ["file-1"], expiresAfter: ContainerExpiration(minutes: 20),
        skills: [.reference("skill_1", version: "2"), .inline(name: "n", description: "d", zipBase64: "UEsDBA==")],
        memoryLimit: .gigabytes4, networkPolicy: .allowlist(["example.com"], secrets: [.init(domain: "example.com", name: "TOKEN", value: "t")])
    )

    static let operations: [CoveredOperation] = [
        CoveredOperation(method: "GET", path: "/containers", call: { _ = try await $0.containers.list(name: "c") },
                         decode: CoveredOperation.decoder(Page<Container>.self)),
        CoveredOperation(method: "POST", path: "/containers", requestSchema: "CreateContainerBody",
                         call: { _ = try await $0.containers.create(container) }, decode: CoveredOperation.decoder(Container.self)),
        CoveredOperation(method: "GET", path: "/containers/{container_id}", call: { _ = try await $0.containers.retrieve("{container_id}") },
                         decode: CoveredOperation.decoder(Container.self)),
        CoveredOperation(method: "DELETE", path: "/containers/{container_id}", call: { _ = try await $0.containers.delete("{container_id}") },
                         decode: CoveredOperation.decoder(DeletionStatus.self)),
        CoveredOperation(method: "POST", path: "/containers/{container_id}/files", requestSchema: "CreateContainerFileBody",
                         call: { _ = try await $0.containers.files.create(containerID: "{container_id}", fileID: "file-1") },
                         decode: CoveredOperation.decoder(ContainerFile.self)),
        CoveredOperation(method: "GET", path: "/containers/{container_id}/files",
                         call: { _ = try await $0.containers.files.list(containerID: "{container_id}") },
                         decode: CoveredOperation.decoder(Page<ContainerFile>.self)),
        CoveredOperation(method: "GET", path: "/containers/{container_id}/files/{file_id}",
                         call: { _ = try await $0.containers.files.retrieve("{file_id}", containerID: "{container_id}") },
                         decode: CoveredOperation.decoder(ContainerFile.self)),
        CoveredOperation(method: "DELETE", path: "/containers/{container_id}/files/{file_id}",
                         call: { _ = try await $0.containers.files.delete("{file_id}", containerID: "{container_id}") },
                         decode: CoveredOperation.decoder(DeletionStatus.self)),
        // The content is the file's bytes, not JSON.
        CoveredOperation(method: "GET", path: "/containers/{container_id}/files/{file_id}/content",
                         call: { _ = try await $0.containers.files.content("{file_id}", containerID: "{container_id}") },
                         decode: { _ in }, hasResponseExample: false),
    ]
}

@Suite struct ContainersTests {
    static let containerJSON = """
    {"id": "cntr_1", "object": "container", "created_at": 1747857508, "status": "running", "name": "analysis",
     "last_active_at": 1747857508, "expires_after": {"anchor": "last_active_at", "minutes": 20}, "memory_limit": "4g",
     "network_policy": {"type": "allowlist", "allowed_domains": ["example.com"]}}
    """
    static let fileJSON = """
    {"id": "cfile_1", "object": "container.file", "created_at": 1747848842, "bytes": 880, "container_id": "cntr_1",
     "path": "/mnt/data/data.csv", "source": "user"}
    """

    @Test("Creates a container with every field, and decodes it")
    func create() async throws {
        try await TestHTTPServer.withServer(responses: [.json(Self.containerJSON)]) { server in
            let container = try await OpenAI.testing(server).containers.create(CreateContainerRequest(
                name: "analysis", expiresAfter: ContainerExpiration(minutes: 20), skills: [.reference("skill_1")],
                memoryLimit: .gigabytes4, networkPolicy: .allowlist(["example.com"])))
            let sent = try #require(await server.requests.first)
            #expect(sent.path == "/v1/containers")
            #expect(sent.json == [
                "name": "analysis", "expires_after": ["anchor": "last_active_at", "minutes": 20],
                "skills": [["type": "skill_reference", "skill_id": "skill_1"]], "memory_limit": "4g",
                "network_policy": ["type": "allowlist", "allowed_domains": ["example.com"]],
            ])
            #expect(container.status == .running)
            #expect(container.memoryLimit == .gigabytes4)
            #expect(container.networkPolicy?.allowedDomains == ["example.com"])
        }
    }

    @Test("Uploads a file as multipart, copies a stored one as JSON, and downloads content")
    func files() async throws {
        try await TestHTTPServer.withServer(responses: [.json(Self.fileJSON), .json(Self.fileJSON), .text("a,b\n1,2\n", contentType: "text/csv")]) { server in
            let files = OpenAI.testing(server).containers.files
            let uploaded = try await files.upload(containerID: "cntr_1", file: FormFile(filename: "data.csv", bytes: Array("a,b\n".utf8)))
            _ = try await files.create(containerID: "cntr_1", fileID: "file-1")
            let content = try await files.content("cfile_1", containerID: "cntr_1")
            let sent = await server.requests
            #expect(sent.map(\.uri) == [
                "/v1/containers/cntr_1/files", "/v1/containers/cntr_1/files", "/v1/containers/cntr_1/files/cfile_1/content",
            ])
            #expect(sent[0].header("Content-Type")?.hasPrefix("multipart/form-data; boundary=") == true)
            #expect(sent[0].bodyText.contains(#"name="file"; filename="data.csv""#))
            #expect(sent[1].json == ["file_id": "file-1"])
            #expect(uploaded.path == "/mnt/data/data.csv")
            #expect(String(decoding: content, as: UTF8.self) == "a,b\n1,2\n")
        }
    }

    @Test("Lists containers by name across pages")
    func listAll() async throws {
        let first = #"{"object": "list", "data": [\#(Self.containerJSON)], "first_id": "cntr_1", "last_id": "cntr_1", "has_more": true}"#
        let second = #"{"object": "list", "data": [\#(Self.containerJSON.replacingOccurrences(of: "cntr_1", with: "cntr_2"))], "first_id": "cntr_2", "last_id": "cntr_2", "has_more": false}"#
        try await TestHTTPServer.withServer(responses: [.json(first), .json(second)]) { server in
            var ids: [String] = []
            for try await container in OpenAI.testing(server).containers.listAll(name: "analysis") { ids.append(container.id) }
            #expect(ids == ["cntr_1", "cntr_2"])
            #expect(await server.requests.map(\.uri) == ["/v1/containers?name=analysis", "/v1/containers?after=cntr_1&name=analysis"])
        }
    }

    @Test("Decodes an unknown status, and a 404 surfaces as an API error")
    func unknownAndMissing() async throws {
        let container = try JSONDecoder().decode(Container.self, from: Data(Self.containerJSON.replacingOccurrences(of: "running", with: "hibernating").utf8))
        #expect(container.status.rawValue == "hibernating")
        try await TestHTTPServer.withServer(responses: [.error(status: 404, message: "Container not found")]) { server in
            let error = await #expect(throws: OpenAIError.self) { try await OpenAI.testing(server).containers.retrieve("nope") }
            #expect(error?.status == 404)
        }
    }
}
