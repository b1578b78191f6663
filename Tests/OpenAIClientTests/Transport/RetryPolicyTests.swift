import Foundation
import OpenAIClient
import Testing

@Suite struct RetryPolicyTests {
    let policy = RetryPolicy(maxRetries: 2, random: { 0 })

    @Test("Retries the statuses the SDKs retry", arguments: [
        (408, true), (409, true), (429, true), (500, true), (502, true), (503, true), (599, true),
        (400, false), (401, false), (403, false), (404, false), (422, false),
    ])
    func statuses(status: Int, retried: Bool) {
        #expect(policy.shouldRetry(status: status, headers: [:], errorCode: nil) == retried)
    }

    @Test("Never retries a 429 for insufficient quota")
    func insufficientQuota() {
        #expect(!policy.shouldRetry(status: 429, headers: [:], errorCode: "insufficient_quota"))
        #expect(policy.shouldRetry(status: 429, headers: [:], errorCode: "rate_limit_exceeded"))
    }

    @Test("x-should-retry overrides the status", arguments: [
        (400, "true", true), (500, "false", false), (429, "TRUE", true), (503, "maybe", true),
    ])
    func shouldRetryHeader(status: Int, header: String, retried: Bool) {
        #expect(policy.shouldRetry(status: status, headers: ["x-should-retry": header], errorCode: nil) == retried)
    }

    @Test("Retries connection failures and timeouts, not cancellations", arguments: [
        (OpenAIError.Kind.connection, true), (.timeout, true), (.cancelled, false), (.api, false), (.decoding, false),
    ])
    func transportErrors(kind: OpenAIError.Kind, retried: Bool) {
        #expect(policy.shouldRetry(OpenAIError(kind: kind, message: "x")) == retried)
    }

    @Test("Backs off 0.5 s · 2ⁿ capped at 8 s without jitter", arguments: [
        (0, 500), (1, 1000), (2, 2000), (3, 4000), (4, 8000), (5, 8000), (30, 8000),
    ])
    func backoff(retry: Int, milliseconds: Int) {
        #expect(policy.delay(beforeRetry: retry, headers: nil) == .milliseconds(milliseconds))
    }

    @Test("Jitter takes off at most a quarter")
    func jitter() {
        let jittered = RetryPolicy(maxRetries: 2, random: { 0.999_999 })
        #expect(jittered.delay(beforeRetry: 0, headers: nil) == .milliseconds(375))
        #expect(jittered.delay(beforeRetry: 4, headers: nil) == .milliseconds(6000))
    }

    @Test("Honours retry-after-ms before Retry-After")
    func retryAfterMilliseconds() {
        let headers: HTTPHeaderFields = ["retry-after-ms": "1234", "Retry-After": "9"]
        #expect(policy.delay(beforeRetry: 0, headers: headers) == .milliseconds(1234))
    }

    @Test("Honours Retry-After in seconds", arguments: [("3", 3000), ("0.25", 250), ("120", 120_000)])
    func retryAfterSeconds(value: String, milliseconds: Int) {
        #expect(policy.delay(beforeRetry: 0, headers: ["Retry-After": value]) == .milliseconds(milliseconds))
    }

    @Test("Honours Retry-After as an HTTP date")
    func retryAfterDate() throws {
        let now = try #require(ISO8601DateFormatter().date(from: "2026-11-23T06:00:00Z"))
        let headers: HTTPHeaderFields = ["Retry-After": "Mon, 23 Nov 2026 06:00:30 GMT"]
        #expect(policy.delay(beforeRetry: 0, headers: headers, now: now) == .seconds(30))
    }

    @Test("Falls back to backoff for out-of-range or unparsable Retry-After", arguments: ["121", "-1", "soon", "3600", "inf", "nan", "1e300"])
    func retryAfterOutOfRange(value: String) {
        #expect(policy.delay(beforeRetry: 1, headers: ["Retry-After": value]) == .milliseconds(1000))
    }
}
