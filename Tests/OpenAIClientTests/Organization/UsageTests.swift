import Foundation
import OpenAIClient
import TestSupport
import Testing

@Suite struct UsageTests {
    static func page(_ results: String, next: String?) -> String {
        """
        {"object": "page", "data": [{"object": "bucket", "start_time": 1730419200, "end_time": 1730505600, "results": [\(results)]}],
         "has_more": \(next != nil), "next_page": \(next.map { "\"\($0)\"" } ?? "null")}
        """
    }

    static let completions = """
    {"object": "organization.usage.completions.result", "input_tokens": 1000, "output_tokens": 500, "input_cached_tokens": 800,
     "input_audio_tokens": 0, "output_audio_tokens": 0, "num_model_requests": 5, "project_id": "proj_1", "user_id": null,
     "api_key_id": null, "model": "gpt-4o-mini", "batch": false, "service_tier": "default", "input_image_tokens": 7}
    """

    @Test("Encodes the time range, filters and grouping as repeated query items")
    func query() async throws {
        try await TestHTTPServer.withServer(responses: [.json(Self.page("", next: nil))]) { server in
            _ = try await OpenAI.testing(server).organization.usage.list(
                .completions, UsageQuery(startTime: 100, bucketWidth: .hour, projectIDs: ["p1", "p2"], batch: true, groupBy: ["model", "project_id"], limit: 3))
            let sent = try #require(await server.requests.first)
            #expect(sent.path == "/v1/organization/usage/completions")
            #expect(sent.queryItems.map { "\($0.name)=\($0.value ?? "")" } == [
                "start_time=100", "bucket_width=1h", "project_ids=p1", "project_ids=p2", "batch=true",
                "group_by=model", "group_by=project_id", "limit=3",
            ])
        }
    }

    @Test("Decodes results by their object, keeping unknown kinds, across pages")
    func resultsAcrossPages() async throws {
        let unknown = #"{"object": "organization.usage.teleports.result", "num_teleports": 2}"#
        let embeddings = #"{"object": "organization.usage.embeddings.result", "input_tokens": 16, "num_model_requests": 2, "model": "text-embedding-3-small"}"#
        try await TestHTTPServer.withServer(responses: [
            .json(Self.page(Self.completions + "," + unknown, next: "page_2")), .json(Self.page(embeddings, next: nil)),
        ]) { server in
            var results: [UsageResult] = []
            for try await bucket in OpenAI.testing(server).organization.usage.listAll(.completions, UsageQuery(startTime: 1)) {
                results += bucket.results
            }
            #expect(results.count == 3)
            guard case .completions(let usage, let grouping) = results[0] else { Issue.record("not completions: \(results[0])"); return }
            #expect(usage.inputTokens == 1000)
            #expect(usage.inputCachedTokens == 800)
            #expect(usage.inputImageTokens == 7)
            #expect(usage.serviceTier == "default")
            #expect(grouping.model == "gpt-4o-mini")
            #expect(grouping.projectID == "proj_1")
            #expect(results[1] == .unknown(["object": "organization.usage.teleports.result", "num_teleports": 2]))
            guard case .embeddings(let embedded, _) = results[2] else { Issue.record("not embeddings: \(results[2])"); return }
            #expect(embedded.inputTokens == 16)
            #expect(await server.requests.map(\.uri) == [
                "/v1/organization/usage/completions?start_time=1", "/v1/organization/usage/completions?start_time=1&page=page_2",
            ])
        }
    }

    @Test("Reads costs grouped by line item")
    func costs() async throws {
        let cost = #"{"object": "organization.costs.result", "amount": {"value": 0.06, "currency": "usd"}, "line_item": "Image models", "project_id": null}"#
        try await TestHTTPServer.withServer(responses: [.json(Self.page(cost, next: nil))]) { server in
            let page = try await OpenAI.testing(server).organization.costs.list(UsageQuery(startTime: 5, groupBy: ["line_item"]))
            #expect(await server.requests.first?.uri == "/v1/organization/costs?start_time=5&group_by=line_item")
            guard case .costs(let result) = page.data.first?.results.first else { Issue.record("no costs result"); return }
            #expect(result.amount?.value == 0.06)
            #expect(result.amount?.currency == "usd")
            #expect(result.lineItem == "Image models")
            #expect(!page.hasMore)
        }
    }

    @Test("A 400 for a bad range surfaces as an API error")
    func badRange() async throws {
        try await TestHTTPServer.withServer(responses: [.error(status: 400, message: "start_time must be before end_time", param: "start_time")]) { server in
            let error = await #expect(throws: OpenAIError.self) {
                try await OpenAI.testing(server).organization.usage.list(.images, UsageQuery(startTime: 10, endTime: 1))
            }
            #expect(error?.status == 400)
            #expect(error?.param == "start_time")
        }
    }
}
