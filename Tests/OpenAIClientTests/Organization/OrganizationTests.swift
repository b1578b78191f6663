import Foundation
import OpenAIClient
import TestSupport
import Testing

@Suite struct OrganizationTests {
    static let projectJSON = """
    {"id": "proj_abc", "object": "organization.project", "name": "Search", "created_at": 1711471533,
     "archived_at": null, "status": "active", "residency": "EU_STORAGE_PROCESSING"}
    """

    static func auditLog(id: String, type: String, payload: String) -> String {
        """
        {"id": "\(id)", "type": "\(type)", "effective_at": 1720804190, "project": {"id": "proj_abc", "name": "Search"},
         "actor": {"type": "api_key", "api_key": {"id": "key_1", "type": "service_account", "service_account": {"id": "svc_1"}}},
         "\(type)": \(payload)}
        """
    }

    @Test("Sends the admin key under /organization and the API key elsewhere")
    func adminKey() async throws {
        try await TestHTTPServer.withServer(responses: [.json(Self.projectJSON), .json(#"{"object": "list", "data": []}"#)]) { server in
            let client = OpenAI.testing(server, apiKey: "sk-project") { $0.adminKey = "sk-admin-1" }
            _ = try await client.organization.projects.retrieve("proj_abc")
            _ = try await client.models.list()
            let sent = await server.requests
            #expect(sent.map { $0.header("Authorization") } == ["Bearer sk-admin-1", "Bearer sk-project"])
            #expect(sent.first?.path == "/v1/organization/projects/proj_abc")
        }
    }

    @Test("Falls back to the API key when there is no admin key")
    func adminKeyFallback() async throws {
        try await TestHTTPServer.withServer(responses: [.json(Self.projectJSON)]) { server in
            _ = try await OpenAI.testing(server, apiKey: "sk-only").organization.projects.retrieve("proj_abc")
            #expect(await server.requests.first?.header("Authorization") == "Bearer sk-only")
        }
    }

    @Test("Reads OPENAI_ADMIN_KEY and never prints it")
    func adminKeyConfiguration() {
        let configuration = OpenAIConfiguration.fromEnvironment(["OPENAI_ADMIN_KEY": "sk-admin-secret", "OPENAI_API_KEY": "sk-x"])
        #expect(configuration.adminKey == "sk-admin-secret")
        var dumped = ""
        dump(configuration, to: &dumped)
        for text in [configuration.description, configuration.debugDescription, dumped] {
            #expect(!text.contains("sk-admin-secret"))
            #expect(text.contains("adminKey"))
        }
    }

    @Test("Encodes audit log filters as the API reads them")
    func auditLogQuery() async throws {
        try await TestHTTPServer.withServer(responses: [.json(#"{"object": "list", "data": [], "has_more": false}"#)]) { server in
            _ = try await OpenAI.testing(server).organization.auditLogs.list(
                AuditLogQuery(effectiveAt: .init(gte: 10, lt: 20), projectIDs: ["p1", "p2"], eventTypes: [.projectArchived], tenantOnly: true),
                limit: 5
            )
            let sent = try #require(await server.requests.first)
            #expect(sent.path == "/v1/organization/audit_logs")
            #expect(sent.queryItems.map { "\($0.name)=\($0.value ?? "")" } == [
                "effective_at[gte]=10", "effective_at[lt]=20", "project_ids[]=p1", "project_ids[]=p2",
                "event_types[]=project.archived", "tenant_only=true", "limit=5",
            ])
        }
    }

    @Test("Keeps the payload of known and unknown audit log events, across pages")
    func auditLogEvents() async throws {
        let first = #"{"object": "list", "data": [\#(Self.auditLog(id: "log_1", type: "project.archived", payload: #"{"id": "proj_abc"}"#))], "last_id": "log_1", "has_more": true}"#
        let second = #"{"object": "list", "data": [\#(Self.auditLog(id: "log_2", type: "spaceship.launched", payload: #"{"id": "ship_1", "speed": 9}"#))], "has_more": false}"#
        try await TestHTTPServer.withServer(responses: [.json(first), .json(second)]) { server in
            var logs: [AuditLog] = []
            for try await log in OpenAI.testing(server).organization.auditLogs.listAll() { logs.append(log) }
            #expect(logs.map(\.type) == [.projectArchived, "spaceship.launched"])
            #expect(logs[0].payload?["id"] == "proj_abc")
            #expect(logs[1].payload?["speed"] == 9)
            #expect(logs[0].actor?.apiKey?.serviceAccount?.id == "svc_1")
            #expect(logs[0].project?.name == "Search")
            struct Launch: Decodable { var id: String }
            #expect(try logs[1].payload(as: Launch.self)?.id == "ship_1")
            #expect(await server.requests.map(\.uri) == ["/v1/organization/audit_logs", "/v1/organization/audit_logs?after=log_1"])
        }
    }

    @Test("Creates a project and a service account whose key is shown once")
    func projectAndServiceAccount() async throws {
        let account = """
        {"object": "organization.project.service_account", "id": "svc_1", "name": "indexer", "role": "member", "created_at": 1,
         "api_key": {"object": "organization.project.service_account.api_key", "value": "sk-abcdefghijklmnop123", "name": "Secret Key",
                     "created_at": 1, "id": "key_abc"}}
        """
        try await TestHTTPServer.withServer(responses: [.json(Self.projectJSON), .json(account)]) { server in
            let organization = OpenAI.testing(server).organization
            let project = try await organization.projects.create(ProjectCreateRequest(name: "Search", residency: .euStorageProcessing))
            let created = try await organization.projects.serviceAccounts.create(projectID: project.id, ProjectServiceAccountCreateRequest(name: "indexer"))
            let sent = await server.requests
            #expect(sent.map(\.method) == ["POST", "POST"])
            #expect(sent.map(\.path) == ["/v1/organization/projects", "/v1/organization/projects/proj_abc/service_accounts"])
            #expect(sent[0].json == ["name": "Search", "residency": "EU_STORAGE_PROCESSING"])
            #expect(sent[1].json == ["name": "indexer"])
            #expect(project.status == .active)
            #expect(project.residency == .euStorageProcessing)
            #expect(created.apiKey?.value == "sk-abcdefghijklmnop123")
            #expect(created.role == .member)
        }
    }

    @Test("Updates only the rate limits that are set, and decodes the limits")
    func rateLimits() async throws {
        let limit = #"{"object": "project.rate_limit", "id": "rl-ada", "model": "ada", "max_requests_per_1_minute": 600, "max_tokens_per_1_minute": 150000}"#
        try await TestHTTPServer.withServer(responses: [.json(limit)]) { server in
            let updated = try await OpenAI.testing(server).organization.projects.rateLimits.update(
                projectID: "proj_abc", "rl-ada", ProjectRateLimitValues(maxRequestsPer1Minute: 600))
            let sent = try #require(await server.requests.first)
            #expect(sent.path == "/v1/organization/projects/proj_abc/rate_limits/rl-ada")
            #expect(sent.json == ["max_requests_per_1_minute": 600])
            #expect(updated.limits.maxTokensPer1Minute == 150_000)
            #expect(updated.limits.maxImagesPer1Minute == nil)
        }
    }

    @Test("Pages through roles with the `next` cursor")
    func rolesNextCursor() async throws {
        func role(_ id: String) -> String {
            #"{"object": "role", "id": "\#(id)", "name": "n", "description": null, "permissions": ["p"], "resource_type": "api.organization", "predefined_role": false}"#
        }
        let first = #"{"object": "list", "data": [\#(role("role_1"))], "has_more": true, "next": "cursor_2"}"#
        let second = #"{"object": "list", "data": [\#(role("role_2"))], "has_more": false, "next": null}"#
        try await TestHTTPServer.withServer(responses: [.json(first), .json(second)]) { server in
            var ids: [String] = []
            for try await role in OpenAI.testing(server).organization.roles.listAll(limit: 1) { ids.append(role.id) }
            #expect(ids == ["role_1", "role_2"])
            #expect(await server.requests.map(\.uri) == ["/v1/organization/roles?limit=1", "/v1/organization/roles?limit=1&after=cursor_2"])
        }
    }

    @Test("Assigns and unassigns roles of users and groups")
    func roleAssignments() async throws {
        let removed = #"{"object": "group.role.deleted", "deleted": true}"#
        let membership = #"{"object": "group.user", "user_id": "user_1", "group_id": "group/1"}"#
        try await TestHTTPServer.withServer(responses: [.json(removed), .json(membership), .json(removed)]) { server in
            let organization = OpenAI.testing(server).organization
            let status = try await organization.groups.roles.unassign("role_1", groupID: "group/1")
            let added = try await organization.groups.users.add(groupID: "group/1", userID: "user_1")
            try await organization.users.roles.unassign("role_1", userID: "user_1")
            let sent = await server.requests
            #expect(sent.map(\.method) == ["DELETE", "POST", "DELETE"])
            #expect(sent.map(\.uri) == [
                "/v1/organization/groups/group%2F1/roles/role_1", "/v1/organization/groups/group%2F1/users",
                "/v1/organization/users/user_1/roles/role_1",
            ])
            #expect(sent[1].json == ["user_id": "user_1"])
            #expect(status.deleted && status.id == nil)
            #expect(added.groupID == "group/1")
        }
    }

