import Chunkers
import Foundation

/// The entries of a folder's tree at one moment, keyed by path relative to the folder: what a ``PollingWatcher``
/// compares.
///
/// Files are compared by size, modification time and inode (an editor's atomic save changes the inode); folders by
/// inode only, since their own changes show as changes of their entries. A symbolic link is recorded as what it
/// points to, and a linked folder is not entered, as the inotify watcher does not enter it.
struct FolderSnapshot: Sendable, Equatable {
    /// What is compared of one entry.
    struct Entry: Sendable, Hashable {
        var isDirectory: Bool
        var size: Int
        var modificationDate: Date
        var device: UInt64
        var inode: UInt64

        init(_ status: FileStatus) {
            isDirectory = status.type == .directory
            // A folder's size and time change with its entries, which are compared one by one.
            size = isDirectory ? 0 : status.size
            modificationDate = isDirectory ? .distantPast : status.modificationDate
            device = status.device
            inode = status.inode
        }
    }

    /// The entries, by relative path.
    private(set) var entries: [String: Entry] = [:]

    /// Reads the tree under `root`, leaving out what `filter` excludes; folders that cannot be listed count as empty.
    /// - Complexity: One directory listing per folder and one or two `stat` calls per entry.
    init(root: String, filter: WatchFilter) {
        visit(folder: root, relative: "", filter: filter)
    }

    private mutating func visit(folder: String, relative: String, filter: WatchFilter) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for name in names {
            let path = folder + "/" + name
            let child = relative.isEmpty ? name : relative + "/" + name
            guard case .success(let link) = FileStatus.read(path, followingLinks: false) else { continue }
            let status: FileStatus
            if link.type == .symlink {
                guard case .success(let target) = FileStatus.read(path, followingLinks: true) else { continue }
                status = target
            } else {
                status = link
            }
            guard status.type == .regular || status.type == .directory,
                  !filter.excludes(name: name, relativePath: child, absolutePath: path, isDirectory: status.type == .directory)
            else { continue }
            entries[child] = Entry(status)
            if status.type == .directory, link.type != .symlink {
                visit(folder: path, relative: child, filter: filter)
            }
        }
    }

    /// The paths added, removed or changed since `earlier`, sorted.
    /// - Parameter earlier: The snapshot before this one.
    func changes(since earlier: FolderSnapshot) -> [String] {
        var changed = entries.filter { earlier.entries[$0.key] != $0.value }.map(\.key)
        changed += earlier.entries.keys.filter { entries[$0] == nil }
        return changed.sorted()
    }
}
