import Foundation

/// Content provenance checks: ``OpenAI/contentProvenanceChecks``.
///
/// ```swift
/// let check = try await client.contentProvenanceChecks.create(file: FormFile(fileURL: imageURL))
/// for result in check.results { print(result.type, result.outcome) }   // c2pa detected, synthid not_detected
/// ```
public struct ContentProvenanceChecks: Sendable {
    let client: OpenAI

    /// Checks an image or audio file for OpenAI provenance signals (C2PA manifests, SynthID watermarks).
    ///
    /// `POST /content_provenance_checks` (`multipart/form-data`). A local file is reread for every retry attempt.
    ///
    /// - Parameters:
    ///   - file: The image or audio file's bytes or local URL, and name.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: One result per signal checked.
    /// - Throws: ``OpenAIError``.
    public func create(file: FormFile, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> ContentProvenanceCheck {
        var form = MultipartBody()
        form.append(name: "file", file: file)
        return try await client.send(.post("/content_provenance_checks", multipart: form, options: options))
    }
}
