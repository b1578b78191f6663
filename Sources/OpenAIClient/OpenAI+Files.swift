extension OpenAI {
    /// Files: `POST /files`, `GET /files`, `GET /files/{file_id}`, `DELETE /files/{file_id}`,
    /// `GET /files/{file_id}/content`.
    public var files: Files { Files(client: self) }
}
