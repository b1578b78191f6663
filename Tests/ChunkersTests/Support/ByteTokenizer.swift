import Chunkers

/// A deterministic stand-in tokenizer shaped like a byte-level BPE: pre-tokens are an optional
/// space plus a run of word bytes (ASCII letters, digits, and every byte ≥ 0x80), or one other
/// byte; each pre-token is cut into tokens of at most three bytes. Like cl100k it splits UTF-8
/// sequences across tokens, is not prefix-stable inside a pre-token, and always starts a new
/// pre-token after a line break.
struct ByteTokenizer: Tokenizer {
    func encode(_ text: String) -> [Int] {
        let bytes = Array(text.utf8)
        var tokens: [Int] = []
        var position = 0
        while position < bytes.count {
            let end = preTokenEnd(bytes, from: position)
            var start = position
            while start < end {
                let length = min(3, end - start)
                var id = length << 24
                for k in 0..<length { id |= Int(bytes[start + k]) << (8 * k) }
                tokens.append(id)
                start += length
            }
            position = end
        }
        return tokens
    }

    func decode(_ tokens: [Int]) -> String {
        var bytes: [UInt8] = []
        for token in tokens {
            for k in 0..<byteCount(of: token) { bytes.append(UInt8((token >> (8 * k)) & 0xFF)) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    func byteCount(of token: Int) -> Int { token >> 24 }

    private func isWord(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    private func isSpaceLike(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }

    private func preTokenEnd(_ bytes: [UInt8], from start: Int) -> Int {
        var position = start
        if bytes[position] == 0x20, position + 1 < bytes.count, !isSpaceLike(bytes[position + 1]) { position += 1 }
        guard isWord(bytes[position]) else { return position + 1 }
        while position < bytes.count, isWord(bytes[position]) { position += 1 }
        return position
    }
}
