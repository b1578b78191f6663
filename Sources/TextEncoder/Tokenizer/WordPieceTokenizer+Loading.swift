import Foundation

extension WordPieceTokenizer {
    /// Loads the tokenizer of a Hugging Face model folder: `tokenizer.json` when present, else `vocab.txt` with
    /// the casing options of `tokenizer_config.json`.
    ///
    /// - Parameter folder: The model folder.
    /// - Throws: ``TextEncoderError`` with kind `.missingFile` when neither file exists, `.invalidTokenizer` when
    ///   the tokenizer is not a BERT WordPiece tokenizer.
    public init(folder: URL) throws(TextEncoderError) {
        let json = folder.appendingPathComponent("tokenizer.json")
        if FileManager.default.fileExists(atPath: json.path) {
            try self.init(tokenizerJSON: JSONFile.data(at: json), path: json.path)
            return
        }
        let vocab = folder.appendingPathComponent("vocab.txt")
        guard FileManager.default.fileExists(atPath: vocab.path) else {
            throw TextEncoderError(
                .missingFile, "the model folder has neither tokenizer.json nor vocab.txt", path: folder.path)
        }
        let text = String(decoding: try JSONFile.data(at: vocab), as: UTF8.self)
        var vocabulary: [String: Int32] = [:]
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        for (index, line) in lines.enumerated() {
            let token = line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
            if vocabulary[token] == nil { vocabulary[token] = Int32(index) }
        }
        let config = try JSONFile.optionalObject(at: folder.appendingPathComponent("tokenizer_config.json")) ?? [:]
        let lowercases = config["do_lower_case"] as? Bool ?? true
        let normalizer = BERTNormalizer(
            isolatesCJKCharacters: config["tokenize_chinese_chars"] as? Bool ?? true,
            stripsAccents: config["strip_accents"] as? Bool, lowercases: lowercases)
        do {
            try self.init(
                vocabulary: vocabulary, normalizer: normalizer,
                unknownToken: config["unk_token"] as? String ?? "[UNK]",
                classifierToken: config["cls_token"] as? String ?? "[CLS]",
                separatorToken: config["sep_token"] as? String ?? "[SEP]")
        } catch {
            throw TextEncoderError(error.kind, error.message, path: vocab.path)
        }
    }

    /// Parses a `tokenizer.json` holding a WordPiece model with a `BertNormalizer`.
    ///
    /// - Parameters:
    ///   - data: The JSON.
    ///   - path: The file it came from, for error messages; none by default.
    /// - Throws: ``TextEncoderError`` with kind `.invalidTokenizer`.
    public init(tokenizerJSON data: Data, path: String? = nil) throws(TextEncoderError) {
        let object: [String: Any]
        do {
            object = try JSONFile.object(data, path: path)
        } catch {
            throw TextEncoderError(.invalidTokenizer, error.message, path: path)
        }
        guard let model = object["model"] as? [String: Any], model["type"] as? String == "WordPiece",
            let vocabularyObject = model["vocab"] as? [String: Any]
        else {
            throw TextEncoderError(
                .invalidTokenizer, "the tokenizer is not a WordPiece model (only BERT WordPiece is supported)",
                path: path)
        }
        var vocabulary: [String: Int32] = [:]
        vocabulary.reserveCapacity(vocabularyObject.count)
        for (token, value) in vocabularyObject {
            guard let number = value as? NSNumber, let id = Int32(exactly: number.doubleValue), id >= 0 else {
                throw TextEncoderError(.invalidTokenizer, "the id of \"\(token)\" is not an integer", path: path)
            }
            vocabulary[token] = id
        }
        var normalizer = BERTNormalizer(cleansText: false, isolatesCJKCharacters: false, stripsAccents: false, lowercases: false)
        if let settings = object["normalizer"] as? [String: Any] {
            guard settings["type"] as? String == "BertNormalizer" else {
                throw TextEncoderError(
                    .invalidTokenizer, "normalizer \"\(settings["type"] ?? "?")\" is not supported; supported: BertNormalizer",
                    path: path)
            }
            normalizer = BERTNormalizer(
                cleansText: settings["clean_text"] as? Bool ?? true,
                isolatesCJKCharacters: settings["handle_chinese_chars"] as? Bool ?? true,
                stripsAccents: settings["strip_accents"] as? Bool, lowercases: settings["lowercase"] as? Bool ?? true)
        }
        if let preTokenizer = object["pre_tokenizer"] as? [String: Any],
            preTokenizer["type"] as? String != "BertPreTokenizer"
        {
            throw TextEncoderError(
                .invalidTokenizer,
                "pre-tokenizer \"\(preTokenizer["type"] ?? "?")\" is not supported; supported: BertPreTokenizer", path: path)
        }
        let (classifier, separator) = Self.specialTokenNames(object["post_processor"] as? [String: Any])
        let added = (object["added_tokens"] as? [[String: Any]] ?? []).compactMap { token -> String? in
            token["special"] as? Bool == true ? token["content"] as? String : nil
        }
        do {
            try self.init(
                vocabulary: vocabulary, normalizer: normalizer, unknownToken: model["unk_token"] as? String ?? "[UNK]",
                classifierToken: classifier, separatorToken: separator,
                continuingSubwordPrefix: model["continuing_subword_prefix"] as? String ?? "##",
                maximumCharactersPerWord: (model["max_input_chars_per_word"] as? NSNumber)?.intValue ?? 100,
                specialTokens: added.isEmpty ? nil : added)
        } catch {
            throw TextEncoderError(error.kind, error.message, path: path)
        }
    }

    /// The sequence start and end tokens a `BertProcessing` or `TemplateProcessing` post-processor adds.
    private static func specialTokenNames(_ processor: [String: Any]?) -> (String, String) {
        guard let processor else { return ("[CLS]", "[SEP]") }
        if let cls = processor["cls"] as? [Any], let sep = processor["sep"] as? [Any],
            let clsName = cls.first as? String, let sepName = sep.first as? String
        {
            return (clsName, sepName)
        }
        if let single = processor["single"] as? [[String: Any]] {
            let specials = single.compactMap { ($0["SpecialToken"] as? [String: Any])?["id"] as? String }
            if specials.count == 2 { return (specials[0], specials[1]) }
        }
        return ("[CLS]", "[SEP]")
    }
}
