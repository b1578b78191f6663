/// A skill: versioned instructions and files that models load in a container when they need them.
public struct Skill: Decodable, Sendable, Hashable, Identifiable {
    /// The skill id.
    public var id: String
    /// The object type, `skill`.
    public var object: String?
    /// The skill's name, from its `SKILL.md`.
    public var name: String
    /// What the skill does, from its `SKILL.md`.
    public var description: String
    /// Creation time (Unix seconds).
    public var createdAt: Int
    /// The version used when none is named.
    public var defaultVersion: String
    /// The newest version.
    public var latestVersion: String

    enum CodingKeys: String, CodingKey {
        case id, object, name, description
        case createdAt = "created_at"
        case defaultVersion = "default_version"
        case latestVersion = "latest_version"
    }
}

/// One version of a ``Skill``.
public struct SkillVersion: Decodable, Sendable, Hashable, Identifiable {
    /// The version's id.
    public var id: String
    /// The object type, `skill.version`.
    public var object: String?
    /// The skill id.
    public var skillID: String
    /// The version, such as `1`.
    public var version: String
    /// Creation time (Unix seconds).
    public var createdAt: Int
    /// The name in this version.
    public var name: String
    /// The description in this version.
    public var description: String

    enum CodingKeys: String, CodingKey {
        case id, object, version, name, description
        case skillID = "skill_id"
        case createdAt = "created_at"
    }
}

/// The body that picks a skill's default version.
struct SetDefaultSkillVersionRequest: Encodable, Sendable, Hashable {
    var defaultVersion: String

    enum CodingKeys: String, CodingKey {
        case defaultVersion = "default_version"
    }
}

extension MultipartBody {
    /// A skill's files: the `files` field for one (a zip, or a lone `SKILL.md`), `files[]` for several.
    mutating func append(skillFiles files: [FormFile]) {
        let field = files.count == 1 ? "files" : "files[]"
        for file in files { append(name: field, file: file) }
    }
}
