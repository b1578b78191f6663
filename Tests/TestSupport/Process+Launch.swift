import Foundation

extension Process {
    /// Starts the process, retrying while the kernel reports its executable busy (`ETXTBSY`): a binary written just
    /// before can be, while a child another test forked meanwhile still holds the file's write descriptor; that
    /// ends when the child execs, so a few short retries suffice.
    public func runRetryingBusyExecutable() throws {
        for attempt in 1... {
            do {
                return try run()
            } catch let error as NSError where attempt < 100 && (error.userInfo[NSUnderlyingErrorKey] as? NSError)?.code == Int(ETXTBSY) {
                Thread.sleep(forTimeInterval: 0.02)
            }
        }
    }
}
