import Foundation
import OpenAIClient
import TestSupport
import Testing

@Suite struct CertificatesTests {
    static let certificateJSON = """
    {"object": "certificate", "id": "cert_abc", "name": "gateway", "created_at": 1234567,
     "certificate_details": {"valid_at": 12345667, "expires_at": 12345678, "content": "-----BEGIN CERTIFICATE-----"}}
    """

    @Test("Uploads a certificate and retrieves it with its content")
    func uploadAndRetrieve() async throws {
        try await TestHTTPServer.withServer(responses: [.json(Self.certificateJSON), .json(Self.certificateJSON)]) { server in
            let certificates = OpenAI.testing(server).organization.certificates
            _ = try await certificates.upload(UploadCertificateRequest(certificate: "-----BEGIN CERTIFICATE-----", name: "gateway"))
            let retrieved = try await certificates.retrieve("cert_abc", include: [.content])
            let sent = await server.requests
            #expect(sent.map(\.method) == ["POST", "GET"])
            #expect(sent.map(\.uri) == ["/v1/organization/certificates", "/v1/organization/certificates/cert_abc?include=content"])
            #expect(sent[0].json == ["certificate": "-----BEGIN CERTIFICATE-----", "name": "gateway"])
            #expect(retrieved.certificateDetails.content == "-----BEGIN CERTIFICATE-----")
            #expect(retrieved.certificateDetails.expiresAt == 12_345_678)
        }
    }

    @Test("Activates for the organization and deactivates for a project")
    func activation() async throws {
        let activation = #"{"object": "organization.certificate.activation", "data": [{"object": "organization.certificate", "id": "cert_abc", "name": "g", "created_at": 1, "certificate_details": {"valid_at": 1, "expires_at": 2}, "active": true}]}"#
        try await TestHTTPServer.withServer(responses: [.json(activation), .json(activation), .json(#"{"object": "certificate.deleted", "id": "cert_abc"}"#)]) { server in
            let organization = OpenAI.testing(server).organization
            let activated = try await organization.certificates.activate(["cert_abc"])
            _ = try await organization.projects.certificates.deactivate(projectID: "proj_1", ["cert_abc", "cert_def"])
            let deleted = try await organization.certificates.delete("cert_abc")
            let sent = await server.requests
            #expect(sent.map(\.uri) == [
                "/v1/organization/certificates/activate", "/v1/organization/projects/proj_1/certificates/deactivate",
                "/v1/organization/certificates/cert_abc",
            ])
            #expect(sent[0].json == ["certificate_ids": ["cert_abc"]])
            #expect(sent[1].json == ["certificate_ids": ["cert_abc", "cert_def"]])
            #expect(activated.data.first?.active == true)
            #expect(deleted.id == "cert_abc")
        }
    }

    @Test("Lists a project's certificates across pages")
    func listAll() async throws {
        let first = #"{"object": "list", "data": [\#(Self.certificateJSON)], "first_id": "cert_abc", "last_id": "cert_abc", "has_more": true}"#
        let second = #"{"object": "list", "data": [\#(Self.certificateJSON.replacingOccurrences(of: "cert_abc", with: "cert_def"))], "has_more": false}"#
        try await TestHTTPServer.withServer(responses: [.json(first), .json(second)]) { server in
            var ids: [String] = []
            for try await certificate in OpenAI.testing(server).organization.projects.certificates.listAll(projectID: "proj_1", order: .descending) {
                ids.append(certificate.id)
            }
            #expect(ids == ["cert_abc", "cert_def"])
            #expect(await server.requests.map(\.uri) == [
                "/v1/organization/projects/proj_1/certificates?order=desc",
                "/v1/organization/projects/proj_1/certificates?order=desc&after=cert_abc",
            ])
        }
    }
}
