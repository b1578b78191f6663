import Foundation
import OpenAIClient
import TestSupport
import Testing

/// Request fixtures with every property set, and the conformance entries, for ChatKit.
enum ChatKitFixtures {
    static let workflow = ChatKitWorkflow(id: "wf_1", version: "2", stateVariables: ["plan": "pro", "seats": 3, "trial": false, "score": 0.5],
                                          tracing: ChatKitFeatureToggle(enabled: false))
    static let fileUpload = ChatKitConfiguration.FileUpload(enabled: true, maxFileSize: 16, maxFiles: 5)
    static let history = ChatKitConfiguration.History(enabled: true, recentThreads: 10)
    static let configuration = ChatKitConfiguration(automaticThreadTitling: ChatKitFeatureToggle(enabled: true), fileUpload: fileUpload, history: history)
    static let session = CreateChatKitSessionRequest(
        workflow: workflow, user: "user_1", expiresAfter: ChatKitSessionExpiration(seconds: 600), rateLimits: ChatKitRateLimits(maxRequestsPer1Minute: 30),
        chatkitConfiguration: configuration
    )

    /// Every request body above, for the "sets every property" check.
    static let requestBodies: [any Sendable] = [session, workflow, fileUpload, history, configuration]

    /// The create example answers without the `id` the schema requires (the cancel example has one): checked with one added.
    static let decodeSessionWithoutID: @Sendable (String) throws -> Void = { text in
        guard case .object(var members) = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)) else { return }
        if members["id"] == nil { members["id"] = "cksess_example" }
        _ = try JSONValue.object(members).decode(as: ChatKitSession.self)
    }

    static let operations: [CoveredOperation] = [
        CoveredOperation(method: "POST", path: "/chatkit/sessions", requestSchema: "CreateChatSessionBody",
                         call: { _ = try await $0.chatKit.sessions.create(session) }, decode: decodeSessionWithoutID),
        CoveredOperation(method: "POST", path: "/chatkit/sessions/{session_id}/cancel", call: { _ = try await $0.chatKit.sessions.cancel("{session_id}") },
                         decode: CoveredOperation.decoder(ChatKitSession.self)),
        CoveredOperation(method: "GET", path: "/chatkit/threads",
                         call: { _ = try await $0.chatKit.threads.list(user: "u", limit: 1, order: .ascending, after: "a", before: "b") },
                         decode: CoveredOperation.decoder(Page<ChatKitThread>.self)),
        CoveredOperation(method: "GET", path: "/chatkit/threads/{thread_id}", call: { _ = try await $0.chatKit.threads.retrieve("{thread_id}") },
                         decode: CoveredOperation.decoder(ChatKitThread.self)),
        // The spec's example answer is empty.
        CoveredOperation(method: "DELETE", path: "/chatkit/threads/{thread_id}", call: { _ = try await $0.chatKit.threads.delete("{thread_id}") },
                         decode: CoveredOperation.decoder(DeletionStatus.self), hasResponseExample: false),
        CoveredOperation(method: "GET", path: "/chatkit/threads/{thread_id}/items",
                         call: { _ = try await $0.chatKit.threads.listItems(threadID: "{thread_id}", limit: 1, order: .descending, after: "a", before: "b") },
                         decode: CoveredOperation.decoder(Page<ChatKitThreadItem>.self)),
    ]
}

