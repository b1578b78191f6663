import Foundation

/// Encodes record metadata as a compact binary blob, and back.
///
/// Opening an index decodes every record's metadata; a length-prefixed binary layout decodes far faster than JSON.
/// Layout (little-endian): `u32 count`, then per entry sorted by key: `u32 keyLength, key UTF-8, u8 tag, payload`,
/// where the payload is `u32 length + UTF-8` (string), `i64` (int), `f64 bits` (double) or `u8` (bool).
enum MetadataCoder {
    private enum Tag: UInt8 {
        case string = 1, int = 2, double = 3, bool = 4
    }

    struct DecodingFailure: Error {}

    static func encode(_ metadata: [String: MetadataValue]) -> Data {
        var data = Data()
        append(UInt32(metadata.count), to: &data)
        for key in metadata.keys.sorted() {
            guard let value = metadata[key] else { continue }
            appendString(key, to: &data)
            switch value {
            case .string(let string):
                data.append(Tag.string.rawValue)
                appendString(string, to: &data)
            case .int(let int):
                data.append(Tag.int.rawValue)
                append(UInt64(bitPattern: Int64(int)), to: &data)
            case .double(let double):
                data.append(Tag.double.rawValue)
                append(double.bitPattern, to: &data)
            case .bool(let bool):
                data.append(Tag.bool.rawValue)
                data.append(bool ? 1 : 0)
            }
        }
        return data
    }

    static func decode(_ bytes: UnsafeRawBufferPointer) throws(DecodingFailure) -> [String: MetadataValue] {
        var reader = Reader(bytes: bytes)
        let count = Int(try reader.read(UInt32.self))
        var metadata: [String: MetadataValue] = [:]
        metadata.reserveCapacity(count)
        for _ in 0..<count {
            let key = try reader.readString()
            guard let tag = Tag(rawValue: try reader.read(UInt8.self)) else { throw DecodingFailure() }
            switch tag {
            case .string: metadata[key] = .string(try reader.readString())
            case .int: metadata[key] = .int(Int(Int64(bitPattern: try reader.read(UInt64.self))))
            case .double: metadata[key] = .double(Double(bitPattern: try reader.read(UInt64.self)))
            case .bool: metadata[key] = .bool(try reader.read(UInt8.self) != 0)
            }
        }
        guard reader.isAtEnd else { throw DecodingFailure() }
        return metadata
    }

    private static func append<Integer: FixedWidthInteger>(_ value: Integer, to data: inout Data) {
        withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
    }

    private static func appendString(_ string: String, to data: inout Data) {
        let utf8 = Array(string.utf8)
        append(UInt32(utf8.count), to: &data)
        data.append(contentsOf: utf8)
    }

    private struct Reader {
        let bytes: UnsafeRawBufferPointer
        var offset = 0

        var isAtEnd: Bool { offset == bytes.count }

        mutating func read<Integer: FixedWidthInteger>(_: Integer.Type) throws(DecodingFailure) -> Integer {
            let size = MemoryLayout<Integer>.size
            guard bytes.count - offset >= size else { throw DecodingFailure() }
            let value = bytes.loadUnaligned(fromByteOffset: offset, as: Integer.self)
            offset += size
            return Integer(littleEndian: value)
        }

        mutating func readString() throws(DecodingFailure) -> String {
            let length = Int(try read(UInt32.self))
            guard bytes.count - offset >= length else { throw DecodingFailure() }
            let string = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + length]), as: UTF8.self)
            offset += length
            return string
        }
    }
}
