import OpenAIClient
import RAGKit
import Testing

@Suite struct MirrorPlannerTests {
    let planner = MirrorPlanner()

    func local(_ path: String, _ hash: String, bytes: Int = 10, metadata: [String: String] = [:]) -> MirrorLocalFile {
        MirrorLocalFile(relativePath: path, contentHash: hash, byteCount: bytes, kind: "markdown", metadata: metadata)
    }

    func remote(_ id: String, for file: MirrorLocalFile?, status: VectorStoreFileStatus = .completed, failure: MirrorFailure? = nil) -> MirrorRemoteFile {
        MirrorRemoteFile(id: id, status: status, failure: failure, attributes: file.map(MirrorAttributes.make(for:)) ?? [:])
    }

    @Test("Uploads every accepted file of a first run, sorted by path, and skips the others with a reason")
    func firstRun() {
        let files = [local("b.md", "h2"), local("a.txt", "h1"), local("data.csv", "h3"), local("Makefile", "h4"), local("empty.md", "h5", bytes: 0)]
        let plan = planner.plan(local: files, records: [], remote: [])
        #expect(plan.uploads.map(\.file.relativePath) == ["a.txt", "b.md"])
        #expect(plan.uploads.allSatisfy { $0.reason == .new && $0.replacing == nil })
        #expect(plan.skipped == [
            MirrorSkip(relativePath: "Makefile", reason: "file search does not accept files without an extension"),
            MirrorSkip(relativePath: "data.csv", reason: "file search does not accept .csv files"),
            MirrorSkip(relativePath: "empty.md", reason: "the file is empty"),
        ])
        #expect(plan.removals.isEmpty && plan.adoptions.isEmpty)
    }

    @Test("Skips a file larger than the limit")
    func tooLarge() {
        let plan = MirrorPlanner(maxFileBytes: 100).plan(local: [local("big.pdf", "h", bytes: 101)], records: [], remote: [])
        #expect(plan.skipped.map(\.relativePath) == ["big.pdf"])
        #expect(plan.uploads.isEmpty)
    }

    @Test("Plans nothing for files in sync")
    func inSync() {
        let file = local("a.md", "h1", metadata: ["title": "A"])
        let record = MirrorRecord(relativePath: "a.md", fileID: "file-1", contentHash: "h1", state: .synced)
        let plan = planner.plan(local: [file], records: [record], remote: [remote("file-1", for: file)])
        #expect(plan.isEmpty)
        #expect(plan.unchanged == ["a.md"])
    }

    @Test("Replaces a file whose content changed")
    func changed() {
        let record = MirrorRecord(relativePath: "a.md", fileID: "file-1", contentHash: "old", state: .synced)
        let plan = planner.plan(local: [local("a.md", "new")], records: [record], remote: [remote("file-1", for: local("a.md", "old"))])
        #expect(plan.uploads.map(\.reason) == [.changed])
        #expect(plan.uploads.first?.replacing == record)
        #expect(plan.uploads.first?.attributes[MirrorAttributes.contentHashKey] == .string("new"))
        #expect(plan.removals.isEmpty)
    }

    @Test("Removes files deleted locally, detaching only those the store still lists")
    func deletedLocally() {
        let attached = MirrorRecord(relativePath: "gone.md", fileID: "file-1", contentHash: "h", state: .synced)
        let detached = MirrorRecord(relativePath: "lost.md", fileID: "file-2", contentHash: "h", state: .synced)
        let plan = planner.plan(local: [], records: [detached, attached], remote: [remote("file-1", for: local("gone.md", "h"))])
        #expect(plan.removals == [
            MirrorRemoval(relativePath: "gone.md", fileID: "file-1", isAttached: true, deletesFile: true, reason: .deletedLocally),
            MirrorRemoval(relativePath: "lost.md", fileID: "file-2", isAttached: false, deletesFile: true, reason: .deletedLocally),
        ])
    }

    @Test("Removes the record of a file that is no longer accepted")
    func nowSkipped() {
        let record = MirrorRecord(relativePath: "notes.md", fileID: "file-1", contentHash: "h", state: .synced)
        let plan = planner.plan(local: [local("notes.md", "h", bytes: 0)], records: [record], remote: [])
        #expect(plan.skipped.map(\.relativePath) == ["notes.md"])
        #expect(plan.removals.map(\.fileID) == ["file-1"])
    }

    @Test("Uploads again a file someone removed from the store")
    func missingRemotely() {
        let record = MirrorRecord(relativePath: "a.md", fileID: "file-1", contentHash: "h", state: .synced)
        let plan = planner.plan(local: [local("a.md", "h")], records: [record], remote: [])
        #expect(plan.uploads.map(\.reason) == [.missingRemotely])
        #expect(plan.uploads.first?.replacing?.fileID == "file-1")
    }

    @Test("Adopts a pending file the store processed or is processing", arguments: [VectorStoreFileStatus.completed, .inProgress])
    func adoptsPending(status: VectorStoreFileStatus) {
        let file = local("a.md", "h")
        let record = MirrorRecord(relativePath: "a.md", fileID: "file-1", contentHash: "h", state: .pending)
        let plan = planner.plan(local: [file], records: [record], remote: [remote("file-1", for: file, status: status)])
        #expect(plan.adoptions == [MirrorAdoption(file: file, remote: remote("file-1", for: file, status: status))])
        #expect(plan.uploads.isEmpty)
    }

    @Test("Adopts an unrecorded store file with the same path and hash; removes an unrecorded stale one")
    func adoptsUnrecorded() {
        let file = local("a.md", "h2")
        let current = remote("file-9", for: file)
        let stale = remote("file-8", for: local("a.md", "h1"))
        let plan = planner.plan(local: [file], records: [], remote: [stale, current])
        #expect(plan.adoptions.map(\.remote.id) == ["file-9"])
        #expect(plan.uploads.isEmpty)
        #expect(plan.removals == [MirrorRemoval(relativePath: "a.md", fileID: "file-8", isAttached: true, deletesFile: true, reason: .untracked)])
    }

    @Test("Detaches a file it did not mirror without deleting it")
    func foreignFile() {
        let plan = planner.plan(local: [], records: [], remote: [MirrorRemoteFile(id: "file-x", status: .completed, attributes: ["owner": "someone"])])
        #expect(plan.removals == [MirrorRemoval(relativePath: nil, fileID: "file-x", isAttached: true, deletesFile: false, reason: .untracked)])
    }

    @Test("Keeps a permanent processing failure until the file changes")
    func permanentFailure() {
        let file = local("scan.pdf", "h")
        let failure = MirrorFailure(code: "unsupported_file", message: "no text")
        let listed = remote("file-1", for: file, status: .failed, failure: failure)
        let pending = MirrorRecord(relativePath: "scan.pdf", fileID: "file-1", contentHash: "h", state: .pending)
        #expect(planner.plan(local: [file], records: [pending], remote: [listed]).adoptions.map(\.remote) == [listed])

        let failed = MirrorRecord(relativePath: "scan.pdf", fileID: "file-1", contentHash: "h", state: .failed, failure: failure)
        let plan = planner.plan(local: [file], records: [failed], remote: [listed])
        #expect(plan.isEmpty)
        #expect(plan.failures == [failed])

        let changed = planner.plan(local: [local("scan.pdf", "h2")], records: [failed], remote: [listed])
        #expect(changed.uploads.map(\.reason) == [.changed])
    }

    @Test("Retries a transient failure or a cancelled file", arguments: [
        (VectorStoreFileStatus.failed, MirrorFailure(code: "server_error", message: "try again") as MirrorFailure?),
        (.cancelled, nil),
    ])
    func retries(status: VectorStoreFileStatus, failure: MirrorFailure?) {
        let file = local("a.md", "h")
        let record = MirrorRecord(relativePath: "a.md", fileID: "file-1", contentHash: "h", state: .failed, failure: failure)
        let plan = planner.plan(local: [file], records: [record], remote: [remote("file-1", for: file, status: status, failure: failure)])
        #expect(plan.uploads.map(\.reason) == [.retry])
        #expect(plan.uploads.first?.replacing == record)
    }

    @Test("Updates attributes that no longer match the local metadata")
    func attributeUpdate() {
        let before = local("a.md", "h", metadata: ["title": "Old"])
        let after = local("a.md", "h", metadata: ["title": "New"])
        let record = MirrorRecord(relativePath: "a.md", fileID: "file-1", contentHash: "h", state: .synced)
        let plan = planner.plan(local: [after], records: [record], remote: [remote("file-1", for: before)])
        #expect(plan.attributeUpdates == [MirrorAttributeUpdate(relativePath: "a.md", fileID: "file-1", attributes: MirrorAttributes.make(for: after))])
        #expect(plan.uploads.isEmpty)
    }
    /// Two paths of about 600 characters that share their first 512.
    static let twoLongPaths: [String] = {
        let directory = (0..<5).map { String(repeating: Character(UnicodeScalar(UInt8(97 + $0))), count: 110) }.joined(separator: "/")
        return [directory + "/first-of-two.md", directory + "/second-of-two.md"]
    }()

    @Test("Adopts unrecorded uploads of long paths that share their first 512 characters, each for its own file")
    func adoptsLongPathsByHash() {
        let files = Self.twoLongPaths.map { local($0, "same-content") }
        let listed = [remote("file-2", for: files[1], status: .inProgress), remote("file-1", for: files[0], status: .inProgress)]
        #expect(listed[0].mirroredPath == listed[1].mirroredPath)
        let plan = planner.plan(local: files, records: [], remote: listed)
        #expect(plan.adoptions.map(\.file.relativePath) == Self.twoLongPaths)
        #expect(plan.adoptions.map(\.remote.id) == ["file-1", "file-2"])
        #expect(plan.uploads.isEmpty && plan.removals.isEmpty)
    }

    @Test("Keeps a changed file's earlier version out of the untracked files, and removes it with the file")
    func supersededVersions() {
        let file = local("a.md", "h2")
        let record = MirrorRecord(relativePath: "a.md", fileID: "file-2", contentHash: "h2", state: .failed,
                                  failure: MirrorFailure(code: "invalid_file", message: "bad"), supersededFileID: "file-1")
        let listed = [remote("file-1", for: local("a.md", "h1")),
                      remote("file-2", for: file, status: .failed, failure: MirrorFailure(code: "invalid_file", message: "bad"))]
        let kept = planner.plan(local: [file], records: [record], remote: listed)
        #expect(kept.removals.isEmpty && kept.failures == [record])

        let deleted = planner.plan(local: [], records: [record], remote: listed)
        #expect(deleted.removals.map(\.fileID) == ["file-1", "file-2"])
        #expect(deleted.removals.allSatisfy { $0.reason == .deletedLocally && $0.deletesFile })

        let changed = planner.plan(local: [local("a.md", "h3")], records: [record], remote: listed)
        #expect(changed.uploads.map(\.replacing) == [record])
    }
}

@Suite struct MirrorAttributesTests {
    @Test("Carries path, hash and kind, then metadata in key order within the API's limits")
    func limits() {
        var metadata: [String: String] = [String(repeating: "k", count: 65): "too long a key", "path": "not the path", "long": String(repeating: "x", count: 600)]
        for index in 0..<20 { metadata[(index < 10 ? "m0" : "m") + String(index)] = "v\(index)" }
        let attributes = MirrorAttributes.make(for: MirrorLocalFile(relativePath: "docs/a.md", contentHash: "abc", byteCount: 1, kind: "markdown", metadata: metadata))
        #expect(attributes.count == 16)
        #expect(attributes["path"] == .string("docs/a.md"))
        #expect(attributes["content_hash"] == .string("abc"))
        #expect(attributes["kind"] == .string("markdown"))
        #expect(attributes["long"] == .string(String(repeating: "x", count: 512)))
        #expect(attributes["m11"] == .string("v11"))
        #expect(attributes["m12"] == nil)
        #expect(attributes.keys.allSatisfy { $0.count <= 64 })
    }
}
