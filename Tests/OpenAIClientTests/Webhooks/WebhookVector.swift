/// A Standard Webhooks test vector computed outside Swift (Python `hmac`): key bytes 0…31,
/// message `wh_1.1750000000.` + ``WebhooksTests/payload``.
enum WebhookVector {
    /// The base64 HMAC-SHA256.
    static let signature = "A6mhV1ek6QKuOeTfcyt+gCl4b26afuqKJKJ4eHv4LmY="
}
