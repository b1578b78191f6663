import Foundation

/// The administration endpoint group: ``OpenAI/organization``.
///
/// These endpoints need an admin key (`sk-admin-…`); set ``OpenAIConfiguration/adminKey`` (or `OPENAI_ADMIN_KEY` for
/// ``OpenAIConfiguration/fromEnvironment(_:)``) and every request under `/organization` sends it instead of the API key.
///
/// ```swift
/// let admin = OpenAI(configuration: .fromEnvironment())   // reads OPENAI_ADMIN_KEY
/// let project = try await admin.organization.projects.create(ProjectCreateRequest(name: "Search"))
/// let account = try await admin.organization.projects.serviceAccounts.create(
///     projectID: project.id, ProjectServiceAccountCreateRequest(name: "indexer"))
/// print(account.apiKey?.value ?? "-")   // shown once
/// ```
///
/// ## Topics
/// ### Members and access
/// - ``users``
/// - ``invites``
/// - ``groups``
/// - ``roles``
/// - ``adminAPIKeys``
/// - ``certificates``
/// ### Projects
/// - ``projects``
/// ### Settings
/// - ``dataRetention``
/// - ``spendAlerts``
/// - ``spendLimit``
/// ### Records
/// - ``auditLogs``
/// - ``usage``
/// - ``costs``
public struct Organization: Sendable {
    let client: OpenAI

    /// The audit log: `GET /organization/audit_logs`.
    public var auditLogs: AuditLogs { AuditLogs(client: client) }
    /// Admin API keys: `/organization/admin_api_keys`.
    public var adminAPIKeys: AdminAPIKeys { AdminAPIKeys(client: client) }
    /// Invites: `/organization/invites`.
    public var invites: Invites { Invites(client: client) }
    /// Members and their roles: `/organization/users`.
    public var users: OrganizationUsers { OrganizationUsers(client: client) }
    /// Groups, their members and roles: `/organization/groups`.
    public var groups: Groups { Groups(client: client) }
    /// Custom and predefined roles: `/organization/roles`.
    public var roles: Roles { Roles(client: client) }
    /// Projects and everything in them: `/organization/projects`.
    public var projects: Projects { Projects(client: client) }
    /// Usage by kind, in time buckets: `/organization/usage/…`.
    public var usage: OrganizationUsage { OrganizationUsage(client: client) }
    /// Costs in daily buckets: `GET /organization/costs`.
    public var costs: OrganizationCosts { OrganizationCosts(client: client) }
    /// Mutual-TLS certificates: `/organization/certificates`.
    public var certificates: Certificates { Certificates(client: client) }
    /// The data retention policy: `/organization/data_retention`.
    public var dataRetention: DataRetentionSettings { DataRetentionSettings(client: client) }
    /// Spend alerts: `/organization/spend_alerts`.
    public var spendAlerts: SpendAlerts { SpendAlerts(client: client) }
    /// The monthly spend limit: `/organization/spend_limit`.
    public var spendLimit: SpendLimitSettings { SpendLimitSettings(client: client) }
}

/// Paths and shared calls of the `/organization` endpoints.
enum AdminPath {
    static let root = "/organization"

    /// `/organization/{collection}/{id}`, the id escaped.
    static func item(_ collection: String, _ id: String) -> String {
        "\(root)/\(collection)/\(APIRequest.segment(id))"
    }

    /// The query of a cursor-paginated list.
    static func listQuery(limit: Int?, after: String?, order: ListOrder? = nil, before: String? = nil) -> [URLQueryItem] {
        ListQuery(limit: limit, order: order, after: after, before: before).items
    }
}
