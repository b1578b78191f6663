import Foundation
import OpenAIClient

/// Request fixtures with every property set, and the conformance entries, for the `/organization` endpoints.
enum OrganizationFixtures {
    static let adminAPIKey = CreateAdminAPIKeyRequest(name: "k", expiresInSeconds: 3600)
    static let invite = InviteRequest(email: "a@example.com", role: .reader, projects: [InviteProject(id: "proj_1", role: .member)])
    static let userUpdate = UserRoleUpdateRequest(role: .reader, roleID: "role_1", technicalLevel: "t", developerPersona: "d")
    static let createRole = CreateRoleRequest(roleName: "r", permissions: ["api.models.read"], description: "d")
    static let updateRole = UpdateRoleRequest(roleName: "r", permissions: ["api.models.read"], description: "d")
    static let project = ProjectCreateRequest(name: "p", residency: .euStorageProcessing, externalKeyID: "ek_1")
    static let projectUpdate = ProjectUpdateRequest(name: "p", externalKeyID: "ek_1")
    static let projectUser = ProjectUserCreateRequest(userID: "user_1", email: "a@example.com", role: .member)
    static let serviceAccount = ProjectServiceAccountCreateRequest(name: "s", createServiceAccountOnly: false)
    static let serviceAccountUpdate = UpdateProjectServiceAccountRequest(name: "s", role: .owner)
    static let serviceAccountKey = CreateServiceAccountAPIKeyRequest(name: "k", scopes: ["api.model.read"])
    static let rateLimits = ProjectRateLimitValues(
        maxRequestsPer1Minute: 1, maxTokensPer1Minute: 2, maxImagesPer1Minute: 3, maxAudioMegabytesPer1Minute: 4,
        maxRequestsPer1Day: 5, batch1DayMaxInputTokens: 6
    )
    static let auditLogQuery = AuditLogQuery(
        effectiveAt: .init(gt: 1, gte: 2, lt: 3, lte: 4), projectIDs: ["proj_1"], eventTypes: [.projectCreated],
        actorIDs: ["user_1"], actorEmails: ["a@example.com"], resourceIDs: ["r"], tenantOnly: false
    )

    static let usageQuery = UsageQuery(
        startTime: 1, endTime: 2, bucketWidth: .day, projectIDs: ["proj_1"], userIDs: ["user_1"], apiKeyIDs: ["key_1"], models: ["m"],
        batch: false, sources: ["image.edit"], sizes: ["1024x1024"], vectorStoreIDs: ["vs_1"], contextLevels: ["low"], groupBy: ["project_id"], limit: 1
    )
    static let certificate = UploadCertificateRequest(certificate: "-----BEGIN CERTIFICATE-----", name: "c")

    static let spendAlert = CreateSpendAlertRequest(
        thresholdAmount: 100, notificationChannel: SpendAlertNotificationChannel(recipients: ["a@example.com"], subjectPrefix: "[p]")
    )
    static let spendLimit = UpdateSpendLimitRequest(thresholdAmount: 100)
    static let hostedTools = HostedToolPermissions(
        fileSearch: .init(enabled: true), webSearch: .init(enabled: false), imageGeneration: .init(enabled: true),
        mcp: .init(enabled: false), codeInterpreter: .init(enabled: true)
    )
    static let modelPermissions = ProjectModelPermissionsUpdateRequest(mode: .allowList, modelIDs: ["gpt-4o-mini"])

    /// Every request body above, for the "sets every property" check.
    static let requestBodies: [any Sendable] = [
        adminAPIKey, invite, userUpdate, createRole, updateRole, project, projectUpdate, projectUser, serviceAccount,
        serviceAccountUpdate, serviceAccountKey, rateLimits, auditLogQuery, usageQuery, certificate,
        spendAlert, spendAlert.notificationChannel, spendLimit, hostedTools, modelPermissions,
    ]

