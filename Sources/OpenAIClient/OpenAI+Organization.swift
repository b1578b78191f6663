extension OpenAI {
    /// Administration, usage and costs: every endpoint under `/organization`, sent with
    /// ``OpenAIConfiguration/adminKey`` when it is set.
    public var organization: Organization { Organization(client: self) }
}
