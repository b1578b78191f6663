import Foundation
import OpenAIClient
import Testing

@Suite struct JSONValueTests {
    @Test("Round-trips every kind of value")
    func roundTrip() throws {
        let value: JSONValue = [
            "null": nil, "bool": true, "int": 42, "double": 1.5, "string": "s",
            "array": [1, "two", [3]], "object": ["nested": ["deep": false]],
        ]
        let data = try JSONEncoder().encode(value)
        #expect(try JSONDecoder().decode(JSONValue.self, from: data) == value)
    }

    @Test("Keeps integers and fractions apart")
    func numbers() throws {
        let decoded = try JSONDecoder().decode(JSONValue.self, from: Data(#"[1, 1.25, -3, 1e3]"#.utf8))
        #expect(decoded == [.integer(1), .number(1.25), .integer(-3), .integer(1000)] || decoded == [.integer(1), .number(1.25), .integer(-3), .number(1000)])
        #expect(decoded.arrayValue?[1].doubleValue == 1.25)
        #expect(decoded.arrayValue?[3].intValue == 1000)
    }

    @Test("Reads members and converts to typed values")
    func accessors() throws {
        struct City: Decodable, Equatable { var name: String; var population: Int }
        let value: JSONValue = ["name": "Lyon", "population": 522_000]
        #expect(value["name"]?.stringValue == "Lyon")
        #expect(value["missing"] == nil)
        #expect(try value.decode(as: City.self) == City(name: "Lyon", population: 522_000))
        #expect(try JSONValue(encoding: ["a": 1]) == ["a": 1])
    }
}
