/// The body of `POST /images/generations`.
///
/// ```swift
/// var request = CreateImageRequest(prompt: "A lighthouse at dawn", model: "dall-e-3")
/// request.size = .landscape1792x1024
/// request.style = .natural
/// request.responseFormat = .base64JSON
/// ```
public struct CreateImageRequest: Encodable, Sendable, Hashable {
    /// What to draw (up to 32,000 characters for GPT image models, 4,000 for dall-e-3, 1,000 for dall-e-2).
    public var prompt: String
    /// The model; the API default (`dall-e-2`) when `nil`.
    public var model: String?
    /// How many images, 1 to 10 (dall-e-3: 1).
    public var n: Int?
    /// The quality; `auto` by default on the API side.
    public var quality: ImageQuality?
    /// URL or base64 (dall-e only; GPT image models always return base64).
    public var responseFormat: ImageResponseFormat?
    /// The encoding (GPT image models).
    public var outputFormat: ImageOutputFormat?
    /// Compression 0 to 100 for `jpeg` and `webp` (GPT image models).
    public var outputCompression: Int?
    /// The size.
    public var size: ImageSize?
    /// Content moderation strictness, `low` or `auto` (GPT image models).
    public var moderation: String?
    /// The background (GPT image models).
    public var background: ImageBackground?
    /// The style (dall-e-3).
    public var style: ImageStyle?
    /// An end-user id for abuse monitoring.
    public var user: String?
    /// How many partial images, 0 to 3, a stream sends before the final one (GPT image models, streaming only).
    public var partialImages: Int?
    /// Set by ``Images/generateStream(_:options:)``; leave `nil`.
    public var stream: Bool?

    /// Creates a request; set the other properties as needed.
    public init(prompt: String, model: String? = nil, n: Int? = nil, size: ImageSize? = nil) {
        self.prompt = prompt
        self.model = model
        self.n = n
        self.size = size
    }

    enum CodingKeys: String, CodingKey {
        case prompt, model, n, quality, size, moderation, background, style, user, stream
        case partialImages = "partial_images"
        case responseFormat = "response_format"
        case outputFormat = "output_format"
        case outputCompression = "output_compression"
    }
}

/// The form of `POST /images/edits`: images to edit (or combine), a prompt, and an optional mask.
public struct CreateImageEditRequest: Sendable, Hashable {
    /// The images: one for dall-e-2 (square PNG under 4 MB), up to 16 for GPT image models.
    public var images: [FormFile]
    /// What the edited image should show.
    public var prompt: String
    /// A PNG whose transparent areas mark where to edit.
    public var mask: FormFile?
    /// The model; the API default when `nil`.
    public var model: String?
    /// How many images, 1 to 10.
    public var n: Int?
    /// The size.
    public var size: ImageSize?
    /// URL or base64 (dall-e-2 only).
    public var responseFormat: ImageResponseFormat?
    /// The quality (GPT image models).
    public var quality: ImageQuality?
    /// The background (GPT image models).
    public var background: ImageBackground?
    /// The encoding (GPT image models).
    public var outputFormat: ImageOutputFormat?
    /// Compression 0 to 100 (GPT image models).
    public var outputCompression: Int?
    /// How closely to keep the input's features, `high` or `low` (gpt-image-1).
    public var inputFidelity: String?
    /// An end-user id.
    public var user: String?
    /// How many partial images, 0 to 3, a stream sends before the final one (streaming only).
    public var partialImages: Int?
    /// Set by ``Images/editStream(_:options:)``; leave `nil`.
    public var stream: Bool?

    /// Creates a request; set the other properties as needed.
    public init(images: [FormFile], prompt: String, mask: FormFile? = nil, model: String? = nil) {
        self.images = images
        self.prompt = prompt
        self.mask = mask
        self.model = model
    }

    var form: MultipartBody {
        var form = MultipartBody()
        // One image is the `image` field; several are `image[]`, as the official SDKs send them.
        let imageField = images.count == 1 ? "image" : "image[]"
        for image in images { form.append(name: imageField, file: image) }
        form.append(name: "prompt", value: prompt)
        if let mask { form.append(name: "mask", file: mask) }
        form.append(name: "model", model)
        form.append(name: "n", n)
        form.append(name: "size", size)
        form.append(name: "response_format", responseFormat)
        form.append(name: "quality", quality)
        form.append(name: "background", background)
        form.append(name: "output_format", outputFormat)
        form.append(name: "output_compression", outputCompression)
        form.append(name: "input_fidelity", inputFidelity)
        form.append(name: "user", user)
        form.append(name: "partial_images", partialImages)
        form.append(name: "stream", stream)
        return form
    }
}

/// The form of `POST /images/variations` (dall-e-2).
public struct CreateImageVariationRequest: Sendable, Hashable {
    /// A square PNG under 4 MB.
    public var image: FormFile
    /// The model; `dall-e-2` (the only one) when `nil`.
    public var model: String?
    /// How many images, 1 to 10.
    public var n: Int?
    /// URL or base64.
    public var responseFormat: ImageResponseFormat?
    /// `256x256`, `512x512` or `1024x1024`.
    public var size: ImageSize?
    /// An end-user id.
    public var user: String?

    /// Creates a request.
    public init(image: FormFile, model: String? = nil, n: Int? = nil, responseFormat: ImageResponseFormat? = nil, size: ImageSize? = nil, user: String? = nil) {
        self.image = image
        self.model = model
        self.n = n
        self.responseFormat = responseFormat
        self.size = size
        self.user = user
    }

    var form: MultipartBody {
        var form = MultipartBody()
        form.append(name: "image", file: image)
        form.append(name: "model", model)
        form.append(name: "n", n)
        form.append(name: "response_format", responseFormat)
        form.append(name: "size", size)
        form.append(name: "user", user)
        return form
    }
}
