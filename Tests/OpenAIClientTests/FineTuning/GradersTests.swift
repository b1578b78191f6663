import Foundation
import OpenAIClient
import TestSupport
import Testing

/// Request fixtures with every property set, and the conformance entries, for the fine-tuning grader endpoints.
enum GraderFixtures {
    /// Every grader kind the endpoints take, fine-tuning style (no pass thresholds), a multi grader holding the others.
    static let graders: [Grader] = [
        .stringCheck(StringCheckGrader(name: "exact", input: "{{sample.output_text}}", reference: "{{item.answer}}", operation: .eq)),
        .textSimilarity(TextSimilarityGrader(name: "close", input: "{{sample.output_text}}", reference: "{{item.answer}}", evaluationMetric: .bleu)),
        .python(PythonGrader(name: "py", source: "def grade(sample, item): return 1.0", imageTag: "2025-05-08")),
        .scoreModel(ScoreModelGrader(name: "score", model: "o4-mini", input: EvalFixtures.prompt,
                                     samplingParams: GraderSamplingParams(seed: 1, topP: 1, temperature: 1, maxCompletionsTokens: 32, reasoningEffort: .medium),
                                     range: [0, 10])),
    ]

    static let multi = Grader.multi(MultiGrader(
        name: "combined",
        graders: ["exact": graders[0], "close": graders[1],
                  "tone": .labelModel(LabelModelGrader(name: "tone", model: "gpt-4o-mini", input: EvalFixtures.prompt, labels: ["ok", "rude"], passingLabels: ["ok"]))],
        calculateOutput: "0.5 * exact + 0.3 * close + 0.2 * tone"
    ))

    static let run = RunGraderRequest(grader: multi, modelSample: "Paris", item: ["answer": "Paris"])

    /// Every request body above, for the "sets every property" check.
    static let requestBodies: [any Sendable] = [run]

    static let operations: [CoveredOperation] = [
        CoveredOperation(method: "POST", path: "/fine_tuning/alpha/graders/run", requestSchema: "RunGraderRequest",
                         call: { _ = try await $0.fineTuning.alpha.graders.run(run) }, decode: CoveredOperation.decoder(RunGraderResponse.self)),
        CoveredOperation(method: "POST", path: "/fine_tuning/alpha/graders/validate", requestSchema: "ValidateGraderRequest",
                         call: { _ = try await $0.fineTuning.alpha.graders.validate(multi) }, decode: CoveredOperation.decoder(ValidateGraderResponse.self)),
    ] + graders.map { grader in
        CoveredOperation(method: "POST", path: "/fine_tuning/alpha/graders/validate", requestSchema: "ValidateGraderRequest",
                         call: { _ = try await $0.fineTuning.alpha.graders.validate(grader) }, decode: CoveredOperation.decoder(ValidateGraderResponse.self))
    }
}

@Suite struct GradersTests {
    static let runJSON = """
    {"reward": 0.8, "metadata": {"name": "combined", "type": "multi", "errors": {"formula_parse_error": false, "sample_parse_error": false,
       "truncated_observation_error": false, "unresponsive_reward_error": false, "invalid_variable_error": false, "other_error": false,
       "python_grader_server_error": false, "python_grader_server_error_type": null, "python_grader_runtime_error": false,
       "python_grader_runtime_error_details": null, "model_grader_server_error": false, "model_grader_refusal_error": false,
       "model_grader_parse_error": false, "model_grader_server_error_details": null},
      "execution_time": 0.5, "scores": {"exact": 1.0, "close": 0.5}, "token_usage": null, "sampled_model_name": null},
     "sub_rewards": {"exact": 1.0, "close": 0.5}, "model_grader_token_usage_per_model": {}}
    """

