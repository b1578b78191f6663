import OpenAIClient
import Testing

@Suite struct HTTPHeaderFieldsTests {
    @Test("Looks names up case-insensitively and replaces on set")
    func lookup() {
        var headers: HTTPHeaderFields = ["Content-Type": "application/json"]
        headers.append(name: "Set-Cookie", value: "a")
        headers.append(name: "set-cookie", value: "b")
        #expect(headers["content-type"] == "application/json")
        #expect(headers.values(for: "SET-COOKIE") == ["a", "b"])
        headers["CONTENT-TYPE"] = "text/plain"
        #expect(headers.values(for: "Content-Type") == ["text/plain"])
        headers["Set-Cookie"] = nil
        #expect(headers["set-cookie"] == nil)
        #expect(headers.fields.map(\.name) == ["CONTENT-TYPE"])
    }
}
