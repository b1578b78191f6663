/// Guesses a content type from a file name: the one table behind files, uploads and form files (images, audio).
enum MediaType {
    static let byExtension: [String: String] = [
        "c": "text/x-c", "cpp": "text/x-c++", "cs": "text/x-csharp", "css": "text/css", "csv": "text/csv",
        "doc": "application/msword", "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "go": "text/x-golang", "html": "text/html", "java": "text/x-java", "js": "text/javascript",
        "json": "application/json", "jsonl": "application/jsonl", "md": "text/markdown", "pdf": "application/pdf",
        "php": "text/x-php", "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "py": "text/x-python", "rb": "text/x-ruby", "sh": "application/x-sh", "tex": "text/x-tex",
        "ts": "application/typescript", "txt": "text/plain", "png": "image/png", "jpg": "image/jpeg",
        "jpeg": "image/jpeg", "gif": "image/gif", "webp": "image/webp",
        "mp3": "audio/mpeg", "mpga": "audio/mpeg", "mpeg": "audio/mpeg", "m4a": "audio/mp4", "mp4": "audio/mp4",
        "wav": "audio/wav", "webm": "audio/webm", "ogg": "audio/ogg", "flac": "audio/flac",
    ]

    /// The content type for `filename`'s extension, `application/octet-stream` when unknown.
    static func guess(forFilename filename: String) -> String {
        guard let dot = filename.lastIndex(of: "."), dot != filename.startIndex else { return "application/octet-stream" }
        let fileExtension = filename[filename.index(after: dot)...].lowercased()
        return byExtension[fileExtension] ?? "application/octet-stream"
    }
}
