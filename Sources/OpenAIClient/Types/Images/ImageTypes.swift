/// An image size such as `1024x1024`; an open set.
public struct ImageSize: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a size from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `auto` (GPT image models).
    public static let auto = Self(rawValue: "auto")
    /// `256x256` (dall-e-2).
    public static let size256 = Self(rawValue: "256x256")
    /// `512x512` (dall-e-2).
    public static let size512 = Self(rawValue: "512x512")
    /// `1024x1024`.
    public static let size1024 = Self(rawValue: "1024x1024")
    /// `1536x1024` (landscape, GPT image models).
    public static let landscape1536x1024 = Self(rawValue: "1536x1024")
    /// `1024x1536` (portrait, GPT image models).
    public static let portrait1024x1536 = Self(rawValue: "1024x1536")
    /// `1792x1024` (dall-e-3).
    public static let landscape1792x1024 = Self(rawValue: "1792x1024")
    /// `1024x1792` (dall-e-3).
    public static let portrait1024x1792 = Self(rawValue: "1024x1792")
}

/// An image quality; an open set.
public struct ImageQuality: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a quality from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `auto`.
    public static let auto = Self(rawValue: "auto")
    /// `standard` (dall-e).
    public static let standard = Self(rawValue: "standard")
    /// `hd` (dall-e-3).
    public static let hd = Self(rawValue: "hd")
    /// `low` (GPT image models).
    public static let low = Self(rawValue: "low")
    /// `medium` (GPT image models).
    public static let medium = Self(rawValue: "medium")
    /// `high` (GPT image models).
    public static let high = Self(rawValue: "high")
}

/// A dall-e-3 image style; an open set.
public struct ImageStyle: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a style from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `vivid`.
    public static let vivid = Self(rawValue: "vivid")
    /// `natural`.
    public static let natural = Self(rawValue: "natural")
}

/// How dall-e models return images: a URL (valid 60 minutes) or base64; an open set.
public struct ImageResponseFormat: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a format from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `url`.
    public static let url = Self(rawValue: "url")
    /// `b64_json`.
    public static let base64JSON = Self(rawValue: "b64_json")
}

/// The encoding of GPT image model output; an open set.
public struct ImageOutputFormat: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a format from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `png`.
    public static let png = Self(rawValue: "png")
    /// `jpeg`.
    public static let jpeg = Self(rawValue: "jpeg")
    /// `webp`.
    public static let webp = Self(rawValue: "webp")
}

/// The background of GPT image model output; an open set.
public struct ImageBackground: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a background from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `auto`.
    public static let auto = Self(rawValue: "auto")
    /// `transparent`.
    public static let transparent = Self(rawValue: "transparent")
    /// `opaque`.
    public static let opaque = Self(rawValue: "opaque")
}
