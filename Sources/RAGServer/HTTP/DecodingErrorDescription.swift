
/// One line for a decoding error: what was wrong and where, without the body's content.
struct DecodingErrorDescription: CustomStringConvertible {
    var error: DecodingError

    init(_ error: DecodingError) { self.error = error }

    var description: String {
        switch error {
        case .keyNotFound(let key, let context): "missing key \(Self.path(context.codingPath + [key]))"
        case .typeMismatch(let type, let context): "\(Self.path(context.codingPath)) must be \(Self.name(of: type))"
        case .valueNotFound(let type, let context): "\(Self.path(context.codingPath)) must be \(Self.name(of: type)), not null"
        case .dataCorrupted(let context):
            context.codingPath.isEmpty ? "not JSON" : "\(Self.path(context.codingPath)): \(context.debugDescription)"
        @unknown default: "malformed"
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.isEmpty ? "the body" : "\"" + keys.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".") + "\""
    }

    private static func name(of type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default: "a " + String(describing: type).lowercased()
        }
    }
}
