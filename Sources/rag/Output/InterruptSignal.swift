import Dispatch
import Foundation
import Synchronization

/// Turns Ctrl-C (SIGINT) into the cancellation of a task, so an interrupted run stops between writes instead of
/// dying mid-run, and the user is told how to resume. A second Ctrl-C ends the process at once.
///
/// Install it before starting the task, so no early Ctrl-C is missed, then hand it the task with ``cancel(_:)``.
final class InterruptSignal {
    private let source: any DispatchSourceSignal
    private let target = CancellationTarget()

    init() {
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        let target = target
        source.setEventHandler {
            signal(SIGINT, SIG_DFL)
            target.fire()
        }
        source.resume()
    }

    /// Cancels `task` on Ctrl-C, or now if Ctrl-C came already.
    func cancel<Success, Failure>(_ task: Task<Success, Failure>) {
        target.set { task.cancel() }
    }

    /// Stops turning Ctrl-C into cancellation once the task is over. SIGINT stays ignored (unless a Ctrl-C already
    /// armed the default for a second one), so a Ctrl-C that lands while a completed run prints its summary and exits
    /// cannot kill the process by signal after the work is done.
    func stop() {
        source.cancel()
    }
}

/// What to cancel, and whether the signal already came.
private final class CancellationTarget: Sendable {
    private struct State {
        var action: (@Sendable () -> Void)?
        var fired = false
    }

    private let state = Mutex(State())

    func set(_ action: @escaping @Sendable () -> Void) {
        let fireNow = state.withLock { state in
            state.action = action
            return state.fired
        }
        if fireNow { action() }
    }

    func fire() {
        let action = state.withLock { state in
            state.fired = true
            return state.action
        }
        action?()
    }
}
