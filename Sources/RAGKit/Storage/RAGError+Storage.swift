import Foundation
internal import GRDB
import VectorIndex

extension RAGError {
    /// Maps a failure to open an index file to a damaged, read-only or storage error.
    /// - Parameters:
    ///   - what: The file's role, e.g. "the index catalog".
    ///   - url: The file.
    ///   - error: What SQLite or the vector store threw.
    init(opening what: String, at url: URL, _ error: any Error) {
        let detail = String(describing: error).replacingOccurrences(of: "\n", with: " ")
        switch Self.fileFailure(error) {
        case .damaged:
            self.init(.indexDamaged, "The index file \(url.path) (\(what)) is damaged: \(detail). Rebuilding sets it aside and makes a new one.",
                      remedy: .reindex, underlying: error)
        case .readOnly:
            self.init(.readOnly, "The index file \(url.path) (\(what)) cannot be read without writing: it was last written without a clean close. Open the index once as a user who can write it.",
                      remedy: .openAsWriter, underlying: error)
        case .other:
            self.init(.storage, "Could not open \(what) \(url.path): \(detail). Check the index directory's permissions and free space.",
                      underlying: error)
        }
    }

    /// A failure of `action` on an index file: ``Kind/indexDamaged`` (rebuilding sets the file aside) when SQLite
    /// reports the file damaged, else the storage error of ``storage(_:_:)``.
    /// - Parameters:
    ///   - action: What was being done, e.g. "read the document list".
    ///   - what: The file's role, e.g. "the index catalog".
    ///   - url: The file.
    ///   - error: What SQLite or the vector store threw.
    static func storage(_ action: String, in what: String, at url: URL, _ error: any Error) -> RAGError {
        isDamage(error) ? RAGError(opening: what, at: url, error) : .storage(action, error)
    }

    /// Whether `error` says a file is damaged (SQLite's `SQLITE_CORRUPT`, `SQLITE_NOTADB`, or the vector store's
    /// equivalents), looking through a ``RAGError``'s underlying error.
    static func isDamage(_ error: any Error) -> Bool {
        if let error = error as? RAGError { return error.kind == .indexDamaged || error.underlying.map { isDamage($0) } == true }
        return fileFailure(error) == .damaged
    }

    private enum FileFailure { case damaged, readOnly, other }

    private static func fileFailure(_ error: any Error) -> FileFailure {
        if let error = error as? VectorIndexError {
            switch error.kind {
            case .corruptIndex, .notADatabase, .unsupportedFormatVersion: return .damaged
            case .readOnly: return .readOnly
            default: return error.underlying.map(fileFailure) ?? .other
            }
        }
        if let error = error as? DatabaseError {
            switch error.resultCode {
            case .SQLITE_CORRUPT, .SQLITE_NOTADB: return .damaged
            case .SQLITE_READONLY, .SQLITE_CANTOPEN: return .readOnly
            default: return .other
            }
        }
        return .other
    }

    /// Whether this error says an index file is damaged.
    var isDamagedIndex: Bool { kind == .indexDamaged }
}
