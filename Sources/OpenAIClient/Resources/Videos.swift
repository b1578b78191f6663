import Foundation

/// The video generation endpoint group: ``OpenAI/videos``.
///
/// ```swift
/// let job = try await client.videos.create(CreateVideoRequest(prompt: "A lighthouse at dawn", model: .sora2, seconds: .eight))
/// // poll retrieve(job.id) until .completed, then:
/// let mp4 = try await client.videos.content(job.id)
/// ```
public struct Videos: Sendable {
    let client: OpenAI

    static func path(_ videoID: String) -> String { "/videos/" + APIRequest.segment(videoID) }

    /// Starts generating a video.
    ///
    /// `POST /videos` (JSON).
    ///
    /// > Warning: Video generation is billed per second of video.
    ///
    /// - Parameters:
    ///   - request: The prompt, model, first frame, duration and size.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The job, usually `queued`.
    /// - Throws: ``OpenAIError``.
    public func create(_ request: CreateVideoRequest, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Video {
        try await client.send(.post("/videos", json: request, options: options))
    }

    /// Makes a new video from a finished one and a prompt describing the change.
    ///
    /// `POST /videos/{video_id}/remix`.
    ///
    /// - Parameters:
    ///   - videoID: The video to remix.
    ///   - prompt: The change.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The new job.
    /// - Throws: ``OpenAIError``.
    public func remix(_ videoID: String, prompt: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Video {
        try await client.send(.post(Self.path(videoID) + "/remix", json: VideoChangeRequest(prompt: prompt), options: options))
    }

    /// Edits a finished video.
    ///
    /// `POST /videos/edits` (JSON).
    ///
    /// - Parameters:
    ///   - videoID: The video to edit.
    ///   - prompt: The edit.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The new job.
    /// - Throws: ``OpenAIError``.
    public func edit(_ videoID: String, prompt: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Video {
        try await client.send(.post("/videos/edits", json: VideoChangeRequest(video: .init(id: videoID), prompt: prompt), options: options))
    }

    /// Extends a finished video.
    ///
    /// `POST /videos/extensions` (JSON).
    ///
    /// - Parameters:
    ///   - videoID: The video to extend.
    ///   - prompt: What happens next.
    ///   - seconds: How much longer.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The new job.
    /// - Throws: ``OpenAIError``.
    public func extend(_ videoID: String, prompt: String, seconds: VideoSeconds, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Video {
        try await client.send(.post("/videos/extensions", json: VideoChangeRequest(video: .init(id: videoID), prompt: prompt, seconds: seconds), options: options))
    }

    /// Retrieves a video job.
    ///
    /// `GET /videos/{video_id}`.
    ///
    /// - Parameters:
    ///   - videoID: The video id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The job.
    /// - Throws: ``OpenAIError``.
    public func retrieve(_ videoID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Video {
        try await client.send(.get(Self.path(videoID), options: options))
    }

    /// Downloads a finished video or one of its images.
    ///
    /// `GET /videos/{video_id}/content`.
    ///
    /// - Parameters:
    ///   - videoID: The video id.
    ///   - variant: The MP4 (the default), its thumbnail or its sprite sheet.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The bytes, read whole into memory.
    /// - Throws: ``OpenAIError``.
    public func content(_ videoID: String, variant: VideoContentVariant? = nil, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Data {
        try await client.download(Self.path(videoID) + "/content", query: ListQuery.item("variant", variant?.rawValue), options: options)
    }

    /// Deletes a video.
    ///
    /// `DELETE /videos/{video_id}`.
    ///
    /// - Parameters:
    ///   - videoID: The video id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The deletion status.
    /// - Throws: ``OpenAIError``.
    @discardableResult
    public func delete(_ videoID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> DeletionStatus {
        try await client.send(.delete(Self.path(videoID), options: options))
    }

    /// Lists video jobs, one page.
    ///
    /// `GET /videos`.
    ///
    /// - Parameters:
    ///   - limit: Page size; the API default by default.
    ///   - order: `asc` or `desc`; the API default by default.
    ///   - after: The video id to list after; the first page by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: One page.
    /// - Throws: ``OpenAIError``.
    public func list(limit: Int? = nil, order: ListOrder? = nil, after: String? = nil, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Page<Video> {
        try await client.send(.get("/videos", query: ListQuery(limit: limit, order: order, after: after).items, options: options))
    }

    /// Lists every video job, fetching pages as iteration reaches them.
    ///
    /// - Parameters:
    ///   - limit: Page size; the API default by default.
    ///   - order: `asc` or `desc`; the API default by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The jobs.
    public func listAll(limit: Int? = nil, order: ListOrder? = nil, options: RequestOptions = RequestOptions()) -> PageSequence<Video> {
        PageSequence(cursor: \.id) { after throws(OpenAIError) in try await list(limit: limit, order: order, after: after, options: options) }
    }

    /// Creates a reusable character from a video file.
    ///
    /// `POST /videos/characters` (`multipart/form-data`). A local file is reread for every retry attempt.
    ///
    /// - Parameters:
    ///   - name: The character's display name, 1 to 80 characters.
    ///   - video: The video showing the character.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The character.
    /// - Throws: ``OpenAIError``.
    public func createCharacter(name: String, video: FormFile, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> VideoCharacter {
        var form = MultipartBody()
        form.append(name: "video", file: video)
        form.append(name: "name", value: name)
        return try await client.send(.post("/videos/characters", multipart: form, options: options))
    }

    /// Retrieves a character.
    ///
    /// `GET /videos/characters/{character_id}`.
    ///
    /// - Parameters:
    ///   - characterID: The character id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The character.
    /// - Throws: ``OpenAIError``.
    public func retrieveCharacter(_ characterID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> VideoCharacter {
        try await client.send(.get("/videos/characters/" + APIRequest.segment(characterID), options: options))
    }
}
