import Foundation
import OpenAIClient
import TestSupport
import Testing

/// Request fixtures with every property set, and the conformance entries, for evals, their runs and output items.
enum EvalFixtures {
    static let prompt = [
        EvalMessage(role: .system, text: "Grade from 0 to 1."),
        EvalMessage(role: .user, content: .parts([.inputText("{{item.question}}"), .outputText("{{sample.output_text}}"),
                                                  .inputImage(url: "https://x/y.png", detail: .low), .inputAudio(data: "AA", format: "mp3")]),
                    type: "message"),
        EvalMessage(role: .developer, content: .part(.inputText("Be strict.")), type: "message"),
    ]

    static let criteria: [Grader] = [
        .labelModel(LabelModelGrader(name: "l", model: "gpt-4o-mini", input: prompt, labels: ["good", "bad"], passingLabels: ["good"])),
        .stringCheck(StringCheckGrader(name: "s", input: "{{sample.output_text}}", reference: "{{item.answer}}", operation: .ilike)),
        .textSimilarity(TextSimilarityGrader(name: "t", input: "{{sample.output_text}}", reference: "{{item.answer}}", evaluationMetric: .rougeL,
                                             passThreshold: 0.7)),
        .python(PythonGrader(name: "p", source: "def grade(sample, item): return 1.0", imageTag: "2025-05-08", passThreshold: 0.5)),
        .scoreModel(ScoreModelGrader(name: "m", model: "o4-mini", input: prompt,
                                     samplingParams: GraderSamplingParams(seed: 1, topP: 1, temperature: 0, maxCompletionsTokens: 64, reasoningEffort: .low),
                                     range: [0, 1], passThreshold: 0.6)),
    ]

    static let create = CreateEvalRequest(
        name: "e", dataSourceConfig: .custom(itemSchema: ["type": "object", "properties": ["answer": ["type": "string"]]], includeSampleSchema: true),
        testingCriteria: criteria, metadata: ["k": "v"]
    )
    static let createFromLogs = CreateEvalRequest(name: "e", dataSourceConfig: .logs(metadata: ["use_case": "support"]), testingCriteria: criteria,
                                                  metadata: ["k": "v"])
    static let createFromStoredCompletions = CreateEvalRequest(
        name: "e", dataSourceConfig: .storedCompletions(metadata: ["use_case": "support"]), testingCriteria: criteria, metadata: ["k": "v"]
    )
    static let update = UpdateEvalRequest(name: "e2", metadata: ["k": "v2"])

    static let rows = EvalRunSource.fileContent([EvalJSONLRow(item: ["question": "2+2?", "answer": "4"], sample: ["output_text": "4"])])
    static let jsonlRun = CreateEvalRunRequest(name: "r", dataSource: .jsonl(EvalJSONLRunDataSource(source: rows)), metadata: ["k": "v"])
    static let completionsRun = CreateEvalRunRequest(name: "r", dataSource: .completions(EvalCompletionsRunDataSource(
        source: .storedCompletions(EvalStoredCompletionsSource(metadata: ["k": "v"], model: "gpt-4o", createdAfter: 1, createdBefore: 2, limit: 10)),
        inputMessages: .template(prompt),
        samplingParams: EvalCompletionsSamplingParams(
            reasoningEffort: .low, temperature: 1, maxCompletionTokens: 100, topP: 1, seed: 42,
            tools: [.function(name: "f", description: "d", parameters: ["type": "object"], strict: true)],
            responseFormat: .jsonSchema(name: "n", description: "d", schema: ["type": "object"], strict: true)
        ),
        model: "gpt-4o-mini"
    )), metadata: ["k": "v"])
    static let responsesRun = CreateEvalRunRequest(name: "r", dataSource: .responses(EvalResponsesRunDataSource(
        source: .responses(EvalResponsesSource(
            metadata: ["k": "v"], model: "gpt-4o", instructionsSearch: "i", createdAfter: 1, createdBefore: 2, reasoningEffort: .high,
            temperature: 1, topP: 1, users: ["u"], tools: ["web_search"]
        )),
        inputMessages: .itemReference("item.input_trajectory"),
        samplingParams: EvalResponsesSamplingParams(
            reasoningEffort: .low, temperature: 1, maxCompletionTokens: 100, topP: 1, seed: 42,
            tools: [.function(name: "f", description: "d", parameters: ["type": "object"], strict: true), .webSearch(ResponseWebSearchTool())],
            text: ResponseTextSettings(format: .jsonSchema(name: "n", schema: ["type": "object"], description: "d", strict: true))
        ),
        model: "gpt-4o-mini"
    )), metadata: ["k": "v"])
    static let fileRun = CreateEvalRunRequest(name: "r", dataSource: .completions(EvalCompletionsRunDataSource(source: .fileID("file-1"))),
                                              metadata: ["k": "v"])