    @Test("Sends the admin key to the project role paths under /projects")
    func projectRoles() async throws {
        let assignment = """
        {"object": "user.role", "user": {"object": "organization.user", "id": "user_1", "added_at": 1},
         "role": {"object": "role", "id": "role_1", "name": "n", "description": null, "permissions": [], "resource_type": "api.project", "predefined_role": false}}
        """
        try await TestHTTPServer.withServer(responses: [.json(assignment)]) { server in
            let client = OpenAI.testing(server, apiKey: "sk-project") { $0.adminKey = "sk-admin-1" }
            let assigned = try await client.organization.projects.users.roles.assign(projectID: "proj_1", userID: "user_1", roleID: "role_1")
            let sent = try #require(await server.requests.first)
            #expect(sent.path == "/v1/projects/proj_1/users/user_1/roles")
            #expect(sent.header("Authorization") == "Bearer sk-admin-1")
            #expect(sent.json == ["role_id": "role_1"])
            #expect(assigned.role.resourceType == "api.project")
        }
    }

    @Test("Sends invites with their projects and decodes an unknown status")
    func invites() async throws {
        let invite = """
        {"object": "organization.invite", "id": "invite-abc", "email": "a@example.com", "role": "reader", "status": "revoked",
         "created_at": 1, "expires_at": 2, "accepted_at": null, "projects": [{"id": "proj_abc", "role": "member"}]}
        """
        try await TestHTTPServer.withServer(responses: [.json(invite)]) { server in
            let created = try await OpenAI.testing(server).organization.invites.create(
                InviteRequest(email: "a@example.com", role: .reader, projects: [InviteProject(id: "proj_abc", role: .member)]))
            #expect(await server.requests.first?.json == ["email": "a@example.com", "role": "reader", "projects": [["id": "proj_abc", "role": "member"]]])
            #expect(created.status.rawValue == "revoked")
            #expect(created.projects?.first?.role == .member)
        }
    }

    @Test("A 403 from an API key without admin rights surfaces as an API error")
    func forbidden() async throws {
        try await TestHTTPServer.withServer(responses: [.error(status: 403, message: "You do not have access to the organization admin API")]) { server in
            let error = await #expect(throws: OpenAIError.self) { try await OpenAI.testing(server).organization.users.list() }
            #expect(error?.status == 403)
            #expect(error?.message == "You do not have access to the organization admin API")
        }
    }
}
