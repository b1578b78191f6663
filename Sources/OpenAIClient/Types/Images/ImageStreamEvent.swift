import Foundation

/// One event of a streamed image generation or edit: a partial image, then the completed one.
///
/// ```swift
/// var request = CreateImageRequest(prompt: "A lighthouse", model: "gpt-image-1")
/// request.partialImages = 2
/// for try await event in try await client.images.generateStream(request) {
///     try event.imageData?.write(to: URL(fileURLWithPath: "frame-\(event.partialImageIndex ?? 99).png"))
/// }
/// ```
public struct ImageStreamEvent: Decodable, Sendable, Hashable {
    /// The event type, such as ``ImageStreamEventType/generationPartialImage``.
    public var type: ImageStreamEventType
    /// The image, base64-encoded.
    public var b64JSON: String?
    /// The 0-based index of a partial image.
    public var partialImageIndex: Int?
    /// Creation time (Unix seconds).
    public var createdAt: Int?
    /// The background used.
    public var background: ImageBackground?
    /// The encoding.
    public var outputFormat: ImageOutputFormat?
    /// The quality.
    public var quality: ImageQuality?
    /// The size.
    public var size: ImageSize?
    /// Token usage, on the completed event, as sent.
    public var usage: JSONValue?

    /// The decoded image bytes, if the event carries an image.
    public var imageData: Data? { b64JSON.flatMap { Data(base64Encoded: $0) } }

    enum CodingKeys: String, CodingKey {
        case type, background, quality, size, usage
        case b64JSON = "b64_json"
        case partialImageIndex = "partial_image_index"
        case createdAt = "created_at"
        case outputFormat = "output_format"
    }
}

/// The type of an ``ImageStreamEvent``; unknown types decode and round-trip unchanged.
public struct ImageStreamEventType: OpenStringEnum {
    /// The wire string.
    public var rawValue: String
    /// Creates a value from its wire string.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `image_generation.partial_image`.
    public static let generationPartialImage = Self(rawValue: "image_generation.partial_image")
    /// `image_generation.completed`.
    public static let generationCompleted = Self(rawValue: "image_generation.completed")
    /// `image_edit.partial_image`.
    public static let editPartialImage = Self(rawValue: "image_edit.partial_image")
    /// `image_edit.completed`.
    public static let editCompleted = Self(rawValue: "image_edit.completed")
}
