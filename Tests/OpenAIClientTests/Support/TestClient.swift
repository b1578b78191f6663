import Foundation
import OpenAIClient
import TestSupport

/// Records the waits a client asked for instead of waiting.
actor SleepRecorder {
    private(set) var durations: [Duration] = []
    func record(_ duration: Duration) { durations.append(duration) }
}

extension OpenAI {
    /// A client pointed at a test server, with recorded (not real) retry waits and no jitter.
    ///
    /// The default timeout is long on purpose: when the whole suite runs in parallel on a busy
    /// two-core machine, CPU-bound tests can hold the cooperative thread pool for many seconds,
    /// and a short timeout would turn that delay into a silent retry that consumes the next
    /// scripted response. Tests of timeouts pass their own short value.
    static func testing(
        _ server: TestHTTPServer,
        apiKey: String? = "sk-test",
        maxRetries: Int = 2,
        timeout: Duration = .seconds(600),
        sleeps: SleepRecorder = SleepRecorder(),
        configure: (inout OpenAIConfiguration) -> Void = { _ in }
    ) -> OpenAI {
        var configuration = OpenAIConfiguration(apiKey: apiKey, baseURL: server.baseURL, timeout: timeout, maxRetries: maxRetries)
        configure(&configuration)
        return OpenAI(configuration: configuration, sleep: { await sleeps.record($0) }, jitter: { 0 })
    }
}

extension RecordedRequest {
    /// The body decoded as free-form JSON.
    var json: JSONValue? { try? decodeJSON(JSONValue.self) }
}

/// Little-endian float32 bytes in base64, as the API sends `encoding_format: base64` vectors.
func base64Floats(_ values: [Float]) -> String {
    var bytes: [UInt8] = []
    for value in values {
        withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
    }
    return Data(bytes).base64EncodedString()
}
