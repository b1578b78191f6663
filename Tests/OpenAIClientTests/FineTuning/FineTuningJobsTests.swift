import Foundation
import OpenAIClient
import TestSupport
import Testing

@Suite struct FineTuningJobsTests {
    static let job = """
    {"object": "fine_tuning.job", "id": "ftjob-1", "model": "gpt-4o-mini-2024-07-18", "created_at": 1721764800,
     "fine_tuned_model": null, "organization_id": "org-1", "result_files": [], "status": "queued", "validation_file": null,
     "training_file": "file-1", "hyperparameters": {"batch_size": "auto", "learning_rate_multiplier": 1.8, "n_epochs": 3},
     "trained_tokens": null, "error": null, "seed": 42, "estimated_finish": null, "integrations": [],
     "method": {"type": "dpo", "dpo": {"hyperparameters": {"beta": 0.1, "batch_size": "auto", "learning_rate_multiplier": "auto", "n_epochs": 2}}},
     "metadata": {"k": "v"}}
    """

    static let methods: [(FineTuningMethod, JSONValue)] = [
        (.supervised(FineTuningHyperparameters(batchSize: .auto, learningRateMultiplier: 0.5, nEpochs: 3)),
         ["type": "supervised", "supervised": ["hyperparameters": ["batch_size": "auto", "learning_rate_multiplier": 0.5, "n_epochs": 3]]]),
        (.dpo(FineTuningHyperparameters(nEpochs: 2, beta: 0.1)),
         ["type": "dpo", "dpo": ["hyperparameters": ["n_epochs": 2, "beta": 0.1]]]),
    ]

    @Test("Creates supervised and DPO jobs with hyperparameters", arguments: methods)
    func create(method: FineTuningMethod, expected: JSONValue) async throws {
        try await TestHTTPServer.withServer(responses: [.json(Self.job)]) { server in
            var request = CreateFineTuningJobRequest(model: "gpt-4o-mini", trainingFile: "file-1", validationFile: "file-2", suffix: "s", method: method, seed: 42)
            request.metadata = ["k": "v"]
            request.integrations = [["type": "wandb", "wandb": ["project": "p"]]]
            let job = try await OpenAI.testing(server).fineTuning.jobs.create(request)
            let sent = try #require(await server.requests.first)
            #expect(sent.path == "/v1/fine_tuning/jobs")
            #expect(sent.json == [
                "model": "gpt-4o-mini", "training_file": "file-1", "validation_file": "file-2", "suffix": "s", "seed": 42,
                "method": expected, "metadata": ["k": "v"], "integrations": [["type": "wandb", "wandb": ["project": "p"]]],
            ])
            #expect(job.status == .queued)
            #expect(job.hyperparameters?.batchSize == .auto)
            #expect(job.hyperparameters?.learningRateMultiplier == .value(1.8))
            #expect(job.method?.dpo?.hyperparameters?.beta == 0.1)
        }
    }

    @Test("Retrieves, cancels, lists with metadata filters, events and checkpoints")
    func endpoints() async throws {
        let events = #"{"object": "list", "data": [{"object": "fine_tuning.job.event", "id": "ev-1", "created_at": 1, "level": "info", "message": "Step 1", "type": "metrics", "data": {"step": 1, "train_loss": 0.5}}], "has_more": false}"#
        let checkpoints = #"{"object": "list", "data": [{"object": "fine_tuning.job.checkpoint", "id": "ckpt-1", "created_at": 1, "fine_tuned_model_checkpoint": "ft:gpt-4o-mini:org::ckpt-step-10", "step_number": 10, "metrics": {"step": 10, "train_loss": 0.3}, "fine_tuning_job_id": "ftjob-1"}], "first_id": "ckpt-1", "last_id": "ckpt-1", "has_more": false}"#
        try await TestHTTPServer.withServer(responses: [
            .json(Self.job), .json(Self.job.replacingOccurrences(of: "\"queued\"", with: "\"cancelled\"")),
            .json(AssistantFixtures.page([Self.job])), .json(events), .json(checkpoints), .json(Self.job), .json(Self.job),
        ]) { server in
            let jobs = OpenAI.testing(server).fineTuning.jobs
            _ = try await jobs.retrieve("ftjob-1")
            #expect(try await jobs.cancel("ftjob-1").status == .cancelled)
            #expect(try await jobs.list(after: "ftjob-0", limit: 2, metadata: ["team": "a"]).data.count == 1)
            let event = try #require(try await jobs.listEvents("ftjob-1", limit: 5).data.first)
            #expect(event.data?["train_loss"] == 0.5)
            let checkpoint = try #require(try await jobs.listCheckpoints("ftjob-1", after: "ckpt-0").data.first)
            #expect(checkpoint.stepNumber == 10)
            #expect(checkpoint.metrics?["train_loss"] == 0.3)
            _ = try await jobs.pause("ftjob-1")
            _ = try await jobs.resume("ftjob-1")
            let sent = await server.requests
            #expect(sent.map(\.method) == ["GET", "POST", "GET", "GET", "GET", "POST", "POST"])
            #expect(sent.map(\.path) == [
                "/v1/fine_tuning/jobs/ftjob-1", "/v1/fine_tuning/jobs/ftjob-1/cancel", "/v1/fine_tuning/jobs",
                "/v1/fine_tuning/jobs/ftjob-1/events", "/v1/fine_tuning/jobs/ftjob-1/checkpoints",
                "/v1/fine_tuning/jobs/ftjob-1/pause", "/v1/fine_tuning/jobs/ftjob-1/resume",
            ])
            #expect(sent[2].queryItems == [URLQueryItem(name: "limit", value: "2"), URLQueryItem(name: "after", value: "ftjob-0"), URLQueryItem(name: "metadata[team]", value: "a")])
            #expect(sent[3].queryItems == [URLQueryItem(name: "limit", value: "5")])
            #expect(sent[4].queryItems == [URLQueryItem(name: "after", value: "ckpt-0")])
        }
    }

    @Test("A hyperparameter that is neither auto nor a number fails to decode")
    func badHyperparameter() {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Hyperparameter.self, from: Data(#""fast""#.utf8)) }
    }
}
