import Foundation
import Testing

@testable import VectorIndex

@Suite struct MetadataCoderTests {
    @Test("Round-trips every kind of value", arguments: [
        [:],
        ["title": .string("Ünïcødé ✓"), "empty": .string("")],
        ["n": .int(Int.min), "m": .int(Int.max), "z": .int(0)],
        ["x": .double(-0.0), "y": .double(.infinity), "pi": .double(3.141592653589793)],
        ["yes": .bool(true), "no": .bool(false), "": .string("empty key")],
    ] as [[String: MetadataValue]])
    func roundTrip(metadata: [String: MetadataValue]) throws {
        let data = MetadataCoder.encode(metadata)
        let decoded = try data.withUnsafeBytes { try MetadataCoder.decode($0) }
        #expect(decoded == metadata)
    }

    @Test("Truncated or padded blobs are rejected")
    func damaged() {
        let data = MetadataCoder.encode(["key": .string("value"), "n": .int(3)])
        for length in 0..<data.count {
            #expect(throws: MetadataCoder.DecodingFailure.self) {
                try data.prefix(length).withUnsafeBytes { try MetadataCoder.decode($0) }
            }
        }
        #expect(throws: MetadataCoder.DecodingFailure.self) {
            try (data + [0]).withUnsafeBytes { try MetadataCoder.decode($0) }
        }
    }
}
