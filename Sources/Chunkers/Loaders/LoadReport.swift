/// A per-file account of a scan and load: what loaded, what was skipped and why.
///
/// ```swift
/// for entry in report.entries where entry.status != .loaded {
///     print("\(entry.path): \(entry.message)")
/// }
/// ```
public struct LoadReport: Sendable, Hashable {
    /// One file's outcome.
    public struct Entry: Sendable, Hashable {
        /// The file's path relative to the scanned root.
        public var path: String
        /// Loaded, skipped, or failed.
        public var status: Status
        /// Why it was not loaded; `nil` when it loaded.
        public var reason: SkipReason?
        /// One line for a person: the outcome and, where it helps, what to do.
        public var message: String

        /// Creates an entry.
        public init(path: String, status: Status, reason: SkipReason?, message: String) {
            self.path = path
            self.status = status
            self.reason = reason
            self.message = message
        }
    }

    /// The outcome class of an ``Entry``; an open set.
    public struct Status: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The status's stable name.
        public var rawValue: String
        /// Creates a status from its stable name.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// The file loaded (the message may note a fallback, such as Latin-1 decoding).
        public static let loaded = Self(rawValue: "loaded")
        /// The file was skipped by design: binary, too large, empty, unsupported.
        public static let skipped = Self(rawValue: "skipped")
        /// The file should have loaded but could not: unreadable, extractor failure, symlink loop.
        public static let failed = Self(rawValue: "failed")

        /// The status's stable name.
        public var description: String { rawValue }
    }

    /// The entries, in the order they were recorded.
    public var entries: [Entry]

    /// Creates a report.
    public init(entries: [Entry] = []) { self.entries = entries }

    /// The entries of loaded files.
    public var loaded: [Entry] { entries.filter { $0.status == .loaded } }
    /// The entries of files skipped by design.
    public var skipped: [Entry] { entries.filter { $0.status == .skipped } }
    /// The entries of files that failed to load.
    public var failed: [Entry] { entries.filter { $0.status == .failed } }

    /// The entry for a path, if recorded.
    public func entry(for path: String) -> Entry? { entries.first { $0.path == path } }

    /// Records a loader outcome.
    public mutating func record(_ outcome: LoadOutcome) {
        switch outcome {
        case .loaded(let document):
            var message = "loaded \(document.kind)"
            if document.decodedAs != .utf8 && document.decodedAs != .extracted {
                message += ", decoded as \(document.decodedAs)"
            }
            if !document.pages.isEmpty { message += ", \(document.pages.count) pages" }
            entries.append(Entry(path: document.path, status: .loaded, reason: nil, message: message))
        case .skipped(let path, let reason, let message):
            record(path: path, reason: reason, message: message)
        }
    }

    /// Records a file that was not loaded.
    public mutating func record(path: String, reason: SkipReason, message: String) {
        entries.append(Entry(path: path, status: reason.isFailure ? .failed : .skipped, reason: reason, message: message))
    }

    /// Appends another report's entries.
    public mutating func append(contentsOf other: LoadReport) {
        entries.append(contentsOf: other.entries)
    }
}
