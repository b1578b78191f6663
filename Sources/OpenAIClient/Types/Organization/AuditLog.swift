import Foundation

/// One entry of the organization's audit log: who did what, when, and the event's own details.
///
/// The details sit under a key named like the event type (`"project.archived": {"id": "proj_abc"}`); they are kept
/// whole in ``payload`` for every type, known or not, so a new event type still decodes.
///
/// ```swift
/// for try await log in client.organization.auditLogs.listAll(AuditLogQuery(eventTypes: [.projectArchived])) {
///     print(log.type, log.actor?.session?.user?.email ?? "-", log.payload?["id"]?.stringValue ?? "-")
/// }
/// ```
public struct AuditLog: Decodable, Sendable, Hashable, Identifiable {
    /// The entry id.
    public var id: String
    /// The event type.
    public var type: AuditLogEventType
    /// When the event took effect (Unix seconds).
    public var effectiveAt: Int
    /// The project the event happened in, if any.
    public var project: AuditLogProject?
    /// Who caused the event, if known.
    public var actor: AuditLogActor?
    /// The event's details: the member named like ``type``, as sent.
    public var payload: JSONValue?
    /// The whole entry as sent.
    public var raw: JSONValue

    enum CodingKeys: String, CodingKey {
        case id, type, project, actor
        case effectiveAt = "effective_at"
    }

    /// Decodes an entry of any event type.
    public init(from decoder: any Decoder) throws {
        raw = try JSONValue(from: decoder)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        type = try container.decode(AuditLogEventType.self, forKey: .type)
        effectiveAt = try container.decode(Int.self, forKey: .effectiveAt)
        project = try container.decodeIfPresent(AuditLogProject.self, forKey: .project)
        actor = try container.decodeIfPresent(AuditLogActor.self, forKey: .actor)
        payload = raw[type.rawValue]
    }

    /// Decodes ``payload`` as a type of your own.
    ///
    /// - Parameter type: The payload type.
    /// - Returns: The decoded payload, or `nil` when the entry has none.
    /// - Throws: `DecodingError` when the payload does not fit `type`.
    public func payload<T: Decodable>(as type: T.Type) throws -> T? {
        try payload.map { try $0.decode(as: T.self) }
    }
}

/// The project of an ``AuditLog`` entry.
public struct AuditLogProject: Decodable, Sendable, Hashable {
    /// The project id.
    public var id: String?
    /// The project name.
    public var name: String?
}

/// Who caused an ``AuditLog`` event: a dashboard session or an API key.
public struct AuditLogActor: Decodable, Sendable, Hashable {
    /// `session` or `api_key`; an open set.
    public var type: String?
    /// The session, for `session` actors.
    public var session: Session?
    /// The API key, for `api_key` actors.
    public var apiKey: APIKey?

    /// A dashboard session.
    public struct Session: Decodable, Sendable, Hashable {
        /// The user.
        public var user: AuditLogActorUser?
        /// The IP address the session came from.
        public var ipAddress: String?

        enum CodingKeys: String, CodingKey {
            case user
            case ipAddress = "ip_address"
        }
    }

    /// An API key and its owner.
    public struct APIKey: Decodable, Sendable, Hashable {
        /// The key id.
        public var id: String?
        /// `user` or `service_account`; an open set.
        public var type: String?
        /// The owning user, for user keys.
        public var user: AuditLogActorUser?
        /// The owning service account, for service-account keys.
        public var serviceAccount: ServiceAccount?

        /// A service account.
        public struct ServiceAccount: Decodable, Sendable, Hashable {
            /// The service account id.
            public var id: String?
        }

        enum CodingKeys: String, CodingKey {
            case id, type, user
            case serviceAccount = "service_account"
        }
    }

    enum CodingKeys: String, CodingKey {
        case type, session
        case apiKey = "api_key"
    }
}

/// The user behind an ``AuditLogActor``.
public struct AuditLogActorUser: Decodable, Sendable, Hashable {
    /// The user id.
    public var id: String?
    /// The user's email.
    public var email: String?
}

