import Foundation

extension VectorStoreFileBatches {
    /// Uploads local files concurrently, attaches them to a vector store as one batch, waits until processing
    /// ends, and reports each file's outcome.
    ///
    /// Files are uploaded with `POST /files` (at most `maxConcurrentUploads` at a time). The ones that uploaded
    /// are attached in one `POST /vector_stores/{vector_store_id}/file_batches` with their own attributes and
    /// chunking; the batch is polled until it ends, then its files are listed to report each one's status and
    /// ``VectorStoreFile/lastError``. This returns even if some files failed to upload or to process; check
    /// ``FileBatchUploadReport/failures``.
    ///
    /// ```swift
    /// let report = try await client.vectorStores.fileBatches.uploadAndPoll(
    ///     vectorStoreID: store.id,
    ///     files: urls.map { LocalFileUpload(fileURL: $0, attributes: ["path": .string($0.path)]) }
    /// )
    /// for failure in report.failures {
    ///     print(failure.upload.filename, failure.uploadError?.message ?? failure.lastError?.message ?? "cancelled")
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - vectorStoreID: The store id.
    ///   - files: The local files (at most 2000), with their attributes and chunking.
    ///   - purpose: The uploaded files' purpose; ``FilePurpose/assistants`` by default (what file search needs).
    ///   - maxConcurrentUploads: Uploads in flight at once, at least 1; 5 by default.
    ///   - polling: Pause between checks and longest wait; by default what the server asks for (else 1 s) and 10 min.
    ///   - options: Per-call overrides for every request; none by default.
    /// - Returns: The batch and one outcome per file.
    /// - Throws: ``OpenAIError`` when the batch cannot be created, polled or listed (``OpenAIError/Kind/timeout``
    ///   when processing outlasts `polling.timeout`), or ``OpenAIError/Kind/invalidRequest`` before any request
    ///   when the arguments are out of range. A failed upload is reported, not thrown.
    public func uploadAndPoll(
        vectorStoreID: String,
        files: [LocalFileUpload],
        purpose: FilePurpose = .assistants,
        maxConcurrentUploads: Int = 5,
        polling: PollingOptions = PollingOptions(),
        options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> FileBatchUploadReport {
        guard maxConcurrentUploads >= 1 else {
            throw OpenAIError(kind: .invalidRequest, message: "maxConcurrentUploads must be at least 1, got \(maxConcurrentUploads)")
        }
        guard files.count <= 2000 else {
            throw OpenAIError(kind: .invalidRequest, message: "a file batch takes at most 2000 files, got \(files.count)")
        }
        for file in files { try file.chunkingStrategy?.validate() }

        let uploads = try await uploadAll(files, purpose: purpose, maxConcurrent: maxConcurrentUploads, options: options)
        var outcomes = zip(files, uploads).map { file, result in
            switch result {
            case .success(let id): FileBatchUploadReport.Outcome(upload: file, fileID: id)
            case .failure(let error): FileBatchUploadReport.Outcome(upload: file, uploadError: error)
            }
        }
        let attached = outcomes.compactMap { outcome in
            outcome.fileID.map {
                CreateVectorStoreFileRequest(fileID: $0, attributes: outcome.upload.attributes, chunkingStrategy: outcome.upload.chunkingStrategy)
            }
        }
        guard !attached.isEmpty else { return FileBatchUploadReport(batch: nil, outcomes: outcomes) }

        let batch = try await createAndPoll(
            vectorStoreID: vectorStoreID, CreateVectorStoreFileBatchRequest(files: attached), polling: polling, options: options
        )
        var stored: [String: VectorStoreFile] = [:]
        for try await file in listAllFiles(batch.id, vectorStoreID: vectorStoreID, pageSize: 100, options: options) {
            stored[file.id] = file
        }
        for index in outcomes.indices {
            outcomes[index].vectorStoreFile = outcomes[index].fileID.flatMap { stored[$0] }
        }
        return FileBatchUploadReport(batch: batch, outcomes: outcomes)
    }

    /// Uploads every file with at most `maxConcurrent` in flight; one result per file, in input order (throws
    /// only when the task is cancelled).
    private func uploadAll(
        _ files: [LocalFileUpload],
        purpose: FilePurpose,
        maxConcurrent: Int,
        options: RequestOptions
    ) async throws(OpenAIError) -> [Result<String, OpenAIError>] {
        let client = client
        return try await BoundedConcurrency.map(files, maxConcurrent: maxConcurrent) { file throws(OpenAIError) in
            if Task.isCancelled { throw OpenAIError(kind: .cancelled, message: "the uploads were cancelled") }
            do throws(OpenAIError) {
                let request = CreateFileRequest(fileURL: file.fileURL, purpose: purpose, filename: file.filename)
                return .success(try await client.files.create(request, options: options).id)
            } catch {
                return .failure(error)
            }
        }
    }
}

extension VectorStoreFileBatches {
    /// Uploads local files and attaches them as one batch, without attributes; see
    /// ``uploadAndPoll(vectorStoreID:files:purpose:maxConcurrentUploads:polling:options:)``.
    ///
    /// - Parameters:
    ///   - vectorStoreID: The store id.
    ///   - fileURLs: The local files (at most 2000).
    ///   - purpose: The uploaded files' purpose; ``FilePurpose/assistants`` by default.
    ///   - maxConcurrentUploads: Uploads in flight at once, at least 1; 5 by default.
    ///   - polling: Pause between checks and longest wait; by default what the server asks for (else 1 s) and 10 min.
    ///   - options: Per-call overrides for every request; none by default.
    /// - Returns: The batch and one outcome per file.
    /// - Throws: ``OpenAIError``, as the attributed variant does.
    public func uploadAndPoll(
        vectorStoreID: String,
        fileURLs: [URL],
        purpose: FilePurpose = .assistants,
        maxConcurrentUploads: Int = 5,
        polling: PollingOptions = PollingOptions(),
        options: RequestOptions = RequestOptions()
    ) async throws(OpenAIError) -> FileBatchUploadReport {
        try await uploadAndPoll(
            vectorStoreID: vectorStoreID, files: fileURLs.map { LocalFileUpload(fileURL: $0) }, purpose: purpose,
            maxConcurrentUploads: maxConcurrentUploads, polling: polling, options: options
        )
    }
}
