import Foundation

/// The answer of the image endpoints: the images and how they were made.
public struct ImagesResponse: Decodable, Sendable, Hashable {
    /// Creation time (Unix seconds).
    public var created: Int
    /// The images.
    public var data: [GeneratedImage]
    /// The background used (GPT image models).
    public var background: ImageBackground?
    /// The output format (GPT image models).
    public var outputFormat: ImageOutputFormat?
    /// The size (GPT image models).
    public var size: ImageSize?
    /// The quality (GPT image models).
    public var quality: ImageQuality?
    /// Token usage (GPT image models), as sent.
    public var usage: JSONValue?

    enum CodingKeys: String, CodingKey {
        case created, data, background, size, quality, usage
        case outputFormat = "output_format"
    }

    /// Decodes a response; missing `data` reads as none.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        created = try container.decode(Int.self, forKey: .created)
        data = try container.decodeIfPresent([GeneratedImage].self, forKey: .data) ?? []
        background = try container.decodeIfPresent(ImageBackground.self, forKey: .background)
        outputFormat = try container.decodeIfPresent(ImageOutputFormat.self, forKey: .outputFormat)
        size = try container.decodeIfPresent(ImageSize.self, forKey: .size)
        quality = try container.decodeIfPresent(ImageQuality.self, forKey: .quality)
        usage = try container.decodeIfPresent(JSONValue.self, forKey: .usage)
    }
}

/// One generated image: a URL or base64 data, and the prompt dall-e-3 actually used.
public struct GeneratedImage: Decodable, Sendable, Hashable {
    /// The base64 image (GPT image models always; dall-e with `b64_json`).
    public var b64JSON: String?
    /// The image URL (dall-e with `url`), valid for 60 minutes.
    public var url: String?
    /// The rewritten prompt (dall-e-3).
    public var revisedPrompt: String?

    /// The image bytes decoded from ``b64JSON``, or `nil` when there is none or it is not base64.
    public var imageData: Data? { b64JSON.flatMap { Data(base64Encoded: $0) } }

    enum CodingKeys: String, CodingKey {
        case url
        case b64JSON = "b64_json"
        case revisedPrompt = "revised_prompt"
    }
}