/// An audit log event type; an open set (unknown types decode unchanged).
public struct AuditLogEventType: OpenStringEnum {
    /// The wire string, such as `project.created`.
    public var rawValue: String
    /// Creates a type from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `api_key.created`.
    public static let apiKeyCreated = Self(rawValue: "api_key.created")
    /// `api_key.updated`.
    public static let apiKeyUpdated = Self(rawValue: "api_key.updated")
    /// `api_key.deleted`.
    public static let apiKeyDeleted = Self(rawValue: "api_key.deleted")
    /// `certificate.created`.
    public static let certificateCreated = Self(rawValue: "certificate.created")
    /// `certificate.updated`.
    public static let certificateUpdated = Self(rawValue: "certificate.updated")
    /// `certificate.deleted`.
    public static let certificateDeleted = Self(rawValue: "certificate.deleted")
    /// `certificates.activated`.
    public static let certificatesActivated = Self(rawValue: "certificates.activated")
    /// `certificates.deactivated`.
    public static let certificatesDeactivated = Self(rawValue: "certificates.deactivated")
    /// `checkpoint.permission.created`.
    public static let checkpointPermissionCreated = Self(rawValue: "checkpoint.permission.created")
    /// `checkpoint.permission.deleted`.
    public static let checkpointPermissionDeleted = Self(rawValue: "checkpoint.permission.deleted")
    /// `external_key.registered`.
    public static let externalKeyRegistered = Self(rawValue: "external_key.registered")
    /// `external_key.removed`.
    public static let externalKeyRemoved = Self(rawValue: "external_key.removed")
    /// `group.created`.
    public static let groupCreated = Self(rawValue: "group.created")
    /// `group.updated`.
    public static let groupUpdated = Self(rawValue: "group.updated")
    /// `group.deleted`.
    public static let groupDeleted = Self(rawValue: "group.deleted")
    /// `invite.sent`.
    public static let inviteSent = Self(rawValue: "invite.sent")
    /// `invite.accepted`.
    public static let inviteAccepted = Self(rawValue: "invite.accepted")
    /// `invite.deleted`.
    public static let inviteDeleted = Self(rawValue: "invite.deleted")
    /// `ip_allowlist.created`.
    public static let ipAllowlistCreated = Self(rawValue: "ip_allowlist.created")
    /// `ip_allowlist.updated`.
    public static let ipAllowlistUpdated = Self(rawValue: "ip_allowlist.updated")
    /// `ip_allowlist.deleted`.
    public static let ipAllowlistDeleted = Self(rawValue: "ip_allowlist.deleted")
    /// `ip_allowlist.config.activated`.
    public static let ipAllowlistConfigActivated = Self(rawValue: "ip_allowlist.config.activated")
    /// `ip_allowlist.config.deactivated`.
    public static let ipAllowlistConfigDeactivated = Self(rawValue: "ip_allowlist.config.deactivated")
    /// `login.succeeded`.
    public static let loginSucceeded = Self(rawValue: "login.succeeded")
    /// `login.failed`.
    public static let loginFailed = Self(rawValue: "login.failed")
    /// `logout.succeeded`.
    public static let logoutSucceeded = Self(rawValue: "logout.succeeded")
    /// `logout.failed`.
    public static let logoutFailed = Self(rawValue: "logout.failed")
    /// `organization.updated`.
    public static let organizationUpdated = Self(rawValue: "organization.updated")
    /// `project.created`.
    public static let projectCreated = Self(rawValue: "project.created")
    /// `project.updated`.
    public static let projectUpdated = Self(rawValue: "project.updated")
    /// `project.archived`.
    public static let projectArchived = Self(rawValue: "project.archived")
    /// `project.deleted`.
    public static let projectDeleted = Self(rawValue: "project.deleted")
    /// `rate_limit.updated`.
    public static let rateLimitUpdated = Self(rawValue: "rate_limit.updated")
    /// `rate_limit.deleted`.
    public static let rateLimitDeleted = Self(rawValue: "rate_limit.deleted")
    /// `resource.deleted`.
    public static let resourceDeleted = Self(rawValue: "resource.deleted")
    /// `tunnel.created`.
    public static let tunnelCreated = Self(rawValue: "tunnel.created")
    /// `tunnel.updated`.
    public static let tunnelUpdated = Self(rawValue: "tunnel.updated")
    /// `tunnel.deleted`.
    public static let tunnelDeleted = Self(rawValue: "tunnel.deleted")
    /// `workload_identity_provider.created`.
    public static let workloadIdentityProviderCreated = Self(rawValue: "workload_identity_provider.created")
    /// `workload_identity_provider.updated`.
    public static let workloadIdentityProviderUpdated = Self(rawValue: "workload_identity_provider.updated")
    /// `workload_identity_provider.deleted`.
    public static let workloadIdentityProviderDeleted = Self(rawValue: "workload_identity_provider.deleted")
    /// `workload_identity_provider_mapping.created`.
    public static let workloadIdentityProviderMappingCreated = Self(rawValue: "workload_identity_provider_mapping.created")
    /// `workload_identity_provider_mapping.updated`.
    public static let workloadIdentityProviderMappingUpdated = Self(rawValue: "workload_identity_provider_mapping.updated")
    /// `workload_identity_provider_mapping.deleted`.
    public static let workloadIdentityProviderMappingDeleted = Self(rawValue: "workload_identity_provider_mapping.deleted")
    /// `role.created`.
    public static let roleCreated = Self(rawValue: "role.created")
    /// `role.updated`.
    public static let roleUpdated = Self(rawValue: "role.updated")
    /// `role.deleted`.
    public static let roleDeleted = Self(rawValue: "role.deleted")
    /// `role.assignment.created`.
    public static let roleAssignmentCreated = Self(rawValue: "role.assignment.created")
    /// `role.assignment.deleted`.
    public static let roleAssignmentDeleted = Self(rawValue: "role.assignment.deleted")
    /// `role.bound_to_resource`.
    public static let roleBoundToResource = Self(rawValue: "role.bound_to_resource")
    /// `role.unbound_from_resource`.
    public static let roleUnboundFromResource = Self(rawValue: "role.unbound_from_resource")
    /// `scim.enabled`.
    public static let scimEnabled = Self(rawValue: "scim.enabled")
    /// `scim.disabled`.
    public static let scimDisabled = Self(rawValue: "scim.disabled")
    /// `service_account.created`.
    public static let serviceAccountCreated = Self(rawValue: "service_account.created")
    /// `service_account.updated`.
    public static let serviceAccountUpdated = Self(rawValue: "service_account.updated")
    /// `service_account.deleted`.
    public static let serviceAccountDeleted = Self(rawValue: "service_account.deleted")
    /// `user.added`.
    public static let userAdded = Self(rawValue: "user.added")
    /// `user.updated`.
    public static let userUpdated = Self(rawValue: "user.updated")
    /// `user.deleted`.
    public static let userDeleted = Self(rawValue: "user.deleted")
    /// `tenant.metadata.updated`.
    public static let tenantMetadataUpdated = Self(rawValue: "tenant.metadata.updated")
    /// `tenant.microsoft_entra_mapping.upserted`.
    public static let tenantMicrosoftEntraMappingUpserted = Self(rawValue: "tenant.microsoft_entra_mapping.upserted")
    /// `tenant.microsoft_entra_mapping.deleted`.
    public static let tenantMicrosoftEntraMappingDeleted = Self(rawValue: "tenant.microsoft_entra_mapping.deleted")
    /// `tenant.workload_identity.provider.created`.
    public static let tenantWorkloadIdentityProviderCreated = Self(rawValue: "tenant.workload_identity.provider.created")
    /// `tenant.workload_identity.provider.updated`.
    public static let tenantWorkloadIdentityProviderUpdated = Self(rawValue: "tenant.workload_identity.provider.updated")
    /// `tenant.workload_identity.provider.archived`.
    public static let tenantWorkloadIdentityProviderArchived = Self(rawValue: "tenant.workload_identity.provider.archived")
    /// `tenant.workload_identity.mapping.created`.
    public static let tenantWorkloadIdentityMappingCreated = Self(rawValue: "tenant.workload_identity.mapping.created")
    /// `tenant.workload_identity.mapping.updated`.
    public static let tenantWorkloadIdentityMappingUpdated = Self(rawValue: "tenant.workload_identity.mapping.updated")
    /// `tenant.workload_identity.mapping.archived`.
    public static let tenantWorkloadIdentityMappingArchived = Self(rawValue: "tenant.workload_identity.mapping.archived")
    /// `tenant.workload_identity.binding.created`.
    public static let tenantWorkloadIdentityBindingCreated = Self(rawValue: "tenant.workload_identity.binding.created")
    /// `tenant.workload_identity.principal.provisioned`.
    public static let tenantWorkloadIdentityPrincipalProvisioned = Self(rawValue: "tenant.workload_identity.principal.provisioned")
    /// `tenant.workload_identity.access_token.issued`.
    public static let tenantWorkloadIdentityAccessTokenIssued = Self(rawValue: "tenant.workload_identity.access_token.issued")
    /// `tenant.admin_api_key.created`.
    public static let tenantAdminAPIKeyCreated = Self(rawValue: "tenant.admin_api_key.created")
    /// `tenant.admin_api_key.updated`.
    public static let tenantAdminAPIKeyUpdated = Self(rawValue: "tenant.admin_api_key.updated")
    /// `tenant.admin_api_key.deleted`.
    public static let tenantAdminAPIKeyDeleted = Self(rawValue: "tenant.admin_api_key.deleted")
    /// `tenant.project_api_key.created`.
    public static let tenantProjectAPIKeyCreated = Self(rawValue: "tenant.project_api_key.created")
    /// `tenant.chatgpt_access_token.revoked`.
    public static let tenantChatgptAccessTokenRevoked = Self(rawValue: "tenant.chatgpt_access_token.revoked")
    /// `tenant.migration.completed`.
    public static let tenantMigrationCompleted = Self(rawValue: "tenant.migration.completed")
    /// `tenant.sso.migrated`.
    public static let tenantSsoMigrated = Self(rawValue: "tenant.sso.migrated")
    /// `tenant.domains.migrated`.
    public static let tenantDomainsMigrated = Self(rawValue: "tenant.domains.migrated")
    /// `tenant.sso_connection.created`.
    public static let tenantSsoConnectionCreated = Self(rawValue: "tenant.sso_connection.created")
    /// `tenant.sso_connection.updated`.
    public static let tenantSsoConnectionUpdated = Self(rawValue: "tenant.sso_connection.updated")
    /// `tenant.sso_connection.deleted`.
    public static let tenantSsoConnectionDeleted = Self(rawValue: "tenant.sso_connection.deleted")
    /// `tenant.sso_connection.setup.started`.
    public static let tenantSsoConnectionSetupStarted = Self(rawValue: "tenant.sso_connection.setup.started")
    /// `tenant.policy.created`.
    public static let tenantPolicyCreated = Self(rawValue: "tenant.policy.created")
    /// `tenant.policy.updated`.
    public static let tenantPolicyUpdated = Self(rawValue: "tenant.policy.updated")
    /// `tenant.policy.deleted`.
    public static let tenantPolicyDeleted = Self(rawValue: "tenant.policy.deleted")
    /// `tenant.policy.attached`.
    public static let tenantPolicyAttached = Self(rawValue: "tenant.policy.attached")
    /// `tenant.policy.detached`.
    public static let tenantPolicyDetached = Self(rawValue: "tenant.policy.detached")
    /// `tenant.principal_authentication_policy.resolved`.
    public static let tenantPrincipalAuthenticationPolicyResolved = Self(rawValue: "tenant.principal_authentication_policy.resolved")
    /// `tenant.scim.setup.started`.
    public static let tenantSCIMSetupStarted = Self(rawValue: "tenant.scim.setup.started")
    /// `tenant.scim.deletion.requested`.
    public static let tenantSCIMDeletionRequested = Self(rawValue: "tenant.scim.deletion.requested")
    /// `tenant.scim.directory.created`.
    public static let tenantSCIMDirectoryCreated = Self(rawValue: "tenant.scim.directory.created")
    /// `tenant.product_access_policy.updated`.
    public static let tenantProductAccessPolicyUpdated = Self(rawValue: "tenant.product_access_policy.updated")
    /// `tenant.resource_share_grant.created`.
    public static let tenantResourceShareGrantCreated = Self(rawValue: "tenant.resource_share_grant.created")
    /// `tenant.resource_share_grant.updated`.
    public static let tenantResourceShareGrantUpdated = Self(rawValue: "tenant.resource_share_grant.updated")
    /// `tenant.resource_share_grant.accepted`.
    public static let tenantResourceShareGrantAccepted = Self(rawValue: "tenant.resource_share_grant.accepted")
    /// `tenant.resource_share_grant.declined`.
    public static let tenantResourceShareGrantDeclined = Self(rawValue: "tenant.resource_share_grant.declined")
    /// `tenant.resource_share_grant.revoked`.
    public static let tenantResourceShareGrantRevoked = Self(rawValue: "tenant.resource_share_grant.revoked")
    /// `tenant.resource_share_grant.deleted`.
    public static let tenantResourceShareGrantDeleted = Self(rawValue: "tenant.resource_share_grant.deleted")
    /// `tenant.service_account.updated`.
    public static let tenantServiceAccountUpdated = Self(rawValue: "tenant.service_account.updated")
    /// `tenant.service_account.deleted`.
    public static let tenantServiceAccountDeleted = Self(rawValue: "tenant.service_account.deleted")
    /// `tenant.service_account.token.revoked`.
    public static let tenantServiceAccountTokenRevoked = Self(rawValue: "tenant.service_account.token.revoked")
    /// `tenant.billing.overage_limit.updated`.
    public static let tenantBillingOverageLimitUpdated = Self(rawValue: "tenant.billing.overage_limit.updated")
    /// `tenant.billing.alerts.updated`.
    public static let tenantBillingAlertsUpdated = Self(rawValue: "tenant.billing.alerts.updated")
    /// `tenant.billing.info.updated`.
    public static let tenantBillingInfoUpdated = Self(rawValue: "tenant.billing.info.updated")
    /// `tenant.usage_limit.workspace.updated`.
    public static let tenantUsageLimitWorkspaceUpdated = Self(rawValue: "tenant.usage_limit.workspace.updated")
    /// `tenant.usage_limit.group.updated`.
    public static let tenantUsageLimitGroupUpdated = Self(rawValue: "tenant.usage_limit.group.updated")
    /// `tenant.usage_limit.user.updated`.
    public static let tenantUsageLimitUserUpdated = Self(rawValue: "tenant.usage_limit.user.updated")
    /// `tenant.usage_limit.increase_request.updated`.
    public static let tenantUsageLimitIncreaseRequestUpdated = Self(rawValue: "tenant.usage_limit.increase_request.updated")
    /// `tenant.usage_limit.increase_request.resolved`.
    public static let tenantUsageLimitIncreaseRequestResolved = Self(rawValue: "tenant.usage_limit.increase_request.resolved")
    /// `tenant.group.created`.
    public static let tenantGroupCreated = Self(rawValue: "tenant.group.created")
    /// `tenant.group.updated`.
    public static let tenantGroupUpdated = Self(rawValue: "tenant.group.updated")
    /// `tenant.group.deleted`.
    public static let tenantGroupDeleted = Self(rawValue: "tenant.group.deleted")
    /// `tenant.group.member.added`.
    public static let tenantGroupMemberAdded = Self(rawValue: "tenant.group.member.added")
    /// `tenant.group.member.removed`.
    public static let tenantGroupMemberRemoved = Self(rawValue: "tenant.group.member.removed")
    /// `tenant.migration_rollout.status.updated`.
    public static let tenantMigrationRolloutStatusUpdated = Self(rawValue: "tenant.migration_rollout.status.updated")
    /// `tenant.migration_rollout.tier.updated`.
    public static let tenantMigrationRolloutTierUpdated = Self(rawValue: "tenant.migration_rollout.tier.updated")
    /// `tenant.role.metadata.updated`.
    public static let tenantRoleMetadataUpdated = Self(rawValue: "tenant.role.metadata.updated")
    /// `tenant.custom_role.created`.
    public static let tenantCustomRoleCreated = Self(rawValue: "tenant.custom_role.created")
    /// `tenant.custom_role.updated`.
    public static let tenantCustomRoleUpdated = Self(rawValue: "tenant.custom_role.updated")
    /// `tenant.custom_role.deleted`.
    public static let tenantCustomRoleDeleted = Self(rawValue: "tenant.custom_role.deleted")
    /// `tenant.role_assignment.created`.
    public static let tenantRoleAssignmentCreated = Self(rawValue: "tenant.role_assignment.created")
    /// `tenant.role_assignment.deleted`.
    public static let tenantRoleAssignmentDeleted = Self(rawValue: "tenant.role_assignment.deleted")
    /// `tenant.resource_role_assignment.created`.
    public static let tenantResourceRoleAssignmentCreated = Self(rawValue: "tenant.resource_role_assignment.created")
    /// `tenant.resource_role_assignment.deleted`.
    public static let tenantResourceRoleAssignmentDeleted = Self(rawValue: "tenant.resource_role_assignment.deleted")
    /// `tenant.resource_access.updated`.
    public static let tenantResourceAccessUpdated = Self(rawValue: "tenant.resource_access.updated")
    /// `tenant.resource_access.deleted`.
    public static let tenantResourceAccessDeleted = Self(rawValue: "tenant.resource_access.deleted")
    /// `tenant.ads_account.onboarding.redemption`.
    public static let tenantAdsAccountOnboardingRedemption = Self(rawValue: "tenant.ads_account.onboarding.redemption")
    /// `tenant.session_policy.created`.
    public static let tenantSessionPolicyCreated = Self(rawValue: "tenant.session_policy.created")
    /// `tenant.session_policy.updated`.
    public static let tenantSessionPolicyUpdated = Self(rawValue: "tenant.session_policy.updated")
    /// `tenant.session_policy.deleted`.
    public static let tenantSessionPolicyDeleted = Self(rawValue: "tenant.session_policy.deleted")
    /// `tenant.session_revocation.started`.
    public static let tenantSessionRevocationStarted = Self(rawValue: "tenant.session_revocation.started")
    /// `tenant.third_party_app_policy.updated`.
    public static let tenantThirdPartyAppPolicyUpdated = Self(rawValue: "tenant.third_party_app_policy.updated")
    /// `tenant.user.added`.
    public static let tenantUserAdded = Self(rawValue: "tenant.user.added")
    /// `tenant.user.updated`.
    public static let tenantUserUpdated = Self(rawValue: "tenant.user.updated")
    /// `tenant.user.removed`.
    public static let tenantUserRemoved = Self(rawValue: "tenant.user.removed")
    /// `tenant.user.looked_up`.
    public static let tenantUserLookedUp = Self(rawValue: "tenant.user.looked_up")
    /// `tenant.user.invited`.
    public static let tenantUserInvited = Self(rawValue: "tenant.user.invited")
    /// `tenant.membership.revoked`.
    public static let tenantMembershipRevoked = Self(rawValue: "tenant.membership.revoked")
    /// `tenant.api_organization_invite.upserted`.
    public static let tenantAPIOrganizationInviteUpserted = Self(rawValue: "tenant.api_organization_invite.upserted")
    /// `tenant.api_organization_invite.deleted`.
    public static let tenantAPIOrganizationInviteDeleted = Self(rawValue: "tenant.api_organization_invite.deleted")
    /// `tenant.chatgpt_workspace_invite.upserted`.
    public static let tenantChatgptWorkspaceInviteUpserted = Self(rawValue: "tenant.chatgpt_workspace_invite.upserted")
    /// `tenant.membership.accepted`.
    public static let tenantMembershipAccepted = Self(rawValue: "tenant.membership.accepted")
    /// `tenant.membership.declined`.
    public static let tenantMembershipDeclined = Self(rawValue: "tenant.membership.declined")
    /// `tenant.workspace_invite_email_settings.updated`.
    public static let tenantWorkspaceInviteEmailSettingsUpdated = Self(rawValue: "tenant.workspace_invite_email_settings.updated")
}

