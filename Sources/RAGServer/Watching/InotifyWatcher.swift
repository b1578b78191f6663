#if os(Linux)
import Foundation
import Glibc
import Synchronization

/// A ``FolderWatcher`` on Linux's inotify: one watch per subdirectory, added as folders appear.
///
/// A thread polls the inotify descriptor; a batch is reported when a poll waits the debounce interval without an
/// event. The descriptor is closed when the consumer stops iterating.
final class InotifyWatcher: FolderWatcher {
    private let root: URL
    private let filter: WatchFilter
    private let debounce: Duration
    private let descriptor: Int32
    private let directories = Mutex<[Int32: String]>([:])

    private static let mask = UInt32(IN_CREATE | IN_DELETE | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_MODIFY
                                     | IN_ATTRIB | IN_DELETE_SELF | IN_ONLYDIR)

    init(root: URL, exclusions: WatchExclusions, debounce: Duration) throws(FolderWatchError) {
        self.root = root.standardizedFileURL
        filter = WatchFilter(exclusions)
        self.debounce = debounce
        descriptor = inotify_init1(Int32(IN_CLOEXEC))
        guard descriptor >= 0 else {
            throw FolderWatchError(message: "Could not start watching (inotify_init1: \(String(cString: strerror(errno)))): raise fs.inotify.max_user_instances.")
        }
        do {
            try addTree(relative: "")
        } catch {
            close(descriptor)
            throw error
        }
    }

    func batches() -> AsyncStream<[String]> {
        let (stream, continuation) = AsyncStream.makeStream(of: [String].self, bufferingPolicy: .unbounded)
        let stopped = StopFlag()
        continuation.onTermination = { _ in stopped.set() }
        let thread = Thread { [self] in
            self.poll(until: stopped, continuation: continuation)
            close(self.descriptor)
            continuation.finish()
        }
        thread.name = "rag.watch"
        thread.start()
        return stream
    }

    // MARK: Watches

    /// Watches the folder at `relative` and every folder below it, skipping exclusions.
    private func addTree(relative: String) throws(FolderWatchError) {
        let path = relative.isEmpty ? root.path : root.path + "/" + relative
        let wd = inotify_add_watch(descriptor, path, Self.mask)
        guard wd >= 0 else {
            if relative.isEmpty || errno == ENOSPC {
                throw FolderWatchError(message: "Could not watch \(path) (\(String(cString: strerror(errno)))): raise fs.inotify.max_user_watches, or exclude large folders with --exclude.")
            }
            return  // a folder removed or unreadable meanwhile
        }
        directories.withLock { $0[wd] = relative }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        for name in names {
            let child = relative.isEmpty ? name : relative + "/" + name
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path + "/" + name, isDirectory: &isDirectory), isDirectory.boolValue,
                  !filter.excludes(name: name, relativePath: child, absolutePath: path + "/" + name, isDirectory: true) else { continue }
            var status = stat()
            guard lstat(path + "/" + name, &status) == 0, (status.st_mode & S_IFMT) != S_IFLNK else { continue }
            try addTree(relative: child)
        }
    }

    // MARK: Events

    private func poll(until stopped: StopFlag, continuation: AsyncStream<[String]>.Continuation) {
        let timeout = Int32(debounce.components.seconds * 1000 + debounce.components.attoseconds / 1_000_000_000_000_000)
        var pending: [String] = []
        var hasPending = false
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while !stopped.isSet {
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = Glibc.poll(&request, 1, max(timeout, 1))
            if ready == 0 {
                if hasPending {
                    continuation.yield(pending)
                    pending = []
                    hasPending = false
                }
                continue
            }
            guard ready > 0 else {
                if errno == EINTR { continue }
                return
            }
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { continue }
            for path in parse(buffer, count: count) {
                hasPending = true
                if let path { pending.append(path) }
            }
        }
    }

    /// The relative paths the events in `buffer` name (`nil` for an overflow), after adding watches for new folders.
    private func parse(_ buffer: [UInt8], count: Int) -> [String?] {
        var paths: [String?] = []
        var offset = 0
        let header = 16
        while offset + header <= count {
            func word(_ at: Int) -> UInt32 {
                UInt32(buffer[offset + at]) | UInt32(buffer[offset + at + 1]) << 8 | UInt32(buffer[offset + at + 2]) << 16 | UInt32(buffer[offset + at + 3]) << 24
            }
            let wd = Int32(bitPattern: word(0))
            let mask = word(4)
            let length = Int(word(12))
            let nameBytes = buffer[(offset + header)..<min(offset + header + length, count)].prefix { $0 != 0 }
            offset += header + length
            if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                paths.append(nil)
                continue
            }
            if mask & UInt32(IN_IGNORED) != 0 {
                _ = directories.withLock { $0.removeValue(forKey: wd) }
                continue
            }
            guard let directory = directories.withLock({ $0[wd] }) else { continue }
            let name = String(decoding: nameBytes, as: UTF8.self)
            let relative = name.isEmpty ? directory : (directory.isEmpty ? name : directory + "/" + name)
            let absolute = relative.isEmpty ? root.path : root.path + "/" + relative
            // An event of a watched folder itself (empty name) concerns a folder the filter already let in.
            if !name.isEmpty,
               filter.excludes(name: name, relativePath: relative, absolutePath: absolute, isDirectory: mask & UInt32(IN_ISDIR) != 0) { continue }
            if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                try? addTree(relative: relative)
            }
            paths.append(relative)
        }
        return paths
    }
}

/// A flag the consumer sets to stop the polling thread.
private final class StopFlag: Sendable {
    private let value = Atomic<Bool>(false)

    var isSet: Bool { value.load(ordering: .relaxed) }

    func set() { value.store(true, ordering: .relaxed) }
}
#endif
