/// The `{"name"}` body of ``Groups/create(name:options:)``, ``Groups/update(_:name:options:)``, ``Certificates/modify(_:name:options:)`` and ``VoiceConsents/update(_:name:options:)``.
struct NameRequest: Encodable, Sendable, Hashable {
    var name: String
}