    private static func op<T: Decodable & Sendable>(
        _ method: String, _ path: String, _ type: T.Type, schema: String? = nil, example: Bool = true,
        _ call: @escaping @Sendable (Organization) async throws -> Void
    ) -> CoveredOperation {
        CoveredOperation(method: method, path: path, requestSchema: schema, call: { try await call($0.organization) },
                         decode: CoveredOperation.decoder(T.self), hasResponseExample: example)
    }

    static let operations: [CoveredOperation] = [
        op("GET", "/organization/audit_logs", Page<AuditLog>.self) { _ = try await $0.auditLogs.list(auditLogQuery) },
        op("GET", "/organization/admin_api_keys", Page<AdminAPIKey>.self) { _ = try await $0.adminAPIKeys.list(order: .ascending) },
        // The create body is an inline schema; the loopback tests check it.
        op("POST", "/organization/admin_api_keys", AdminAPIKey.self) { _ = try await $0.adminAPIKeys.create(adminAPIKey) },
        op("GET", "/organization/admin_api_keys/{key_id}", AdminAPIKey.self) { _ = try await $0.adminAPIKeys.retrieve("{key_id}") },
        op("DELETE", "/organization/admin_api_keys/{key_id}", DeletionStatus.self) { _ = try await $0.adminAPIKeys.delete("{key_id}") },
        op("GET", "/organization/invites", Page<Invite>.self) { _ = try await $0.invites.list() },
        op("POST", "/organization/invites", Invite.self, schema: "InviteRequest") { _ = try await $0.invites.create(invite) },
        op("GET", "/organization/invites/{invite_id}", Invite.self) { _ = try await $0.invites.retrieve("{invite_id}") },
        op("DELETE", "/organization/invites/{invite_id}", DeletionStatus.self) { _ = try await $0.invites.delete("{invite_id}") },
        op("GET", "/organization/users", Page<OrganizationUser>.self) { _ = try await $0.users.list(emails: ["a@example.com"]) },
        op("GET", "/organization/users/{user_id}", OrganizationUser.self) { _ = try await $0.users.retrieve("{user_id}") },
        op("POST", "/organization/users/{user_id}", OrganizationUser.self, schema: "UserRoleUpdateRequest") { _ = try await $0.users.modify("{user_id}", userUpdate) },
        op("DELETE", "/organization/users/{user_id}", DeletionStatus.self) { _ = try await $0.users.delete("{user_id}") },
        op("GET", "/organization/users/{user_id}/roles", Page<AssignedRole>.self) { _ = try await $0.users.roles.list(userID: "{user_id}") },
        op("POST", "/organization/users/{user_id}/roles", UserRoleAssignment.self, schema: "PublicAssignOrganizationGroupRoleBody") {
            _ = try await $0.users.roles.assign(userID: "{user_id}", roleID: "r")
        },
        op("GET", "/organization/users/{user_id}/roles/{role_id}", AssignedRole.self) { _ = try await $0.users.roles.retrieve("{role_id}", userID: "{user_id}") },
        op("DELETE", "/organization/users/{user_id}/roles/{role_id}", RemovalStatus.self) { _ = try await $0.users.roles.unassign("{role_id}", userID: "{user_id}") },
        op("GET", "/organization/roles", Page<Role>.self) { _ = try await $0.roles.list() },
        op("POST", "/organization/roles", Role.self, schema: "PublicCreateOrganizationRoleBody") { _ = try await $0.roles.create(createRole) },
        op("GET", "/organization/roles/{role_id}", Role.self) { _ = try await $0.roles.retrieve("{role_id}") },
        op("POST", "/organization/roles/{role_id}", Role.self, schema: "PublicUpdateOrganizationRoleBody") { _ = try await $0.roles.update("{role_id}", updateRole) },
        op("DELETE", "/organization/roles/{role_id}", DeletionStatus.self) { _ = try await $0.roles.delete("{role_id}") },
        op("GET", "/organization/groups", Page<OrganizationGroup>.self) { _ = try await $0.groups.list() },
        op("POST", "/organization/groups", OrganizationGroup.self, schema: "CreateGroupBody") { _ = try await $0.groups.create(name: "g") },
        op("GET", "/organization/groups/{group_id}", OrganizationGroup.self) { _ = try await $0.groups.retrieve("{group_id}") },
        op("POST", "/organization/groups/{group_id}", OrganizationGroup.self, schema: "UpdateGroupBody") { _ = try await $0.groups.update("{group_id}", name: "g") },
        op("DELETE", "/organization/groups/{group_id}", DeletionStatus.self) { _ = try await $0.groups.delete("{group_id}") },
        op("GET", "/organization/groups/{group_id}/users", Page<GroupUser>.self) { _ = try await $0.groups.users.list(groupID: "{group_id}") },
        op("POST", "/organization/groups/{group_id}/users", GroupUserAssignment.self, schema: "CreateGroupUserBody") {
            _ = try await $0.groups.users.add(groupID: "{group_id}", userID: "u")
        },
        op("GET", "/organization/groups/{group_id}/users/{user_id}", GroupUser.self) { _ = try await $0.groups.users.retrieve("{user_id}", groupID: "{group_id}") },
        op("DELETE", "/organization/groups/{group_id}/users/{user_id}", RemovalStatus.self) { _ = try await $0.groups.users.remove("{user_id}", groupID: "{group_id}") },
        op("GET", "/organization/groups/{group_id}/roles", Page<AssignedRole>.self) { _ = try await $0.groups.roles.list(groupID: "{group_id}") },
        op("POST", "/organization/groups/{group_id}/roles", GroupRoleAssignment.self, schema: "PublicAssignOrganizationGroupRoleBody") {
            _ = try await $0.groups.roles.assign(groupID: "{group_id}", roleID: "r")
        },
        op("GET", "/organization/groups/{group_id}/roles/{role_id}", AssignedRole.self) { _ = try await $0.groups.roles.retrieve("{role_id}", groupID: "{group_id}") },
        op("DELETE", "/organization/groups/{group_id}/roles/{role_id}", RemovalStatus.self) { _ = try await $0.groups.roles.unassign("{role_id}", groupID: "{group_id}") },
        op("GET", "/organization/projects", Page<Project>.self) { _ = try await $0.projects.list(includeArchived: true) },
        op("POST", "/organization/projects", Project.self, schema: "ProjectCreateRequest") { _ = try await $0.projects.create(project) },
        op("GET", "/organization/projects/{project_id}", Project.self) { _ = try await $0.projects.retrieve("{project_id}") },
        // The spec has no example answer for this one.
        op("POST", "/organization/projects/{project_id}", Project.self, schema: "ProjectUpdateRequest", example: false) {
            _ = try await $0.projects.modify("{project_id}", projectUpdate)
        },
        op("POST", "/organization/projects/{project_id}/archive", Project.self) { _ = try await $0.projects.archive("{project_id}") },
        op("GET", "/organization/projects/{project_id}/users", Page<ProjectUser>.self) { _ = try await $0.projects.users.list(projectID: "{project_id}") },
        op("POST", "/organization/projects/{project_id}/users", ProjectUser.self, schema: "ProjectUserCreateRequest") {
            _ = try await $0.projects.users.create(projectID: "{project_id}", projectUser)
        },
        op("GET", "/organization/projects/{project_id}/users/{user_id}", ProjectUser.self) {
            _ = try await $0.projects.users.retrieve("{user_id}", projectID: "{project_id}")
        },
        op("POST", "/organization/projects/{project_id}/users/{user_id}", ProjectUser.self, schema: "ProjectUserUpdateRequest") {
            _ = try await $0.projects.users.modify("{user_id}", projectID: "{project_id}", role: .owner)
        },
        op("DELETE", "/organization/projects/{project_id}/users/{user_id}", DeletionStatus.self) {
            _ = try await $0.projects.users.delete("{user_id}", projectID: "{project_id}")
        },
        op("GET", "/organization/projects/{project_id}/service_accounts", Page<ProjectServiceAccount>.self) {
            _ = try await $0.projects.serviceAccounts.list(projectID: "{project_id}")
        },
        op("POST", "/organization/projects/{project_id}/service_accounts", ProjectServiceAccount.self, schema: "ProjectServiceAccountCreateRequest") {
            _ = try await $0.projects.serviceAccounts.create(projectID: "{project_id}", serviceAccount)
        },
        op("GET", "/organization/projects/{project_id}/service_accounts/{service_account_id}", ProjectServiceAccount.self) {
            _ = try await $0.projects.serviceAccounts.retrieve("{service_account_id}", projectID: "{project_id}")
        },
        op("POST", "/organization/projects/{project_id}/service_accounts/{service_account_id}", ProjectServiceAccount.self, schema: "UpdateProjectServiceAccountBody") {
            _ = try await $0.projects.serviceAccounts.update(projectID: "{project_id}", "{service_account_id}", serviceAccountUpdate)
        },
        op("DELETE", "/organization/projects/{project_id}/service_accounts/{service_account_id}", DeletionStatus.self) {
            _ = try await $0.projects.serviceAccounts.delete("{service_account_id}", projectID: "{project_id}")
        },
        op("POST", "/organization/projects/{project_id}/service_accounts/{service_account_id}/api_keys", ServiceAccountAPIKey.self, schema: "CreateProjectServiceAccountApiKeyBody") {
            _ = try await $0.projects.serviceAccounts.createAPIKey(projectID: "{project_id}", serviceAccountID: "{service_account_id}", serviceAccountKey)
        },
        op("GET", "/organization/projects/{project_id}/api_keys", Page<ProjectAPIKey>.self) {
            _ = try await $0.projects.apiKeys.list(projectID: "{project_id}", ownerProjectAccess: .any)
        },
        op("GET", "/organization/projects/{project_id}/api_keys/{api_key_id}", ProjectAPIKey.self) {
            _ = try await $0.projects.apiKeys.retrieve("{api_key_id}", projectID: "{project_id}")
        },
        op("DELETE", "/organization/projects/{project_id}/api_keys/{api_key_id}", DeletionStatus.self) {
            _ = try await $0.projects.apiKeys.delete("{api_key_id}", projectID: "{project_id}")
        },
        op("GET", "/organization/projects/{project_id}/rate_limits", Page<ProjectRateLimit>.self) {
            _ = try await $0.projects.rateLimits.list(projectID: "{project_id}")
        },
        op("POST", "/organization/projects/{project_id}/rate_limits/{rate_limit_id}", ProjectRateLimit.self, schema: "ProjectRateLimitUpdateRequest") {
            _ = try await $0.projects.rateLimits.update(projectID: "{project_id}", "{rate_limit_id}", rateLimits)
        },
        op("GET", "/organization/projects/{project_id}/groups", Page<ProjectGroup>.self) { _ = try await $0.projects.groups.list(projectID: "{project_id}") },
        op("POST", "/organization/projects/{project_id}/groups", ProjectGroup.self, schema: "InviteProjectGroupBody") {
            _ = try await $0.projects.groups.add(projectID: "{project_id}", groupID: "g", role: "r")
        },
        op("GET", "/organization/projects/{project_id}/groups/{group_id}", ProjectGroup.self) {
            _ = try await $0.projects.groups.retrieve("{group_id}", projectID: "{project_id}", groupType: .group)
        },
        op("DELETE", "/organization/projects/{project_id}/groups/{group_id}", RemovalStatus.self) {
            _ = try await $0.projects.groups.remove("{group_id}", projectID: "{project_id}")
        },
    ]

