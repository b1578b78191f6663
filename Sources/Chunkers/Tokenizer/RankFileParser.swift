/// Parses a `.tiktoken` rank file: one `base64(token bytes) rank` pair per line.
struct RankFileParser {
    let encoding: BPEEncoding

    /// Parses the file and builds the vocabulary.
    ///
    /// - Throws: ``ChunkersError/Kind/malformedRankFile`` naming the first bad line (bad base64,
    ///   a missing or out-of-range rank, an empty token), or a repeated token or rank, or a
    ///   single byte with no token.
    func parse(_ file: UnsafeRawBufferPointer) throws(TokenizerError) -> RankTable {
        let bytes = file.bindMemory(to: UInt8.self)
        var lineStarts: [UInt32] = [0]
        var lineRanks: [UInt32] = []
        var maxRank = -1
        var sequential = true
        var failure: TokenizerError?
        // Base64 never decodes to more bytes than three quarters of its text.
        let tokenBytes = [UInt8](unsafeUninitializedCapacity: bytes.count * 3 / 4 + 3) { output, written in
            var position = 0
            var line = 0
            do throws(TokenizerError) {
                while position < bytes.count {
                    line += 1
                    if bytes[position] == UInt8(ascii: "\n") {
                        position += 1
                        continue
                    }
                    let decodedStart = written
                    position = try decodeBase64(bytes, from: position, into: output, at: &written, line: line)
                    if written == decodedStart { throw malformed(line, "the token is empty") }
                    guard position < bytes.count, bytes[position] == UInt8(ascii: " ") else {
                        throw malformed(line, "expected a space after the base64 token")
                    }
                    position += 1
                    var rank = 0
                    var digits = 0
                    while position < bytes.count, bytes[position] != UInt8(ascii: "\n") {
                        let digit = Int(bytes[position]) - Int(UInt8(ascii: "0"))
                        guard (0...9).contains(digit), digits < 8 else {
                            throw malformed(line, "the rank is not a decimal number below 100000000")
                        }
                        rank = rank * 10 + digit
                        digits += 1
                        position += 1
                    }
                    if digits == 0 { throw malformed(line, "the rank is missing") }
                    position += 1
                    if rank != lineRanks.count { sequential = false }
                    maxRank = max(maxRank, rank)
                    lineRanks.append(UInt32(rank))
                    lineStarts.append(UInt32(written))
                }
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
        var lineOfRank: [Int] = []
        if !sequential {
            lineOfRank = [Int](repeating: -1, count: maxRank + 1)
            for (line, rank) in lineRanks.enumerated() {
                if lineOfRank[Int(rank)] >= 0 { throw malformed(line + 1, "rank \(rank) appears twice") }
                lineOfRank[Int(rank)] = line
            }
        }
        let table: RankTable
        do throws(RankTable.DuplicateToken) {
            if sequential {
                table = try RankTable(tokenBytes: tokenBytes, tokenOffsets: lineStarts)
            } else {
                table = try reordered(tokenBytes, lineStarts: lineStarts, lineOfRank: lineOfRank)
            }
        } catch {
            throw ChunkersError(
                kind: .malformedRankFile,
                message: "the token of rank \(error.rank) also has another rank",
                encoding: encoding
            )
        }
        if let byte = table.byteRanks.firstIndex(of: RankTable.absent) {
            throw ChunkersError(
                kind: .malformedRankFile,
                message: "byte 0x\(String(byte, radix: 16)) has no token; every byte must have one",
                encoding: encoding
            )
        }
        return table
    }

    /// Builds a table from lines whose ranks are not 0, 1, 2, … in order.
    private func reordered(
        _ tokenBytes: [UInt8], lineStarts: [UInt32], lineOfRank: [Int]
    ) throws(RankTable.DuplicateToken) -> RankTable {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(tokenBytes.count)
        var offsets: [UInt32] = [0]
        offsets.reserveCapacity(lineOfRank.count + 1)
        for line in lineOfRank {
            if line >= 0 { bytes += tokenBytes[Int(lineStarts[line])..<Int(lineStarts[line + 1])] }
            offsets.append(UInt32(bytes.count))
        }
        return try RankTable(tokenBytes: bytes, tokenOffsets: offsets)
    }

    /// Decodes base64 up to the next space or newline; returns the position of that delimiter.
    private func decodeBase64(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int,
        into output: UnsafeMutableBufferPointer<UInt8>, at written: inout Int, line: Int
    ) throws(TokenizerError) -> Int {
        var position = start
        var accumulator: UInt32 = 0
        var bits = 0
        var padding = 0
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") { break }
            if byte == UInt8(ascii: "=") {
                padding += 1
            } else {
                let value = Self.base64Values[Int(byte)]
                if value == 0xFF || padding > 0 { throw malformed(line, "the token is not valid base64") }
                accumulator = accumulator << 6 | UInt32(value)
                bits += 6
                if bits >= 8 {
                    bits -= 8
                    output[written] = UInt8(truncatingIfNeeded: accumulator >> UInt32(bits))
                    written += 1
                }
            }
            position += 1
        }
        if (position - start) % 4 != 0 || padding > 2 { throw malformed(line, "the token is not valid base64") }
        return position
    }

    private func malformed(_ line: Int, _ problem: String) -> TokenizerError {
        ChunkersError(kind: .malformedRankFile, message: "line \(line): \(problem)", encoding: encoding)
    }

    private static let base64Values: [UInt8] = {
        var values = [UInt8](repeating: 0xFF, count: 256)
        for (index, character) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
            values[Int(character)] = UInt8(index)
        }
        return values
    }()
}
