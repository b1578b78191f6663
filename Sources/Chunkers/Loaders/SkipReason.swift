/// Why a file was not loaded; an open set.
///
/// ``isFailure`` separates files skipped by design (binary, too large, empty) from files that
/// should have loaded but could not (unreadable, an extractor failed).
public struct SkipReason: RawRepresentable, Hashable, Codable, Sendable, CustomStringConvertible {
    /// The reason's stable name.
    public var rawValue: String

    /// Creates a reason from its stable name.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// The content is binary (NUL bytes, or the magic number of a binary format).
    public static let binary = Self(rawValue: "binary")
    /// The file is larger than ``LoaderOptions/maxFileSize``.
    public static let tooLarge = Self(rawValue: "too large")
    /// The file could not be opened or read (permission denied, I/O error, a directory).
    public static let unreadable = Self(rawValue: "unreadable")
    /// The file is a PDF and `pdftotext` (poppler-utils) is not installed.
    public static let pdftotextMissing = Self(rawValue: "pdftotext missing")
    /// The file is empty or holds only whitespace.
    public static let empty = Self(rawValue: "empty")
    /// The format is known but not supported (images, archives, office files…).
    public static let unsupported = Self(rawValue: "unsupported")
    /// An external extractor (`pdftotext`) ran and failed.
    public static let extractionFailed = Self(rawValue: "extraction failed")
    /// A symbolic link that leads back into a folder already being scanned.
    public static let symlinkLoop = Self(rawValue: "symlink loop")
    /// A symbolic link whose target does not exist.
    public static let brokenSymlink = Self(rawValue: "broken symlink")
    /// A FIFO, socket or device rather than a regular file.
    public static let specialFile = Self(rawValue: "special file")
    /// A file name whose bytes are not valid UTF-8, so it has no faithful text path.
    public static let invalidFileName = Self(rawValue: "invalid file name")

    /// Whether the file should have loaded but could not, as opposed to being skipped by design.
    public var isFailure: Bool {
        [Self.unreadable, .extractionFailed, .symlinkLoop, .brokenSymlink, .invalidFileName].contains(self)
    }

    /// The reason's stable name.
    public var description: String { rawValue }
}

extension SkipReason {
    /// A symbolic link left alone because ``FolderScanner/followSymlinks`` is off.
    public static let symlinkNotFollowed = Self(rawValue: "symlink not followed")
    /// A folder reached a second time through a symbolic link; its files are listed once.
    public static let duplicate = Self(rawValue: "duplicate")
}
