import Foundation

/// Response bodies shaped as the API sends them.
enum ResponseFixtures {
    /// A completed response with a cited message, a function call, a file search with results, reasoning, and an
    /// item type this library does not model.
    static let response = #"""
    {"id": "resp_1", "object": "response", "created_at": 1741476542, "completed_at": 1741476545, "status": "completed",
     "error": null, "incomplete_details": null, "instructions": null, "max_output_tokens": null, "model": "gpt-5",
     "output": [
       {"type": "reasoning", "id": "rs_1", "summary": [{"type": "summary_text", "text": "Looked it up."}], "encrypted_content": null},
       {"type": "file_search_call", "id": "fs_1", "status": "completed", "queries": ["refund policy"],
        "results": [{"file_id": "file-1", "filename": "handbook.md", "text": "Refunds within 30 days.", "score": 0.93, "attributes": {"lang": "en", "year": 2024}}]},
       {"type": "message", "id": "msg_1", "status": "completed", "role": "assistant",
        "content": [{"type": "output_text", "text": "Refunds within 30 days.", "annotations": [{"type": "file_citation", "file_id": "file-1", "filename": "handbook.md", "index": 23}], "logprobs": []}]},
       {"type": "function_call", "id": "fc_1", "call_id": "call_1", "name": "get_weather", "arguments": "{\"city\":\"Paris\"}", "status": "completed"},
       {"type": "shell_call", "id": "sh_1", "call_id": "call_9", "action": {"commands": ["ls"]}, "status": "completed"}
     ],
     "parallel_tool_calls": true, "previous_response_id": null, "reasoning": {"effort": "low", "summary": "auto"},
     "service_tier": "default", "store": true, "temperature": 1.0, "text": {"format": {"type": "text"}, "verbosity": "medium"},
     "tool_choice": "auto", "tools": [{"type": "function", "name": "get_weather", "parameters": {"type": "object"}, "strict": true}, {"type": "tool_search"}],
     "top_p": 1.0, "truncation": "disabled",
     "usage": {"input_tokens": 36, "input_tokens_details": {"cached_tokens": 4, "cache_write_tokens": 0}, "output_tokens": 87, "output_tokens_details": {"reasoning_tokens": 10}, "total_tokens": 123},
     "user": null, "metadata": {"k": "v"}}
    """#

    /// A response that answers with text only.
    static func text(_ id: String, _ text: String) -> String {
        #"{"id": "\#(id)", "object": "response", "status": "completed", "model": "gpt-5", "output": [{"type": "message", "id": "msg_\#(id)", "status": "completed", "role": "assistant", "content": [{"type": "output_text", "text": "\#(text)", "annotations": []}]}]}"#
    }

    /// A response that calls `get_weather` and a custom tool.
    static func calls(_ id: String) -> String {
        #"{"id": "\#(id)", "object": "response", "status": "completed", "model": "gpt-5", "output": [{"type": "function_call", "id": "fc_\#(id)", "call_id": "call_f_\#(id)", "name": "get_weather", "arguments": "{\"city\":\"Oslo\"}"}, {"type": "custom_tool_call", "id": "ct_\#(id)", "call_id": "call_c_\#(id)", "name": "sql", "input": "SELECT 1"}]}"#
    }

    /// The events of a streamed response: reasoning summary, a message with an annotation, and a function call.
    static let streamEvents: [String] = [
        #"{"type": "response.created", "sequence_number": 0, "response": {"id": "resp_s", "object": "response", "status": "in_progress", "model": "gpt-5", "output": []}}"#,
        #"{"type": "response.in_progress", "sequence_number": 1, "response": {"id": "resp_s", "object": "response", "status": "in_progress", "model": "gpt-5", "output": []}}"#,
        #"{"type": "response.output_item.added", "sequence_number": 2, "output_index": 0, "item": {"type": "reasoning", "id": "rs_1", "summary": []}}"#,
        #"{"type": "response.reasoning_summary_part.added", "sequence_number": 3, "item_id": "rs_1", "output_index": 0, "summary_index": 0, "part": {"type": "summary_text", "text": ""}}"#,
        #"{"type": "response.reasoning_summary_text.delta", "sequence_number": 4, "item_id": "rs_1", "output_index": 0, "summary_index": 0, "delta": "Think"}"#,
        #"{"type": "response.reasoning_summary_text.delta", "sequence_number": 5, "item_id": "rs_1", "output_index": 0, "summary_index": 0, "delta": "ing…"}"#,
        #"{"type": "response.output_item.added", "sequence_number": 6, "output_index": 1, "item": {"type": "message", "id": "msg_1", "status": "in_progress", "role": "assistant", "content": []}}"#,
        #"{"type": "response.content_part.added", "sequence_number": 7, "item_id": "msg_1", "output_index": 1, "content_index": 0, "part": {"type": "output_text", "text": "", "annotations": []}}"#,
        #"{"type": "response.output_text.delta", "sequence_number": 8, "item_id": "msg_1", "output_index": 1, "content_index": 0, "delta": "Bonjour, ", "logprobs": []}"#,
        #"{"type": "response.output_text.delta", "sequence_number": 9, "item_id": "msg_1", "output_index": 1, "content_index": 0, "delta": "monde 🌍", "logprobs": [], "obfuscation": "xyz"}"#,
        #"{"type": "response.output_text.annotation.added", "sequence_number": 10, "item_id": "msg_1", "output_index": 1, "content_index": 0, "annotation_index": 0, "annotation": {"type": "file_citation", "file_id": "file-1", "filename": "a.md", "index": 9}}"#,
        #"{"type": "response.output_item.added", "sequence_number": 11, "output_index": 2, "item": {"type": "function_call", "id": "fc_1", "call_id": "call_1", "name": "lookup", "arguments": "", "status": "in_progress"}}"#,
        #"{"type": "response.function_call_arguments.delta", "sequence_number": 12, "item_id": "fc_1", "output_index": 2, "delta": "{\"q\":"}"#,
        #"{"type": "response.function_call_arguments.delta", "sequence_number": 13, "item_id": "fc_1", "output_index": 2, "delta": "\"x\"}"}"#,
        #"{"type": "response.future_event.added", "sequence_number": 14, "something": {"new": true}}"#,
        #"{"type": "response.completed", "sequence_number": 15, "response": {"id": "resp_s", "object": "response", "status": "completed", "model": "gpt-5", "output": [], "usage": {"input_tokens": 5, "output_tokens": 7, "total_tokens": 12}}}"#,
    ]

    /// The SSE body of ``streamEvents``, each with its `event:` line, as the API sends them.
    static var streamBody: String {
        streamEvents.map { data -> String in
            let type = (try? JSONSerialization.jsonObject(with: Data(data.utf8)) as? [String: Any])?["type"] as? String ?? ""
            return "event: \(type)\ndata: \(data)\n\n"
        }.joined()
    }
}
