import ArgumentParser
import RAGServer

/// The watching options shared by `rag index` and `rag serve`.
struct WatchingOptions: ParsableArguments {
    /// The longest polling interval accepted: an hour.
    static let pollIntervals: ClosedRange<Double> = 0.1...3600

    @Flag(help: "Keep the index up to date as files in the folder change (inotify on Linux, else polling), until stopped (Ctrl-C).")
    var watch = false

    @Option(
        help: ArgumentHelp(
            "With --watch, read the folder every N seconds instead of waiting for file events.",
            discussion: "For folders on network filesystems (NFS, SMB, sshfs, Docker volumes), where other machines' changes raise no inotify events. Each reading lists the whole folder, so prefer a few seconds (e.g. 5).",
            valueName: "seconds"
        )
    )
    var pollInterval: Double?

    func validate() throws {
        guard let pollInterval else { return }
        guard watch else { throw ValidationError("--poll-interval applies to --watch: add --watch, or drop --poll-interval.") }
        guard Self.pollIntervals.contains(pollInterval) else {
            throw ValidationError("--poll-interval must be between \(Self.pollIntervals.lowerBound) and \(Self.pollIntervals.upperBound) seconds (got \(pollInterval)).")
        }
    }

    /// The options as the library's watch options.
    var folderWatchOptions: FolderWatchOptions {
        FolderWatchOptions(pollInterval: pollInterval.map { .milliseconds(Int64(($0 * 1000).rounded())) })
    }
}