    /// Every request body above, for the "sets every property" check.
    static let requestBodies: [any Sendable] = [create, update, jsonlRun, completionsRun, responsesRun]

    static let operations: [CoveredOperation] = [
        CoveredOperation(method: "GET", path: "/evals", call: { _ = try await $0.evals.list(limit: 1, order: .descending, orderBy: .updatedAt, after: "e") },
                         decode: CoveredOperation.decoder(Page<Eval>.self)),
        // The spec's example answer is not JSON (a brace is missing); the eval examples of the other operations are decoded.
        CoveredOperation(method: "POST", path: "/evals", requestSchema: "CreateEvalRequest", call: { _ = try await $0.evals.create(create) },
                         decode: CoveredOperation.decoder(Eval.self), hasResponseExample: false),
        CoveredOperation(method: "POST", path: "/evals", requestSchema: "CreateEvalRequest", call: { _ = try await $0.evals.create(createFromLogs) },
                         decode: CoveredOperation.decoder(Eval.self), hasResponseExample: false),
        CoveredOperation(method: "POST", path: "/evals", requestSchema: "CreateEvalRequest",
                         call: { _ = try await $0.evals.create(createFromStoredCompletions) }, decode: CoveredOperation.decoder(Eval.self),
                         hasResponseExample: false),
        CoveredOperation(method: "GET", path: "/evals/{eval_id}", call: { _ = try await $0.evals.retrieve("{eval_id}") },
                         decode: CoveredOperation.decoder(Eval.self)),
        // The update body is an inline schema ({"name", "metadata"}); the loopback tests check it.
        CoveredOperation(method: "POST", path: "/evals/{eval_id}", call: { _ = try await $0.evals.update("{eval_id}", update) },
                         decode: CoveredOperation.decoder(Eval.self)),
        CoveredOperation(method: "DELETE", path: "/evals/{eval_id}", call: { _ = try await $0.evals.delete("{eval_id}") },
                         decode: CoveredOperation.decoder(EvalDeletionStatus.self)),
        CoveredOperation(method: "GET", path: "/evals/{eval_id}/runs",
                         call: { _ = try await $0.evals.runs.list(evalID: "{eval_id}", limit: 1, order: .ascending, after: "r", status: .completed) },
                         decode: CoveredOperation.decoder(Page<EvalRun>.self)),
        CoveredOperation(method: "POST", path: "/evals/{eval_id}/runs", requestSchema: "CreateEvalRunRequest",
                         call: { _ = try await $0.evals.runs.create(evalID: "{eval_id}", jsonlRun) }, decode: CoveredOperation.decoder(EvalRun.self)),
        CoveredOperation(method: "POST", path: "/evals/{eval_id}/runs", requestSchema: "CreateEvalRunRequest",
                         call: { _ = try await $0.evals.runs.create(evalID: "{eval_id}", completionsRun) }, decode: CoveredOperation.decoder(EvalRun.self)),
        CoveredOperation(method: "POST", path: "/evals/{eval_id}/runs", requestSchema: "CreateEvalRunRequest",
                         call: { _ = try await $0.evals.runs.create(evalID: "{eval_id}", responsesRun) }, decode: CoveredOperation.decoder(EvalRun.self)),
        CoveredOperation(method: "POST", path: "/evals/{eval_id}/runs", requestSchema: "CreateEvalRunRequest",
                         call: { _ = try await $0.evals.runs.create(evalID: "{eval_id}", fileRun) }, decode: CoveredOperation.decoder(EvalRun.self)),
        CoveredOperation(method: "GET", path: "/evals/{eval_id}/runs/{run_id}", call: { _ = try await $0.evals.runs.retrieve("{run_id}", evalID: "{eval_id}") },
                         decode: CoveredOperation.decoder(EvalRun.self)),
        CoveredOperation(method: "POST", path: "/evals/{eval_id}/runs/{run_id}", call: { _ = try await $0.evals.runs.cancel("{run_id}", evalID: "{eval_id}") },
                         decode: CoveredOperation.decoder(EvalRun.self)),
        CoveredOperation(method: "DELETE", path: "/evals/{eval_id}/runs/{run_id}", call: { _ = try await $0.evals.runs.delete("{run_id}", evalID: "{eval_id}") },
                         decode: CoveredOperation.decoder(EvalDeletionStatus.self)),
        CoveredOperation(method: "GET", path: "/evals/{eval_id}/runs/{run_id}/output_items",
                         call: { _ = try await $0.evals.outputItems.list(evalID: "{eval_id}", runID: "{run_id}", limit: 1, order: .descending, after: "o", status: .fail) },
                         decode: CoveredOperation.decoder(Page<EvalRunOutputItem>.self)),
        CoveredOperation(method: "GET", path: "/evals/{eval_id}/runs/{run_id}/output_items/{output_item_id}",
                         call: { _ = try await $0.evals.outputItems.retrieve("{output_item_id}", evalID: "{eval_id}", runID: "{run_id}") },
                         decode: CoveredOperation.decoder(EvalRunOutputItem.self)),
    ]
}

