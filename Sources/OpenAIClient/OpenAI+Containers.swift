extension OpenAI {
    /// Containers and their files: `/containers`, `/containers/{container_id}/files`.
    public var containers: Containers { Containers(client: self) }
}