@Suite struct ChatKitTests {
    static let sessionJSON = """
    {"id": "cksess_1", "object": "chatkit.session", "client_secret": "ek_1", "expires_at": 1712349876,
     "workflow": {"id": "wf_1", "version": null, "state_variables": {"plan": "pro"}, "tracing": {"enabled": true}},
     "user": "user_1", "rate_limits": {"max_requests_per_1_minute": 10}, "max_requests_per_1_minute": 10, "status": "active",
     "chatkit_configuration": {"automatic_thread_titling": {"enabled": true}, "file_upload": {"enabled": false, "max_file_size": null, "max_files": null},
                               "history": {"enabled": true, "recent_threads": null}}}
    """
    static let threadJSON = """
    {"id": "cthr_1", "object": "chatkit.thread", "created_at": 1712345600, "title": null, "status": {"type": "locked", "reason": "abuse"}, "user": "user_1"}
    """
    static let itemsJSON = """
    {"object": "list", "first_id": "cthi_1", "last_id": "cthi_7", "has_more": false, "data": [
      {"id": "cthi_1", "object": "chatkit.thread_item", "created_at": 1, "thread_id": "cthr_1", "type": "chatkit.user_message",
       "content": [{"type": "input_text", "text": "Hi"}, {"type": "quoted_text", "text": "earlier"}],
       "attachments": [{"type": "image", "id": "att_1", "name": "a.png", "mime_type": "image/png", "preview_url": null}],
       "inference_options": {"tool_choice": {"id": "search"}, "model": "gpt-5"}},
      {"id": "cthi_2", "object": "chatkit.thread_item", "created_at": 2, "thread_id": "cthr_1", "type": "chatkit.assistant_message",
       "content": [{"type": "output_text", "text": "Hello", "annotations": [{"type": "url", "source": {"type": "url", "url": "https://example.com"}}]}]},
      {"id": "cthi_3", "object": "chatkit.thread_item", "created_at": 3, "thread_id": "cthr_1", "type": "chatkit.widget", "widget": "{}"},
      {"id": "cthi_4", "object": "chatkit.thread_item", "created_at": 4, "thread_id": "cthr_1", "type": "chatkit.client_tool_call",
       "status": "completed", "call_id": "call_1", "name": "open", "arguments": "{}", "output": "{}"},
      {"id": "cthi_5", "object": "chatkit.thread_item", "created_at": 5, "thread_id": "cthr_1", "type": "chatkit.task", "task_type": "thought",
       "heading": "Thinking", "summary": null},
      {"id": "cthi_6", "object": "chatkit.thread_item", "created_at": 6, "thread_id": "cthr_1", "type": "chatkit.task_group",
       "tasks": [{"type": "custom", "heading": "Step 1", "summary": "done"}]},
      {"id": "cthi_7", "object": "chatkit.thread_item", "created_at": 7, "thread_id": "cthr_1", "type": "chatkit.handoff", "to": "agent_b"}
    ]}
    """

