import ArgumentParser

/// A failure the CLI itself detects before or around a library call, with the one line that says what to do.
struct CommandFailure: Error, CustomStringConvertible {
    /// The line printed on stderr after `rag: `.
    var message: String
    /// The process exit code.
    var exitCode: ExitCode

    var description: String { message }

    /// No index at `--index`, `RAG_INDEX`, or any `.rag/` above the working directory.
    static let noIndexFound = CommandFailure(
        message: "no index here or in any parent folder; run `rag index FOLDER` first, or pass --index PATH (or set RAG_INDEX)",
        exitCode: ExitStatus.noIndex
    )

    /// Ctrl-C during `rag index`.
    static let interrupted = CommandFailure(
        message: "interrupted; what was embedded is kept: run `rag index` again to resume",
        exitCode: ExitCode(130)
    )
}
