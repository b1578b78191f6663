import Foundation
import Testing
@testable import RAGKit

@Suite struct IndexLocationTests {
    @Test("An explicit path wins over RAG_INDEX, which wins over the walk up")
    func precedence() throws {
        let directory = try TemporaryDirectory()
        let nested = directory.url.appending(path: "a/b/c")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: directory.url.appending(path: "a/.rag"), withIntermediateDirectories: true)

        #expect(IndexLocation.resolve(explicit: nil, environment: [:], workingDirectory: nested)?.path
                == directory.url.appending(path: "a/.rag").standardizedFileURL.path)
        #expect(IndexLocation.resolve(explicit: nil, environment: ["RAG_INDEX": "/srv/idx"], workingDirectory: nested)?.path == "/srv/idx")
        #expect(IndexLocation.resolve(explicit: "rel/idx", environment: ["RAG_INDEX": "/srv/idx"], workingDirectory: nested)?.path
                == nested.appending(path: "rel/idx").standardizedFileURL.path)
    }

    @Test("No index anywhere up the tree gives nil")
    func none() throws {
        let directory = try TemporaryDirectory()
        #expect(IndexLocation.resolve(explicit: nil, environment: [:], workingDirectory: directory.url) == nil)
    }

    @Test("Root paths are recorded relative to the index directory", arguments: [
        ("/x/docs/.rag", "/x/docs", ".."),
        ("/x/idx", "/x/docs", "../docs"),
        ("/x/docs", "/x/docs", "."),
    ])
    func relativeRoot(directory: String, root: String, expected: String) throws {
        #expect(RootPath.relative(from: URL(filePath: directory), to: URL(filePath: root)) == expected)
        let folder = try TemporaryDirectory()
        let index = folder.url.appending(path: String(directory.dropFirst()))
        let rootURL = folder.url.appending(path: String(root.dropFirst()))
        try FileManager.default.createDirectory(at: index, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: rootURL, withIntermediateDirectories: true)
        #expect(RootPath.resolve(relative: expected, absolute: nil, directory: index)?.path == rootURL.standardizedFileURL.path)
    }
}

@Suite struct IndexSettingsTests {
    @Test("Out-of-range settings are refused", arguments: [(99, 0), (4097, 0), (800, 401), (800, -1)])
    func invalid(size: Int, overlap: Int) {
        let settings = IndexSettings(embeddingModel: "m", dimensions: 8, chunkSize: size, chunkOverlap: overlap)
        let error = #expect(throws: RAGError.self) { try settings.validate() }
        #expect(error?.kind == .invalidArgument)
    }

    @Test("Defaults are 800/400 tokens with cl100k")
    func defaults() throws {
        let settings = IndexSettings(embedder: LocalEmbedder())
        #expect(settings.chunkSize == 800 && settings.chunkOverlap == 400 && settings.tokenEncoding == "cl100k_base")
        #expect(settings.embeddingModel == LocalEmbedder.modelName && settings.dimensions == 512)
        try settings.validate()
    }
}
