/// The organization's mutual-TLS certificates: ``Organization/certificates``.
///
/// ```swift
/// let certificate = try await client.organization.certificates.upload(UploadCertificateRequest(certificate: pem, name: "gateway"))
/// _ = try await client.organization.projects.certificates.activate(projectID: "proj_abc", [certificate.id])
/// ```
public struct Certificates: Sendable {
    let client: OpenAI

    /// Uploads a certificate to the organization; it is not active anywhere yet.
    ///
    /// `POST /organization/certificates`.
    ///
    /// - Parameters:
    ///   - request: The PEM content and name.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The certificate.
    /// - Throws: ``OpenAIError``.
    public func upload(_ request: UploadCertificateRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Certificate {
        try await client.send(.post(AdminPath.root + "/certificates", json: request, options: options))
    }

    /// Retrieves a certificate.
    ///
    /// `GET /organization/certificates/{certificate_id}`.
    ///
    /// - Parameters:
    ///   - certificateID: The certificate id.
    ///   - include: Extra content, such as ``CertificateInclude/content``; none by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The certificate.
    /// - Throws: ``OpenAIError``.
    public func retrieve(_ certificateID: String, include: [CertificateInclude] = [], options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Certificate {
        try await client.send(.get(AdminPath.item("certificates", certificateID), query: QueryList.items("include", include.map(\.rawValue)), options: options))
    }

    /// Renames a certificate.
    ///
    /// `POST /organization/certificates/{certificate_id}`.
    ///
    /// - Parameters:
    ///   - certificateID: The certificate id.
    ///   - name: The new name.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The certificate.
    /// - Throws: ``OpenAIError``.
    public func modify(_ certificateID: String, name: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Certificate {
        try await client.send(.post(AdminPath.item("certificates", certificateID), json: NameRequest(name: name), options: options))
    }

    /// Deletes a certificate; it must not be active anywhere.
    ///
    /// `DELETE /organization/certificates/{certificate_id}`.
    ///
    /// - Parameters:
    ///   - certificateID: The certificate id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The deleted certificate's id.
    /// - Throws: ``OpenAIError``.
    @discardableResult
    public func delete(_ certificateID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> DeletedCertificate {
        try await client.send(.delete(AdminPath.item("certificates", certificateID), options: options))
    }

    /// Activates certificates for the whole organization.
    ///
    /// `POST /organization/certificates/activate`.
    ///
    /// > Warning: Once a certificate is active, requests without a matching client certificate are refused.
    ///
    /// - Parameters:
    ///   - certificateIDs: The certificates, 1 to 10.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The certificates activated.
    /// - Throws: ``OpenAIError``.
    public func activate(_ certificateIDs: [String], options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> CertificateActivation {
        try await client.send(.post(AdminPath.root + "/certificates/activate", json: ToggleCertificatesRequest(certificateIDs: certificateIDs), options: options))
    }

    /// Deactivates certificates for the organization.
    ///
    /// `POST /organization/certificates/deactivate`.
    ///
    /// - Parameters:
    ///   - certificateIDs: The certificates, 1 to 10.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The certificates deactivated.
    /// - Throws: ``OpenAIError``.
    public func deactivate(_ certificateIDs: [String], options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> CertificateActivation {
        try await client.send(.post(AdminPath.root + "/certificates/deactivate", json: ToggleCertificatesRequest(certificateIDs: certificateIDs), options: options))
    }

    /// Lists the organization's certificates, one page.
    ///
    /// `GET /organization/certificates`.
    ///
    /// - Parameters:
    ///   - limit: Page size; the API default (20) by default.
    ///   - after: The certificate id to list after; the first page by default.
    ///   - order: `asc` or `desc` (the default).
    ///   - options: Per-call overrides; none by default.
    /// - Returns: One page.
    /// - Throws: ``OpenAIError``.
    public func list(limit: Int? = nil, after: String? = nil, order: ListOrder? = nil, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Page<Certificate> {
        try await client.send(.get(AdminPath.root + "/certificates", query: AdminPath.listQuery(limit: limit, after: after, order: order), options: options))
    }

    /// Lists every certificate of the organization, fetching pages as iteration reaches them.
    ///
    /// - Parameters:
    ///   - limit: Page size; the API default by default.
    ///   - order: `asc` or `desc` (the default).
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The certificates.
    public func listAll(limit: Int? = nil, order: ListOrder? = nil, options: RequestOptions = RequestOptions()) -> PageSequence<Certificate> {
        PageSequence(cursor: \.id) { after throws(OpenAIError) in try await list(limit: limit, after: after, order: order, options: options) }
    }
}

/// The certificates active for a project: ``Projects/certificates``.
public struct ProjectCertificates: Sendable {
    let client: OpenAI

    /// Activates organization certificates for a project.
    ///
    /// `POST /organization/projects/{project_id}/certificates/activate`.
    ///
    /// - Parameters:
    ///   - projectID: The project id.
    ///   - certificateIDs: The certificates, 1 to 10.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The certificates activated.
    /// - Throws: ``OpenAIError``.
    public func activate(projectID: String, _ certificateIDs: [String], options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> CertificateActivation {
        try await client.send(.post(Projects.path(projectID, "certificates") + "/activate", json: ToggleCertificatesRequest(certificateIDs: certificateIDs), options: options))
    }

    /// Deactivates certificates for a project.
    ///
    /// `POST /organization/projects/{project_id}/certificates/deactivate`.
    ///
    /// - Parameters:
    ///   - projectID: The project id.
    ///   - certificateIDs: The certificates, 1 to 10.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The certificates deactivated.
    /// - Throws: ``OpenAIError``.
    public func deactivate(projectID: String, _ certificateIDs: [String], options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> CertificateActivation {
        try await client.send(.post(Projects.path(projectID, "certificates") + "/deactivate", json: ToggleCertificatesRequest(certificateIDs: certificateIDs), options: options))
    }

    /// Lists the certificates of a project, one page.
    ///
    /// `GET /organization/projects/{project_id}/certificates`.
    ///
    /// - Parameters:
    ///   - projectID: The project id.
    ///   - limit: Page size; the API default (20) by default.
    ///   - after: The certificate id to list after; the first page by default.
    ///   - order: `asc` or `desc` (the default).
    ///   - options: Per-call overrides; none by default.
    /// - Returns: One page.
    /// - Throws: ``OpenAIError``.
    public func list(
        projectID: String, limit: Int? = nil, after: String? = nil, order: ListOrder? = nil, options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> Page<Certificate> {
        try await client.send(.get(Projects.path(projectID, "certificates"), query: AdminPath.listQuery(limit: limit, after: after, order: order), options: options))
    }

    /// Lists every certificate of a project, fetching pages as iteration reaches them.
    ///
    /// - Parameters:
    ///   - projectID: The project id.
    ///   - limit: Page size; the API default by default.
    ///   - order: `asc` or `desc` (the default).
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The certificates.
    public func listAll(projectID: String, limit: Int? = nil, order: ListOrder? = nil, options: RequestOptions = RequestOptions()) -> PageSequence<Certificate> {
        PageSequence(cursor: \.id) { after throws(OpenAIError) in
            try await list(projectID: projectID, limit: limit, after: after, order: order, options: options)
        }
    }
}
