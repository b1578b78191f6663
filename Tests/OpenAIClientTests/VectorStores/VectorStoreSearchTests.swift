import Foundation
import OpenAIClient
import TestSupport
import Testing

private let comparisons: [(VectorStoreFilter, JSONValue)] = [
    (.eq("team", "docs"), ["type": "eq", "key": "team", "value": "docs"]),
    (.ne("draft", true), ["type": "ne", "key": "draft", "value": true]),
    (.gt("year", 2020), ["type": "gt", "key": "year", "value": 2020]),
    (.gte("score", 0.5), ["type": "gte", "key": "score", "value": 0.5]),
    (.lt("year", 2030), ["type": "lt", "key": "year", "value": 2030]),
    (.lte("size", 1024), ["type": "lte", "key": "size", "value": 1024]),
    (.in("tag", ["faq", "howto"]), ["type": "in", "key": "tag", "value": ["faq", "howto"]]),
    (.nin("year", [2019, 2020]), ["type": "nin", "key": "year", "value": [2019, 2020]]),
]

@Suite struct VectorStoreSearchTests {
    @Test("Encodes each comparison operator", arguments: comparisons)
    func comparison(filter: VectorStoreFilter, expected: JSONValue) throws {
        #expect(try JSONValue(encoding: filter) == expected)
        #expect(try expected.decode(as: VectorStoreFilter.self) == filter)
    }

    @Test("Encodes and decodes nested and/or filters")
    func nested() throws {
        let filter: VectorStoreFilter = .and([.eq("team", "docs"), .or([.gte("year", 2023), .in("tag", ["faq"])])])
        let expected: JSONValue = [
            "type": "and",
            "filters": [
                ["type": "eq", "key": "team", "value": "docs"],
                ["type": "or", "filters": [["type": "gte", "key": "year", "value": 2023], ["type": "in", "key": "tag", "value": ["faq"]]]],
            ],
        ]
        #expect(try JSONValue(encoding: filter) == expected)
        #expect(try expected.decode(as: VectorStoreFilter.self) == filter)
    }

    @Test("Searches with a query, filters, result count, ranking and rewrite, and decodes the results")
    func search() async throws {
        let body = """
        {"object": "vector_store.search_results.page", "search_query": ["refund policy"], "has_more": false, "next_page": null,
         "data": [{"file_id": "file-1", "filename": "policy.md", "score": 0.87, "attributes": {"year": 2024, "team": "support", "public": true},
                   "content": [{"type": "text", "text": "Refunds within 30 days."}, {"type": "text", "text": "Contact support."}]}]}
        """
        try await TestHTTPServer.withServer(responses: [.json(body)]) { server in
            let request = VectorStoreSearchRequest(
                query: "refund policy",
                filters: .and([.eq("team", "support"), .gte("year", 2024)]),
                maxNumResults: 5,
                rankingOptions: .init(ranker: .auto, scoreThreshold: 0.25),
                rewriteQuery: true
            )
            let page = try await OpenAI.testing(server).vectorStores.search(vectorStoreID: "vs_1", request)
            #expect(page.searchQuery == ["refund policy"])
            let hit = try #require(page.data.first)
            #expect(hit.fileID == "file-1")
            #expect(hit.filename == "policy.md")
            #expect(hit.score == 0.87)
            #expect(hit.attributes == ["year": .number(2024), "team": .string("support"), "public": .bool(true)])
            #expect(hit.text == "Refunds within 30 days.\nContact support.")
            let sent = try #require(await server.requests.first)
            #expect(sent.method == "POST")
            #expect(sent.path == "/v1/vector_stores/vs_1/search")
            #expect(sent.json == [
                "query": "refund policy",
                "filters": ["type": "and", "filters": [["type": "eq", "key": "team", "value": "support"], ["type": "gte", "key": "year", "value": 2024]]],
                "max_num_results": 5,
                "ranking_options": ["ranker": "auto", "score_threshold": 0.25],
                "rewrite_query": true,
            ])
        }
    }

    @Test("Sends several queries as an array and accepts a single-string search_query")
    func severalQueries() async throws {
        let body = #"{"object": "vector_store.search_results.page", "search_query": "a b", "data": [], "has_more": false}"#
        try await TestHTTPServer.withServer(responses: [.json(body)]) { server in
            let page = try await OpenAI.testing(server).vectorStores.search(vectorStoreID: "vs_1", VectorStoreSearchRequest(queries: .texts(["a", "b"])))
            #expect(page.searchQuery == ["a b"])
            #expect(page.data.isEmpty)
            #expect(await server.requests.first?.json == ["query": ["a", "b"]])
        }
    }
}
