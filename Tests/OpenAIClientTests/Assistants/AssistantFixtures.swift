/// JSON bodies the assistants, threads, messages and runs tests answer with.
enum AssistantFixtures {
    static let assistant = """
    {"id": "asst_1", "object": "assistant", "created_at": 1698984975, "name": "Math Tutor", "description": null,
     "model": "gpt-4o", "instructions": "Be precise.",
     "tools": [{"type": "code_interpreter"},
               {"type": "file_search", "file_search": {"max_num_results": 8, "ranking_options": {"ranker": "default_2024_08_21", "score_threshold": 0.5}}},
               {"type": "function", "function": {"name": "get_weather", "description": "Weather", "parameters": {"type": "object"}, "strict": true}}],
     "tool_resources": {"code_interpreter": {"file_ids": ["file-1"]}, "file_search": {"vector_store_ids": ["vs_1"]}},
     "metadata": {"team": "a"}, "temperature": 0.5, "top_p": 1.0,
     "response_format": {"type": "json_schema", "json_schema": {"name": "answer", "schema": {"type": "object"}, "strict": true}}}
    """

    static let thread = #"{"id": "thread_1", "object": "thread", "created_at": 1699012949, "metadata": {}, "tool_resources": {}}"#

    static let message = """
    {"id": "msg_1", "object": "thread.message", "created_at": 1699017614, "assistant_id": "asst_1", "thread_id": "thread_1",
     "run_id": "run_1", "role": "assistant", "status": "completed", "incomplete_details": null, "completed_at": 1699017615,
     "incomplete_at": null, "attachments": [{"file_id": "file-9", "tools": [{"type": "file_search"}]}], "metadata": {},
     "content": [
       {"type": "text", "text": {"value": "Renewal is yearly【4:0†contract.pdf】. See chart.png", "annotations": [
         {"type": "file_citation", "text": "【4:0†contract.pdf】", "file_citation": {"file_id": "file-c"}, "start_index": 17, "end_index": 36},
         {"type": "file_path", "text": "sandbox:/mnt/data/chart.png", "file_path": {"file_id": "file-p"}, "start_index": 42, "end_index": 51}]}},
       {"type": "image_file", "image_file": {"file_id": "file-img", "detail": "high"}},
       {"type": "image_url", "image_url": {"url": "https://example.com/a.png", "detail": "low"}},
       {"type": "refusal", "refusal": "no"}]}
    """

    static func run(status: String, requiredAction: String = "null", id: String = "run_1") -> String {
        """
        {"id": "\(id)", "object": "thread.run", "created_at": 1699063290, "assistant_id": "asst_1", "thread_id": "thread_1",
         "status": "\(status)", "required_action": \(requiredAction), "last_error": null, "expires_at": null, "started_at": 1699063290,
         "cancelled_at": null, "failed_at": null, "completed_at": null, "incomplete_details": null, "model": "gpt-4o",
         "instructions": null, "tools": [{"type": "function", "function": {"name": "get_weather"}}], "metadata": {},
         "usage": null, "temperature": 1.0, "top_p": 1.0, "max_prompt_tokens": 1000, "max_completion_tokens": 1000,
         "truncation_strategy": {"type": "last_messages", "last_messages": 5}, "response_format": "auto",
         "tool_choice": {"type": "function", "function": {"name": "get_weather"}}, "parallel_tool_calls": true}
        """
    }

    static let requiresAction = """
    {"type": "submit_tool_outputs", "submit_tool_outputs": {"tool_calls": [
      {"id": "call_1", "type": "function", "function": {"name": "get_weather", "arguments": "{\\"city\\":\\"Paris\\"}"}},
      {"id": "call_2", "type": "function", "function": {"name": "get_weather", "arguments": "{\\"city\\":\\"Oslo\\"}"}}]}}
    """

    static let step = """
    {"id": "step_1", "object": "thread.run.step", "created_at": 1699063291, "run_id": "run_1", "assistant_id": "asst_1",
     "thread_id": "thread_1", "type": "tool_calls", "status": "completed", "cancelled_at": null, "completed_at": 1699063291,
     "expired_at": null, "failed_at": null, "last_error": null, "metadata": null,
     "step_details": {"type": "tool_calls", "tool_calls": [
       {"id": "call_fs", "type": "file_search", "file_search": {"ranking_options": {"ranker": "auto", "score_threshold": 0.0},
         "results": [{"file_id": "file-c", "file_name": "contract.pdf", "score": 0.9, "content": [{"type": "text", "text": "Renewal…"}]}]}},
       {"id": "call_ci", "type": "code_interpreter", "code_interpreter": {"input": "1+1", "outputs": [{"type": "logs", "logs": "2"}, {"type": "image", "image": {"file_id": "file-img"}}]}}]},
     "usage": {"prompt_tokens": 123, "completion_tokens": 456, "total_tokens": 579}}
    """

    static func page(_ items: [String], hasMore: Bool = false, lastID: String? = nil) -> String {
        let last = lastID.map { "\"\($0)\"" } ?? "null"
        return #"{"object": "list", "data": [\#(items.joined(separator: ","))], "first_id": null, "last_id": \#(last), "has_more": \#(hasMore)}"#
    }
}