    static let usageOperations: [CoveredOperation] = [
        op("GET", "/organization/usage/audio_speeches", UsagePage.self) { _ = try await $0.usage.list(.audioSpeeches, usageQuery) },
        op("GET", "/organization/usage/audio_transcriptions", UsagePage.self) { _ = try await $0.usage.list(.audioTranscriptions, usageQuery) },
        op("GET", "/organization/usage/code_interpreter_sessions", UsagePage.self) { _ = try await $0.usage.list(.codeInterpreterSessions, usageQuery) },
        op("GET", "/organization/usage/completions", UsagePage.self) { _ = try await $0.usage.list(.completions, usageQuery) },
        op("GET", "/organization/usage/embeddings", UsagePage.self) { _ = try await $0.usage.list(.embeddings, usageQuery) },
        op("GET", "/organization/usage/file_search_calls", UsagePage.self) { _ = try await $0.usage.list(.fileSearchCalls, usageQuery) },
        op("GET", "/organization/usage/images", UsagePage.self) { _ = try await $0.usage.list(.images, usageQuery) },
        op("GET", "/organization/usage/moderations", UsagePage.self) { _ = try await $0.usage.list(.moderations, usageQuery) },
        op("GET", "/organization/usage/vector_stores", UsagePage.self) { _ = try await $0.usage.list(.vectorStores, usageQuery) },
        op("GET", "/organization/usage/web_search_calls", UsagePage.self) { _ = try await $0.usage.list(.webSearchCalls, usageQuery) },
        op("GET", "/organization/costs", UsagePage.self) { _ = try await $0.costs.list(UsageQuery(startTime: 1)) },
    ]

