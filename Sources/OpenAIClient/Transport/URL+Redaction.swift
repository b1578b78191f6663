import Foundation

extension URL {
    /// The URL as it may be printed or logged: a user name and password become `***`, and every query value
    /// becomes `***` (keys stay, so `?api-version=***&key=***` still tells what was sent).
    ///
    /// ```swift
    /// URL(string: "http://user:sk-secret@host/v1?key=sk-secret")!.redactedForDisplay
    /// // "http://***@host/v1?key=***"
    /// ```
    public var redactedForDisplay: String {
        guard var components = URLComponents(url: self, resolvingAgainstBaseURL: true) else { return "<unprintable URL>" }
        let hadCredentials = components.user != nil || components.password != nil
        components.user = nil
        components.password = nil
        if let items = components.queryItems, !items.isEmpty {
            components.percentEncodedQuery = items.map { item in
                let name = item.name.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? item.name
                return item.value == nil ? name : name + "=***"
            }.joined(separator: "&")
        }
        components.fragment = nil
        guard var text = components.string else { return "<unprintable URL>" }
        if hadCredentials, let range = text.range(of: "://") {
            text.insert(contentsOf: "***@", at: range.upperBound)
        }
        return text
    }
}
