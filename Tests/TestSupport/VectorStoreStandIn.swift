import Foundation

/// A stateful stand-in for OpenAI's files, uploads and vector stores, served by ``TestHTTPServer``; it also answers
/// `POST /responses` with a `file_search` tool over its stores (see `responsesRoute`).
///
/// It keeps files, multipart uploads, vector stores, their files and file batches, and moves attached files
/// through processing the way the API does: a file is `in_progress` when attached and reaches `completed` (or
/// `failed`, with a `last_error`) after ``processingSteps`` further requests about vector stores, so a client
/// has to poll. Faults are scripted: a 500 on some uploads, a file that fails processing, a burst of 429s,
/// an exhausted quota, an outage after a number of requests.
///
/// ```swift
/// let remote = VectorStoreStandIn()
/// await remote.failUpload(named: "b.md", status: 500)           // the first upload of b.md gets a 500
/// await remote.failProcessing(named: "scan.pdf", code: "unsupported_file", message: "no text")
/// try await TestHTTPServer.withServer(handler: remote.handler(fallback: OpenAIStandIn.handler())) { server in
///     // … run the code under test against server.baseURL …
///     let files = await remote.storeFiles(in: storeID)
/// }
/// ```
public actor VectorStoreStandIn {
    /// A file as stored by `POST /files` or a completed upload.
    public struct StoredFile: Sendable, Hashable {
        /// The id, `file-…`.
        public var id: String
        /// The file name sent.
        public var filename: String
        /// The purpose sent.
        public var purpose: String
        /// The content.
        public var content: [UInt8]
        /// The creation order, also the `created_at` value.
        public var sequence: Int
    }

    /// A file attached to a vector store.
    public struct StoreFile: Sendable, Hashable {
        /// The file id.
        public var id: String
        /// `in_progress`, `completed`, `failed` or `cancelled`.
        public var status: String
        /// The failure code, for a failed file.
        public var errorCode: String?
        /// The failure message, for a failed file.
        public var errorMessage: String?
        /// The attributes as sent (JSON object text, keys sorted), `nil` when none were sent.
        public var attributesJSON: String?
        /// The chunking strategy as sent (JSON object text, keys sorted), `nil` when none was sent.
        public var chunkingJSON: String?
        /// The creation order.
        public var sequence: Int
        /// Requests still needed before processing ends.
        var stepsLeft: Int

        /// The attributes with every scalar rendered as text (`true`, `3`, `a.md`).
        public var attributeStrings: [String: String] {
            guard let attributesJSON, let object = VectorStoreStandIn.jsonObject(attributesJSON) else { return [:] }
            return object.mapValues(VectorStoreStandIn.text(of:))
        }
    }

    /// A vector store.
    public struct Store: Sendable, Hashable {
        /// The id, `vs_…`.
        public var id: String
        /// The name.
        public var name: String?
        /// The metadata as sent.
        public var metadata: [String: String]
        /// The creation order.
        public var sequence: Int
    }

    /// How many requests about vector stores an attached file needs before its processing ends; 1 by default.
    public var processingSteps: Int
    /// Whether a search result carries the file's best-matching paragraph, with its line breaks turned into spaces
    /// (as the real store returns a chunk of its own, in its own extraction), instead of the whole file.
    public var searchReturnsParagraphs: Bool
    /// An `openai-poll-after-ms` header sent with every list response, as the API may; `nil` sends none.
    public let pollAfterMilliseconds: Int?

    private var files: [String: StoredFile] = [:]
    private var uploads: [String: PendingUpload] = [:]
    private var stores: [String: Store] = [:]
    private var storeFiles: [String: [String: StoreFile]] = [:]
    private var batches: [String: Batch] = [:]
    private var sequence = 0
    private var uploadFaults: [String: [Int]] = [:]
    private var processingFaults: [String: (code: String, message: String)] = [:]
    private var rateLimitsLeft = 0
    private var rateLimitRetryAfterMilliseconds = 0
    private var quotaExhausted = false
    private var requestsBeforeOutage: Int?
    /// A file id every `POST /responses` answer also cites (a file the index does not know); `nil` for none.
    var extraCitedFileID: String?

    private struct PendingUpload {
        var id: String
        var filename: String
        var purpose: String
        var bytes: Int
        var parts: [String: [UInt8]] = [:]
        var status = "pending"
        var fileID: String?
    }

    private struct Batch {
        var id: String
        var storeID: String
        var fileIDs: [String]
        var cancelled = false
        var sequence: Int
    }

    /// The extensions file search accepts; an upload with another one is refused with a 400, as the API does.
    public static let supportedExtensions: Set<String> = [
        "c", "cpp", "cs", "css", "doc", "docx", "go", "html", "java", "js", "json", "md", "pdf", "php", "pptx",
        "py", "rb", "sh", "tex", "ts", "txt",
    ]

    /// Creates an empty stand-in.
    ///
    /// - Parameters:
    ///   - processingSteps: Requests about vector stores an attached file needs before its processing ends; 1 by
    ///     default (0 finishes processing at once).
    ///   - searchReturnsParagraphs: Whether search results carry the best paragraph rather than the whole file.
    public init(processingSteps: Int = 1, searchReturnsParagraphs: Bool = false, pollAfterMilliseconds: Int? = nil) {
        self.pollAfterMilliseconds = pollAfterMilliseconds
        self.processingSteps = max(processingSteps, 0)
        self.searchReturnsParagraphs = searchReturnsParagraphs
    }

    // MARK: Scripting faults

    /// Answers the next `times` uploads of a file named `filename` (`POST /files` or `POST /uploads`) with `status`;
    /// a name also matches uploads named `…--filename` or `…__filename`.
    public func failUpload(named filename: String, status: Int = 500, times: Int = 1) {
        uploadFaults[filename, default: []] += Array(repeating: status, count: times)
    }

    /// Makes every file named `filename` (or `…--filename`, `…__filename`) fail processing when attached to a
    /// store, with this `last_error`.
    public func failProcessing(named filename: String, code: String = "invalid_file", message: String = "The file could not be parsed.") {
        processingFaults[filename] = (code, message)
    }

    /// Sets how many requests about vector stores a file attached from now on needs before its processing ends.
    public func setProcessingSteps(_ steps: Int) {
        processingSteps = max(steps, 0)
    }

    /// Lets files named `filename` process normally again.
    public func clearProcessingFault(named filename: String) {
        processingFaults[filename] = nil
    }

    /// Answers the next `count` requests with 429 `rate_limit_exceeded` and a `retry-after-ms` header.
    public func rateLimitNext(_ count: Int, retryAfterMilliseconds: Int = 10) {
        rateLimitsLeft = count
        rateLimitRetryAfterMilliseconds = retryAfterMilliseconds
    }

    /// Answers every request with 429 `insufficient_quota` (which clients must not retry) until set back.
    public func setQuotaExhausted(_ exhausted: Bool) {
        quotaExhausted = exhausted
    }

    /// Serves `count` more requests normally, then drops every connection without answering, as a server
    /// that went away (or a client killed mid-run would see); `nil` ends the outage.
    public func startOutage(afterRequests count: Int?) {
        requestsBeforeOutage = count
    }

    /// Removes a file from a store behind the client's back, as another user would.
    public func detachBehindTheScenes(fileID: String, from storeID: String) {
        storeFiles[storeID]?[fileID] = nil
    }

    /// Deletes a file (and detaches it everywhere) behind the client's back.
    public func deleteBehindTheScenes(fileID: String) {
        files[fileID] = nil
        for storeID in storeFiles.keys { storeFiles[storeID]?[fileID] = nil }
    }

    /// Deletes a store behind the client's back.
    public func deleteStoreBehindTheScenes(_ storeID: String) {
        stores[storeID] = nil
        storeFiles[storeID] = nil
    }

    // MARK: Inspecting

    /// Every stored file, oldest first.
    public var allFiles: [StoredFile] {
        files.values.sorted { $0.sequence < $1.sequence }
    }

    /// Every vector store, oldest first.
    public var allStores: [Store] {
        stores.values.sorted { $0.sequence < $1.sequence }
    }

    /// The files attached to a store, oldest first; empty for an unknown store.
    public func storeFiles(in storeID: String) -> [StoreFile] {
        (storeFiles[storeID] ?? [:]).values.sorted { $0.sequence < $1.sequence }
    }

    /// A stored file by id.
    public func file(_ id: String) -> StoredFile? {
        files[id]
    }

    /// Creates a store directly, as if another tool had; returns its id.
    public func makeStore(name: String? = nil) -> String {
        let id = nextID("vs")
        stores[id] = Store(id: id, name: name, metadata: [:], sequence: sequence)
        storeFiles[id] = [:]
        return id
    }

    // MARK: Serving

    /// The handler to give ``TestHTTPServer``; requests it does not model go to `fallback` (a 404 when `nil`).
    public nonisolated func handler(fallback: TestHTTPServer.Handler? = nil) -> TestHTTPServer.Handler {
        { request in
            if let response = await self.respond(to: request) { return response }
            if let fallback { return await fallback(request) }
            return .error(status: 404, message: "the stand-in does not serve \(request.method) \(request.path)")
        }
    }

    /// Answers a request about files, uploads or vector stores; `nil` for anything else.
    public func respond(to request: RecordedRequest) -> ScriptedResponse? {
        let segments = request.path.split(separator: "/").map(String.init)
        guard segments.count >= 2, segments[0] == "v1", ["files", "uploads", "vector_stores", "responses"].contains(segments[1]) else { return nil }
        if let left = requestsBeforeOutage {
            if left <= 0 { return .connectionReset }
            requestsBeforeOutage = left - 1
        }
        if quotaExhausted {
            return .error(status: 429, message: "You exceeded your current quota, please check your plan and billing details.", type: "insufficient_quota", code: "insufficient_quota")
        }
        if rateLimitsLeft > 0 {
            rateLimitsLeft -= 1
            return .error(status: 429, message: "Rate limit reached for requests", type: "requests", code: "rate_limit_exceeded",
                          headers: ["retry-after-ms": String(rateLimitRetryAfterMilliseconds)])
        }
        let path = Array(segments.dropFirst())
        switch path[0] {
        case "files": return filesRoute(request, path)
        case "uploads": return uploadsRoute(request, path)
        case "responses": return responsesRoute(request, path)
        default:
            advanceProcessing()
            return vectorStoresRoute(request, path)
        }
    }

    // MARK: Files

    private func filesRoute(_ request: RecordedRequest, _ path: [String]) -> ScriptedResponse {
        switch (request.method, path.count) {
        case ("POST", 1):
            guard let form = MultipartForm(request), let filePart = form.part("file"), let filename = filePart.filename else {
                return .error(status: 400, message: "expected a multipart form with a file", param: "file")
            }
            if let refusal = refusal(forUploadOf: filename) { return refusal }
            let file = store(filename: filename, purpose: form.part("purpose")?.text ?? "", content: filePart.body)
            return .json(Self.json(fileObject(file)))
        case ("GET", 1):
            let all = allFiles.filter { file in request.query("purpose").map { $0 == file.purpose } ?? true }
            return list(all.map { (id: $0.id, sequence: $0.sequence, object: fileObject($0)) }, request: request)
        case ("GET", 2):
            guard let file = files[path[1]] else { return notFound("file", path[1]) }
            return .json(Self.json(fileObject(file)))
        case ("GET", 3) where path[2] == "content":
            guard let file = files[path[1]] else { return notFound("file", path[1]) }
            return ScriptedResponse(status: 200, headers: [("Content-Type", "application/octet-stream")], steps: [.bytes(file.content)])
        case ("DELETE", 2):
            guard files[path[1]] != nil else { return notFound("file", path[1]) }
            deleteBehindTheScenes(fileID: path[1])
            return .json(Self.json(["id": path[1], "object": "file", "deleted": true]))
        default:
            return .error(status: 404, message: "no route \(request.method) \(request.path)")
        }
    }

    private func refusal(forUploadOf filename: String) -> ScriptedResponse? {
        if let name = uploadFaults.keys.first(where: { Self.names(filename, $0) }), var statuses = uploadFaults[name], !statuses.isEmpty {
            let status = statuses.removeFirst()
            uploadFaults[name] = statuses
            return .error(status: status, message: "The server had an error while processing your request.", type: "server_error")
        }
        let fileExtension = (filename as NSString).pathExtension.lowercased()
        guard Self.supportedExtensions.contains(fileExtension) else {
            return .error(status: 400, message: "Invalid file format. Supported formats: \(Self.supportedExtensions.sorted().joined(separator: ", "))",
                          param: "file", headers: ["x-should-retry": "false"])
        }
        return nil
    }

    private func store(filename: String, purpose: String, content: [UInt8]) -> StoredFile {
        let file = StoredFile(id: nextID("file"), filename: filename, purpose: purpose, content: content, sequence: sequence)
        files[file.id] = file
        return file
    }

    private func fileObject(_ file: StoredFile) -> [String: Any] {
        ["id": file.id, "object": "file", "bytes": file.content.count, "created_at": file.sequence, "filename": file.filename,
         "purpose": file.purpose, "status": "processed"]
    }

    // MARK: Uploads

    private func uploadsRoute(_ request: RecordedRequest, _ path: [String]) -> ScriptedResponse {
        switch (request.method, path.count) {
        case ("POST", 1):
            guard let body = Self.jsonObject(request.bodyText), let filename = body["filename"] as? String,
                  let bytes = body["bytes"] as? Int, let purpose = body["purpose"] as? String else {
                return .error(status: 400, message: "filename, purpose and bytes are required")
            }
            if let refusal = refusal(forUploadOf: filename) { return refusal }
            let upload = PendingUpload(id: nextID("upload"), filename: filename, purpose: purpose, bytes: bytes)
            uploads[upload.id] = upload
            return .json(Self.json(uploadObject(upload)))
        case ("POST", 3):
            guard var upload = uploads[path[1]] else { return notFound("upload", path[1]) }
            switch path[2] {
            case "parts":
                guard upload.status == "pending", let data = MultipartForm(request)?.part("data") else {
                    return .error(status: 400, message: "the upload \(upload.id) takes no parts (status \(upload.status))")
                }
                let partID = nextID("part")
                upload.parts[partID] = data.body
                uploads[upload.id] = upload
                return .json(Self.json(["id": partID, "object": "upload.part", "created_at": sequence, "upload_id": upload.id]))
            case "complete":
                let partIDs = (Self.jsonObject(request.bodyText)?["part_ids"] as? [String]) ?? []
                let content = partIDs.flatMap { upload.parts[$0] ?? [] }
                guard upload.status == "pending", partIDs.allSatisfy({ upload.parts[$0] != nil }), content.count == upload.bytes else {
                    return .error(status: 400, message: "the parts of \(upload.id) add up to \(content.count) bytes, not \(upload.bytes)")
                }
                let file = store(filename: upload.filename, purpose: upload.purpose, content: content)
                upload.status = "completed"
                upload.fileID = file.id
                uploads[upload.id] = upload
                return .json(Self.json(uploadObject(upload)))
            case "cancel":
                upload.status = "cancelled"
                uploads[upload.id] = upload
                return .json(Self.json(uploadObject(upload)))
            default:
                return .error(status: 404, message: "no route \(request.method) \(request.path)")
            }
        default:
            return .error(status: 404, message: "no route \(request.method) \(request.path)")
        }
    }

    private func uploadObject(_ upload: PendingUpload) -> [String: Any] {
        var object: [String: Any] = [
            "id": upload.id, "object": "upload", "created_at": sequence, "filename": upload.filename, "bytes": upload.bytes,
            "purpose": upload.purpose, "status": upload.status, "expires_at": sequence + 3600,
        ]
        if let fileID = upload.fileID, let file = files[fileID] { object["file"] = fileObject(file) }
        return object
    }

    // MARK: Vector stores

    private func vectorStoresRoute(_ request: RecordedRequest, _ path: [String]) -> ScriptedResponse {
        let body = Self.jsonObject(request.bodyText) ?? [:]
        if path.count == 1 {
            switch request.method {
            case "POST":
                let id = makeStore(name: body["name"] as? String)
                stores[id]?.metadata = body["metadata"] as? [String: String] ?? [:]
                for fileID in body["file_ids"] as? [String] ?? [] { _ = attach(fileID, to: id, attributes: nil, chunking: body["chunking_strategy"]) }
                return .json(Self.json(storeObject(id)))
            case "GET":
                return list(allStores.map { (id: $0.id, sequence: $0.sequence, object: storeObject($0.id)) }, request: request)
            default:
                return .error(status: 404, message: "no route \(request.method) \(request.path)")
            }
        }
        let storeID = path[1]
        guard stores[storeID] != nil else { return notFound("vector store", storeID) }
        switch (request.method, path.count) {
        case ("GET", 2):
            return .json(Self.json(storeObject(storeID)))
        case ("POST", 2):
            if let name = body["name"] as? String { stores[storeID]?.name = name }
            if let metadata = body["metadata"] as? [String: String] { stores[storeID]?.metadata = metadata }
            return .json(Self.json(storeObject(storeID)))
        case ("DELETE", 2):
            deleteStoreBehindTheScenes(storeID)
            return .json(Self.json(["id": storeID, "object": "vector_store.deleted", "deleted": true]))
        case ("POST", 3) where path[2] == "search":
            return search(storeID, body)
        default:
            break
        }
        guard path.count >= 3 else { return .error(status: 404, message: "no route \(request.method) \(request.path)") }
        if path[2] == "files" { return storeFilesRoute(request, storeID, Array(path.dropFirst(3)), body) }
        if path[2] == "file_batches" { return batchesRoute(request, storeID, Array(path.dropFirst(3)), body) }
        return .error(status: 404, message: "no route \(request.method) \(request.path)")
    }

    private func storeFilesRoute(_ request: RecordedRequest, _ storeID: String, _ rest: [String], _ body: [String: Any]) -> ScriptedResponse {
        switch (request.method, rest.count) {
        case ("POST", 0):
            guard let fileID = body["file_id"] as? String else { return .error(status: 400, message: "file_id is required", param: "file_id") }
            guard attach(fileID, to: storeID, attributes: body["attributes"], chunking: body["chunking_strategy"]) else { return notFound("file", fileID) }
            return .json(Self.json(storeFileObject(storeID, fileID)))
        case ("GET", 0):
            let all = storeFiles(in: storeID).filter { file in request.query("filter").map { $0 == file.status } ?? true }
            return list(all.map { (id: $0.id, sequence: $0.sequence, object: storeFileObject(storeID, $0.id)) }, request: request)
        case ("GET", 1):
            guard storeFiles[storeID]?[rest[0]] != nil else { return notFound("vector store file", rest[0]) }
            return .json(Self.json(storeFileObject(storeID, rest[0])))
        case ("POST", 1):
            guard storeFiles[storeID]?[rest[0]] != nil else { return notFound("vector store file", rest[0]) }
            storeFiles[storeID]?[rest[0]]?.attributesJSON = body["attributes"].map { Self.json($0) }
            return .json(Self.json(storeFileObject(storeID, rest[0])))
        case ("DELETE", 1):
            guard storeFiles[storeID]?[rest[0]] != nil else { return notFound("vector store file", rest[0]) }
            storeFiles[storeID]?[rest[0]] = nil
            return .json(Self.json(["id": rest[0], "object": "vector_store.file.deleted", "deleted": true]))
        default:
            return .error(status: 404, message: "no route \(request.method) \(request.path)")
        }
    }

    private func batchesRoute(_ request: RecordedRequest, _ storeID: String, _ rest: [String], _ body: [String: Any]) -> ScriptedResponse {
        if request.method == "POST", rest.isEmpty {
            var entries: [(id: String, attributes: Any?, chunking: Any?)] = []
            if let items = body["files"] as? [[String: Any]] {
                entries = items.compactMap { item in (item["file_id"] as? String).map { (id: $0, attributes: item["attributes"], chunking: item["chunking_strategy"]) } }
            } else if let ids = body["file_ids"] as? [String] {
                entries = ids.map { (id: $0, attributes: body["attributes"], chunking: body["chunking_strategy"]) }
            }
            guard !entries.isEmpty else { return .error(status: 400, message: "file_ids or files is required", param: "file_ids") }
            if let missing = entries.first(where: { files[$0.id] == nil }) { return notFound("file", missing.id) }
            for entry in entries { _ = attach(entry.id, to: storeID, attributes: entry.attributes, chunking: entry.chunking) }
            let batch = Batch(id: nextID("vsfb"), storeID: storeID, fileIDs: entries.map(\.id), sequence: sequence)
            batches[batch.id] = batch
            return .json(Self.json(batchObject(batch)))
        }
        guard let batchID = rest.first, var batch = batches[batchID], batch.storeID == storeID else {
            return notFound("file batch", rest.first ?? "")
        }
        switch (request.method, rest.count) {
        case ("GET", 1):
            return .json(Self.json(batchObject(batch)))
        case ("POST", 2) where rest[1] == "cancel":
            batch.cancelled = true
            batches[batchID] = batch
            for fileID in batch.fileIDs where storeFiles[storeID]?[fileID]?.status == "in_progress" {
                storeFiles[storeID]?[fileID]?.status = "cancelled"
            }
            return .json(Self.json(batchObject(batch)))
        case ("GET", 2) where rest[1] == "files":
            let members = Set(batch.fileIDs)
            let all = storeFiles(in: storeID).filter { file in members.contains(file.id) && (request.query("filter").map { $0 == file.status } ?? true) }
            return list(all.map { (id: $0.id, sequence: $0.sequence, object: storeFileObject(storeID, $0.id)) }, request: request)
        default:
            return .error(status: 404, message: "no route \(request.method) \(request.path)")
        }
    }

    /// Attaches (or re-attaches) a stored file; `false` when the file does not exist.
    private func attach(_ fileID: String, to storeID: String, attributes: Any?, chunking: Any?) -> Bool {
        guard files[fileID] != nil else { return false }
        storeFiles[storeID, default: [:]][fileID] = StoreFile(
            id: fileID, status: "in_progress", attributesJSON: attributes.map { Self.json($0) }, chunkingJSON: chunking.map { Self.json($0) },
            sequence: nextSequence(), stepsLeft: processingSteps
        )
        if processingSteps == 0 { finishProcessing(fileID, in: storeID) }
        return true
    }

    /// One step of processing for every attached file still in progress.
    private func advanceProcessing() {
        for (storeID, members) in storeFiles {
            for (fileID, file) in members where file.status == "in_progress" {
                if file.stepsLeft <= 1 {
                    finishProcessing(fileID, in: storeID)
                } else {
                    storeFiles[storeID]?[fileID]?.stepsLeft = file.stepsLeft - 1
                }
            }
        }
    }

    private func finishProcessing(_ fileID: String, in storeID: String) {
        guard var file = storeFiles[storeID]?[fileID] else { return }
        file.stepsLeft = 0
        if let filename = files[fileID]?.filename, let name = processingFaults.keys.first(where: { Self.names(filename, $0) }),
           let fault = processingFaults[name] {
            file.status = "failed"
            file.errorCode = fault.code
            file.errorMessage = fault.message
        } else {
            file.status = "completed"
        }
        storeFiles[storeID]?[fileID] = file
    }

    private func storeObject(_ id: String) -> [String: Any] {
        let store = stores[id]
        let members = storeFiles(in: id)
        return [
            "id": id, "object": "vector_store", "created_at": store?.sequence ?? 0, "name": (store?.name).map { $0 as Any } ?? NSNull(),
            "usage_bytes": members.reduce(0) { $0 + (files[$1.id]?.content.count ?? 0) },
            "file_counts": counts(members), "status": members.contains { $0.status == "in_progress" } ? "in_progress" : "completed",
            "last_active_at": sequence, "metadata": store?.metadata ?? [:],
        ]
    }

    private func storeFileObject(_ storeID: String, _ fileID: String) -> [String: Any] {
        guard let file = storeFiles[storeID]?[fileID] else { return [:] }
        var object: [String: Any] = [
            "id": fileID, "object": "vector_store.file", "usage_bytes": files[fileID]?.content.count ?? 0, "created_at": file.sequence,
            "vector_store_id": storeID, "status": file.status, "last_error": NSNull(),
            "attributes": file.attributesJSON.flatMap(Self.jsonObject) ?? [:],
        ]
        if let code = file.errorCode { object["last_error"] = ["code": code, "message": file.errorMessage ?? ""] }
        object["chunking_strategy"] = file.chunkingJSON.flatMap(Self.jsonObject)
            ?? ["type": "static", "static": ["max_chunk_size_tokens": 800, "chunk_overlap_tokens": 400]]
        return object
    }

    private func batchObject(_ batch: Batch) -> [String: Any] {
        let members = batch.fileIDs.compactMap { storeFiles[batch.storeID]?[$0] }
        let counts = counts(members)
        let inProgress = counts["in_progress"] ?? 0
        let status = batch.cancelled ? "cancelled" : (inProgress > 0 ? "in_progress" : "completed")
        return ["id": batch.id, "object": "vector_store.files_batch", "created_at": batch.sequence, "vector_store_id": batch.storeID,
                "status": status, "file_counts": counts]
    }

    private func counts(_ members: [StoreFile]) -> [String: Int] {
        var counts = ["in_progress": 0, "completed": 0, "failed": 0, "cancelled": 0, "total": members.count]
        for member in members { counts[member.status, default: 0] += 1 }
        return counts
    }

    // MARK: Search

    /// Scores each completed file by how many of the query's words it contains; `filters` supports
    /// `eq`, `ne`, `in`, `nin` and nested `and` / `or` on attributes.
    private func search(_ storeID: String, _ body: [String: Any]) -> ScriptedResponse {
        let queries: [String] = (body["query"] as? String).map { [$0] } ?? (body["query"] as? [String] ?? [])
        let ranked = rankedResults(storeID, queries: queries, filter: body["filters"] as? [String: Any], limit: body["max_num_results"] as? Int ?? 10)
        return .json(Self.json(["object": "vector_store.search_results.page", "search_query": queries, "data": ranked,
                                "has_more": false, "next_page": NSNull()]))
    }

    /// The search results of `queries` in a store, best first: files sharing words with them, as result objects.
    func rankedResults(_ storeID: String, queries: [String], filter: [String: Any]?, limit: Int) -> [[String: Any]] {
        let words = Set(queries.flatMap(Self.words))
        var results: [(score: Double, object: [String: Any])] = []
        for member in storeFiles(in: storeID) where member.status == "completed" {
            guard let file = files[member.id] else { continue }
            let attributes = member.attributesJSON.flatMap(Self.jsonObject) ?? [:]
            if let filter, !Self.matches(filter, attributes) { continue }
            let text = String(decoding: file.content, as: UTF8.self)
            let fileWords = Set(Self.words(text))
            guard !words.isEmpty else { continue }
            let score = Double(words.intersection(fileWords).count) / Double(words.count)
            guard score > 0 else { continue }
            let passage = searchReturnsParagraphs ? Self.bestParagraph(of: text, for: words) : text
            results.append((score: score, object: ["file_id": file.id, "filename": file.filename, "score": score, "attributes": attributes,
                                    "content": [["type": "text", "text": passage]]]))
        }
        return Array(results.sorted { $0.score > $1.score }.prefix(limit).map(\.object))
    }

    /// Whether a store exists.
    func hasStore(_ storeID: String) -> Bool {
        stores[storeID] != nil
    }

    /// The paragraph sharing most words with the query (the first on a tie), on one line.
    private static func bestParagraph(of text: String, for words: Set<String>) -> String {
        let paragraphs = text.components(separatedBy: "\n\n").filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        let best = paragraphs.max { words.intersection(Self.words($0)).count < words.intersection(Self.words($1)).count } ?? text
        return best.split(separator: "\n").joined(separator: " ")
    }

    private static func matches(_ filter: [String: Any], _ attributes: [String: Any]) -> Bool {
        let type = filter["type"] as? String ?? ""
        if type == "and" || type == "or" {
            let children = (filter["filters"] as? [[String: Any]]) ?? []
            return type == "and" ? children.allSatisfy { matches($0, attributes) } : children.contains { matches($0, attributes) }
        }
        let actual = (filter["key"] as? String).flatMap { attributes[$0] }.map(text(of:))
        let expected: [String] = (filter["value"] as? [Any])?.map(text(of:)) ?? (filter["value"].map { [text(of: $0)] } ?? [])
        switch type {
        case "eq", "in": return actual.map(expected.contains) ?? false
        case "ne", "nin": return !(actual.map(expected.contains) ?? false)
        default: return false
        }
    }

    private static func words(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    // MARK: Helpers

    private func list(_ items: [(id: String, sequence: Int, object: [String: Any])], request: RecordedRequest) -> ScriptedResponse {
        var ordered = items.sorted { $0.sequence < $1.sequence }
        if request.query("order") != "asc" { ordered.reverse() }
        if let after = request.query("after"), let index = ordered.firstIndex(where: { $0.id == after }) {
            ordered = Array(ordered[(index + 1)...])
        }
        if let before = request.query("before"), let index = ordered.firstIndex(where: { $0.id == before }) {
            ordered = Array(ordered[..<index])
        }
        let limit = request.query("limit").flatMap(Int.init) ?? 20
        let page = Array(ordered.prefix(limit))
        var response = ScriptedResponse.json(Self.json([
            "object": "list", "data": page.map(\.object), "first_id": page.first.map { $0.id as Any } ?? NSNull(), "last_id": page.last.map { $0.id as Any } ?? NSNull(),
            "has_more": ordered.count > page.count,
        ]))
        if let pollAfterMilliseconds { response.headers.append(("openai-poll-after-ms", String(pollAfterMilliseconds))) }
        return response
    }

    func notFound(_ what: String, _ id: String) -> ScriptedResponse {
        .error(status: 404, message: "No \(what) found with id '\(id)'.", type: "invalid_request_error", code: "not_found")
    }

    private func nextSequence() -> Int {
        sequence += 1
        return sequence
    }

    private func nextID(_ prefix: String) -> String {
        let number = String(nextSequence())
        return "\(prefix)-" + String(repeating: "0", count: max(0, 5 - number.count)) + number
    }

    /// Whether an uploaded `filename` is the file `name`: the same, or ending in `--name` or `__name` (uploaders
    /// that prefix names, such as the mirror).
    static func names(_ filename: String, _ name: String) -> Bool {
        filename == name || filename.hasSuffix("--" + name) || filename.hasSuffix("__" + name)
    }

    static func jsonObject(_ text: String) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]
    }

    static func text(of value: Any) -> String {
        switch value {
        case let string as String: return string
        case let number as NSNumber:
            // JSONSerialization gives Booleans as NSNumbers of type `c` (char) or `B`.
            let type = String(cString: number.objCType)
            if type == "c" || type == "B" { return number.boolValue ? "true" : "false" }
            return number.stringValue
        default: return "\(value)"
        }
    }

    static func json(_ object: Any) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .fragmentsAllowed])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
