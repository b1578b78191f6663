// Writes batches into a vector index forever, announcing each one, so a test can SIGKILL it mid-batch.
// Usage: VectorIndexCrashWriter <index-path> <dimensions> <batch-size>
// Prints "begin <n>" before batch n's upsert and "committed <n>" after it; resumes after the batches already stored.
import Foundation
import VectorIndex

/// The deterministic vector of record `index` in batch `batch`, which the test recomputes to verify the file.
func crashTestVector(batch: Int, index: Int, dimensions: Int) -> [Float] {
    (0..<dimensions).map { component in
        Float(sin(Double(batch * 7919 + index * 104_729 + component * 31) * 0.001)) + (component == 0 ? 2 : 0)
    }
}

/// Writes a line to standard output unbuffered, so the test sees it before the next batch starts.
func announce(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

let arguments = CommandLine.arguments
guard arguments.count == 4, let dimensions = Int(arguments[2]), let batchSize = Int(arguments[3]) else {
    FileHandle.standardError.write(Data("usage: VectorIndexCrashWriter <index-path> <dimensions> <batch-size>\n".utf8))
    exit(2)
}
do {
    let database = try VectorDatabase(
        url: URL(fileURLWithPath: arguments[1]),
        collection: VectorCollectionInfo(model: "crash-test", dimensions: dimensions))
    var batch = database.count / batchSize
    while true {
        announce("begin \(batch)")
        try database.upsert(
            (0..<batchSize).map { index in
                VectorRecord(
                    id: "b\(batch)-\(index)", vector: crashTestVector(batch: batch, index: index, dimensions: dimensions),
                    metadata: ["batch": .int(batch)])
            })
        announce("committed \(batch)")
        batch += 1
    }
} catch {
    FileHandle.standardError.write(Data("VectorIndexCrashWriter: \(error)\n".utf8))
    exit(1)
}
