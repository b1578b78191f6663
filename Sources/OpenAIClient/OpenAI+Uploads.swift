extension OpenAI {
    /// Uploads of large files in parts: `POST /uploads`, `…/parts`, `…/complete`, `…/cancel`, and
    /// ``Uploads/upload(fileURL:purpose:filename:mimeType:partSize:maxConcurrentParts:options:)``.
    public var uploads: Uploads { Uploads(client: self) }
}
