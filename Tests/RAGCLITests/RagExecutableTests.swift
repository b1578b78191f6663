import Foundation
import Testing

/// The suite runs the binary `RAG_EXECUTABLE` names, and only it.
@Suite("The rag binary under test")
struct RagExecutableTests {
    @Test("RAG_EXECUTABLE naming a missing file, a file without execute permission or a folder fails, naming it, instead of testing the debug build",
          arguments: ["missing/rag", "plain-file", "."])
    func explicitBinaryMustExist(_ name: String) throws {
        let folder = try TemporaryFolder()
        try folder.write("plain-file", "not a program\n")
        let path = folder.path(name).standardizedFileURL.path
        switch RagExecutable.resolve(environment: ["RAG_EXECUTABLE": path]) {
        case .success(let url):
            Issue.record("fell back to \(url.path)")
        case .failure(let error):
            #expect(error.explicit && error.description.contains(path), "\(error)")
        }
    }

    @Test("RAG_EXECUTABLE naming an executable is used as it is")
    func explicitBinaryIsUsed() throws {
        let built = try RagExecutable.url()
        let resolved = try RagExecutable.resolve(environment: ["RAG_EXECUTABLE": built.path]).get()
        #expect(resolved == built)
    }
}