@Suite struct EvalsTests {
    static let evalJSON = """
    {"object": "eval", "id": "eval_1", "name": "capitals", "created_at": 1739314509, "metadata": {"k": "v"},
     "data_source_config": {"type": "custom", "schema": {"type": "object", "properties": {"item": {"type": "object"}}}},
     "testing_criteria": [
       {"type": "string_check", "name": "exact", "input": "{{sample.output_text}}", "reference": "{{item.answer}}", "operation": "eq"},
       {"type": "label_model", "name": "tone", "model": "gpt-4o-mini", "labels": ["ok", "rude"], "passing_labels": ["ok"],
        "input": [{"type": "message", "role": "developer", "content": {"type": "input_text", "text": "Classify {{sample.output_text}}"}}]},
       {"type": "endpoint", "name": "mine", "url": "https://example.com/grade"}
     ]}
    """
    static let runJSON = """
    {"object": "eval.run", "id": "evalrun_1", "eval_id": "eval_1", "status": "completed", "model": "gpt-4o-mini", "name": "r",
     "created_at": 1743092069, "report_url": "https://platform.openai.com/evaluations/eval_1?run_id=evalrun_1",
     "result_counts": {"total": 3, "errored": 0, "failed": 1, "passed": 2},
     "per_model_usage": [{"model_name": "gpt-4o-mini", "invocation_count": 3, "prompt_tokens": 30, "completion_tokens": 6, "total_tokens": 36, "cached_tokens": 0}],
     "per_testing_criteria_results": [{"testing_criteria": "exact", "passed": 2, "failed": 1}],
     "data_source": {"type": "completions", "model": "gpt-4o-mini", "source": {"type": "file_id", "id": "file-1"},
                     "input_messages": {"type": "template", "template": [{"role": "user", "content": "{{item.question}}"}]},
                     "sampling_params": {"temperature": 0, "response_format": {"type": "json_object"}}},
     "metadata": {}, "error": null}
    """
    static let outputItemJSON = """
    {"object": "eval.run.output_item", "id": "outputitem_1", "run_id": "evalrun_1", "eval_id": "eval_1", "created_at": 1, "status": "fail",
     "datasource_item_id": 2, "datasource_item": {"question": "Capital of Norway?", "answer": "Oslo"},
     "results": [{"name": "exact", "type": "string-check-grader", "score": 0.0, "passed": false, "sample": null}],
     "sample": {"input": [{"role": "user", "content": "Capital of Norway?"}], "output": [{"role": "assistant", "content": "Bergen"}],
                "finish_reason": "stop", "model": "gpt-4o-mini", "usage": {"total_tokens": 12, "completion_tokens": 2, "prompt_tokens": 10, "cached_tokens": 0},
                "error": null, "temperature": 0, "max_completion_tokens": 16, "top_p": 1, "seed": 42}}
    """

