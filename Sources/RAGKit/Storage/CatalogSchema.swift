internal import GRDB

/// The catalog's migrations. A shipped migration is never modified; changes come as new ones.
enum CatalogSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE settings (
                    key TEXT PRIMARY KEY NOT NULL,
                    value TEXT NOT NULL
                );
                CREATE TABLE documents (
                    id INTEGER PRIMARY KEY,
                    path TEXT NOT NULL UNIQUE,
                    kind TEXT NOT NULL,
                    size INTEGER NOT NULL,
                    mtime REAL NOT NULL,
                    contentHash TEXT NOT NULL,
                    metadata TEXT NOT NULL DEFAULT '{}',
                    textEncoding TEXT,
                    chunkCount INTEGER NOT NULL,
                    tokenCount INTEGER NOT NULL,
                    indexedAt REAL NOT NULL
                );
                CREATE TABLE chunks (
                    id INTEGER PRIMARY KEY,
                    documentID INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    text TEXT NOT NULL,
                    byteStart INTEGER NOT NULL,
                    byteEnd INTEGER NOT NULL,
                    charStart INTEGER NOT NULL,
                    charEnd INTEGER NOT NULL,
                    headingPath TEXT NOT NULL DEFAULT '[]',
                    page INTEGER,
                    tokenCount INTEGER NOT NULL,
                    textHash TEXT NOT NULL,
                    UNIQUE (documentID, ordinal)
                );
                CREATE INDEX chunks_textHash ON chunks(textHash);
                CREATE VIRTUAL TABLE chunks_fts USING fts5(
                    text, content='chunks', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
                );
                CREATE TRIGGER chunks_fts_insert AFTER INSERT ON chunks BEGIN
                    INSERT INTO chunks_fts(rowid, text) VALUES (new.id, new.text);
                END;
                CREATE TRIGGER chunks_fts_delete AFTER DELETE ON chunks BEGIN
                    INSERT INTO chunks_fts(chunks_fts, rowid, text) VALUES ('delete', old.id, old.text);
                END;
                CREATE VIRTUAL TABLE chunks_vocab USING fts5vocab(chunks_fts, 'row');
                CREATE TABLE vector_journal (
                    textHash TEXT PRIMARY KEY NOT NULL
                ) WITHOUT ROWID;
                CREATE TABLE runs (
                    id INTEGER PRIMARY KEY,
                    startedAt REAL NOT NULL,
                    finishedAt REAL,
                    summary TEXT
                );
                """)
        }
        SQLiteMirrorLedger.registerMigrations(in: &migrator)
        migrator.registerMigration("v2-roles-and-cuts") { db in
            try db.execute(sql: """
                ALTER TABLE documents ADD COLUMN role TEXT NOT NULL DEFAULT 'content';
                ALTER TABLE chunks ADD COLUMN cutStart INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE chunks ADD COLUMN cutEnd INTEGER NOT NULL DEFAULT 0;
                """)
        }
        migrator.registerMigration("v3-keyword-passages") { db in
            // Row ids are KeywordPassages.rowID(chunk:passage:): a chunk's passages are one range.
            try db.execute(sql: """
                CREATE VIRTUAL TABLE passages_fts USING fts5(text, tokenize='unicode61 remove_diacritics 2');
                CREATE TRIGGER chunks_passages_delete AFTER DELETE ON chunks BEGIN
                    DELETE FROM passages_fts WHERE rowid BETWEEN old.id * \(KeywordPassages.perChunk)
                        AND old.id * \(KeywordPassages.perChunk) + \(KeywordPassages.perChunk - 1);
                END;
                """)
            let chunks = try Row.fetchCursor(db, sql: "SELECT id, text FROM chunks")
            while let chunk = try chunks.next() {
                try Catalog.insertPassages(of: chunk[1], chunkID: chunk[0], in: db)
            }
        }
        migrator.registerMigration("v4-text-revision") { db in
            // Documents read before revisions were recorded are read again by the next indexing run.
            try db.execute(sql: "ALTER TABLE documents ADD COLUMN textRevision INTEGER NOT NULL DEFAULT 0")
        }
        return migrator
    }
}
