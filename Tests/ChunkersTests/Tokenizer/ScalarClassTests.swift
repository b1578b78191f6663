@testable import Chunkers
import Testing

@Suite struct ScalarClassTests {
    @Test("Builds the Basic Multilingual Plane table as the scalar properties say")
    func basicPlaneTable() {
        var differing: [String] = []
        for value in 0...0xFFFF {
            let expected = Unicode.Scalar(UInt32(value)).map(ScalarClass.init) ?? []
            if ScalarClassTable.basicPlane[value] != expected { differing.append(String(value, radix: 16)) }
        }
        #expect(differing.isEmpty, "differing scalars: \(differing.prefix(20))")
    }

    static let cases: [(Unicode.Scalar, ScalarClass)] = [
        ("a", [.letter, .lowerish]), ("Z", [.letter, .upperish]), ("\u{1C5}", [.letter, .upperish]),
        ("\u{2B0}", [.letter, .upperish, .lowerish]), ("中", [.letter, .upperish, .lowerish]),
        ("\u{301}", [.upperish, .lowerish]), ("7", [.number]), ("\u{663}", [.number]), ("\u{2167}", [.number]),
        ("\u{BD}", [.number]), (" ", [.whitespace]), ("\n", [.whitespace, .newline]), ("\r", [.whitespace, .newline]),
        ("\u{85}", [.whitespace]), ("\u{3000}", [.whitespace]), ("\u{200B}", []), ("\u{180E}", []), ("\u{FEFF}", []),
        ("!", []), ("\u{1F600}", []), ("\u{10D50}", [.letter, .upperish]),
        // Assigned in Unicode 17, after tiktoken's tables: unassigned here too.
        ("\u{3303D}", []),
    ]

    @Test("Classifies scalars as tiktoken's patterns see them", arguments: cases)
    func classes(scalar: Unicode.Scalar, expected: ScalarClass) {
        #expect(ScalarClass(scalar) == expected)
    }
}
