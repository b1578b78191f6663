/// Settings for ``DocumentLoader``.
public struct LoaderOptions: Sendable, Hashable {
    /// The default size limit: 64 MiB.
    public static let defaultMaxFileSize = 64 << 20

    /// Files larger than this many bytes are skipped with ``SkipReason/tooLarge``, never read.
    public var maxFileSize: Int
    /// The `pdftotext` executable; `nil` looks it up on `PATH` (then `/usr/bin`, `/usr/local/bin`,
    /// `/opt/homebrew/bin`).
    public var pdftotextPath: String?

    /// Creates loader options.
    ///
    /// - Parameters:
    ///   - maxFileSize: The size limit in bytes. Defaults to ``defaultMaxFileSize`` (64 MiB).
    ///   - pdftotextPath: The `pdftotext` executable. Defaults to a `PATH` lookup.
    public init(maxFileSize: Int = LoaderOptions.defaultMaxFileSize, pdftotextPath: String? = nil) {
        self.maxFileSize = maxFileSize
        self.pdftotextPath = pdftotextPath
    }
}