    @Test("Runs a multi grader, its graders sent keyed by name, and decodes the reward")
    func run() async throws {
        try await TestHTTPServer.withServer(responses: [.json(Self.runJSON)]) { server in
            let exact = Grader.stringCheck(StringCheckGrader(name: "exact", input: "{{sample.output_text}}", reference: "{{item.answer}}", operation: .eq))
            let close = Grader.textSimilarity(TextSimilarityGrader(name: "close", input: "{{sample.output_text}}", reference: "{{item.answer}}",
                                                                   evaluationMetric: .fuzzyMatch))
            let result = try await OpenAI.testing(server).fineTuning.alpha.graders.run(RunGraderRequest(
                grader: .multi(MultiGrader(name: "combined", graders: ["exact": exact, "close": close], calculateOutput: "0.6 * exact + 0.4 * close")),
                modelSample: "Paris", item: ["answer": "Paris"]))
            let sent = try #require(await server.requests.first)
            #expect(sent.method == "POST")
            #expect(sent.path == "/v1/fine_tuning/alpha/graders/run")
            #expect(sent.json == [
                "grader": ["type": "multi", "name": "combined", "calculate_output": "0.6 * exact + 0.4 * close", "graders": [
                    "exact": ["type": "string_check", "name": "exact", "input": "{{sample.output_text}}", "reference": "{{item.answer}}", "operation": "eq"],
                    "close": ["type": "text_similarity", "name": "close", "input": "{{sample.output_text}}", "reference": "{{item.answer}}",
                              "evaluation_metric": "fuzzy_match"],
                ]],
                "model_sample": "Paris", "item": ["answer": "Paris"],
            ])
            #expect(result.reward == 0.8)
            #expect(result.metadata?.type == .multi)
            #expect(result.metadata?.errors?.formulaParseError == false)
            #expect(result.subRewards?["exact"]?.doubleValue == 1)
        }
    }

    @Test("Validates a Python grader and decodes the grader sent back; a 400 surfaces as an API error")
    func validate() async throws {
        let python = Grader.python(PythonGrader(name: "py", source: "def grade(sample, item): return 1.0"))
        let answer = #"{"grader": {"type": "python", "name": "py", "source": "def grade(sample, item): return 1.0", "image_tag": "2025-05-08"}}"#
        try await TestHTTPServer.withServer(responses: [.json(answer), .error(status: 400, message: "invalid grader", param: "grader")]) { server in
            let graders = OpenAI.testing(server).fineTuning.alpha.graders
            let validated = try await graders.validate(python)
            let error = await #expect(throws: OpenAIError.self) { try await graders.validate(.other(["type": "nope"])) }
            let sent = await server.requests
            #expect(sent.map(\.path) == ["/v1/fine_tuning/alpha/graders/validate", "/v1/fine_tuning/alpha/graders/validate"])
            #expect(sent[0].json == ["grader": ["type": "python", "name": "py", "source": "def grade(sample, item): return 1.0"]])
            #expect(sent[1].json == ["grader": ["type": "nope"]])
            #expect(validated.grader == .python(PythonGrader(name: "py", source: "def grade(sample, item): return 1.0", imageTag: "2025-05-08")))
            #expect(error?.status == 400)
        }
    }

    @Test("A multi grader's graders decode from a map, from one grader and from a list, keyed by name")
    func multiGraderShapes() throws {
        let exact = #"{"type": "string_check", "name": "exact", "input": "a", "reference": "b", "operation": "eq"}"#
        let close = #"{"type": "text_similarity", "name": "close", "input": "a", "reference": "b", "evaluation_metric": "bleu"}"#
        for graders in [#"{"exact": \#(exact), "close": \#(close)}"#, "[\(exact), \(close)]"] {
            let grader = try JSONDecoder().decode(Grader.self, from: Data(#"{"type": "multi", "name": "m", "calculate_output": "exact", "graders": \#(graders)}"#.utf8))
            guard case .multi(let multi) = grader else { Issue.record("not a multi grader: \(grader)"); continue }
            #expect(multi.graders.keys.sorted() == ["close", "exact"])
            #expect(multi.graders["close"]?.type == .textSimilarity)
        }
        let single = try JSONDecoder().decode(MultiGrader.self, from: Data(#"{"name": "m", "calculate_output": "exact", "graders": \#(exact)}"#.utf8))
        #expect(single.graders.keys.sorted() == ["exact"])
    }
}
