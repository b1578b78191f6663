import Testing

@testable import RAGKit

@Suite struct RemotePassageLocatorTests {
    private static func chunk(_ ordinal: Int, _ text: String, heading: String, page: Int? = nil) -> StoredChunk {
        StoredChunk(id: Int64(ordinal), documentID: 1, path: "a.pdf", ordinal: ordinal, text: text,
                    headingPath: [heading], page: page, tokenCount: 10, textHash: "h\\(ordinal)")
    }

    private static func prepared(_ chunks: [StoredChunk]) -> [(chunk: StoredChunk, text: String)] {
        chunks.map { ($0, RemotePassageLocator.collapsingWhitespace($0.text)) }
    }

    @Test("Excerpts are the start, middle and end of a long passage, or the whole of a short one")
    func excerpts() {
        #expect(RemotePassageLocator.excerpts(of: "").isEmpty)
        #expect(RemotePassageLocator.excerpts(of: "short passage") == ["short passage"])
        let long = String(repeating: "a", count: 40) + String(repeating: "b", count: 40) + String(repeating: "c", count: 40)
        let excerpts = RemotePassageLocator.excerpts(of: long)
        #expect(excerpts.count == 3)
        #expect(excerpts.allSatisfy { $0.count == RemotePassageLocator.excerptLength })
        #expect(excerpts.first?.hasPrefix("aaaa") == true && excerpts.last?.hasSuffix("cccc") == true)
        #expect(excerpts[1].contains("b"))
    }

    @Test("A passage is found in the first chunk containing its start, whatever its whitespace")
    func locatesByStart() {
        let chunks = Self.prepared([
            Self.chunk(0, "Intro text that says nothing of interest here at all, padding it out.", heading: "Intro", page: 1),
            Self.chunk(1, "The pump must be primed\\nbefore the first start; fill it through the upper port until water runs clear.", heading: "Pump", page: 2),
            Self.chunk(2, "fill it through the upper port until water runs clear. Then close the valve and start.", heading: "Pump", page: 3),
        ])
        let passage = "The   pump must be primed before the first start; fill it through the upper port until water runs clear."
        let found = RemotePassageLocator.chunk(containing: passage, in: chunks)
        #expect(found?.ordinal == 1)
        #expect(found?.page == 2)
    }

    @Test("A passage whose start was extracted differently is found by its middle or end")
    func locatesByLaterExcerpt() {
        let chunks = Self.prepared([
            Self.chunk(0, "Chapter one. Nothing here matches the passage we are looking for in any way.", heading: "One"),
            Self.chunk(1, "The valve is closed once the water runs clear, and the pump is started with the red switch on its side.", heading: "Two"),
        ])
        let passage = "HEADER TEXT THE STORE ADDED FROM A RUNNING HEAD ON THE PAGE, NOT IN OURS. "
            + "The valve is closed once the water runs clear, and the pump is started with the red switch on its side."
        #expect(RemotePassageLocator.chunk(containing: passage, in: chunks)?.ordinal == 1)
        #expect(RemotePassageLocator.chunk(containing: "A sentence that appears in no chunk of this document.", in: chunks) == nil)
        #expect(RemotePassageLocator.chunk(containing: "   ", in: chunks) == nil)
    }
}
