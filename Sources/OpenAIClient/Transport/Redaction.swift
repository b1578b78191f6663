/// What printing and dumping show instead of secrets: API keys and credential headers.
enum Redaction {
    /// Shown instead of a secret.
    static let placeholder = "<redacted>"

    /// Header (and query item) names whose values are credentials, lower-cased.
    static let sensitiveHeaderNames: Set<String> = ["authorization", "proxy-authorization", "api-key", "x-api-key", "openai-api-key", "cookie", "set-cookie"]

    /// Whether a header's value is a credential.
    static func isSensitive(headerName name: String) -> Bool {
        sensitiveHeaderNames.contains(name.lowercased())
    }

    /// The value to show for a header: the placeholder for credential headers.
    static func shown(_ value: String, forHeader name: String) -> String {
        isSensitive(headerName: name) ? placeholder : value
    }

    /// The placeholder for a present secret, `nil` for an absent one.
    static func shown(secret: String?) -> String {
        guard let secret else { return "nil" }
        return secret.isEmpty ? "\"\"" : placeholder
    }
}

extension HTTPHeaderFields: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The fields as `name: value` lines joined by `, `, credential values (`Authorization`, `api-key`, …) redacted.
    public var description: String {
        "[" + fields.map { "\($0.name): \(Redaction.shown($0.value, forHeader: $0.name))" }.joined(separator: ", ") + "]"
    }

    /// The same as ``description``.
    public var debugDescription: String { description }

    /// Children for `dump`: one `name: value` string per field, credential values redacted.
    public var customMirror: Mirror {
        Mirror(self, unlabeledChildren: fields.map { "\($0.name): \(Redaction.shown($0.value, forHeader: $0.name))" }, displayStyle: .collection)
    }
}

extension HTTPHeaderFields.Field: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// `name: value`, the value redacted for credential headers.
    public var description: String { "\(name): \(Redaction.shown(value, forHeader: name))" }

    /// The same as ``description``.
    public var debugDescription: String { description }

    /// Children for `dump`: the name and the (possibly redacted) value.
    public var customMirror: Mirror {
        Mirror(self, children: ["name": name, "value": Redaction.shown(value, forHeader: name)], displayStyle: .struct)
    }
}

extension OpenAIConfiguration: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The settings on one line, the API and admin keys and credential headers (and query items such as `api-key`) redacted.
    public var description: String {
        let headers = defaultHeaders.sorted { $0.key < $1.key }.map { "\($0.key): \(Redaction.shown($0.value, forHeader: $0.key))" }
        var parts = [
            "baseURL: \(baseURL.absoluteString)", "apiKey: \(Redaction.shown(secret: apiKey))",
            "adminKey: \(Redaction.shown(secret: adminKey))",
            "organization: \(organization ?? "nil")", "project: \(project ?? "nil")",
            "defaultHeaders: [\(headers.joined(separator: ", "))]",
            "defaultQueryItems: [\(defaultQueryItems.map { "\($0.name)=\(Redaction.shown($0.value ?? "", forHeader: $0.name))" }.joined(separator: ", "))]",
            "timeout: \(timeout)", "maxRetries: \(maxRetries)",
        ]
        if let endpoint { parts.append("endpoint: \(type(of: endpoint))") }
        return "OpenAIConfiguration(\(parts.joined(separator: ", ")))"
    }

    /// The same as ``description``.
    public var debugDescription: String { description }

    /// Children for `dump`, the API and admin keys and credential headers redacted.
    public var customMirror: Mirror {
        Mirror(self, children: [
            "apiKey": Redaction.shown(secret: apiKey),
            "adminKey": Redaction.shown(secret: adminKey),
            "organization": organization as Any,
            "project": project as Any,
            "baseURL": baseURL,
            "defaultHeaders": defaultHeaders.keys.sorted().map { "\($0): \(Redaction.shown(defaultHeaders[$0] ?? "", forHeader: $0))" },
            "defaultQueryItems": defaultQueryItems.map { "\($0.name)=\(Redaction.shown($0.value ?? "", forHeader: $0.name))" },
            "timeout": timeout,
            "maxRetries": maxRetries,
            "endpoint": endpoint.map { "\(type(of: $0))" } as Any,
        ], displayStyle: .struct)
    }
}

extension AzureCredential: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// `apiKey(<redacted>)` or `tokenProvider`; never the key.
    public var description: String {
        switch self {
        case .apiKey(let key): "AzureCredential.apiKey(\(Redaction.shown(secret: key)))"
        case .tokenProvider: "AzureCredential.tokenProvider"
        }
    }

    /// The same as ``description``.
    public var debugDescription: String { description }

    /// Children for `dump`, the key redacted.
    public var customMirror: Mirror {
        switch self {
        case .apiKey(let key): Mirror(self, children: ["apiKey": Redaction.shown(secret: key)], displayStyle: .enum)
        case .tokenProvider: Mirror(self, children: ["tokenProvider": "closure"], displayStyle: .enum)
        }
    }
}
