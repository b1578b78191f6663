import Foundation

/// Decides whether a failed attempt is retried, and after how long.
///
/// The rules follow the official SDKs: retry 408, 409, 429, 5xx and connection failures or timeouts,
/// never a 429 whose error code is `insufficient_quota`; `x-should-retry: true|false` overrides the status.
/// The wait honours `retry-after-ms`, then `Retry-After` (seconds or an HTTP date) when it is between 0 and
/// 120 seconds; otherwise it is 0.5 s · 2ⁿ, capped at 8 s, minus up to 25 % jitter.
public struct RetryPolicy: Sendable {
    /// The first backoff delay (0.5 s).
    public static let initialDelay: Duration = .milliseconds(500)
    /// The longest backoff delay (8 s).
    public static let maxDelay: Duration = .seconds(8)
    /// The longest `Retry-After` honoured (120 s); longer values fall back to backoff.
    public static let maxRetryAfter: Duration = .seconds(120)

    /// Retries allowed after the first attempt.
    public var maxRetries: Int
    /// Returns a number in `0..<1` for the jitter; `Double.random` by default.
    public var random: @Sendable () -> Double

    /// Creates a policy.
    ///
    /// - Parameters:
    ///   - maxRetries: Retries allowed after the first attempt.
    ///   - random: The jitter source, a number in `0..<1`; `Double.random(in: 0..<1)` by default.
    public init(maxRetries: Int, random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) }) {
        self.maxRetries = maxRetries
        self.random = random
    }

    /// Whether a response with this status, headers and decoded error code should be retried.
    public func shouldRetry(status: Int, headers: HTTPHeaderFields, errorCode: String?) -> Bool {
        switch headers["x-should-retry"]?.lowercased() {
        case "true": return true
        case "false": return false
        default: break
        }
        if status == 429 && errorCode == "insufficient_quota" { return false }
        return status == 408 || status == 409 || status == 429 || status >= 500
    }

    /// Whether a transport failure should be retried (connection failures and timeouts, not cancellations).
    public func shouldRetry(_ error: OpenAIError) -> Bool {
        error.kind == .connection || error.kind == .timeout
    }

    /// The wait before retry number `retry` (0 for the first retry).
    ///
    /// - Parameters:
    ///   - retry: How many retries have already happened.
    ///   - headers: The failed response's headers, or `nil` after a connection failure.
    ///   - now: The current date, for `Retry-After` HTTP dates.
    public func delay(beforeRetry retry: Int, headers: HTTPHeaderFields?, now: Date = Date()) -> Duration {
        if let headers, let requested = Self.retryAfter(headers, now: now),
           requested >= .zero, requested <= Self.maxRetryAfter {
            return requested
        }
        let exponent = Double(min(max(retry, 0), 16))
        let base = min(0.5 * pow(2, exponent), 8.0)
        let jitter = 1 - 0.25 * min(max(random(), 0), 1)
        return .milliseconds(Int((base * jitter * 1000).rounded()))
    }

    /// The server's requested wait: `retry-after-ms`, else `Retry-After` in seconds or as an HTTP date.
    static func retryAfter(_ headers: HTTPHeaderFields, now: Date) -> Duration? {
        if let text = headers["retry-after-ms"], let milliseconds = Double(text.trimmingCharacters(in: .whitespaces)) {
            return duration(milliseconds: milliseconds)
        }
        guard let text = headers["retry-after"]?.trimmingCharacters(in: .whitespaces) else { return nil }
        if let seconds = Double(text) {
            return duration(milliseconds: seconds * 1000)
        }
        guard let date = httpDate(text) else { return nil }
        return duration(milliseconds: date.timeIntervalSince(now) * 1000)
    }

    /// A duration from a server-supplied number, `nil` when it is not finite or absurdly large.
    private static func duration(milliseconds: Double) -> Duration? {
        guard milliseconds.isFinite, abs(milliseconds) < 1e12 else { return nil }
        return .milliseconds(Int(milliseconds.rounded()))
    }

    static func httpDate(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        for format in ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy"] {
            formatter.dateFormat = format
            if let date = formatter.date(from: text) { return date }
        }
        return nil
    }
}