    @Test("Creates an eval with a custom data source and typed graders, and decodes them, keeping an unknown grader")
    func create() async throws {
        try await TestHTTPServer.withServer(responses: [.json(Self.evalJSON, status: 201)]) { server in
            let eval = try await OpenAI.testing(server).evals.create(CreateEvalRequest(
                name: "capitals",
                dataSourceConfig: .custom(itemSchema: ["type": "object", "properties": ["answer": ["type": "string"]]], includeSampleSchema: true),
                testingCriteria: [
                    .stringCheck(StringCheckGrader(name: "exact", input: "{{sample.output_text}}", reference: "{{item.answer}}", operation: .eq)),
                    .textSimilarity(TextSimilarityGrader(name: "close", input: "{{sample.output_text}}", reference: "{{item.answer}}",
                                                         evaluationMetric: .fuzzyMatch, passThreshold: 0.8)),
                    .labelModel(LabelModelGrader(name: "tone", model: "gpt-4o-mini", input: [EvalMessage(role: .developer, text: "Classify {{sample.output_text}}")],
                                                 labels: ["ok", "rude"], passingLabels: ["ok"])),
                ],
                metadata: ["k": "v"]
            ))
            let sent = try #require(await server.requests.first)
            #expect(sent.method == "POST")
            #expect(sent.path == "/v1/evals")
            #expect(sent.json == [
                "name": "capitals", "metadata": ["k": "v"],
                "data_source_config": ["type": "custom", "item_schema": ["type": "object", "properties": ["answer": ["type": "string"]]],
                                       "include_sample_schema": true],
                "testing_criteria": [
                    ["type": "string_check", "name": "exact", "input": "{{sample.output_text}}", "reference": "{{item.answer}}", "operation": "eq"],
                    ["type": "text_similarity", "name": "close", "input": "{{sample.output_text}}", "reference": "{{item.answer}}",
                     "evaluation_metric": "fuzzy_match", "pass_threshold": 0.8],
                    ["type": "label_model", "name": "tone", "model": "gpt-4o-mini", "labels": ["ok", "rude"], "passing_labels": ["ok"],
                     "input": [["role": "developer", "content": "Classify {{sample.output_text}}"]]],
                ],
            ])
            #expect(eval.dataSourceConfig.type == .custom)
            #expect(eval.dataSourceConfig.schema?["properties"]?["item"] == ["type": "object"])
            #expect(eval.testingCriteria.map(\.type) == [.stringCheck, .labelModel, "endpoint"])
            guard case .labelModel(let label) = eval.testingCriteria[1] else { Issue.record("not a label grader"); return }
            #expect(label.input.first?.content == .part(.inputText("Classify {{sample.output_text}}")))
            guard case .other(let unknown) = eval.testingCriteria[2] else { Issue.record("the unknown grader was not kept"); return }
            #expect(unknown["url"] == "https://example.com/grade")
            #expect(eval.testingCriteria[2].name == "mine")
        }
    }

    @Test("Retrieves, renames and deletes an eval")
    func retrieveUpdateDelete() async throws {
        let deleted = #"{"object": "eval.deleted", "deleted": true, "eval_id": "eval_1"}"#
        try await TestHTTPServer.withServer(responses: [.json(Self.evalJSON), .json(Self.evalJSON), .json(deleted)]) { server in
            let evals = OpenAI.testing(server).evals
            _ = try await evals.retrieve("eval_1")
            _ = try await evals.update("eval_1", UpdateEvalRequest(name: "renamed", metadata: ["k": "w"]))
            let status = try await evals.delete("eval_1")
            let sent = await server.requests
            #expect(sent.map(\.method) == ["GET", "POST", "DELETE"])
            #expect(sent.map(\.uri) == ["/v1/evals/eval_1", "/v1/evals/eval_1", "/v1/evals/eval_1"])
            #expect(sent[1].json == ["name": "renamed", "metadata": ["k": "w"]])
            #expect(status.deleted && status.evalID == "eval_1")
        }
    }

    @Test("Lists evals across pages, ordered by update time")
    func listAll() async throws {
        let second = Self.evalJSON.replacingOccurrences(of: "eval_1", with: "eval_2")
        let pages = [#"{"object": "list", "data": [\#(Self.evalJSON)], "first_id": "eval_1", "last_id": "eval_1", "has_more": true}"#,
                     #"{"object": "list", "data": [\#(second)], "first_id": "eval_2", "last_id": "eval_2", "has_more": false}"#]
        try await TestHTTPServer.withServer(responses: pages.map { .json($0) }) { server in
            var ids: [String] = []
            for try await eval in OpenAI.testing(server).evals.listAll(limit: 1, order: .descending, orderBy: .updatedAt) { ids.append(eval.id) }
            #expect(ids == ["eval_1", "eval_2"])
            #expect(await server.requests.map(\.uri) == [
                "/v1/evals?limit=1&order=desc&order_by=updated_at", "/v1/evals?limit=1&order=desc&after=eval_1&order_by=updated_at",
            ])
        }
    }

    @Test("Starts a completions run, lists runs by status, cancels and deletes one")
    func runs() async throws {
        let page = #"{"object": "list", "data": [\#(Self.runJSON)], "first_id": "evalrun_1", "last_id": "evalrun_1", "has_more": false}"#
        let deleted = #"{"object": "eval.run.deleted", "deleted": true, "run_id": "evalrun_1"}"#
        let canceled = Self.runJSON.replacingOccurrences(of: #""status": "completed""#, with: #""status": "canceled""#)
        try await TestHTTPServer.withServer(responses: [.json(Self.runJSON, status: 201), .json(page), .json(canceled), .json(deleted)]) { server in
            let runs = OpenAI.testing(server).evals.runs
            let run = try await runs.create(evalID: "eval_1", CreateEvalRunRequest(name: "r", dataSource: .completions(EvalCompletionsRunDataSource(
                source: .fileID("file-1"),
                inputMessages: .template([EvalMessage(role: .user, text: "{{item.question}}")]),
                samplingParams: EvalCompletionsSamplingParams(temperature: 0, responseFormat: .jsonObject),
                model: "gpt-4o-mini"
            ))))
            var listed: [String] = []
            for try await run in runs.listAll(evalID: "eval_1", status: .completed) { listed.append(run.id) }
            let cancelled = try await runs.cancel("evalrun_1", evalID: "eval_1")
            let status = try await runs.delete("evalrun_1", evalID: "eval_1")
            let sent = await server.requests
            #expect(sent.map(\.method) == ["POST", "GET", "POST", "DELETE"])
            #expect(sent.map(\.uri) == ["/v1/evals/eval_1/runs", "/v1/evals/eval_1/runs?status=completed",
                                        "/v1/evals/eval_1/runs/evalrun_1", "/v1/evals/eval_1/runs/evalrun_1"])
            #expect(sent[0].json == ["name": "r", "data_source": [
                "type": "completions", "model": "gpt-4o-mini", "source": ["type": "file_id", "id": "file-1"],
                "input_messages": ["type": "template", "template": [["role": "user", "content": "{{item.question}}"]]],
                "sampling_params": ["temperature": 0, "response_format": ["type": "json_object"]],
            ]])
            #expect(sent[2].json == [:])
            #expect(run.dataSource == .completions(EvalCompletionsRunDataSource(
                source: .fileID("file-1"), inputMessages: .template([EvalMessage(role: .user, text: "{{item.question}}")]),
                samplingParams: EvalCompletionsSamplingParams(temperature: 0, responseFormat: .jsonObject), model: "gpt-4o-mini")))
            #expect(run.resultCounts?.passed == 2)
            #expect(run.perModelUsage?.first?.tokens.totalTokens == 36)
            #expect(run.perTestingCriteriaResults?.first?.failed == 1)
            #expect(listed == ["evalrun_1"])
            #expect(cancelled.status == .canceled)
            #expect(status.runID == "evalrun_1")
        }
    }

    @Test("Sends JSONL rows and a responses data source with its filters and tools")
    func runDataSources() async throws {
        try await TestHTTPServer.withServer(responses: [.json(Self.runJSON), .json(Self.runJSON)]) { server in
            let runs = OpenAI.testing(server).evals.runs
            _ = try await runs.create(evalID: "eval_1", CreateEvalRunRequest(dataSource: .jsonl(EvalJSONLRunDataSource(
                source: .fileContent([EvalJSONLRow(item: ["question": "2+2?"], sample: ["output_text": "4"])])))))
            _ = try await runs.create(evalID: "eval_1", CreateEvalRunRequest(dataSource: .responses(EvalResponsesRunDataSource(
                source: .responses(EvalResponsesSource(model: "gpt-4o", users: ["u1"])),
                inputMessages: .itemReference("item.input"),
                samplingParams: EvalResponsesSamplingParams(tools: [.webSearch(ResponseWebSearchTool())], text: ResponseTextSettings(format: .jsonObject))
            ))))
            let sent = await server.requests
            #expect(sent[0].json == ["data_source": ["type": "jsonl", "source": [
                "type": "file_content", "content": [["item": ["question": "2+2?"], "sample": ["output_text": "4"]]],
            ]]])
            #expect(sent[1].json == ["data_source": [
                "type": "responses", "source": ["type": "responses", "model": "gpt-4o", "users": ["u1"]],
                "input_messages": ["type": "item_reference", "item_reference": "item.input"],
                "sampling_params": ["tools": [["type": "web_search"]], "text": ["format": ["type": "json_object"]]],
            ]])
        }
    }

    @Test("Pages through a run's failed output items and retrieves one")
    func outputItems() async throws {
        let page = #"{"object": "list", "data": [\#(Self.outputItemJSON)], "first_id": "outputitem_1", "last_id": "outputitem_1", "has_more": false}"#
        try await TestHTTPServer.withServer(responses: [.json(page), .json(Self.outputItemJSON)]) { server in
            let items = OpenAI.testing(server).evals.outputItems
            var failed: [EvalRunOutputItem] = []
            for try await item in items.listAll(evalID: "eval_1", runID: "evalrun_1", limit: 10, status: .fail) { failed.append(item) }
            let item = try await items.retrieve("outputitem_1", evalID: "eval_1", runID: "evalrun_1")
            #expect(await server.requests.map(\.uri) == [
                "/v1/evals/eval_1/runs/evalrun_1/output_items?limit=10&status=fail", "/v1/evals/eval_1/runs/evalrun_1/output_items/outputitem_1",
            ])
            #expect(failed.map(\.id) == ["outputitem_1"])
            #expect(item.status == .fail)
            #expect(item.datasourceItem?["answer"] == "Oslo")
            #expect(item.results.first?.passed == false)
            #expect(item.sample?.output.first?.content == "Bergen")
            #expect(item.sample?.usage?.promptTokens == 10)
        }
    }

    @Test("Graders and data sources round-trip, unknown kinds unchanged")
    func roundTrips() throws {
        for grader in EvalFixtures.criteria + [.other(["type": "endpoint", "name": "x", "url": "https://x"])] {
            #expect(try JSONDecoder().decode(Grader.self, from: JSONEncoder().encode(grader)) == grader)
        }
        for request in [EvalFixtures.jsonlRun, EvalFixtures.completionsRun, EvalFixtures.responsesRun, EvalFixtures.fileRun] {
            #expect(try JSONDecoder().decode(EvalRunDataSource.self, from: JSONEncoder().encode(request.dataSource)) == request.dataSource)
        }
        let unknown = #"{"type": "bigquery", "table": "t"}"#
        let source = try JSONDecoder().decode(EvalRunDataSource.self, from: Data(unknown.utf8))
        #expect(source.type == "bigquery")
        #expect(try JSONValue(encoding: source) == ["type": "bigquery", "table": "t"])
        let misshapen = try JSONDecoder().decode(Grader.self, from: Data(#"{"type": "string_check", "name": 1}"#.utf8))
        #expect(misshapen.type == .stringCheck)
        guard case .other = misshapen else { Issue.record("a misshapen grader was not kept whole"); return }
    }

    @Test("The spec's eval and run examples decode their graders and data sources as modelled kinds")
    func specExamplesAreModelled() throws {
        let spec = try #require(OpenAPISpec.shared)
        var graders: [Grader] = []
        var sources: [EvalRunDataSource] = []
        for (method, path) in [("POST", "/evals"), ("GET", "/evals/{eval_id}"), ("POST", "/evals/{eval_id}"), ("GET", "/evals")] {
            for object in spec.responseExamples(method, path).flatMap(ExampleJSON.objects(in:)) {
                guard let json = try? JSONDecoder().decode(JSONValue.self, from: Data(object.utf8)) else { continue }
                let evals = try json["data"] == nil ? [json.decode(as: Eval.self)] : json.decode(as: Page<Eval>.self).data
                graders += evals.flatMap(\.testingCriteria)
            }
        }
        for (method, path) in [("POST", "/evals/{eval_id}/runs"), ("GET", "/evals/{eval_id}/runs/{run_id}"), ("POST", "/evals/{eval_id}/runs/{run_id}")] {
            for object in spec.responseExamples(method, path).flatMap(ExampleJSON.objects(in:)) {
                guard let json = try? JSONDecoder().decode(JSONValue.self, from: Data(object.utf8)) else { continue }
                sources += try json.decode(as: EvalRun.self).dataSource.map { [$0] } ?? []
            }
        }
        #expect(!graders.isEmpty && !sources.isEmpty)
        #expect(graders.filter { if case .other = $0 { true } else { false } }.isEmpty, "\(graders)")
        #expect(sources.filter { if case .other = $0 { true } else { false } }.isEmpty, "\(sources)")
    }
}
