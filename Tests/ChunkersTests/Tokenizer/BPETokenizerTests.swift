import Chunkers
import Foundation
import Testing

@Suite struct BPETokenizerTests {
    static let encodings = BPEEncoding.known

    // MARK: Reference encodings

    @Test("Ships enough reference vectors to mean something")
    func shippedVectorsParse() {
        #expect(ReferenceVector.shipped.count == 72)
    }

    @Test("Matches tiktoken on the shipped reference vectors", arguments: encodings)
    func matchesShippedVectors(encoding: BPEEncoding) throws {
        let tokenizer = try BPETokenizer.load(encoding)
        for vector in ReferenceVector.shipped {
            #expect(tokenizer.encode(vector.text) == vector.ids(encoding), "\(vector.testDescription)")
            #expect(tokenizer.count(vector.text) == vector.ids(encoding).count)
        }
    }

    @Test(
        "Matches tiktoken on every vector of shared/tokenizers/vectors.jsonl",
        .enabled(if: ReferenceVector.sharedFile != nil,
                 "skipped: no shared/tokenizers/vectors.jsonl beside the package root or its parents"),
        arguments: encodings
    )
    func matchesSharedVectors(encoding: BPEEncoding) throws {
        let file = try #require(ReferenceVector.sharedFile)
        let vectors = try ReferenceVector.parse(String(contentsOf: file, encoding: .utf8))
        #expect(vectors.count == 196)
        let tokenizer = try BPETokenizer.load(encoding)
        var mismatches: [String] = []
        for vector in vectors where tokenizer.encode(vector.text) != vector.ids(encoding) {
            mismatches.append(vector.testDescription)
        }
        #expect(mismatches.isEmpty, "mismatching texts: \(mismatches)")
    }

    @Test("Decodes every reference vector back to its text", arguments: encodings)
    func decodesReferenceVectors(encoding: BPEEncoding) throws {
        let tokenizer = try BPETokenizer.load(encoding)
        for vector in ReferenceVector.shipped {
            #expect(tokenizer.decode(vector.ids(encoding)) == vector.text)
            let byteCounts = vector.ids(encoding).map(tokenizer.byteCount(of:))
            #expect(byteCounts.reduce(0, +) == vector.text.utf8.count)
        }
    }

    // MARK: Special tokens

    @Test("Encodes special-token text as ordinary text unless allowed", arguments: encodings)
    func specialTokensOnlyWhenAllowed(encoding: BPEEncoding) throws {
        let tokenizer = try BPETokenizer.load(encoding)
        let text = "end<|endoftext|>"
        let ordinary = tokenizer.encode(text)
        #expect(!ordinary.contains(tokenizer.specialTokens["<|endoftext|>"] ?? -1))
        #expect(tokenizer.encode(text, allowedSpecial: []) == ordinary)
        #expect(tokenizer.encode(text, allowedSpecial: ["<|endofprompt|>"]) == ordinary)
        #expect(tokenizer.decode(ordinary) == text)
    }

    @Test("Encodes allowed special tokens as their ids, and splits the text around them", arguments: [
        (BPEEncoding.cl100kBase, "hello <|endoftext|>world", [15339, 220, 100257, 14957]),
        (BPEEncoding.cl100kBase, "<|fim_prefix|>a<|fim_suffix|>", [100258, 64, 100260]),
        (BPEEncoding.o200kBase, "hello <|endoftext|>world", [24912, 220, 199999, 24169]),
        (BPEEncoding.o200kBase, "<|endofprompt|><|endofprompt|>", [200018, 200018]),
    ])
    func allowedSpecialTokens(encoding: BPEEncoding, text: String, expected: [Int]) throws {
        let tokenizer = try BPETokenizer.load(encoding)
        let all = Set(tokenizer.specialTokens.keys)
        #expect(tokenizer.encode(text, allowedSpecial: all) == expected)
        #expect(tokenizer.decode(expected) == text)
    }