    static let certificateOperations: [CoveredOperation] = [
        op("GET", "/organization/certificates", Page<Certificate>.self) { _ = try await $0.certificates.list() },
        op("POST", "/organization/certificates", Certificate.self, schema: "UploadCertificateRequest") { _ = try await $0.certificates.upload(certificate) },
        op("POST", "/organization/certificates/activate", CertificateActivation.self, schema: "ToggleCertificatesRequest") {
            _ = try await $0.certificates.activate(["cert_1"])
        },
        op("POST", "/organization/certificates/deactivate", CertificateActivation.self, schema: "ToggleCertificatesRequest") {
            _ = try await $0.certificates.deactivate(["cert_1"])
        },
        op("GET", "/organization/certificates/{certificate_id}", Certificate.self) {
            _ = try await $0.certificates.retrieve("{certificate_id}", include: [.content])
        },
        op("POST", "/organization/certificates/{certificate_id}", Certificate.self, schema: "ModifyCertificateRequest") {
            _ = try await $0.certificates.modify("{certificate_id}", name: "c")
        },
        op("DELETE", "/organization/certificates/{certificate_id}", DeletedCertificate.self) { _ = try await $0.certificates.delete("{certificate_id}") },
        op("GET", "/organization/projects/{project_id}/certificates", Page<Certificate>.self) {
            _ = try await $0.projects.certificates.list(projectID: "{project_id}")
        },
        op("POST", "/organization/projects/{project_id}/certificates/activate", CertificateActivation.self, schema: "ToggleCertificatesRequest") {
            _ = try await $0.projects.certificates.activate(projectID: "{project_id}", ["cert_1"])
        },
        op("POST", "/organization/projects/{project_id}/certificates/deactivate", CertificateActivation.self, schema: "ToggleCertificatesRequest") {
            _ = try await $0.projects.certificates.deactivate(projectID: "{project_id}", ["cert_1"])
        },
    ]

