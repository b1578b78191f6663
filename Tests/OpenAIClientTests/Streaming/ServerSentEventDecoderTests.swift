import OpenAIClient
import Testing

@Suite struct ServerSentEventDecoderTests {
    struct Fixture: Sendable, CustomStringConvertible {
        var name: String
        var bytes: [UInt8]
        var expected: [ServerSentEvent]
        var description: String { name }

        init(_ name: String, _ text: String, _ expected: [ServerSentEvent]) {
            self.name = name
            self.bytes = Array(text.utf8)
            self.expected = expected
        }

        init(_ name: String, bytes: [UInt8], _ expected: [ServerSentEvent]) {
            self.name = name
            self.bytes = bytes
            self.expected = expected
        }
    }

    static let fixtures: [Fixture] = [
        Fixture("LF events with [DONE]", "data: {\"a\":1}\n\ndata: {\"a\":2}\n\ndata: [DONE]\n\n", [
            ServerSentEvent(data: "{\"a\":1}"), ServerSentEvent(data: "{\"a\":2}"), ServerSentEvent(data: "[DONE]"),
        ]),
        Fixture("CRLF line ends", "data: one\r\n\r\ndata: two\r\n\r\n", [
            ServerSentEvent(data: "one"), ServerSentEvent(data: "two"),
        ]),
        Fixture("CRLF inside a multi-line event", "event: e\r\ndata: a\r\ndata: b\r\n\r\n", [
            ServerSentEvent(event: "e", data: "a\nb"),
        ]),
        Fixture("bare CR line ends", "data: one\r\rdata: two\r\r", [
            ServerSentEvent(data: "one"), ServerSentEvent(data: "two"),
        ]),
        Fixture("multi-line data joined with newlines", "data: first\ndata: second\ndata:third\n\n", [
            ServerSentEvent(data: "first\nsecond\nthird"),
        ]),
        Fixture("comments and unknown fields ignored", ": keep-alive\nfoo: bar\ndata: x\n: another\n\n", [
            ServerSentEvent(data: "x"),
        ]),
        Fixture("event, id and retry fields", "event: error\nid: 7\nretry: 1500\ndata: {\"error\":{}}\n\nid: 8\ndata: next\n\n", [
            ServerSentEvent(event: "error", data: "{\"error\":{}}", id: "7", retry: 1500),
            ServerSentEvent(data: "next", id: "8"),
        ]),
        Fixture("event without data is not dispatched", "event: ping\n\ndata: real\n\n", [
            ServerSentEvent(data: "real"),
        ]),
        Fixture("multi-byte UTF-8 characters", "data: {\"t\":\"héllo 🌍 世界\"}\n\n", [
            ServerSentEvent(data: "{\"t\":\"héllo 🌍 世界\"}"),
        ]),
        Fixture("only one leading space is stripped", "data:  two spaces\ndata:none\n\n", [
            ServerSentEvent(data: " two spaces\nnone"),
        ]),
        Fixture("a field without a colon", "data\n\n", [ServerSentEvent(data: "")]),
        Fixture("a final event without a blank line", "data: last", [ServerSentEvent(data: "last")]),
        Fixture("byte-order mark at the start", bytes: [0xEF, 0xBB, 0xBF] + Array("data: bom\n\n".utf8), [
            ServerSentEvent(data: "bom"),
        ]),
        Fixture("non-numeric retry ignored", "retry: soon\ndata: r\n\n", [ServerSentEvent(data: "r")]),
    ]

    static func decode(_ pieces: [ArraySlice<UInt8>]) -> [ServerSentEvent] {
        var decoder = ServerSentEventDecoder()
        var events: [ServerSentEvent] = []
        for piece in pieces { events += decoder.decode(piece) }
        return events + decoder.finish()
    }

    @Test("Decodes each fixture whole", arguments: fixtures)
    func whole(_ fixture: Fixture) {
        #expect(Self.decode([fixture.bytes[...]]) == fixture.expected)
    }

    @Test("Decodes each fixture split at every byte offset", arguments: fixtures)
    func everySplit(_ fixture: Fixture) {
        for offset in 0...fixture.bytes.count {
            let events = Self.decode([fixture.bytes[..<offset], fixture.bytes[offset...]])
            #expect(events == fixture.expected, "split at \(offset)")
        }
    }

    @Test("Decodes each fixture drip-fed one byte at a time", arguments: fixtures)
    func dripFed(_ fixture: Fixture) {
        let pieces = fixture.bytes.indices.map { fixture.bytes[$0...$0] }
        #expect(Self.decode(pieces) == fixture.expected)
    }

    @Test("Splits a CRLF across chunks as one line end")
    func crlfAcrossChunks() {
        var decoder = ServerSentEventDecoder()
        #expect(decoder.decode(Array("data: a\r".utf8)).isEmpty)
        #expect(decoder.decode(Array("\n\r".utf8)) == [ServerSentEvent(data: "a")])
        #expect(decoder.decode(Array("\ndata: b\n\n".utf8)) == [ServerSentEvent(data: "b")])
    }

    @Test("Keeps the last event id for later events")
    func lastEventID() {
        var decoder = ServerSentEventDecoder()
        let events = decoder.decode(Array("id: 1\ndata: a\n\ndata: b\n\nid\ndata: c\n\n".utf8))
        #expect(events.map(\.id) == ["1", "1", ""])
    }
}
