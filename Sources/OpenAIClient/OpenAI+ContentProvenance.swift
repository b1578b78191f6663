extension OpenAI {
    /// Content provenance checks of images and audio: `/content_provenance_checks`.
    public var contentProvenanceChecks: ContentProvenanceChecks { ContentProvenanceChecks(client: self) }
}
