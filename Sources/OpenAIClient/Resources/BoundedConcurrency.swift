/// Runs one async operation per element with at most a fixed number in flight, keeping input order.
enum BoundedConcurrency {
    /// Maps `elements` through `transform`, at most `maxConcurrent` at a time; the first error cancels the rest.
    ///
    /// - Returns: The outputs in the order of `elements`.
    /// - Throws: The first ``OpenAIError`` a transform throws, or ``OpenAIError/Kind/cancelled`` when the task is cancelled.
    static func map<Element: Sendable, Output: Sendable>(
        _ elements: [Element],
        maxConcurrent: Int,
        _ transform: @escaping @Sendable (Element) async throws(OpenAIError) -> Output
    ) async throws(OpenAIError) -> [Output] {
        do {
            return try await withThrowingTaskGroup(of: (Int, Output).self) { group in
                var outputs = [Output?](repeating: nil, count: elements.count)
                var next = 0
                func startNext() {
                    guard next < elements.count else { return }
                    let index = next
                    next += 1
                    group.addTask { (index, try await transform(elements[index])) }
                }
                for _ in 0..<min(max(maxConcurrent, 1), elements.count) { startNext() }
                while let (index, output) = try await group.next() {
                    outputs[index] = output
                    startNext()
                }
                return outputs.compactMap { $0 }
            }
        } catch let error as OpenAIError {
            throw error
        } catch {
            throw OpenAIError(kind: .cancelled, message: "the operation was cancelled", underlying: error)
        }
    }
}
