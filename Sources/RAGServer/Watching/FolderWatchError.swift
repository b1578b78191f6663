
/// Why a folder cannot be watched.
public struct FolderWatchError: Error, CustomStringConvertible, Sendable {
    /// What went wrong and what to do.
    public var message: String
    /// The message.
    public var description: String { message }
}
