import Foundation
import OpenAIClient
import TestSupport
import Testing

/// Conformance entries for the checkpoint permission endpoints.
enum CheckpointPermissionFixtures {
    static let operations: [CoveredOperation] = [
        CoveredOperation(method: "GET", path: "/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions",
                         call: { _ = try await $0.fineTuning.checkpoints.permissions.list(checkpoint: "{fine_tuned_model_checkpoint}", projectID: "p") },
                         decode: CoveredOperation.decoder(Page<CheckpointPermission>.self)),
        CoveredOperation(method: "POST", path: "/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions",
                         requestSchema: "CreateFineTuningCheckpointPermissionRequest",
                         call: { _ = try await $0.fineTuning.checkpoints.permissions.create(checkpoint: "{fine_tuned_model_checkpoint}", projectIDs: ["p"]) },
                         decode: CoveredOperation.decoder(Page<CheckpointPermission>.self)),
        CoveredOperation(method: "DELETE", path: "/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions/{permission_id}",
                         call: { _ = try await $0.fineTuning.checkpoints.permissions.delete("{permission_id}", checkpoint: "{fine_tuned_model_checkpoint}") },
                         decode: CoveredOperation.decoder(DeletionStatus.self)),
    ]
}

@Suite struct CheckpointPermissionsTests {
    static let permissionJSON = #"{"object": "checkpoint.permission", "id": "cp_1", "created_at": 1721764867, "project_id": "proj_abc"}"#

    @Test("Shares a checkpoint with projects, escaping the checkpoint name, with the admin key")
    func create() async throws {
        let page = #"{"object": "list", "data": [\#(Self.permissionJSON)], "first_id": "cp_1", "last_id": "cp_1", "has_more": false}"#
        try await TestHTTPServer.withServer(responses: [.json(page)]) { server in
            let client = OpenAI.testing(server, apiKey: "sk-project") { $0.adminKey = "sk-admin-1" }
            let created = try await client.fineTuning.checkpoints.permissions.create(checkpoint: "ft:gpt-4o-mini:org:w:B7R9", projectIDs: ["proj_abc"])
            let sent = try #require(await server.requests.first)
            #expect(sent.uri == "/v1/fine_tuning/checkpoints/ft:gpt-4o-mini:org:w:B7R9/permissions")
            #expect(sent.header("Authorization") == "Bearer sk-admin-1")
            #expect(sent.json == ["project_ids": ["proj_abc"]])
            #expect(created.data.first?.projectID == "proj_abc")
        }
    }

    @Test("Lists permissions across pages with project and order filters")
    func listAll() async throws {
        let first = #"{"object": "list", "data": [\#(Self.permissionJSON)], "last_id": "cp_1", "has_more": true}"#
        let second = #"{"object": "list", "data": [\#(Self.permissionJSON.replacingOccurrences(of: "cp_1", with: "cp_2"))], "has_more": false}"#
        try await TestHTTPServer.withServer(responses: [.json(first), .json(second)]) { server in
            var ids: [String] = []
            for try await permission in OpenAI.testing(server).fineTuning.checkpoints.permissions.listAll(checkpoint: "ft-1", projectID: "proj_abc", order: .ascending) {
                ids.append(permission.id)
            }
            #expect(ids == ["cp_1", "cp_2"])
            #expect(await server.requests.map(\.uri) == [
                "/v1/fine_tuning/checkpoints/ft-1/permissions?project_id=proj_abc&order=ascending",
                "/v1/fine_tuning/checkpoints/ft-1/permissions?project_id=proj_abc&after=cp_1&order=ascending",
            ])
        }
    }

    @Test("A non-owner's 403 surfaces as an API error")
    func forbidden() async throws {
        try await TestHTTPServer.withServer(responses: [.error(status: 403, message: "Only organization owners can share checkpoints")]) { server in
            let error = await #expect(throws: OpenAIError.self) {
                try await OpenAI.testing(server).fineTuning.checkpoints.permissions.delete("cp_1", checkpoint: "ft-1")
            }
            #expect(error?.status == 403)
        }
    }
}
