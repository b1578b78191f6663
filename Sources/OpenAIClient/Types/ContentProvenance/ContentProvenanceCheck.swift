/// The answer to ``ContentProvenanceChecks/create(file:options:)``: which OpenAI provenance signals an image or
/// audio file carries.
///
/// `notDetected` does not prove the file was not made by OpenAI: metadata can be stripped, watermarks degrade,
/// older models left none, and other companies' models are not detected.
public struct ContentProvenanceCheck: Decodable, Sendable, Hashable {
    /// The object type, `content_provenance_check`.
    public var object: String?
    /// Creation time (Unix seconds).
    public var createdAt: Int?
    /// One result per signal checked: C2PA and SynthID for images, SynthID for audio.
    public var results: [Result]

    /// One provenance signal's result.
    public struct Result: Decodable, Sendable, Hashable {
        /// The signal: `c2pa` or `synthid`.
        public var type: ContentProvenanceSignal
        /// Whether an OpenAI signal was found.
        public var outcome: ContentProvenanceOutcome
        /// Whether the C2PA manifest validates (`c2pa`).
        public var validationState: C2PAValidationState?
        /// The C2PA manifest's issuer, when available (`c2pa`).
        public var issuer: String?
        /// The OpenAI model the signal records, when available.
        public var model: String?
        /// When the signal says the file was generated (RFC 3339), when available.
        public var generatedAt: String?

        enum CodingKeys: String, CodingKey {
            case type, outcome, issuer, model
            case validationState = "validation_state"
            case generatedAt = "generated_at"
        }
    }

    enum CodingKeys: String, CodingKey {
        case object, results
        case createdAt = "created_at"
    }

    /// Decodes a check; missing results read as none.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        object = try container.decodeIfPresent(String.self, forKey: .object)
        createdAt = try container.decodeIfPresent(Int.self, forKey: .createdAt)
        results = try container.decodeIfPresent([Result].self, forKey: .results) ?? []
    }
}

/// A provenance signal; an open set.
public struct ContentProvenanceSignal: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a signal from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `c2pa`: a signed C2PA manifest in the file's metadata.
    public static let c2pa = Self(rawValue: "c2pa")
    /// `synthid`: a SynthID watermark in the content.
    public static let synthID = Self(rawValue: "synthid")
}

/// Whether a provenance signal was found; an open set.
public struct ContentProvenanceOutcome: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates an outcome from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `detected`.
    public static let detected = Self(rawValue: "detected")
    /// `not_detected`.
    public static let notDetected = Self(rawValue: "not_detected")
}

/// The validation state of a C2PA manifest; an open set.
public struct C2PAValidationState: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a state from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `trusted`: valid and signed by a trusted issuer.
    public static let trusted = Self(rawValue: "trusted")
    /// `valid`.
    public static let valid = Self(rawValue: "valid")
    /// `invalid`.
    public static let invalid = Self(rawValue: "invalid")
    /// `not_present`: no manifest.
    public static let notPresent = Self(rawValue: "not_present")
}
