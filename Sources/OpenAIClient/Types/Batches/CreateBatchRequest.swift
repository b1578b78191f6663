/// The body of `POST /batches`.
public struct CreateBatchRequest: Encodable, Sendable, Hashable {
    /// The id of an uploaded JSONL file (purpose `batch`); write it with ``BatchJSONL/encode(_:)``.
    public var inputFileID: String
    /// The endpoint every request line targets.
    public var endpoint: BatchEndpoint
    /// The completion window; only `24h` exists.
    public var completionWindow: String
    /// Up to 16 key-value pairs.
    public var metadata: [String: String]?
    /// When the output and error files expire (``FileExpiration``, as for uploads).
    public var outputExpiresAfter: FileExpiration?

    /// Creates a request.
    ///
    /// - Parameters:
    ///   - inputFileID: The uploaded JSONL file.
    ///   - endpoint: The endpoint of every line.
    ///   - completionWindow: `24h` by default (the only value).
    ///   - metadata: Key-value pairs; none by default.
    ///   - outputExpiresAfter: The output files' expiry; the API default by default.
    public init(
        inputFileID: String,
        endpoint: BatchEndpoint,
        completionWindow: String = "24h",
        metadata: [String: String]? = nil,
        outputExpiresAfter: FileExpiration? = nil
    ) {
        self.inputFileID = inputFileID
        self.endpoint = endpoint
        self.completionWindow = completionWindow
        self.metadata = metadata
        self.outputExpiresAfter = outputExpiresAfter
    }

    enum CodingKeys: String, CodingKey {
        case endpoint, metadata
        case inputFileID = "input_file_id"
        case completionWindow = "completion_window"
        case outputExpiresAfter = "output_expires_after"
    }
}
