import Foundation
import OpenAIClient
import Testing

@Suite struct PageSequenceTests {
    struct Item: Decodable, Sendable, Equatable { var id: String }

    actor CursorLog {
        private(set) var cursors: [String?] = []
        func record(_ cursor: String?) { cursors.append(cursor) }
    }

    static func page(_ ids: [String], hasMore: Bool, lastID: Bool = true) -> Page<Item> {
        Page(data: ids.map(Item.init), lastID: lastID ? ids.last : nil, hasMore: hasMore)
    }

    @Test("Walks every page with after cursors")
    func walksPages() async throws {
        let log = CursorLog()
        let pages: [String?: Page<Item>] = [
            nil: Self.page(["a", "b"], hasMore: true),
            "b": Self.page(["c"], hasMore: true, lastID: false),
            "c": Self.page(["d"], hasMore: false),
        ]
        let sequence = PageSequence<Item>(cursor: \.id) { after throws(OpenAIError) in
            await log.record(after)
            guard let page = pages[after] else { throw OpenAIError(kind: .api, message: "unexpected cursor") }
            return page
        }
        var ids: [String] = []
        for try await item in sequence { ids.append(item.id) }
        #expect(ids == ["a", "b", "c", "d"])
        #expect(await log.cursors == [nil, "b", "c"])
    }

    @Test("Stops when a page claims more but repeats its cursor")
    func repeatedCursor() async throws {
        let log = CursorLog()
        let sequence = PageSequence<Item>(cursor: \.id) { after throws(OpenAIError) in
            await log.record(after)
            return Self.page(["same"], hasMore: true)
        }
        var count = 0
        for try await _ in sequence { count += 1 }
        #expect(count == 2)
        #expect(await log.cursors == [nil, "same"])
    }

    @Test("Passes a fetch error through")
    func fetchError() async {
        let sequence = PageSequence<Item>(cursor: \.id) { _ throws(OpenAIError) in
            throw OpenAIError(kind: .api, message: "boom", status: 500)
        }
        let error = await #expect(throws: OpenAIError.self) { for try await _ in sequence {} }
        #expect(error?.status == 500)
    }

    @Test("Decodes a page without cursor fields as the last page")
    func decodesSparsePage() throws {
        let page = try JSONDecoder().decode(Page<Item>.self, from: Data(#"{"object": "list", "data": [{"id": "x"}]}"#.utf8))
        #expect(page.data == [Item(id: "x")])
        #expect(page.hasMore == false)
        #expect(page.lastID == nil)
    }
}
