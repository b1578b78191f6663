import Foundation

/// How `rag serve` listens and what it requires of clients.
public struct ServeConfiguration: Sendable {
    /// The address to bind (default `127.0.0.1`); a non-loopback address requires a ``token``.
    public var host: String
    /// The port (default 8080; 0 picks a free one).
    public var port: Int
    /// The bearer token clients must send; `nil` for none (loopback only).
    public var token: String?
    /// Body size and time limits.
    public var limits: ServerLimits
    /// The id that names the index in `/v1/vector_stores/{id}/search` (default `local`).
    public var vectorStoreID: String
    /// Whether to watch the indexed folder and update the index as files change.
    public var watch: Bool

    /// Creates a configuration.
    /// - Parameters:
    ///   - host: The address to bind (default `127.0.0.1`).
    ///   - port: The port (default 8080).
    ///   - token: The bearer token (default none).
    ///   - limits: The request limits (default 1 MiB bodies, 60 s).
    ///   - vectorStoreID: The vector store id of the index (default `local`).
    ///   - watch: Whether to watch the folder (default `false`).
    public init(host: String = "127.0.0.1", port: Int = 8080, token: String? = nil, limits: ServerLimits = ServerLimits(),
                vectorStoreID: String = "local", watch: Bool = false) {
        self.host = host
        self.port = port
        self.token = token
        self.limits = limits
        self.vectorStoreID = vectorStoreID
        self.watch = watch
    }

    /// Whether `host` names the loopback interface (`127.0.0.0/8`, `::1`, `localhost`).
    /// - Parameter host: A host name or address.
    /// - Returns: `true` for a loopback address.
    public static func isLoopback(_ host: String) -> Bool {
        let trimmed = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).lowercased()
        return trimmed == "localhost" || trimmed == "::1" || trimmed.hasPrefix("127.")
    }

    /// Checks that a non-loopback address has a token, and that the limits are sane.
    /// - Throws: ``ServeConfigurationError``.
    public func validate() throws(ServeConfigurationError) {
        if !Self.isLoopback(host), (token ?? "").isEmpty {
            throw ServeConfigurationError(message: "Refusing to listen on \(host) without a token: pass --token TOKEN (clients send Authorization: Bearer TOKEN), or bind 127.0.0.1.")
        }
        if let token, token.isEmpty || token.contains(where: \.isWhitespace) {
            throw ServeConfigurationError(message: "The token must be non-empty and hold no spaces.")
        }
        guard (0...65_535).contains(port) else {
            throw ServeConfigurationError(message: "The port must be between 0 and 65535 (got \(port)).")
        }
        guard limits.maxBodyBytes > 0, limits.requestTimeout > .zero else {
            throw ServeConfigurationError(message: "The body limit and the request timeout must be positive.")
        }
    }
}

/// A server configuration that must not be started, with the line that says what to change.
public struct ServeConfigurationError: Error, CustomStringConvertible, Sendable {
    /// What to change.
    public var message: String
    /// The message.
    public var description: String { message }
}

extension ServeConfiguration: CustomStringConvertible, CustomReflectable {
    /// The configuration with the token redacted.
    public var description: String {
        "ServeConfiguration(host: \(host), port: \(port), token: \(token == nil ? "none" : "<redacted>"), watch: \(watch))"
    }

    /// The fields but the token, so a dump never shows it.
    public var customMirror: Mirror {
        Mirror(self, children: ["host": host, "port": port, "limits": limits, "vectorStoreID": vectorStoreID, "watch": watch])
    }
}
