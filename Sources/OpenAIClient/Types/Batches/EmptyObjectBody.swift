/// An empty JSON object body, `{}`, for `POST` actions such as cancel.
struct EmptyObjectBody: Encodable, Sendable {}
