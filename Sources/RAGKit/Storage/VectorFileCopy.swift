import Foundation
internal import GRDB

/// Copies a vector file with SQLite's online backup, so the copy is one consistent snapshot (its journal
/// included) even if the source was left by a killed writer.
enum VectorFileCopy {
    static func copy(from source: URL, to destination: URL) throws {
        var configuration = Configuration()
        configuration.readonly = true
        let reader = try DatabaseQueue(path: source.path, configuration: configuration)
        let writer = try DatabaseQueue(path: destination.path)
        try reader.backup(to: writer)
        try writer.close()
        try reader.close()
    }
}
