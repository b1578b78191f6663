/// An error from the vector index: bad input, a mismatched or foreign file, or a failure in SQLite.
///
/// Bad input is rejected before anything is written, so an operation that throws leaves the index unchanged.
/// Switch on ``kind`` to react; show ``description`` to people.
///
/// ```swift
/// do { try index.upsert(records) } catch where error.kind == .dimensionMismatch { … }
/// ```
public struct VectorIndexError: Error, CustomStringConvertible, Sendable {
    /// What went wrong, as an open enum: new kinds may be added without breaking callers.
    public struct Kind: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        /// The kind's stable name.
        public var rawValue: String
        /// Creates a kind from its name.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The kind's stable name.
        public var description: String { rawValue }

        /// A vector (stored or query) has a different number of components than the collection.
        public static let dimensionMismatch = Self(rawValue: "dimension_mismatch")
        /// The file holds an index of another model, dimension count or metric than the one asked for.
        public static let collectionMismatch = Self(rawValue: "collection_mismatch")
        /// A vector has a NaN or infinite component, or is all zeros (cosine is undefined for it).
        public static let invalidVector = Self(rawValue: "invalid_vector")
        /// One batch names the same id twice.
        public static let duplicateID = Self(rawValue: "duplicate_id")
        /// An argument is out of range, for example `k <= 0` or an invalid collection description.
        public static let invalidArgument = Self(rawValue: "invalid_argument")
        /// There is no index file at the given location.
        public static let notFound = Self(rawValue: "not_found")
        /// The file is not a SQLite database, or is one without a vector index in it.
        public static let notADatabase = Self(rawValue: "not_a_database")
        /// The file holds a vector index written in a format version this library does not read.
        public static let unsupportedFormatVersion = Self(rawValue: "unsupported_format_version")
        /// The file is a vector index whose contents are damaged (for example a vector blob of the wrong length).
        public static let corruptIndex = Self(rawValue: "corrupt_index")
        /// A write was asked of an index opened read-only, or the file or its directory cannot be written.
        public static let readOnly = Self(rawValue: "read_only")
        /// SQLite reported an error (I/O, locking, disk full, …); see ``VectorIndexError/underlying``.
        public static let sqlite = Self(rawValue: "sqlite")
    }

    /// What went wrong.
    public var kind: Kind
    /// One sentence that says what happened and what to do about it.
    public var message: String
    /// The index file involved, when known.
    public var path: String?
    /// The error that caused this one, when there is one (for example a GRDB `DatabaseError`).
    public var underlying: (any Error & Sendable)?

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - kind: What went wrong.
    ///   - message: What happened and what to do about it.
    ///   - path: The index file involved. Defaults to `nil`.
    ///   - underlying: The causing error. Defaults to `nil`.
    public init(_ kind: Kind, _ message: String, path: String? = nil, underlying: (any Error & Sendable)? = nil) {
        self.kind = kind
        self.message = message
        self.path = path
        self.underlying = underlying
    }

    /// One line: the kind, the message, and the file when known.
    public var description: String {
        var line = "VectorIndexError.\(kind): \(message)"
        if let path { line += " (index: \(path))" }
        if let underlying { line += " [\(underlying)]" }
        return line
    }
}
