import OpenAIClient

extension RAG {
    /// Answers a question through the OpenAI Responses API, the model searching the index's mirrored vector store
    /// with `file_search` (see ``mirror(client:options:onEvent:)``) and citing the files it used.
    ///
    /// One streamed `responses.create` is sent through the answerer's client: the `file_search` tool over the mirrored
    /// store, with at most `options.search.k` results and `options.search.metadata` as attribute filters (as
    /// ``remoteSearch(_:client:options:)`` applies them; the path glob and search mode do not apply), and the search
    /// results included. The events are those of ``ask(_:using:options:)``:
    /// - `started` comes first with no sources: the sources are the files the model cites, known as it cites them;
    /// - `text` pieces stream as the model writes, with ` [n]` after each `file_citation` as it arrives;
    /// - `finished` has the whole text with ` [n]` at each citation's index, and the cited files as ``Citation``s,
    ///   numbered from 1 in order of first citation, with their local paths (from the mirror's records) and, when the
    ///   store's passage is found in the local index, its heading path, page and text.
    ///
    /// Citations of files the index does not know (not mirrored from it) get no marker; their numbers follow the
    /// known ones and are listed in ``Answer/unknownCitations``.
    ///
    /// ```swift
    /// let answerer = ResponsesAnswerer(client: OpenAI(configuration: .fromEnvironment()))
    /// for try await event in rag.ask("How do I rotate the logs?", through: answerer) {
    ///     if case .finished(let answer) = event { print(answer.text, answer.citations.map(\.path)) }
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - question: The question.
    ///   - answerer: The model and client.
    ///   - options: Result count and metadata filters of the file search (the token budget does not apply).
    /// - Returns: `started`, `text` pieces, then `finished`; the stream throws ``RAGError``:
    ///   ``RAGError/Kind/invalidArgument`` for an empty question or an index never mirrored,
    ///   ``RAGError/Kind/vectorStoreNotFound`` when the store is gone, provider errors as a remote search reports them.
    public func ask(_ question: String, through answerer: ResponsesAnswerer,
                    options: AskOptions = .init()) -> AsyncThrowingStream<AnswerEvent, any Error> {
        AsyncThrowingStream { continuation in
            let task = Task {
                do {
                    let trimmed = question.trimmingCharacters(in: .whitespacesAndNewlines)
                    guard !trimmed.isEmpty else { throw RAGError(.invalidArgument, "The question is empty: ask something.") }
                    let storeID = try await self.mirroredStoreID()
                    var citations = FileCitations(paths: try await self.mirrorLedger().pathsByFileID())
                    continuation.yield(.started(mode: answerer.mode, sources: []))
                    let response = try await self.streamResponse(answerer.request(question: trimmed, vectorStoreID: storeID, search: options.search),
                                                            answerer: answerer, storeID: storeID, citations: &citations) {
                        continuation.yield(.text($0))
                    }
                    continuation.yield(.finished(try await citations.answer(question: trimmed, from: response, mode: answerer.mode,
                                                                            locator: RemotePassageLocator(storage: self.store.storage))))
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    /// Streams `request`, passing text pieces (and the markers of citations at the end of the text so far) to `emit`.
    /// - Returns: The whole response.
    private func streamResponse(
        _ request: CreateResponseRequest, answerer: ResponsesAnswerer, storeID: String,
        citations: inout FileCitations, emit: (String) -> Void
    ) async throws -> Response {
        var accumulator = ResponseStreamAccumulator()
        var streamed: [FileCitations.Part: Int] = [:]
        var marked: Set<FileCitations.Marker> = []
        do throws(OpenAIError) {
            for try await event in try await answerer.client.responses.stream(request) {
                accumulator.apply(event)
                let part = FileCitations.Part(output: event.outputIndex ?? 0, content: event.contentIndex ?? 0)
                switch event.type {
                case .outputTextDelta:
                    guard let delta = event.delta, !delta.isEmpty else { continue }
                    streamed[part, default: 0] += delta.unicodeScalars.count
                    emit(delta)
                case .outputTextAnnotationAdded:
                    // A marker streams only where the text streamed so far ends; elsewhere only the finished text has it.
                    guard let annotation = event.annotation, annotation.type == .fileCitation, let fileID = annotation.fileID,
                          let number = citations.number(citing: fileID), annotation.index ?? streamed[part, default: 0] == streamed[part, default: 0],
                          marked.insert(FileCitations.Marker(part: part, index: streamed[part, default: 0], number: number)).inserted else { continue }
                    emit(FileCitations.marker(number))
                default:
                    continue
                }
            }
        } catch {
            if error.kind == .cancelled || Task.isCancelled { throw CancellationError() }
            throw RAGError(searching: error, vectorStoreID: storeID, model: answerer.model,
                           while: "answer through the vector store \(storeID)", configuration: answerer.client.configuration)
        }
        guard let response = accumulator.response else {
            throw RAGError(.provider, "The Responses API stream ended without a response: ask again.")
        }
        if response.status == .failed {
            throw RAGError(.provider, "The Responses API could not answer: \(response.error?.message ?? "the response failed").")
        }
        return response
    }
}

/// Numbers the files a Responses answer cites, in order of first citation, and puts their ` [n]` markers in its text.
struct FileCitations {
    /// One `output_text` part: its output item and content indexes.
    struct Part: Hashable {
        var output: Int
        var content: Int
    }

    /// A marker streamed: where, and which number.
    struct Marker: Hashable {
        var part: Part
        var index: Int
        var number: Int
    }

    /// The local path of every mirrored file, by OpenAI file id.
    let paths: [String: String]
    /// The cited files the index knows, in order of number.
    private(set) var cited: [String] = []
    /// The cited files the index does not know, in order of first citation.
    private(set) var unknown: [String] = []
    private var numbers: [String: Int] = [:]

    init(paths: [String: String]) {
        self.paths = paths
    }

    /// The number of a cited file, assigned on its first citation; `nil` (and noted) when the index does not know it.
    mutating func number(citing fileID: String) -> Int? {
        if let number = numbers[fileID] { return number }
        guard paths[fileID] != nil else {
            if !unknown.contains(fileID) { unknown.append(fileID) }
            return nil
        }
        cited.append(fileID)
        numbers[fileID] = cited.count
        return cited.count
    }

    /// The marker of a source number: ` [n]`.
    static func marker(_ number: Int) -> String { " [\(number)]" }

    /// `text` with the marker of each file citation among `annotations` at its index (counted in Unicode scalars, as
    /// the API counts), several at one index in order of annotation, each number once per index.
    mutating func marking(_ text: String, annotations: [ResponseAnnotation]) -> String {
        let scalars = Array(text.unicodeScalars)
        var markers: [Int: [Int]] = [:]
        for annotation in annotations where annotation.type == .fileCitation {
            guard let fileID = annotation.fileID, let number = number(citing: fileID) else { continue }
            let index = min(max(annotation.index ?? scalars.count, 0), scalars.count)
            if !markers[index, default: []].contains(number) { markers[index, default: []].append(number) }
        }
        var marked = String.UnicodeScalarView()
        for offset in 0...scalars.count {
            for number in markers[offset] ?? [] { marked.append(contentsOf: Self.marker(number).unicodeScalars) }
            if offset < scalars.count { marked.append(scalars[offset]) }
        }
        return String(marked)
    }

    /// The finished answer of `response`: its text marked, the known cited files as citations (located in the local
    /// index by the file search's passages, when included), the unknown ones' numbers after theirs.
    mutating func answer(question: String, from response: Response, mode: AnswerMode,
                         locator: RemotePassageLocator) async throws(RAGError) -> Answer {
        var text = ""
        var results: [ResponseFileSearchCall.Result] = []
        for item in response.output {
            switch item {
            case .message(let message):
                for case .outputText(let part) in message.content { text += marking(part.text, annotations: part.annotations) }
            case .fileSearchCall(let call):
                results += call.results ?? []
            default:
                continue
            }
        }
        let hits = cited.enumerated().map { offset, fileID in
            let result = results.first { $0.fileID == fileID && !($0.text ?? "").isEmpty }
            return SearchHit(rank: offset + 1, score: result?.score ?? 0, path: paths[fileID] ?? fileID, headingPath: [], page: nil,
                             chunkIndex: 0, text: result?.text ?? "")
        }
        let located = try await locator.locate(hits)
        let citations = located.map { Citation(number: $0.rank, path: $0.path, headingPath: $0.headingPath, page: $0.page, text: $0.text) }
        return Answer(question: question, text: text, mode: mode, citations: citations,
                      unknownCitations: unknown.indices.map { cited.count + $0 + 1 })
    }
}