    @Test("Creates a session with every setting and the beta header, then cancels it")
    func sessions() async throws {
        let cancelled = Self.sessionJSON.replacingOccurrences(of: #""status": "active""#, with: #""status": "cancelled""#)
        try await TestHTTPServer.withServer(responses: [.json(Self.sessionJSON), .json(cancelled)]) { server in
            let sessions = OpenAI.testing(server).chatKit.sessions
            let session = try await sessions.create(ChatKitFixtures.session)
            let after = try await sessions.cancel(session.id)
            let sent = await server.requests
            #expect(sent.map(\.method) == ["POST", "POST"])
            #expect(sent.map(\.path) == ["/v1/chatkit/sessions", "/v1/chatkit/sessions/cksess_1/cancel"])
            #expect(sent.map { $0.header("OpenAI-Beta") } == ["chatkit_beta=v1", "chatkit_beta=v1"])
            #expect(sent[0].json == [
                "workflow": ["id": "wf_1", "version": "2", "state_variables": ["plan": "pro", "seats": 3, "trial": false, "score": 0.5],
                             "tracing": ["enabled": false]],
                "user": "user_1", "expires_after": ["anchor": "created_at", "seconds": 600], "rate_limits": ["max_requests_per_1_minute": 30],
                "chatkit_configuration": ["automatic_thread_titling": ["enabled": true], "file_upload": ["enabled": true, "max_file_size": 16, "max_files": 5],
                                          "history": ["enabled": true, "recent_threads": 10]],
            ])
            #expect(sent[1].json == [:])
            #expect(session.clientSecret == "ek_1")
            #expect(session.workflow?.stateVariables?["plan"] == "pro")
            #expect(session.chatkitConfiguration?.fileUpload?.enabled == false)
            #expect(after.status == .cancelled)
        }
    }

    @Test("Lists a user's threads across pages, retrieves and deletes one; a caller's own beta header wins")
    func threads() async throws {
        let first = #"{"object": "list", "data": [\#(Self.threadJSON)], "first_id": "cthr_1", "last_id": "cthr_1", "has_more": true}"#
        let second = #"{"object": "list", "data": [], "first_id": null, "last_id": null, "has_more": false}"#
        let deleted = #"{"id": "cthr_1", "object": "chatkit.thread.deleted", "deleted": true}"#
        try await TestHTTPServer.withServer(responses: [.json(first), .json(second), .json(Self.threadJSON), .json(deleted)]) { server in
            let threads = OpenAI.testing(server).chatKit.threads
            var listed: [ChatKitThread] = []
            for try await thread in threads.listAll(user: "user_1", order: .ascending) { listed.append(thread) }
            _ = try await threads.retrieve("cthr_1", options: RequestOptions(extraHeaders: ["OpenAI-Beta": "chatkit_beta=v2"]))
            let status = try await threads.delete("cthr_1")
            let sent = await server.requests
            #expect(sent.map(\.uri) == ["/v1/chatkit/threads?order=asc&user=user_1", "/v1/chatkit/threads?order=asc&after=cthr_1&user=user_1",
                                        "/v1/chatkit/threads/cthr_1", "/v1/chatkit/threads/cthr_1"])
            #expect(sent.map { $0.header("OpenAI-Beta") } == ["chatkit_beta=v1", "chatkit_beta=v1", "chatkit_beta=v2", "chatkit_beta=v1"])
            #expect(sent[3].method == "DELETE")
            #expect(listed.map(\.id) == ["cthr_1"])
            #expect(listed.first?.status?.type == .locked)
            #expect(listed.first?.status?.reason == "abuse")
            #expect(status.deleted)
        }
    }

    @Test("Decodes every kind of thread item, keeping an unknown one whole")
    func items() async throws {
        try await TestHTTPServer.withServer(responses: [.json(Self.itemsJSON)]) { server in
            let page = try await OpenAI.testing(server).chatKit.threads.listItems(threadID: "cthr_1", limit: 10, before: "cthi_9")
            #expect(await server.requests.map(\.uri) == ["/v1/chatkit/threads/cthr_1/items?limit=10&before=cthi_9"])
            let items = page.data
            #expect(items.map(\.type) == [.userMessage, .assistantMessage, .widget, .clientToolCall, .task, .taskGroup, "chatkit.handoff"])
            guard items.count == 7 else { return }
            guard case .userMessage(let user) = items[0].content else { Issue.record("not a user message"); return }
            #expect(user.content.map(\.text) == ["Hi", "earlier"])
            #expect(user.attachments.first?.mimeType == "image/png")
            #expect(user.inferenceOptions?.toolChoice?.id == "search")
            guard case .assistantMessage(let assistant) = items[1].content else { Issue.record("not an assistant message"); return }
            #expect(assistant.content.first?.annotations?.first?.source.url == "https://example.com")
            #expect(items[2].content == .widget("{}"))
            guard case .clientToolCall(let call) = items[3].content else { Issue.record("not a tool call"); return }
            #expect(call.status == .completed && call.callID == "call_1")
            guard case .task(let task) = items[4].content else { Issue.record("not a task"); return }
            #expect(task.taskType == .thought)
            guard case .taskGroup(let tasks) = items[5].content else { Issue.record("not a task group"); return }
            #expect(tasks.first?.taskType == .custom)
            guard case .other(let raw) = items[6].content else { Issue.record("the unknown item was not kept"); return }
            #expect(raw["to"] == "agent_b")
            #expect(items[6].threadID == "cthr_1")
        }
    }

    @Test("The spec's examples, which drop the chatkit. prefix from item types, decode as the modelled kinds")
    func unprefixedTypes() throws {
        let spec = try #require(OpenAPISpec.shared)
        let objects = spec.responseExamples("GET", "/chatkit/threads/{thread_id}/items").flatMap(ExampleJSON.objects(in:))
        let items = try objects.flatMap { try JSONDecoder().decode(Page<ChatKitThreadItem>.self, from: Data($0.utf8)).data }
        #expect(items.count == 2)
        #expect(items.allSatisfy { if case .other = $0.content { false } else { true } })
    }
}
