import Chunkers
import Foundation
import Synchronization
import TestSupport
import Testing

/// The outcome of one run of the `rag` executable.
struct RagResult: Sendable, CustomStringConvertible {
    var arguments: [String]
    var status: Int32
    /// Whether the process ended by a signal (then `status` is the signal number).
    var wasSignalled: Bool
    var stdout: String
    var stderr: String

    /// The non-empty lines of stderr.
    var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }

    var description: String {
        "rag \(arguments.joined(separator: " ")) → \(wasSignalled ? "signal" : "exit") \(status)\nstdout: \(stdout)\nstderr: \(stderr)"
    }

    /// Decodes stdout as one JSON value of type `T`.
    func json<T: Decodable>(_ type: T.Type = T.self) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(stdout.utf8))
    }

    /// Stdout as a JSON object, to check its exact keys.
    func jsonObject() throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(stdout.utf8))
        guard let object = value as? [String: Any] else { throw NotAnObject(text: stdout) }
        return object
    }

    struct NotAnObject: Error { var text: String }
}

/// Runs the real `rag` binary as a child process, in a controlled environment.
struct Rag: Sendable {
    /// The working directory of the child.
    var workingDirectory: URL
    /// Variables added to the child's environment (the parent's OPENAI_*, RAG_INDEX are removed first).
    var environment: [String: String] = [:]
    /// A program and its arguments that run `rag` (e.g. `setpriv … --`); empty runs it directly.
    var launcher: [String] = []
    /// The `rag` binary to run instead of the built one (e.g. a copy another user can execute).
    var executable: URL?

    /// Runs `rag ARGUMENTS` to completion.
    func run(_ arguments: String..., stdin: String? = nil) async throws -> RagResult {
        try await run(arguments, stdin: stdin)
    }

    /// Runs `rag ARGUMENTS` to completion.
    func run(_ arguments: [String], stdin: String? = nil) async throws -> RagResult {
        let process = try start(arguments, stdin: stdin)
        return await process.finish()
    }

    /// Runs `rag ARGUMENTS`, expects exit status 0, and returns the result.
    @discardableResult
    func succeed(_ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation) async throws -> RagResult {
        let result = try await run(arguments)
        #expect(result.status == 0 && !result.wasSignalled, "\(result)", sourceLocation: sourceLocation)
        return result
    }

    /// Starts `rag ARGUMENTS` without waiting for it; with `interactive`, its stdin stays open for
    /// ``RagProcess/send(_:)`` until ``RagProcess/closeStdin()``.
    func start(_ arguments: [String], stdin: String? = nil, interactive: Bool = false) throws -> RagProcess {
        let rag = try executable ?? RagExecutable.url()
        guard let program = launcher.first else {
            return try RagProcess(executable: rag, arguments: arguments, workingDirectory: workingDirectory, environment: childEnvironment(),
                                  stdin: stdin, interactive: interactive)
        }
        return try RagProcess(executable: URL(fileURLWithPath: program), arguments: launcher.dropFirst() + [rag.path] + arguments,
                              workingDirectory: workingDirectory, environment: childEnvironment(), stdin: stdin, interactive: interactive)
    }

    private func childEnvironment() -> [String: String] {
        var variables = ProcessInfo.processInfo.environment
        for name in ["OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_ORG_ID", "OPENAI_PROJECT_ID", "RAG_INDEX"] {
            variables[name] = nil
        }
        // Models the machine has installed must not change what an offline index embeds with.
        variables["RAG_MODELS"] = workingDirectory.appendingPathComponent(".no-models").path
        variables.merge(environment) { _, new in new }
        return variables
    }
}

/// A running `rag` child process whose stdout and stderr are collected as they arrive.
///
/// `Process` is not declared `Sendable`; this type only reads its identifiers after launch and waits for its exit
/// through the termination handler, which Foundation calls once.
final class RagProcess: @unchecked Sendable {
    private let process = Process()
    private let arguments: [String]
    private let stdout = OutputCollector()
    private let stderr = OutputCollector()
    private let exited = OutputCollector()
    /// A guard against a hung child, not a synchronisation: kills it after this long.
    private static let watchdog = Duration.seconds(600)

    private let input: FileHandle

    fileprivate init(executable: URL, arguments: [String], workingDirectory: URL, environment: [String: String], stdin: String?,
                     interactive: Bool = false) throws {
        self.arguments = arguments
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = workingDirectory
        process.environment = environment
        let outPipe = Pipe()
        let errPipe = Pipe()
        let inPipe = Pipe()
        process.standardOutput = outPipe
        process.standardError = errPipe
        process.standardInput = inPipe
        let exited = self.exited
        process.terminationHandler = { _ in exited.close() }
        try process.runRetryingBusyExecutable()
        let pid = process.processIdentifier
        Task.detached {
            try? await Task.sleep(for: Self.watchdog)
            if !exited.isClosed { Foundation.kill(pid, SIGKILL) }
        }
        Self.drain(outPipe.fileHandleForReading, into: stdout)
        Self.drain(errPipe.fileHandleForReading, into: stderr)
        input = inPipe.fileHandleForWriting
        if let stdin { inPipe.fileHandleForWriting.write(Data(stdin.utf8)) }
        if !interactive { try inPipe.fileHandleForWriting.close() }
    }

