internal import GRDB

/// The index file's schema, as SQL migrations that never change once shipped.
///
/// Vectors live in their own table, apart from ids and metadata, so loading the matrix reads only vector pages;
/// with 64 KiB pages a 1536-dimension vector (6 KiB) sits inline in the b-tree instead of in overflow chains.
enum Migrations {
    /// The on-disk format this library reads and writes.
    static let formatVersion = 1

    static let metaTable = "vector_index_meta"
    static let recordsTable = "vector_index_records"
    static let vectorsTable = "vector_index_vectors"

    /// The page size of a newly created file (ignored by SQLite for an existing one).
    static let pageSize = 65536

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("vector-index-v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE vector_index_meta (
                        key TEXT PRIMARY KEY NOT NULL,
                        value TEXT NOT NULL
                    ) WITHOUT ROWID;
                    CREATE TABLE vector_index_records (
                        row INTEGER PRIMARY KEY,
                        id TEXT NOT NULL UNIQUE,
                        metadata BLOB
                    );
                    CREATE TABLE vector_index_vectors (
                        row INTEGER PRIMARY KEY,
                        vector BLOB NOT NULL
                    );
                    """)
        }
        return migrator
    }

    /// Keys of the `vector_index_meta` table.
    enum MetaKey {
        static let formatVersion = "format_version"
        static let model = "model"
        static let dimensions = "dimensions"
        static let metric = "metric"
    }
}
