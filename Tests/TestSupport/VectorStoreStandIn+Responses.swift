import Foundation

extension VectorStoreStandIn {
    /// Makes every `POST /responses` answer also cite `fileID` (a file no index knows) at its end; `nil` stops it.
    public func citeUnknownFile(_ fileID: String?) {
        extraCitedFileID = fileID
    }

    /// `POST /responses` with a `file_search` tool: the input is searched in the tool's first store (its filters and
    /// `max_num_results` applied), and the answer is the first line of text of each of the best two results, each
    /// followed by a `file_citation` of its file. The `file_search_call` item carries the results when `include` asks
    /// for them. With `stream: true` the answer streams as the API streams it: the call item, then text deltas, each
    /// citation's `annotation.added` right after the text it ends, then `response.completed`.
    func responsesRoute(_ request: RecordedRequest, _ path: [String]) -> ScriptedResponse {
        guard request.method == "POST", path.count == 1, let body = Self.jsonObject(String(decoding: request.body, as: UTF8.self)) else {
            return .error(status: 404, message: "no route \(request.method) \(request.path)")
        }
        let question = body["input"] as? String ?? ""
        guard let tool = (body["tools"] as? [[String: Any]])?.first(where: { $0["type"] as? String == "file_search" }),
              let storeID = (tool["vector_store_ids"] as? [String])?.first else {
            return .error(status: 400, message: "the stand-in answers only with a file_search tool", param: "tools")
        }
        guard hasStore(storeID) else { return notFound("vector store", storeID) }
        let results = rankedResults(storeID, queries: [question], filter: tool["filters"] as? [String: Any], limit: tool["max_num_results"] as? Int ?? 10)
        var segments: [(text: String, annotations: [[String: Any]])] = []
        var length = 0
        for result in results.prefix(2) {
            let passage = ((result["content"] as? [[String: Any]])?.first?["text"] as? String) ?? ""
            let line = passage.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                .first { !$0.isEmpty && !$0.hasPrefix("#") && !$0.hasPrefix("---") && !$0.contains(":") } ?? passage
            let text = (segments.isEmpty ? "" : " ") + line
            length += text.unicodeScalars.count
            segments.append((text, [["type": "file_citation", "file_id": result["file_id"] ?? "", "filename": result["filename"] ?? "", "index": length]]))
        }
        if segments.isEmpty {
            let text = "The files do not say."
            length = text.unicodeScalars.count
            segments.append((text, []))
        }
        if let extra = extraCitedFileID {
            segments.append(("", [["type": "file_citation", "file_id": extra, "filename": "elsewhere.md", "index": length]]))
        }
        let text = segments.map(\.text).joined()
        var call: [String: Any] = ["type": "file_search_call", "id": "fs_1", "status": "completed", "queries": [question]]
        if (body["include"] as? [String] ?? []).contains("file_search_call.results") {
            call["results"] = results.map { result -> [String: Any] in
                ["file_id": result["file_id"] ?? "", "filename": result["filename"] ?? "", "score": result["score"] ?? 0,
                 "attributes": result["attributes"] ?? [:],
                 "text": ((result["content"] as? [[String: Any]])?.first?["text"] as? String) ?? ""]
            }
        }
        let message: [String: Any] = ["type": "message", "id": "msg_1", "role": "assistant", "status": "completed",
                                      "content": [["type": "output_text", "text": text, "annotations": segments.flatMap(\.annotations)]]]
        let response: [String: Any] = ["id": "resp_1", "object": "response", "status": "completed", "model": body["model"] ?? "",
                                       "output": [call, message]]
        guard body["stream"] as? Bool == true else { return .json(Self.json(response)) }
        var events: [[String: Any]] = [
            ["type": "response.created", "response": ["id": "resp_1", "object": "response", "status": "in_progress", "output": [Any]()]],
            ["type": "response.output_item.done", "output_index": 0, "item": call],
            ["type": "response.output_item.added", "output_index": 1,
             "item": ["type": "message", "id": "msg_1", "role": "assistant", "status": "in_progress", "content": [Any]()]],
            ["type": "response.content_part.added", "output_index": 1, "content_index": 0, "item_id": "msg_1",
             "part": ["type": "output_text", "text": "", "annotations": [Any]()]],
        ]
        var annotationIndex = 0
        for segment in segments {
            let words = segment.text.split(separator: " ", omittingEmptySubsequences: false)
            for (offset, word) in words.enumerated() where !(word.isEmpty && offset == words.count - 1) {
                let delta = (offset == 0 ? "" : " ") + word
                guard !delta.isEmpty else { continue }
                events.append(["type": "response.output_text.delta", "output_index": 1, "content_index": 0, "item_id": "msg_1", "delta": delta])
            }
            for annotation in segment.annotations {
                events.append(["type": "response.output_text.annotation.added", "output_index": 1, "content_index": 0, "item_id": "msg_1",
                               "annotation_index": annotationIndex, "annotation": annotation])
                annotationIndex += 1
            }
        }
        events.append(["type": "response.output_text.done", "output_index": 1, "content_index": 0, "item_id": "msg_1", "text": text])
        events.append(["type": "response.completed", "response": response])
        return .sse(events.enumerated().map { number, event in
            var event = event
            event["sequence_number"] = number
            return Self.json(event)
        }, done: false)
    }
}
