import Foundation
import OpenAIClient
import TestSupport
import Testing

/// Conformance entries for skills (the spec has no example answers for them; multipart bodies are checked by the loopback tests).
enum SkillFixtures {
    static let zip = [FormFile(filename: "skill.zip", bytes: [0x50, 0x4B])]

    static let operations: [CoveredOperation] = [
        CoveredOperation(method: "POST", path: "/skills", call: { _ = try await $0.skills.create(files: zip) },
                         decode: CoveredOperation.decoder(Skill.self), hasResponseExample: false),
        CoveredOperation(method: "GET", path: "/skills", call: { _ = try await $0.skills.list() },
                         decode: CoveredOperation.decoder(Page<Skill>.self), hasResponseExample: false),
        CoveredOperation(method: "GET", path: "/skills/{skill_id}", call: { _ = try await $0.skills.retrieve("{skill_id}") },
                         decode: CoveredOperation.decoder(Skill.self), hasResponseExample: false),
        CoveredOperation(method: "POST", path: "/skills/{skill_id}", requestSchema: "SetDefaultSkillVersionBody",
                         call: { _ = try await $0.skills.update("{skill_id}", defaultVersion: "2") },
                         decode: CoveredOperation.decoder(Skill.self), hasResponseExample: false),
        CoveredOperation(method: "DELETE", path: "/skills/{skill_id}", call: { _ = try await $0.skills.delete("{skill_id}") },
                         decode: CoveredOperation.decoder(DeletionStatus.self), hasResponseExample: false),
        CoveredOperation(method: "GET", path: "/skills/{skill_id}/content", call: { _ = try await $0.skills.content("{skill_id}") },
                         decode: { _ in }, hasResponseExample: false),
        CoveredOperation(method: "POST", path: "/skills/{skill_id}/versions",
                         call: { _ = try await $0.skills.versions.create(skillID: "{skill_id}", files: zip, makeDefault: true) },
                         decode: CoveredOperation.decoder(SkillVersion.self), hasResponseExample: false),
        CoveredOperation(method: "GET", path: "/skills/{skill_id}/versions", call: { _ = try await $0.skills.versions.list(skillID: "{skill_id}") },
                         decode: CoveredOperation.decoder(Page<SkillVersion>.self), hasResponseExample: false),
        CoveredOperation(method: "GET", path: "/skills/{skill_id}/versions/{version}",
                         call: { _ = try await $0.skills.versions.retrieve("{version}", skillID: "{skill_id}") },
                         decode: CoveredOperation.decoder(SkillVersion.self), hasResponseExample: false),
        CoveredOperation(method: "DELETE", path: "/skills/{skill_id}/versions/{version}",
                         call: { _ = try await $0.skills.versions.delete("{version}", skillID: "{skill_id}") },
                         decode: CoveredOperation.decoder(DeletionStatus.self), hasResponseExample: false),
        CoveredOperation(method: "GET", path: "/skills/{skill_id}/versions/{version}/content",
                         call: { _ = try await $0.skills.versions.content("{version}", skillID: "{skill_id}") },
                         decode: { _ in }, hasResponseExample: false),
    ]
}

@Suite struct SkillsTests {
    static let skillJSON = """
    {"id": "skill_1", "object": "skill", "name": "csv-report", "description": "Summarises CSV files", "created_at": 1,
     "default_version": "1", "latest_version": "2"}
    """
    static let versionJSON = """
    {"object": "skill.version", "id": "skillver_2", "skill_id": "skill_1", "version": "2", "created_at": 2, "name": "csv-report",
     "description": "Summarises CSV files"}
    """

    @Test("Uploads one zip as `files`, several files as `files[]`, with the default flag")
    func uploads() async throws {
        try await TestHTTPServer.withServer(responses: [.json(Self.skillJSON), .json(Self.versionJSON)]) { server in
            let skills = OpenAI.testing(server).skills
            let skill = try await skills.create(files: [FormFile(filename: "skill.zip", bytes: [0x50, 0x4B])])
            let version = try await skills.versions.create(
                skillID: skill.id, files: [FormFile(filename: "SKILL.md", bytes: Array("# csv".utf8)), FormFile(filename: "run.py", bytes: [0x23])],
                makeDefault: true)
            let sent = await server.requests
            #expect(sent.map(\.path) == ["/v1/skills", "/v1/skills/skill_1/versions"])
            let first = try #require(MultipartForm(sent[0]))
            #expect(first.parts.map(\.name) == ["files"])
            let second = try #require(MultipartForm(sent[1]))
            #expect(second.parts.map(\.name) == ["files[]", "files[]", "default"])
            #expect(second.part("default")?.text == "true")
            #expect(skill.latestVersion == "2")
            #expect(version.skillID == "skill_1")
        }
    }

    @Test("Sets the default version, downloads a version and pages through versions")
    func versions() async throws {
        let page = #"{"object": "list", "data": [\#(Self.versionJSON)], "first_id": "skillver_2", "last_id": "skillver_2", "has_more": false}"#
        try await TestHTTPServer.withServer(responses: [.json(Self.skillJSON), .text("PK", contentType: "application/zip"), .json(page)]) { server in
            let skills = OpenAI.testing(server).skills
            _ = try await skills.update("skill_1", defaultVersion: "2")
            let zip = try await skills.versions.content("2", skillID: "skill_1")
            var versions: [String] = []
            for try await version in skills.versions.listAll(skillID: "skill_1", order: .descending) { versions.append(version.version) }
            let sent = await server.requests
            #expect(sent.map(\.uri) == ["/v1/skills/skill_1", "/v1/skills/skill_1/versions/2/content", "/v1/skills/skill_1/versions?order=desc"])
            #expect(sent[0].json == ["default_version": "2"])
            #expect(sent[1].header("Accept") == "application/octet-stream")
            #expect(zip == Data("PK".utf8))
            #expect(versions == ["2"])
        }
    }

    @Test("A 400 for a skill without SKILL.md surfaces as an API error")
    func invalidSkill() async throws {
        try await TestHTTPServer.withServer(responses: [.error(status: 400, message: "SKILL.md not found", param: "files")]) { server in
            let error = await #expect(throws: OpenAIError.self) {
                try await OpenAI.testing(server).skills.create(files: [FormFile(filename: "run.py", bytes: [1])])
            }
            #expect(error?.status == 400)
            #expect(error?.param == "files")
        }
    }
}