    static let settingsOperations: [CoveredOperation] = [
        op("GET", "/organization/data_retention", DataRetention.self) { _ = try await $0.dataRetention.retrieve() },
        op("POST", "/organization/data_retention", DataRetention.self, schema: "UpdateOrganizationDataRetentionBody") {
            _ = try await $0.dataRetention.update(.zeroDataRetention)
        },
        op("GET", "/organization/projects/{project_id}/data_retention", DataRetention.self) {
            _ = try await $0.projects.dataRetention.retrieve(projectID: "{project_id}")
        },
        op("POST", "/organization/projects/{project_id}/data_retention", DataRetention.self, schema: "UpdateProjectDataRetentionBody") {
            _ = try await $0.projects.dataRetention.update(projectID: "{project_id}", .organizationDefault)
        },
        op("GET", "/organization/projects/{project_id}/hosted_tool_permissions", HostedToolPermissions.self) {
            _ = try await $0.projects.hostedToolPermissions.retrieve(projectID: "{project_id}")
        },
        op("POST", "/organization/projects/{project_id}/hosted_tool_permissions", HostedToolPermissions.self,
           schema: "ProjectHostedToolPermissionsUpdateRequest") {
            _ = try await $0.projects.hostedToolPermissions.update(projectID: "{project_id}", hostedTools)
        },
        op("GET", "/organization/projects/{project_id}/model_permissions", ModelPermissions.self) {
            _ = try await $0.projects.modelPermissions.retrieve(projectID: "{project_id}")
        },
        op("POST", "/organization/projects/{project_id}/model_permissions", ModelPermissions.self, schema: "ProjectModelPermissionsUpdateRequest") {
            _ = try await $0.projects.modelPermissions.update(projectID: "{project_id}", modelPermissions)
        },
        op("DELETE", "/organization/projects/{project_id}/model_permissions", RemovalStatus.self) {
            _ = try await $0.projects.modelPermissions.delete(projectID: "{project_id}")
        },
        op("GET", "/organization/spend_alerts", Page<SpendAlert>.self) { _ = try await $0.spendAlerts.list(order: .descending) },
        op("POST", "/organization/spend_alerts", SpendAlert.self, schema: "CreateSpendAlertBody") { _ = try await $0.spendAlerts.create(spendAlert) },
        op("GET", "/organization/spend_alerts/{alert_id}", SpendAlert.self) { _ = try await $0.spendAlerts.retrieve("{alert_id}") },
        op("POST", "/organization/spend_alerts/{alert_id}", SpendAlert.self, schema: "CreateSpendAlertBody") {
            _ = try await $0.spendAlerts.update("{alert_id}", spendAlert)
        },
        op("DELETE", "/organization/spend_alerts/{alert_id}", DeletionStatus.self) { _ = try await $0.spendAlerts.delete("{alert_id}") },
        op("GET", "/organization/projects/{project_id}/spend_alerts", Page<SpendAlert>.self) {
            _ = try await $0.projects.spendAlerts.list(projectID: "{project_id}")
        },
        op("POST", "/organization/projects/{project_id}/spend_alerts", SpendAlert.self, schema: "CreateSpendAlertBody") {
            _ = try await $0.projects.spendAlerts.create(projectID: "{project_id}", spendAlert)
        },
        op("GET", "/organization/projects/{project_id}/spend_alerts/{alert_id}", SpendAlert.self) {
            _ = try await $0.projects.spendAlerts.retrieve("{alert_id}", projectID: "{project_id}")
        },
        op("POST", "/organization/projects/{project_id}/spend_alerts/{alert_id}", SpendAlert.self, schema: "CreateSpendAlertBody") {
            _ = try await $0.projects.spendAlerts.update("{alert_id}", projectID: "{project_id}", spendAlert)
        },
        op("DELETE", "/organization/projects/{project_id}/spend_alerts/{alert_id}", DeletionStatus.self) {
            _ = try await $0.projects.spendAlerts.delete("{alert_id}", projectID: "{project_id}")
        },
        op("GET", "/organization/spend_limit", SpendLimit.self) { _ = try await $0.spendLimit.retrieve() },
        op("POST", "/organization/spend_limit", SpendLimit.self, schema: "UpdateOrganizationSpendLimitBody") { _ = try await $0.spendLimit.update(spendLimit) },
        op("DELETE", "/organization/spend_limit", RemovalStatus.self) { _ = try await $0.spendLimit.delete() },
        op("GET", "/organization/projects/{project_id}/spend_limit", SpendLimit.self) {
            _ = try await $0.projects.spendLimit.retrieve(projectID: "{project_id}")
        },
        op("POST", "/organization/projects/{project_id}/spend_limit", SpendLimit.self, schema: "UpdateProjectSpendLimitBody") {
            _ = try await $0.projects.spendLimit.update(projectID: "{project_id}", spendLimit)
        },
        op("DELETE", "/organization/projects/{project_id}/spend_limit", RemovalStatus.self) {
            _ = try await $0.projects.spendLimit.delete(projectID: "{project_id}")
        },
    ]

