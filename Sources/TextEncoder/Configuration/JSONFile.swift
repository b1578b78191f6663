import Foundation

/// Reads small JSON files into Foundation objects, turning each failure into a ``TextEncoderError``.
enum JSONFile {
    /// The bytes of a file; `.missingFile` when it does not exist.
    static func data(at url: URL) throws(TextEncoderError) -> Data {
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw TextEncoderError(.missingFile, "the file does not exist", path: url.path)
        }
        do {
            return try Data(contentsOf: url)
        } catch {
            throw TextEncoderError(.io, "cannot read the file: \(error.localizedDescription)", path: url.path)
        }
    }

    /// A JSON object (dictionary) parsed from `data`.
    static func object(_ data: Data, path: String?) throws(TextEncoderError) -> [String: Any] {
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw TextEncoderError(.invalidConfiguration, "the file is not valid JSON", path: path)
        }
        guard let object = parsed as? [String: Any] else {
            throw TextEncoderError(.invalidConfiguration, "the file is not a JSON object", path: path)
        }
        return object
    }

    /// The JSON object in the file at `url`, or `nil` when the file does not exist.
    static func optionalObject(at url: URL) throws(TextEncoderError) -> [String: Any]? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        return try object(data(at: url), path: url.path)
    }
}
