import RAGKit
import Synchronization

/// Shows indexing progress on stderr: a bar redrawn in place on a terminal, plain lines otherwise, or nothing.
///
/// Events arrive from the indexing task; the little drawing state sits behind a mutex.
final class IndexProgressPrinter: Sendable {
    /// How progress is shown.
    enum Style {
        /// A bar redrawn in place (stderr is a terminal).
        case bar
        /// One line per step (stderr is a file or a pipe).
        case lines
        /// Nothing (`--quiet`, `--json`).
        case silent
    }

    private struct DrawState {
        var lastDraw: ContinuousClock.Instant?
        var lastPercent = -1
        var lastFilesDone = -1
    }

    private let style: Style
    private let stream = StandardStreams.error
    private let clock = ContinuousClock()
    private let state = Mutex(DrawState())
    private static let barWidth = 24
    private static let redrawInterval = Duration.milliseconds(100)

    init(style: Style) { self.style = style }

    /// Shows what `event` changes.
    func handle(_ event: IndexingEvent) {
        guard style != .silent else { return }
        switch event {
        case .started(let totalFiles):
            stream.writeLine("Indexing \(Format.count(totalFiles)) files…")
        case .progress(let progress):
            show(progress)
        case .waiting(let waited):
            if style == .bar { stream.write("\r\u{1B}[2K") }
            stream.writeLine("waiting for the embeddings server… \(Format.duration(waited))")
        case .skipped:
            break  // listed in the summary
        case .finished:
            end()
        }
    }

    /// Reports a wait every `interval` until the returned task is cancelled, as ``IndexingEvent/waiting(_:)`` does
    /// during a run.
    func reportWaits(every interval: Duration) -> Task<Void, Never> {
        let start = ContinuousClock.now
        return Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                if !Task.isCancelled { handle(.waiting(ContinuousClock.now - start)) }
            }
        }
    }

    /// Clears the bar, so what follows starts on a clean line.
    func end() {
        if style == .bar { stream.write("\r\u{1B}[2K") }
    }

    private func show(_ progress: IndexingProgress) {
        let done = progress.filesDone == progress.totalFiles
        switch style {
        case .bar:
            let now = clock.now
            let due = state.withLock { state in
                if !done, let last = state.lastDraw, last.duration(to: now) < Self.redrawInterval { return false }
                state.lastDraw = now
                return true
            }
            if due { stream.write("\r\u{1B}[2K" + bar(progress) + "  " + Self.describe(progress)) }
        case .lines:
            let percent = progress.totalFiles == 0 ? 100 : progress.filesDone * 100 / progress.totalFiles
            let due = state.withLock { state in
                guard progress.filesDone != state.lastFilesDone else { return false }
                guard progress.totalFiles <= 100 || percent != state.lastPercent || done else { return false }
                state.lastPercent = percent
                state.lastFilesDone = progress.filesDone
                return true
            }
            if due { stream.writeLine("indexed " + Self.describe(progress)) }
        case .silent:
            break
        }
    }

    private func bar(_ progress: IndexingProgress) -> String {
        let fraction = progress.totalFiles == 0 ? 1 : Double(progress.filesDone) / Double(progress.totalFiles)
        let filled = Int((fraction * Double(Self.barWidth)).rounded(.down))
        return "[" + String(repeating: "█", count: filled) + String(repeating: "·", count: Self.barWidth - filled) + "]"
    }

    /// `12/40 files, 310 chunks embedded, 120.3k tokens, 5.2k tokens/s, ETA 12 s` (embedded: the new texts sent to
    /// the embedder, which the summary's totals for the whole index may exceed).
    static func describe(_ progress: IndexingProgress) -> String {
        var parts = [
            "\(progress.filesDone)/\(progress.totalFiles) files",
            "\(Format.count(progress.chunksEmbedded)) chunks embedded",
            "\(Format.compact(Double(progress.tokensEmbedded))) tokens",
            "\(Format.compact(progress.rate)) tokens/s",
        ]
        if let eta = progress.eta, progress.filesDone < progress.totalFiles { parts.append("ETA \(Format.duration(eta))") }
        return parts.joined(separator: ", ")
    }
}
