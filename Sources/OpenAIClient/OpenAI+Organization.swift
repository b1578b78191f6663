extension OpenAI {
    /// Administration, usage and costs: every endpoint under `/organization` and the project role endpoints under
    /// `/projects`, sent with ``OpenAIConfiguration/adminKey`` when it is set.
    public var organization: Organization { Organization(client: self) }
}