    /// Writes `text` to the child's stdin (started `interactive`).
    func send(_ text: String) {
        input.write(Data(text.utf8))
    }

    /// Closes the child's stdin (started `interactive`).
    func closeStdin() {
        try? input.close()
    }

    /// Waits until a stdout line satisfies `predicate`; returns it, or nil when stdout ended first.
    func waitForStdoutLine(where predicate: @escaping @Sendable (String) -> Bool) async -> String? {
        await stdout.waitForLine(where: predicate)
    }

    /// Sends `signal` (if the child is still running).
    func signal(_ signal: Int32) {
        guard !exited.isClosed else { return }
        Foundation.kill(process.processIdentifier, signal)
    }

    /// Reads a pipe to its end on a thread of its own, so a chatty child never blocks on a full pipe.
    private static func drain(_ handle: FileHandle, into collector: OutputCollector) {
        let thread = Thread {
            while true {
                guard let data = try? handle.readRetryingInterrupts(), !data.isEmpty else { break }
                collector.append(data)
            }
            collector.close()
        }
        thread.start()
    }

    /// The child's process id.
    var processIdentifier: Int32 { process.processIdentifier }

    /// Waits until a stderr line satisfies `predicate`; returns it, or nil when stderr ended first.
    func waitForStderrLine(where predicate: @escaping @Sendable (String) -> Bool) async -> String? {
        await stderr.waitForLine(where: predicate)
    }

    /// Waits until `number` stderr lines satisfy `predicate` (1 for the first); returns the last of them, or nil when
    /// stderr ended first.
    func waitForStderrLine(number: Int, where predicate: @escaping @Sendable (String) -> Bool) async -> String? {
        await stderr.waitFor { lines in
            let matching = lines.lazy.filter(predicate)
            return matching.dropFirst(number - 1).first
        }
    }

    /// Sends SIGINT, as Ctrl-C does (if the child is still running).
    func interrupt() {
        guard !exited.isClosed else { return }
        Foundation.kill(process.processIdentifier, SIGINT)
    }

    /// Kills the child with SIGKILL (if it is still running).
    func kill() {
        guard !exited.isClosed else { return }
        Foundation.kill(process.processIdentifier, SIGKILL)
    }

    /// Waits for the child to exit and its output to end, and returns what it printed.
    func finish() async -> RagResult {
        await exited.waitUntilClosed()
        await stdout.waitUntilClosed()
        await stderr.waitUntilClosed()
        return RagResult(
            arguments: arguments,
            status: process.terminationStatus,
            wasSignalled: process.terminationReason == .uncaughtSignal,
            stdout: stdout.text,
            stderr: stderr.text
        )
    }
}

/// Bytes from one of a child's pipes, with waiters for a line that matches.
private final class OutputCollector: Sendable {
    private struct State {
        var data = Data()
        var closed = false
        var waiters: [(match: @Sendable ([String]) -> String?, continuation: CheckedContinuation<String?, Never>)] = []
    }

    private let state = Mutex(State())

    var text: String { state.withLock { String(decoding: $0.data, as: UTF8.self) } }

    var isClosed: Bool { state.withLock(\.closed) }

    func waitUntilClosed() async {
        _ = await waitForLine { _ in false }
    }

    func append(_ data: Data) {
        guard !data.isEmpty else { return }
        let ready = state.withLock { state -> [(CheckedContinuation<String?, Never>, String)] in
            state.data.append(data)
            return Self.satisfied(&state)
        }
        for (continuation, line) in ready { continuation.resume(returning: line) }
    }

    func close() {
        let waiting = state.withLock { state -> [CheckedContinuation<String?, Never>] in
            state.closed = true
            defer { state.waiters = [] }
            return state.waiters.map(\.continuation)
        }
        for continuation in waiting { continuation.resume(returning: nil) }
    }

    func waitForLine(where predicate: @escaping @Sendable (String) -> Bool) async -> String? {
        await waitFor { $0.first(where: predicate) }
    }

    /// Waits until `match` finds a line among the complete lines so far; nil when the output ends first.
    func waitFor(_ match: @escaping @Sendable ([String]) -> String?) async -> String? {
        await withCheckedContinuation { continuation in
            let immediate: String?? = state.withLock { state in
                if let line = match(Self.lines(state.data)) { return .some(line) }
                if state.closed { return .some(nil) }
                state.waiters.append((match, continuation))
                return nil
            }
            if let immediate { continuation.resume(returning: immediate) }
        }
    }

    private static func satisfied(_ state: inout State) -> [(CheckedContinuation<String?, Never>, String)] {
        let lines = lines(state.data)
        var ready: [(CheckedContinuation<String?, Never>, String)] = []
        state.waiters.removeAll { waiter in
            guard let line = waiter.match(lines) else { return false }
            ready.append((waiter.continuation, line))
            return true
        }
        return ready
    }

    /// Complete lines only, so a predicate never sees half a line.
    private static func lines(_ data: Data) -> [String] {
        let text = String(decoding: data, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        if !text.hasSuffix("\n"), !lines.isEmpty { lines.removeLast() }
        return lines
    }
}
