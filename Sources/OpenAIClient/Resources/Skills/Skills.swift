import Foundation

/// The skills endpoint group: ``OpenAI/skills``.
///
/// ```swift
/// let skill = try await client.skills.create(files: [FormFile(fileURL: zipURL)])   // a zip holding SKILL.md
/// _ = try await client.skills.versions.create(skillID: skill.id, files: [FormFile(fileURL: newZipURL)], makeDefault: true)
/// ```
public struct Skills: Sendable {
    let client: OpenAI

    /// A skill's versions: `/skills/{skill_id}/versions`.
    public var versions: SkillVersions { SkillVersions(client: client) }

    static func path(_ skillID: String) -> String { "/skills/" + APIRequest.segment(skillID) }

    /// Uploads a new skill.
    ///
    /// `POST /skills` (`multipart/form-data`). Local files are reread for every retry attempt.
    ///
    /// - Parameters:
    ///   - files: A zip of the skill's folder, or its files one by one (with `SKILL.md`).
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The skill, at version 1.
    /// - Throws: ``OpenAIError``.
    public func create(files: [FormFile], options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Skill {
        var form = MultipartBody()
        form.append(skillFiles: files)
        return try await client.send(.post("/skills", multipart: form, options: options))
    }

    /// Retrieves a skill.
    ///
    /// `GET /skills/{skill_id}`.
    ///
    /// - Parameters:
    ///   - skillID: The skill id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The skill.
    /// - Throws: ``OpenAIError``.
    public func retrieve(_ skillID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Skill {
        try await client.send(.get(Self.path(skillID), options: options))
    }

    /// Sets a skill's default version.
    ///
    /// `POST /skills/{skill_id}`.
    ///
    /// - Parameters:
    ///   - skillID: The skill id.
    ///   - defaultVersion: The version to use when none is named.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The skill.
    /// - Throws: ``OpenAIError``.
    public func update(_ skillID: String, defaultVersion: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Skill {
        try await client.send(.post(Self.path(skillID), json: SetDefaultSkillVersionRequest(defaultVersion: defaultVersion), options: options))
    }

    /// Deletes a skill and its versions.
    ///
    /// `DELETE /skills/{skill_id}`.
    ///
    /// - Parameters:
    ///   - skillID: The skill id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The deletion status.
    /// - Throws: ``OpenAIError``.
    @discardableResult
    public func delete(_ skillID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> DeletionStatus {
        try await client.send(.delete(Self.path(skillID), options: options))
    }

    /// Downloads the default version's files as a zip.
    ///
    /// `GET /skills/{skill_id}/content`.
    ///
    /// - Parameters:
    ///   - skillID: The skill id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The zip's bytes, read whole into memory.
    /// - Throws: ``OpenAIError``.
    public func content(_ skillID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Data {
        try await client.download(Self.path(skillID) + "/content", options: options)
    }

    /// Lists skills, one page.
    ///
    /// `GET /skills`.
    ///
    /// - Parameters:
    ///   - limit: Page size; the API default by default.
    ///   - order: `asc` or `desc`; the API default by default.
    ///   - after: The skill id to list after; the first page by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: One page.
    /// - Throws: ``OpenAIError``.
    public func list(limit: Int? = nil, order: ListOrder? = nil, after: String? = nil, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Page<Skill> {
        try await client.send(.get("/skills", query: ListQuery(limit: limit, order: order, after: after).items, options: options))
    }

    /// Lists every skill, fetching pages as iteration reaches them.
    ///
    /// - Parameters:
    ///   - limit: Page size; the API default by default.
    ///   - order: `asc` or `desc`; the API default by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The skills.
    public func listAll(limit: Int? = nil, order: ListOrder? = nil, options: RequestOptions = RequestOptions()) -> PageSequence<Skill> {
        PageSequence(cursor: \.id) { after throws(OpenAIError) in try await list(limit: limit, order: order, after: after, options: options) }
    }
}

/// A skill's versions: ``Skills/versions``.
public struct SkillVersions: Sendable {
    let client: OpenAI

    static func path(_ skillID: String, _ version: String? = nil) -> String {
        Skills.path(skillID) + "/versions" + (version.map { "/" + APIRequest.segment($0) } ?? "")
    }

    /// Uploads a new version of a skill.
    ///
    /// `POST /skills/{skill_id}/versions` (`multipart/form-data`). Local files are reread for every retry attempt.
    ///
    /// - Parameters:
    ///   - skillID: The skill id.
    ///   - files: A zip of the skill's folder, or its files one by one.
    ///   - makeDefault: Whether the new version becomes the default; the API default (`false`) when `nil`.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The version.
    /// - Throws: ``OpenAIError``.
    public func create(skillID: String, files: [FormFile], makeDefault: Bool? = nil, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> SkillVersion {
        var form = MultipartBody()
        form.append(skillFiles: files)
        form.append(name: "default", makeDefault)
        return try await client.send(.post(Self.path(skillID), multipart: form, options: options))
    }

    /// Retrieves a version.
    ///
    /// `GET /skills/{skill_id}/versions/{version}`.
    ///
    /// - Parameters:
    ///   - version: The version, such as `2`.
    ///   - skillID: The skill id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The version.
    /// - Throws: ``OpenAIError``.
    public func retrieve(_ version: String, skillID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> SkillVersion {
        try await client.send(.get(Self.path(skillID, version), options: options))
    }

    /// Deletes a version.
    ///
    /// `DELETE /skills/{skill_id}/versions/{version}`.
    ///
    /// - Parameters:
    ///   - version: The version.
    ///   - skillID: The skill id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The deletion status.
    /// - Throws: ``OpenAIError``.
    @discardableResult
    public func delete(_ version: String, skillID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> DeletionStatus {
        try await client.send(.delete(Self.path(skillID, version), options: options))
    }

    /// Downloads a version's files as a zip.
    ///
    /// `GET /skills/{skill_id}/versions/{version}/content`.
    ///
    /// - Parameters:
    ///   - version: The version.
    ///   - skillID: The skill id.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The zip's bytes, read whole into memory.
    /// - Throws: ``OpenAIError``.
    public func content(_ version: String, skillID: String, options: RequestOptions = RequestOptions()) async throws(OpenAIError) -> Data {
        try await client.download(Self.path(skillID, version) + "/content", options: options)
    }

    /// Lists a skill's versions, one page.
    ///
    /// `GET /skills/{skill_id}/versions`.
    ///
    /// - Parameters:
    ///   - skillID: The skill id.
    ///   - limit: Page size; the API default by default.
    ///   - order: `asc` or `desc`; the API default by default.
    ///   - after: The version id to list after; the first page by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: One page.
    /// - Throws: ``OpenAIError``.
    public func list(
        skillID: String, limit: Int? = nil, order: ListOrder? = nil, after: String? = nil, options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> Page<SkillVersion> {
        try await client.send(.get(Self.path(skillID), query: ListQuery(limit: limit, order: order, after: after).items, options: options))
    }

    /// Lists every version of a skill, fetching pages as iteration reaches them.
    ///
    /// - Parameters:
    ///   - skillID: The skill id.
    ///   - limit: Page size; the API default by default.
    ///   - order: `asc` or `desc`; the API default by default.
    ///   - options: Per-call overrides; none by default.
    /// - Returns: The versions.
    public func listAll(skillID: String, limit: Int? = nil, order: ListOrder? = nil, options: RequestOptions = RequestOptions()) -> PageSequence<SkillVersion> {
        PageSequence(cursor: \.id) { after throws(OpenAIError) in
            try await list(skillID: skillID, limit: limit, order: order, after: after, options: options)
        }
    }
}
