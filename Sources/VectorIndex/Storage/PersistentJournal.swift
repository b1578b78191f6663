package import GRDB
internal import GRDBSQLite

/// Keeps a WAL database's `-wal` and `-shm` files after the last connection closes (`SQLITE_FCNTL_PERSIST_WAL`).
///
/// A reader without write permission on the directory can open a WAL database only when those files exist, so a
/// writer that keeps them lets other users search an index it wrote. Package access: it speaks GRDB's `Database`,
/// which no public API of the package exposes.
package enum PersistentJournal {
    /// Sets the option on `db`'s main database; call it from `Configuration.prepareDatabase` of a writer.
    package static func enable(on db: Database) {
        guard let connection = db.sqliteConnection else { return }
        var on: Int32 = 1
        _ = sqlite3_file_control(connection, "main", SQLITE_FCNTL_PERSIST_WAL, &on)
    }
}
