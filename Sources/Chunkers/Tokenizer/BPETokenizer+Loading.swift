internal import CBPERanks

extension BPETokenizer {
    /// Returns the tokenizer of an encoding, loading it on the first call in the process.
    ///
    /// The rank files are embedded in the binary (see the README's "Tokenizer" section), so this
    /// reads no file and works wherever the binary is copied. The first call for an encoding
    /// parses its ranks (tens of milliseconds in a release build); later calls return the same
    /// instance at once, from any thread.
    ///
    /// ```swift
    /// let tokenizer = try BPETokenizer.load(.o200kBase)
    /// ```
    /// - Parameter encoding: ``BPEEncoding/cl100kBase`` or ``BPEEncoding/o200kBase``.
    /// - Returns: The shared tokenizer of that encoding.
    /// - Throws: ``ChunkersError`` of kind ``ChunkersError/Kind/unknownEncoding`` for any other
    ///   encoding.
    public static func load(_ encoding: BPEEncoding) throws(TokenizerError) -> BPETokenizer {
        if encoding == .cl100kBase { return try cl100kBase.get() }
        if encoding == .o200kBase { return try o200kBase.get() }
        let known = BPEEncoding.known.map(\.rawValue).joined(separator: ", ")
        throw ChunkersError(
            kind: .unknownEncoding,
            message: "unknown encoding '\(encoding)'; use one of: \(known)",
            encoding: encoding
        )
    }

    /// The encoding that an OpenAI model uses, or nil when the model is unknown.
    ///
    /// `text-embedding-3-*`, `text-embedding-ada-002`, `gpt-4`, `gpt-4-*`, `gpt-3.5-turbo*` (and
    /// Azure's `gpt-35-turbo*`) use ``BPEEncoding/cl100kBase``; `gpt-4o*`, `chatgpt-4o*`,
    /// `gpt-4.1*`, `gpt-4.5*`, `gpt-5*`, `o1*`, `o3*` and `o4*` use ``BPEEncoding/o200kBase``.
    /// A fine-tuned model's name (`ft:gpt-4o-mini:org::id`) maps like its base model.
    ///
    /// ```swift
    /// BPETokenizer.forModel("gpt-4o-mini")   // .o200kBase
    /// ```
    public static func forModel(_ model: String) -> BPEEncoding? {
        var name = model.lowercased()
        if name.hasPrefix("ft:") { name = String(name.dropFirst(3).prefix { $0 != ":" }) }
        func isFamily(_ family: String) -> Bool { name == family || name.hasPrefix(family + "-") }
        let o200kPrefixes = ["gpt-4o", "chatgpt-4o", "gpt-4.1", "gpt-4.5", "gpt-5"]
        if o200kPrefixes.contains(where: name.hasPrefix) || ["o1", "o3", "o4", "o4-mini"].contains(where: isFamily) {
            return .o200kBase
        }
        let cl100kFamilies = ["gpt-4", "gpt-3.5-turbo", "gpt-3.5", "gpt-35-turbo", "text-embedding-3-small",
                              "text-embedding-3-large", "text-embedding-ada-002", "davinci-002", "babbage-002"]
        if cl100kFamilies.contains(where: isFamily) { return .cl100kBase }
        return nil
    }

    private static let cl100kBase = Result { () throws(TokenizerError) in
        try BPETokenizer(
            encoding: .cl100kBase, pattern: .cl100k,
            specialTokens: [
                "<|endoftext|>": 100_257, "<|fim_prefix|>": 100_258, "<|fim_middle|>": 100_259,
                "<|fim_suffix|>": 100_260, "<|endofprompt|>": 100_276,
            ],
            rankFile: cbperanks_cl100k_base
        )
    }

    private static let o200kBase = Result { () throws(TokenizerError) in
        try BPETokenizer(
            encoding: .o200kBase, pattern: .o200k,
            specialTokens: ["<|endoftext|>": 199_999, "<|endofprompt|>": 200_018],
            rankFile: cbperanks_o200k_base
        )
    }

    private convenience init(
        encoding: BPEEncoding, pattern: PreTokenizer.Pattern, specialTokens: [String: Int],
        rankFile: (UnsafeMutablePointer<Int>) -> UnsafePointer<UInt8>?
    ) throws(TokenizerError) {
        var length = 0
        let bytes = rankFile(&length)
        let ranks = try RankFileParser(encoding: encoding).parse(UnsafeRawBufferPointer(start: bytes, count: length))
        self.init(encoding: encoding, ranks: ranks, pattern: pattern, specialTokens: specialTokens)
    }

    /// Creates a tokenizer from the text of a `.tiktoken` rank file, for tests of malformed files.
    convenience init(
        encoding: BPEEncoding, pattern: PreTokenizer.Pattern, specialTokens: [String: Int],
        rankFileContents: [UInt8]
    ) throws(TokenizerError) {
        let parsed = rankFileContents.withUnsafeBytes { bytes in
            Result { () throws(TokenizerError) in try RankFileParser(encoding: encoding).parse(bytes) }
        }
        self.init(encoding: encoding, ranks: try parsed.get(), pattern: pattern, specialTokens: specialTokens)
    }
}