/// Filters for ``AuditLogs/list(_:limit:after:before:options:)``; every filter is optional.
public struct AuditLogQuery: Sendable, Hashable {
    /// Bounds on `effective_at` (Unix seconds).
    public var effectiveAt: EffectiveAtRange?
    /// Only events of these projects.
    public var projectIDs: [String]
    /// Only events of these types.
    public var eventTypes: [AuditLogEventType]
    /// Only events by these actors (user, service account or API key ids).
    public var actorIDs: [String]
    /// Only events by users with these emails.
    public var actorEmails: [String]
    /// Only events about these resources.
    public var resourceIDs: [String]
    /// Only tenant-level events, when `true`.
    public var tenantOnly: Bool?

    /// Bounds on a Unix-seconds time; `nil` bounds are not sent.
    public struct EffectiveAtRange: Sendable, Hashable {
        /// Strictly after.
        public var gt: Int?
        /// At or after.
        public var gte: Int?
        /// Strictly before.
        public var lt: Int?
        /// At or before.
        public var lte: Int?

        /// Creates a range.
        public init(gt: Int? = nil, gte: Int? = nil, lt: Int? = nil, lte: Int? = nil) {
            self.gt = gt
            self.gte = gte
            self.lt = lt
            self.lte = lte
        }
    }