    @Test("Ends each ordinary segment at a special token, as tiktoken slices the text")
    func segmentEndsAtSpecialToken() throws {
        let tokenizer = try BPETokenizer.load(.cl100kBase)
        // `\s++$` matches before the special token: "a  " is one segment whose trailing spaces
        // stay together, where in plain text they would split before the next word.
        let segmented = tokenizer.encode("a  <|endoftext|>b", allowedSpecial: ["<|endoftext|>"])
        #expect(segmented == tokenizer.encode("a  ") + [100_257] + tokenizer.encode("b"))
        #expect(tokenizer.encode("a  ") != Array(tokenizer.encode("a  b").dropLast()))
    }

    @Test("Lists the special tokens of each encoding")
    func specialTokenTable() throws {
        #expect(try BPETokenizer.load(.cl100kBase).specialTokens == [
            "<|endoftext|>": 100_257, "<|fim_prefix|>": 100_258, "<|fim_middle|>": 100_259,
            "<|fim_suffix|>": 100_260, "<|endofprompt|>": 100_276,
        ])
        #expect(try BPETokenizer.load(.o200kBase).specialTokens == ["<|endoftext|>": 199_999, "<|endofprompt|>": 200_018])
        #expect(try BPETokenizer.load(.cl100kBase).vocabularySize == 100_277)
        #expect(try BPETokenizer.load(.o200kBase).vocabularySize == 200_019)
    }

    // MARK: Invalid input

    @Test("Decodes ids outside the vocabulary to U+FFFD", arguments: [
        (BPEEncoding.cl100kBase, [-1, 100_256, 100_261, 1_000_000]),
        (BPEEncoding.o200kBase, [-5, 199_998, 200_000, Int.max]),
    ])
    func unknownIDs(encoding: BPEEncoding, ids: [Int]) throws {
        let tokenizer = try BPETokenizer.load(encoding)
        for id in ids {
            #expect(tokenizer.decode([id]) == "\u{FFFD}")
            #expect(tokenizer.decodeBytes([id]) == [0xEF, 0xBF, 0xBD])
            #expect(tokenizer.byteCount(of: id) == 3)
        }
        let hello = tokenizer.encode("hello")
        #expect(tokenizer.decode(hello + [ids[0]] + hello) == "hello\u{FFFD}hello")
    }

    @Test("Replaces a character cut between tokens with U+FFFD, keeping the bytes exact", arguments: encodings)
    func cutCharacter(encoding: BPEEncoding) throws {
        let tokenizer = try BPETokenizer.load(encoding)
        let text = "\u{1F469}\u{200D}\u{1F52C}"
        let ids = tokenizer.encode(text)
        #expect(ids.count > 1)
        let head = Array(ids.prefix(1))
        #expect(tokenizer.decodeBytes(head) == Array(text.utf8.prefix(tokenizer.byteCount(of: ids[0]))))
        #expect(tokenizer.decode(head).unicodeScalars.allSatisfy { $0 == "\u{FFFD}" })
        #expect(tokenizer.decodeBytes(ids) == Array(text.utf8))
    }

    @Test("Encodes empty text to no tokens and decodes no tokens to empty text", arguments: encodings)
    func emptyText(encoding: BPEEncoding) throws {
        let tokenizer = try BPETokenizer.load(encoding)
        #expect(tokenizer.encode("").isEmpty)
        #expect(tokenizer.encode("", allowedSpecial: ["<|endoftext|>"]).isEmpty)
        #expect(tokenizer.count("") == 0)
        #expect(tokenizer.decode([]).isEmpty)
    }

    @Test("Encodes text that is not native UTF-8 storage the same way")
    func bridgedAndSubstringText() throws {
        let tokenizer = try BPETokenizer.load(.cl100kBase)
        let text = "Grüße aus München, 中文 text!"
        let fromSubstring = String(Substring("xx" + text).dropFirst(2))
        let fromNSString = NSString(string: text) as String
        #expect(tokenizer.encode(fromSubstring) == tokenizer.encode(text))
        #expect(tokenizer.encode(fromNSString) == tokenizer.encode(text))
    }

    @Test("Throws unknownEncoding, naming the known encodings, for an encoding it does not have")
    func unknownEncoding() {
        let error = #expect(throws: TokenizerError.self) { try BPETokenizer.load(BPEEncoding(rawValue: "p50k_base")) }
        #expect(error?.kind == .unknownEncoding)
        #expect(error?.encoding?.rawValue == "p50k_base")
        #expect(error?.description.contains("cl100k_base, o200k_base") == true)
    }

    // MARK: Loading

    @Test("Loads each encoding once per process", arguments: encodings)
    func loadIsCached(encoding: BPEEncoding) throws {
        let first = try BPETokenizer.load(encoding)
        let second = try BPETokenizer.load(encoding)
        #expect(first === second)
        #expect(first.encoding == encoding)
    }

    @Test("Loads concurrently from many tasks to one instance")
    func concurrentLoad() async throws {
        let identifiers = try await withThrowingTaskGroup(of: ObjectIdentifier.self) { group in
            for index in 0..<16 {
                group.addTask {
                    ObjectIdentifier(try BPETokenizer.load(index.isMultiple(of: 2) ? .cl100kBase : .o200kBase))
                }
            }
            return try await group.reduce(into: Set()) { $0.insert($1) }
        }
        #expect(identifiers.count == 2)
    }

    @Test("Encodes alike from concurrent tasks sharing one tokenizer")
    func concurrentEncode() async throws {
        let tokenizer = try BPETokenizer.load(.o200kBase)
        let texts = ReferenceVector.shipped.map(\.text)
        let expected = texts.map(tokenizer.encode)
        let results = await withTaskGroup(of: [[Int]].self) { group in
            for _ in 0..<8 { group.addTask { texts.map(tokenizer.encode) } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 8)
        #expect(results.allSatisfy { $0 == expected })
    }

    @Test("Maps OpenAI model names to their encodings", arguments: [
        ("text-embedding-3-small", BPEEncoding.cl100kBase), ("text-embedding-3-large", .cl100kBase),
        ("text-embedding-ada-002", .cl100kBase), ("gpt-4", .cl100kBase), ("gpt-4-turbo", .cl100kBase),
        ("gpt-4-0613", .cl100kBase), ("gpt-3.5-turbo", .cl100kBase), ("gpt-3.5-turbo-16k", .cl100kBase),
        ("gpt-35-turbo", .cl100kBase), ("gpt-4o", .o200kBase), ("gpt-4o-mini", .o200kBase),
        ("GPT-4o-2024-08-06", .o200kBase), ("chatgpt-4o-latest", .o200kBase), ("gpt-4.1", .o200kBase),
        ("gpt-4.1-nano", .o200kBase), ("gpt-5", .o200kBase), ("o1", .o200kBase), ("o1-mini", .o200kBase),
        ("o3", .o200kBase), ("o4-mini", .o200kBase), ("ft:gpt-4o-mini:org::abc", .o200kBase),
        ("ft:gpt-3.5-turbo:org::abc", .cl100kBase),
    ])
    func modelEncodings(model: String, encoding: BPEEncoding) {
        #expect(BPETokenizer.forModel(model) == encoding)
    }

    @Test("Knows no encoding for other models", arguments: ["llama-3", "o10", "gpt-2", "", "text-embedding-4"])
    func unknownModels(model: String) {
        #expect(BPETokenizer.forModel(model) == nil)
    }

    @Test("Encodes an encoding name as its raw string")
    func encodingIsCodable() throws {
        let data = try JSONEncoder().encode([BPEEncoding.o200kBase])
        #expect(String(decoding: data, as: UTF8.self) == #"["o200k_base"]"#)
        #expect(try JSONDecoder().decode([BPEEncoding].self, from: data) == [.o200kBase])
    }
}
