import Crypto
import Foundation

/// SHA-256 hex digests: chunk text hashes (the vector ids) and file content hashes.
enum TextHash {
    static func of(_ text: String) -> String { hex(SHA256.hash(data: Data(text.utf8))) }
    static func of(_ data: Data) -> String { hex(SHA256.hash(data: data)) }

    private static func hex(_ digest: SHA256.Digest) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(64)
        for byte in digest {
            bytes.append(digits[Int(byte >> 4)])
            bytes.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
