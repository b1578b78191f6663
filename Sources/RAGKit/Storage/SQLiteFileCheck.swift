import Foundation
internal import GRDB

/// SQLite's own check of a database file, for deciding whether a generation about to be replaced is damaged.
enum SQLiteFileCheck {
    /// Whether the file at `url` passes `PRAGMA quick_check`, read through a read-only connection.
    ///
    /// A file SQLite reports damaged (a failed check, `SQLITE_CORRUPT`, `SQLITE_NOTADB`) does not pass; a file that
    /// is missing or cannot be opened for another reason (permissions) passes, since the open that follows reports
    /// that itself. O(pages): it reads the whole file.
    static func passesQuickCheck(_ url: URL) -> Bool {
        guard FileManager.default.fileExists(atPath: url.path) else { return true }
        do {
            var configuration = Configuration()
            configuration.readonly = true
            let queue = try DatabaseQueue(path: url.path, configuration: configuration)
            let rows = try queue.read { db in try String.fetchAll(db, sql: "PRAGMA quick_check") }
            return rows == ["ok"]
        } catch {
            return !RAGError.isDamage(error)
        }
    }
}
