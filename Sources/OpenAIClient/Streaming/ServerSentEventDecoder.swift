/// Turns the bytes of a `text/event-stream` body into ``ServerSentEvent``s, whatever the chunking.
///
/// Lines are assembled from bytes before any UTF-8 decoding, so a line, a multi-byte character or a JSON
/// object split across network chunks decodes exactly as if it had arrived whole. It follows the WHATWG
/// event-stream rules: LF, CRLF or CR line ends (a CR at the end of one chunk and an LF at the start of the
/// next are one line end), a leading byte-order mark, `:` comments, multi-line `data:`, `event:`, `id:`,
/// `retry:`, unknown fields ignored.
///
/// ```swift
/// var decoder = ServerSentEventDecoder()
/// for try await chunk in body {
///     for event in decoder.decode(chunk) { handle(event) }
/// }
/// for event in decoder.finish() { handle(event) }
/// ```
public struct ServerSentEventDecoder: Sendable {
    private var line: [UInt8] = []
    private var previousWasCR = false
    private var atStreamStart = true
    private var eventType: String?
    private var dataLines: [String] = []
    private var hasData = false
    private var lastEventID: String?
    private var retry: Int?

    /// Creates a decoder at the start of a stream.
    public init() {}

    /// Consumes a chunk and returns the events it completed, in order.
    ///
    /// - Complexity: O(n) in the chunk's length.
    public mutating func decode(_ chunk: some Sequence<UInt8>) -> [ServerSentEvent] {
        var events: [ServerSentEvent] = []
        for byte in chunk {
            switch byte {
            case UInt8(ascii: "\n"):
                if previousWasCR {
                    previousWasCR = false
                } else {
                    endLine(into: &events)
                }
            case UInt8(ascii: "\r"):
                previousWasCR = true
                endLine(into: &events)
            default:
                previousWasCR = false
                line.append(byte)
            }
        }
        return events
    }

    /// Ends the stream: a last line without a line end counts, and a pending event with data is delivered
    /// (servers that omit the final blank line lose nothing).
    public mutating func finish() -> [ServerSentEvent] {
        var events: [ServerSentEvent] = []
        if !line.isEmpty { endLine(into: &events) }
        endLine(into: &events)
        previousWasCR = false
        return events
    }

    private mutating func endLine(into events: inout [ServerSentEvent]) {
        defer { line.removeAll(keepingCapacity: true) }
        if atStreamStart {
            atStreamStart = false
            if line.starts(with: [0xEF, 0xBB, 0xBF]) { line.removeFirst(3) }
        }
        guard !line.isEmpty else {
            dispatch(into: &events)
            return
        }
        if line[0] == UInt8(ascii: ":") { return }
        let field: String
        let value: String
        if let colon = line.firstIndex(of: UInt8(ascii: ":")) {
            field = String(decoding: line[..<colon], as: UTF8.self)
            var valueStart = colon + 1
            if valueStart < line.endIndex, line[valueStart] == UInt8(ascii: " ") { valueStart += 1 }
            value = String(decoding: line[valueStart...], as: UTF8.self)
        } else {
            field = String(decoding: line, as: UTF8.self)
            value = ""
        }
        switch field {
        case "data":
            dataLines.append(value)
            hasData = true
        case "event":
            eventType = value
        case "id":
            if !value.utf8.contains(0) { lastEventID = value }
        case "retry":
            if !value.isEmpty, value.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) {
                retry = Int(value)
            }
        default:
            break
        }
    }

    private mutating func dispatch(into events: inout [ServerSentEvent]) {
        defer {
            eventType = nil
            dataLines.removeAll()
            hasData = false
            retry = nil
        }
        guard hasData else { return }
        events.append(ServerSentEvent(
            event: eventType.flatMap { $0.isEmpty ? nil : $0 },
            data: dataLines.joined(separator: "\n"),
            id: lastEventID,
            retry: retry
        ))
    }
}
