import Foundation

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One HTTP request that appends a file's remaining bytes to a `.partial` file as they arrive, so a dropped
/// connection keeps what came before it.
final class PartialDownload: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    // Delegate callbacks arrive one at a time on the session's serial queue; `lock` guards the hand-over to
    // the awaiting task.
    private let url: URL
    private let partial: URL
    private let offset: Int64
    private let timeout: TimeInterval
    private let lock = NSLock()
    private var handle: FileHandle?
    private var failure: TextEncoderError?
    private var continuation: CheckedContinuation<Void, Never>?

    init(url: URL, partial: URL, offset: Int64, timeout: TimeInterval) {
        self.url = url
        self.partial = partial
        self.offset = offset
        self.timeout = timeout
    }

    /// Runs the request to its end.
    ///
    /// - Throws: ``TextEncoderError`` with kind `.download` (with the status for an HTTP error).
    func run() async throws(TextEncoderError) {
        var request = URLRequest(url: url, timeoutInterval: timeout)
        if offset > 0 { request.setValue("bytes=\(offset)-", forHTTPHeaderField: "Range") }
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = 1
        let session = URLSession(configuration: .ephemeral, delegate: self, delegateQueue: queue)
        await withCheckedContinuation { continuation in
            lock.withLock { self.continuation = continuation }
            session.dataTask(with: request).resume()
        }
        session.finishTasksAndInvalidate()
        try? handle?.close()
        if let failure { throw failure }
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
    ) {
        let http = response as? HTTPURLResponse
        let status = http?.statusCode ?? 0
        do {
            switch status {
            case 200:
                // The server ignored the range: start over.
                let file = try FileHandle(forWritingTo: partial)
                try file.truncate(atOffset: 0)
                handle = file
            case 206:
                let range = http?.value(forHTTPHeaderField: "Content-Range") ?? ""
                guard range.hasPrefix("bytes \(offset)-") else {
                    try? FileManager.default.removeItem(at: partial)
                    failure = TextEncoderError(.download, "the server resumed at the wrong offset (\(range))", path: url.absoluteString)
                    completionHandler(.cancel)
                    return
                }
                let file = try FileHandle(forWritingTo: partial)
                try file.seekToEnd()
                handle = file
            default:
                let hint = status == 404 ? "the file does not exist on the server" : "the server refused the download"
                failure = TextEncoderError(.download, hint, path: url.absoluteString, status: status)
                completionHandler(.cancel)
                return
            }
        } catch {
            failure = TextEncoderError(.io, "cannot write the partial file: \(error.localizedDescription)", path: partial.path)
            completionHandler(.cancel)
            return
        }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        guard let handle, failure == nil else { return }
        do {
            try handle.write(contentsOf: data)
        } catch {
            failure = TextEncoderError(.io, "cannot write the partial file: \(error.localizedDescription)", path: partial.path)
            dataTask.cancel()
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        if let error, failure == nil {
            failure = TextEncoderError(.download, "the download failed: \(error.localizedDescription)", path: url.absoluteString)
        }
        let continuation = lock.withLock {
            defer { self.continuation = nil }
            return self.continuation
        }
        continuation?.resume()
    }
}
