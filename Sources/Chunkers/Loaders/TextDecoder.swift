/// Decodes a file's bytes to text: UTF-8 (BOM dropped), UTF-16 by its BOM, and a Latin-1
/// fallback (read as windows-1252, as the WHATWG Encoding Standard reads "latin1") for bytes
/// that are not UTF-8.
enum TextDecoder {
    static func decode(_ bytes: some Collection<UInt8>) -> (text: String, encoding: TextEncodingName) {
        let bytes = Array(bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return decodeUTF8(bytes[3...])
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return (decodeUTF16(bytes[2...], bigEndian: bytes[0] == 0xFE), .utf16)
        }
        return decodeUTF8(bytes[...])
    }

    private static func decodeUTF8(_ bytes: ArraySlice<UInt8>) -> (text: String, encoding: TextEncodingName) {
        if let text = bytes.withUnsafeBufferPointer({ String(validating: $0, as: UTF8.self) }) { return (text, .utf8) }
        let census = UTF8Census(bytes)
        // Mostly-valid UTF-8 with a few broken sequences is UTF-8 that was damaged; anything
        // else with high bytes is a legacy single-byte encoding.
        if census.validMultibyteSequences > 0 && census.invalidBytes * 10 <= census.validMultibyteSequences {
            return (String(decoding: bytes, as: UTF8.self), .utf8WithReplacements)
        }
        return (decodeWindows1252(bytes), .latin1)
    }

    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// The windows-1252 characters for bytes 0x80…0x9F; undefined bytes map to C1 controls.
    private static let windows1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    static func decodeWindows1252(_ bytes: some Collection<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            let value = (0x80...0x9F).contains(byte) ? windows1252High[Int(byte) - 0x80] : UInt32(byte)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }
}

/// Counts well-formed multi-byte UTF-8 sequences and bytes that belong to none.
private struct UTF8Census {
    var validMultibyteSequences = 0
    var invalidBytes = 0

    init(_ bytes: ArraySlice<UInt8>) {
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let lead = bytes[i]
            if lead < 0x80 {
                i += 1
                continue
            }
            let length: Int
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: length = 0
            }
            var valid = length > 0 && i + length <= end
            if valid {
                for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { valid = false }
            }
            if valid {
                validMultibyteSequences += 1
                i += length
            } else {
                invalidBytes += 1
                i += 1
            }
        }
    }
}
