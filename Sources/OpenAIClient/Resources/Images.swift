/// The images endpoint group: ``OpenAI/images``.
///
/// ```swift
/// let response = try await client.images.generate(CreateImageRequest(prompt: "A lighthouse at dawn", model: "gpt-image-1"))
/// try response.data.first?.imageData?.write(to: URL(fileURLWithPath: "lighthouse.png"))
/// ```
public struct Images: Sendable {
    let client: OpenAI

    /// Generates images from a prompt.
    ///
    /// `POST /images/generations`.
    ///
    /// > Warning: Each image is billed; `n` multiplies the cost.
    ///
    /// - Parameters:
    ///   - request: The prompt, model, size, quality and format.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The images.
    /// - Throws: ``OpenAIError``.
    public func generate(_ request: CreateImageRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> ImagesResponse {
        try await client.send(.post("/images/generations", json: request, options: options))
    }

    /// Generates an image as a stream: partial images (``CreateImageRequest/partialImages``), then the final one.
    ///
    /// `POST /images/generations` with `stream: true` (GPT image models).
    ///
    /// - Parameters:
    ///   - request: The prompt and settings; ``CreateImageRequest/stream`` is set for you.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The events as they arrive.
    /// - Throws: ``OpenAIError``.
    public func generateStream(_ request: CreateImageRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> EventStream<ImageStreamEvent> {
        var request = request
        request.stream = true
        return try await client.stream(.post("/images/generations", json: request, options: options))
    }

    /// Edits an image as a stream: partial images, then the final one.
    ///
    /// `POST /images/edits` with `stream=true` (multipart, GPT image models).
    ///
    /// - Parameters:
    ///   - request: The images, prompt and settings; ``CreateImageEditRequest/stream`` is set for you.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The events as they arrive.
    /// - Throws: ``OpenAIError``.
    public func editStream(_ request: CreateImageEditRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> EventStream<ImageStreamEvent> {
        var request = request
        request.stream = true
        return try await client.stream(.post("/images/edits", multipart: request.form, options: options))
    }

    /// Edits or extends images from a prompt (multipart upload).
    ///
    /// `POST /images/edits`.
    ///
    /// - Parameters:
    ///   - request: The images, prompt, mask and settings.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The images.
    /// - Throws: ``OpenAIError`` (``OpenAIError/Kind/invalidRequest`` when a local file cannot be read).
    public func edit(_ request: CreateImageEditRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> ImagesResponse {
        try await client.send(.post("/images/edits", multipart: request.form, options: options))
    }

    /// Makes variations of an image (dall-e-2, multipart upload).
    ///
    /// `POST /images/variations`.
    ///
    /// - Parameters:
    ///   - request: The image and settings.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The images.
    /// - Throws: ``OpenAIError``.
    public func createVariation(_ request: CreateImageVariationRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> ImagesResponse {
        try await client.send(.post("/images/variations", multipart: request.form, options: options))
    }
}
