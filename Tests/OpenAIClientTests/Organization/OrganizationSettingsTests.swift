import Foundation
import OpenAIClient
import TestSupport
import Testing

@Suite struct OrganizationSettingsTests {
    static let alertJSON = """
    {"id": "alert_1", "object": "project.spend_alert", "threshold_amount": 500, "currency": "USD", "interval": "month",
     "notification_channel": {"type": "email", "recipients": ["ops@example.com"], "subject_prefix": null}}
    """

    @Test("Creates a project spend alert and pages through the organization's")
    func spendAlerts() async throws {
        let page = #"{"object": "list", "data": [\#(Self.alertJSON)], "first_id": "alert_1", "last_id": "alert_1", "has_more": false}"#
        try await TestHTTPServer.withServer(responses: [.json(Self.alertJSON), .json(page)]) { server in
            let organization = OpenAI.testing(server).organization
            let alert = try await organization.projects.spendAlerts.create(
                projectID: "proj_1", CreateSpendAlertRequest(thresholdAmount: 500, notificationChannel: .init(recipients: ["ops@example.com"])))
            var ids: [String] = []
            for try await alert in organization.spendAlerts.listAll(limit: 10) { ids.append(alert.id) }
            let sent = await server.requests
            #expect(sent.map(\.uri) == ["/v1/organization/projects/proj_1/spend_alerts", "/v1/organization/spend_alerts?limit=10"])
            #expect(sent[0].json == [
                "threshold_amount": 500, "currency": "USD", "interval": "month",
                "notification_channel": ["type": "email", "recipients": ["ops@example.com"]],
            ])
            #expect(alert.notificationChannel.recipients == ["ops@example.com"])
            #expect(alert.currency == .usd)
            #expect(ids == ["alert_1"])
        }
    }

    @Test("Sets and removes spend limits")
    func spendLimits() async throws {
        let limit = #"{"object": "organization.spend_limit", "threshold_amount": 10000, "currency": "USD", "interval": "month", "enforcement": {"status": "enforcing"}}"#
        try await TestHTTPServer.withServer(responses: [.json(limit), .json(#"{"object": "project.spend_limit.deleted", "deleted": true}"#)]) { server in
            let organization = OpenAI.testing(server).organization
            let set = try await organization.spendLimit.update(UpdateSpendLimitRequest(thresholdAmount: 10_000))
            let removed = try await organization.projects.spendLimit.delete(projectID: "proj_1")
            let sent = await server.requests
            #expect(sent.map(\.method) == ["POST", "DELETE"])
            #expect(sent.map(\.uri) == ["/v1/organization/spend_limit", "/v1/organization/projects/proj_1/spend_limit"])
            #expect(sent[0].json == ["threshold_amount": 10000, "currency": "USD", "interval": "month"])
            #expect(set.enforcement?.status == "enforcing")
            #expect(removed.deleted)
        }
    }

    @Test("Updates only the hosted tools that are set, and sets data retention and model lists")
    func projectPermissions() async throws {
        let tools = #"{"file_search": {"enabled": true}, "web_search": {"enabled": false}, "image_generation": {"enabled": true}, "mcp": {"enabled": true}, "code_interpreter": {"enabled": true}}"#
        let retention = #"{"object": "project.data_retention", "type": "zero_data_retention"}"#
        let models = #"{"object": "project.model_permissions", "mode": "deny_list", "model_ids": ["o3"]}"#
        try await TestHTTPServer.withServer(responses: [.json(tools), .json(retention), .json(models)]) { server in
            let projects = OpenAI.testing(server).organization.projects
            let updated = try await projects.hostedToolPermissions.update(projectID: "proj_1", HostedToolPermissions(webSearch: .init(enabled: false)))
            let policy = try await projects.dataRetention.update(projectID: "proj_1", .zeroDataRetention)
            let list = try await projects.modelPermissions.update(projectID: "proj_1", ProjectModelPermissionsUpdateRequest(mode: .denyList, modelIDs: ["o3"]))
            let sent = await server.requests
            #expect(sent.map(\.path) == [
                "/v1/organization/projects/proj_1/hosted_tool_permissions", "/v1/organization/projects/proj_1/data_retention",
                "/v1/organization/projects/proj_1/model_permissions",
            ])
            #expect(sent.map(\.json) == [["web_search": ["enabled": false]], ["retention_type": "zero_data_retention"], ["mode": "deny_list", "model_ids": ["o3"]]])
            #expect(updated.fileSearch?.enabled == true)
            #expect(policy.type == .zeroDataRetention)
            #expect(list.mode == .denyList)
        }
    }

    @Test("An ineligible organization's 403 surfaces as an API error")
    func notEligible() async throws {
        try await TestHTTPServer.withServer(responses: [.error(status: 403, message: "Organization is not eligible", code: "not_eligible")]) { server in
            let error = await #expect(throws: OpenAIError.self) { try await OpenAI.testing(server).organization.dataRetention.update(.zeroDataRetention) }
            #expect(error?.status == 403)
            #expect(error?.code == "not_eligible")
        }
    }
}
