/// A client certificate for mutual TLS, uploaded to the organization and activated for it or for projects.
public struct Certificate: Decodable, Sendable, Hashable, Identifiable {
    /// `certificate`, `organization.certificate` or `organization.project.certificate`.
    public var object: String?
    /// The certificate id.
    public var id: String
    /// The certificate's name.
    public var name: String?
    /// Upload time (Unix seconds).
    public var createdAt: Int
    /// Validity and, when asked for, the PEM content.
    public var certificateDetails: Details
    /// Whether the certificate is active where it was listed (organization or project).
    public var active: Bool?

    /// A certificate's validity and content.
    public struct Details: Decodable, Sendable, Hashable {
        /// When it becomes valid (Unix seconds).
        public var validAt: Int?
        /// When it expires (Unix seconds).
        public var expiresAt: Int?
        /// The PEM content, only when retrieved with `include: [.content]`.
        public var content: String?

        enum CodingKeys: String, CodingKey {
            case content
            case validAt = "valid_at"
            case expiresAt = "expires_at"
        }
    }

    enum CodingKeys: String, CodingKey {
        case object, id, name, active
        case createdAt = "created_at"
        case certificateDetails = "certificate_details"
    }
}

/// The answer to activating or deactivating certificates: the certificates changed.
public struct CertificateActivation: Decodable, Sendable, Hashable {
    /// Such as `organization.certificate.activation`.
    public var object: String?
    /// The certificates.
    public var data: [Certificate]
}

/// The answer to deleting a certificate.
public struct DeletedCertificate: Decodable, Sendable, Hashable {
    /// The object type, `certificate.deleted`.
    public var object: String?
    /// The deleted certificate's id.
    public var id: String
}

/// The body of ``Certificates/upload(_:options:)``.
public struct UploadCertificateRequest: Encodable, Sendable, Hashable {
    /// A name for the certificate; none by default.
    public var name: String?
    /// The PEM-encoded certificate.
    public var certificate: String

    /// Creates a request.
    public init(certificate: String, name: String? = nil) {
        self.certificate = certificate
        self.name = name
    }
}

/// The body that activates or deactivates certificates.
struct ToggleCertificatesRequest: Encodable, Sendable, Hashable {
    var certificateIDs: [String]

    enum CodingKeys: String, CodingKey {
        case certificateIDs = "certificate_ids"
    }
}

/// Extra content ``Certificates/retrieve(_:include:options:)`` can include; an open set.
public struct CertificateInclude: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a value from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `content`: the PEM content.
    public static let content = Self(rawValue: "content")
}