    static let projectRoleOperations: [CoveredOperation] = [
        op("GET", "/projects/{project_id}/roles", Page<Role>.self) { _ = try await $0.projects.roles.list(projectID: "{project_id}") },
        op("POST", "/projects/{project_id}/roles", Role.self, schema: "PublicCreateOrganizationRoleBody") {
            _ = try await $0.projects.roles.create(projectID: "{project_id}", createRole)
        },
        op("GET", "/projects/{project_id}/roles/{role_id}", Role.self) { _ = try await $0.projects.roles.retrieve("{role_id}", projectID: "{project_id}") },
        op("POST", "/projects/{project_id}/roles/{role_id}", Role.self, schema: "PublicUpdateOrganizationRoleBody") {
            _ = try await $0.projects.roles.update("{role_id}", projectID: "{project_id}", updateRole)
        },
        op("DELETE", "/projects/{project_id}/roles/{role_id}", DeletionStatus.self) { _ = try await $0.projects.roles.delete("{role_id}", projectID: "{project_id}") },
        op("GET", "/projects/{project_id}/users/{user_id}/roles", Page<AssignedRole>.self) {
            _ = try await $0.projects.users.roles.list(projectID: "{project_id}", userID: "{user_id}")
        },
        op("POST", "/projects/{project_id}/users/{user_id}/roles", UserRoleAssignment.self, schema: "PublicAssignOrganizationGroupRoleBody") {
            _ = try await $0.projects.users.roles.assign(projectID: "{project_id}", userID: "{user_id}", roleID: "r")
        },
        op("GET", "/projects/{project_id}/users/{user_id}/roles/{role_id}", AssignedRole.self) {
            _ = try await $0.projects.users.roles.retrieve("{role_id}", projectID: "{project_id}", userID: "{user_id}")
        },
        op("DELETE", "/projects/{project_id}/users/{user_id}/roles/{role_id}", RemovalStatus.self) {
            _ = try await $0.projects.users.roles.unassign("{role_id}", projectID: "{project_id}", userID: "{user_id}")
        },
        op("GET", "/projects/{project_id}/groups/{group_id}/roles", Page<AssignedRole>.self) {
            _ = try await $0.projects.groups.roles.list(projectID: "{project_id}", groupID: "{group_id}")
        },
        op("POST", "/projects/{project_id}/groups/{group_id}/roles", GroupRoleAssignment.self, schema: "PublicAssignOrganizationGroupRoleBody") {
            _ = try await $0.projects.groups.roles.assign(projectID: "{project_id}", groupID: "{group_id}", roleID: "r")
        },
        op("GET", "/projects/{project_id}/groups/{group_id}/roles/{role_id}", AssignedRole.self) {
            _ = try await $0.projects.groups.roles.retrieve("{role_id}", projectID: "{project_id}", groupID: "{group_id}")
        },
        op("DELETE", "/projects/{project_id}/groups/{group_id}/roles/{role_id}", RemovalStatus.self) {
            _ = try await $0.projects.groups.roles.unassign("{role_id}", projectID: "{project_id}", groupID: "{group_id}")
        },
    ]
}