    /// Creates filters; none by default.
    public init(
        effectiveAt: EffectiveAtRange? = nil, projectIDs: [String] = [], eventTypes: [AuditLogEventType] = [],
        actorIDs: [String] = [], actorEmails: [String] = [], resourceIDs: [String] = [], tenantOnly: Bool? = nil
    ) {
        self.effectiveAt = effectiveAt
        self.projectIDs = projectIDs
        self.eventTypes = eventTypes
        self.actorIDs = actorIDs
        self.actorEmails = actorEmails
        self.resourceIDs = resourceIDs
        self.tenantOnly = tenantOnly
    }

    /// The query items, with `effective_at[gte]=…` and repeated `project_ids[]=…` as the API reads them.
    var items: [URLQueryItem] {
        var items: [URLQueryItem] = []
        if let range = effectiveAt {
            for (name, value) in [("gt", range.gt), ("gte", range.gte), ("lt", range.lt), ("lte", range.lte)] {
                items += ListQuery.item("effective_at[\(name)]", value.map(String.init))
            }
        }
        items += QueryList.items("project_ids[]", projectIDs) + QueryList.items("event_types[]", eventTypes.map(\.rawValue))
            + QueryList.items("actor_ids[]", actorIDs) + QueryList.items("actor_emails[]", actorEmails)
            + QueryList.items("resource_ids[]", resourceIDs) + ListQuery.item("tenant_only", tenantOnly.map { String($0) })
        return items
    }
}

/// Repeated query items for a list-valued parameter.
enum QueryList {
    static func items(_ name: String, _ values: [String]) -> [URLQueryItem] {
        values.map { URLQueryItem(name: name, value: $0) }
    }
}
