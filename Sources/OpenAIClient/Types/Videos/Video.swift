/// A generated video job: queued, then in progress, then completed (download with ``Videos/content(_:variant:options:)``) or failed.
public struct Video: Decodable, Sendable, Hashable, Identifiable {
    /// The video id.
    public var id: String
    /// The object type, `video`.
    public var object: String?
    /// The model that made it.
    public var model: VideoModel?
    /// Where the job is.
    public var status: VideoStatus?
    /// Percent done, 0 to 100.
    public var progress: Int?
    /// Creation time (Unix seconds).
    public var createdAt: Int?
    /// When it finished.
    public var completedAt: Int?
    /// When its assets expire.
    public var expiresAt: Int?
    /// The prompt.
    public var prompt: String?
    /// The resolution.
    public var size: VideoSize?
    /// The duration in seconds, as a string (`"4"`).
    public var seconds: VideoSeconds?
    /// The video this one remixes, if any.
    public var remixedFromVideoID: String?
    /// Why it failed, when it did.
    public var error: BatchError?

    enum CodingKeys: String, CodingKey {
        case id, object, model, status, progress, prompt, size, seconds, error
        case createdAt = "created_at"
        case completedAt = "completed_at"
        case expiresAt = "expires_at"
        case remixedFromVideoID = "remixed_from_video_id"
    }
}

/// A video model; an open set.
public struct VideoModel: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a model from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `sora-2`.
    public static let sora2 = Self(rawValue: "sora-2")
    /// `sora-2-pro`.
    public static let sora2Pro = Self(rawValue: "sora-2-pro")
}

/// A video job's status; an open set.
public struct VideoStatus: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a status from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `queued`.
    public static let queued = Self(rawValue: "queued")
    /// `in_progress`.
    public static let inProgress = Self(rawValue: "in_progress")
    /// `completed`.
    public static let completed = Self(rawValue: "completed")
    /// `failed`.
    public static let failed = Self(rawValue: "failed")
}

/// A video resolution; an open set.
public struct VideoSize: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a size from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `720x1280` (portrait).
    public static let portrait720x1280 = Self(rawValue: "720x1280")
    /// `1280x720` (landscape).
    public static let landscape1280x720 = Self(rawValue: "1280x720")
    /// `1024x1792` (portrait).
    public static let portrait1024x1792 = Self(rawValue: "1024x1792")
    /// `1792x1024` (landscape).
    public static let landscape1792x1024 = Self(rawValue: "1792x1024")
}

/// A video duration in seconds, sent as a string; an open set.
public struct VideoSeconds: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a duration from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `4`.
    public static let four = Self(rawValue: "4")
    /// `8`.
    public static let eight = Self(rawValue: "8")
    /// `12`.
    public static let twelve = Self(rawValue: "12")
}

/// Which asset of a video to download; an open set.
public struct VideoContentVariant: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a variant from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `video` (MP4), the default.
    public static let video = Self(rawValue: "video")
    /// `thumbnail`.
    public static let thumbnail = Self(rawValue: "thumbnail")
    /// `spritesheet`.
    public static let spritesheet = Self(rawValue: "spritesheet")
}

/// An image a video starts from: an uploaded file or a URL.
public struct VideoImageReference: Encodable, Sendable, Hashable {
    /// The image's URL (or a data URL).
    public var imageURL: String?
    /// A stored file's id.
    public var fileID: String?

    /// Creates a reference; set one of the two.
    public init(imageURL: String? = nil, fileID: String? = nil) {
        self.imageURL = imageURL
        self.fileID = fileID
    }

    enum CodingKeys: String, CodingKey {
        case imageURL = "image_url"
        case fileID = "file_id"
    }
}

/// The body of ``Videos/create(_:options:)``.
public struct CreateVideoRequest: Encodable, Sendable, Hashable {
    /// What to show.
    public var prompt: String
    /// The model; `sora-2` by default.
    public var model: VideoModel?
    /// The first frame, if any.
    public var inputReference: VideoImageReference?
    /// The duration; the API default (4) by default.
    public var seconds: VideoSeconds?
    /// The resolution; the API default (`720x1280`) by default.
    public var size: VideoSize?

    /// Creates a request.
    public init(prompt: String, model: VideoModel? = nil, inputReference: VideoImageReference? = nil, seconds: VideoSeconds? = nil, size: VideoSize? = nil) {
        self.prompt = prompt
        self.model = model
        self.inputReference = inputReference
        self.seconds = seconds
        self.size = size
    }

    enum CodingKeys: String, CodingKey {
        case prompt, model, seconds, size
        case inputReference = "input_reference"
    }
}

/// The JSON body that edits or extends a video.
struct VideoChangeRequest: Encodable, Sendable, Hashable {
    struct Reference: Encodable, Sendable, Hashable { var id: String }

    var video: Reference?
    var prompt: String
    var seconds: VideoSeconds?
}

/// A character made from a video, to reuse in prompts.
public struct VideoCharacter: Decodable, Sendable, Hashable {
    /// The character id.
    public var id: String?
    /// Its display name.
    public var name: String?
    /// Creation time (Unix seconds).
    public var createdAt: Int

    enum CodingKeys: String, CodingKey {
        case id, name
        case createdAt = "created_at"
    }
}
