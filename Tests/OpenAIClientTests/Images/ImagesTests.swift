import Foundation
import OpenAIClient
import TestSupport
import Testing

@Suite struct ImagesTests {
    static let urlResponse = #"{"created": 1713833628, "data": [{"url": "https://img.example/1.png", "revised_prompt": "A tall lighthouse"}]}"#
    static let base64Response = #"{"created": 1713833628, "data": [{"b64_json": "iVBORw0K"}], "background": "transparent", "output_format": "png", "size": "1024x1024", "quality": "high", "usage": {"total_tokens": 100}}"#

    @Test("Generates with every option as JSON and decodes URL results")
    func generate() async throws {
        try await TestHTTPServer.withServer(responses: [.json(Self.urlResponse)]) { server in
            var request = CreateImageRequest(prompt: "A lighthouse", model: "dall-e-3", n: 1, size: .landscape1792x1024)
            request.quality = .hd
            request.style = .natural
            request.responseFormat = .url
            request.outputFormat = .webp
            request.outputCompression = 80
            request.moderation = "low"
            request.background = .opaque
            request.user = "u"
            let response = try await OpenAI.testing(server).images.generate(request)
            let sent = try #require(await server.requests.first)
            #expect(sent.path == "/v1/images/generations")
            #expect(sent.json == [
                "prompt": "A lighthouse", "model": "dall-e-3", "n": 1, "size": "1792x1024", "quality": "hd", "style": "natural",
                "response_format": "url", "output_format": "webp", "output_compression": 80, "moderation": "low", "background": "opaque", "user": "u",
            ])
            #expect(response.data.first?.url == "https://img.example/1.png")
            #expect(response.data.first?.revisedPrompt == "A tall lighthouse")
            #expect(response.data.first?.imageData == nil)
        }
    }

    @Test("Decodes base64 results and GPT image metadata, keeping unknown sizes")
    func base64() throws {
        let response = try JSONDecoder().decode(ImagesResponse.self, from: Data(Self.base64Response.replacingOccurrences(of: "1024x1024", with: "2048x2048").utf8))
        #expect(response.data.first?.imageData == Data(base64Encoded: "iVBORw0K"))
        #expect(response.size?.rawValue == "2048x2048")
        #expect(response.background == .transparent)
        #expect(response.quality == .high)
    }

    @Test("Edits several images with a mask as multipart, reading one from disk")
    func edit() async throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("edit-\(UUID().uuidString).png")
        try Data([1, 2, 3]).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        try await TestHTTPServer.withServer(responses: [.json(Self.base64Response)]) { server in
            var request = CreateImageEditRequest(
                images: [FormFile(fileURL: url, contentType: "image/png"), FormFile(filename: "b.png", bytes: [9, 9], contentType: "image/png")],
                prompt: "Add a hat", mask: FormFile(filename: "mask.png", bytes: [0], contentType: "image/png"), model: "gpt-image-1"
            )
            request.n = 2
            request.size = .size1024
            request.quality = .low
            request.background = .transparent
            request.outputFormat = .png
            request.outputCompression = 50
            request.inputFidelity = "high"
            request.responseFormat = .base64JSON
            request.user = "u"
            _ = try await OpenAI.testing(server).images.edit(request)
            let sent = try #require(await server.requests.first)
            #expect(sent.path == "/v1/images/edits")
            let form = try #require(ReceivedForm(sent))
            #expect(form.files.map(\.name) == ["image[]", "image[]", "mask"])
            #expect(form.files.map(\.filename) == [url.lastPathComponent, "b.png", "mask.png"])
            #expect(form.files.map(\.content) == [[1, 2, 3], [9, 9], [0]])
            #expect(form.files.first?.contentType == "image/png")
            #expect(form.fields == [
                "prompt=Add a hat", "model=gpt-image-1", "n=2", "size=1024x1024", "response_format=b64_json", "quality=low",
                "background=transparent", "output_format=png", "output_compression=50", "input_fidelity=high", "user=u",
            ])
        }
    }

    @Test("A single edit image is sent as the image field")
    func singleImage() async throws {
        try await TestHTTPServer.withServer(responses: [.json(Self.urlResponse)]) { server in
            _ = try await OpenAI.testing(server).images.edit(CreateImageEditRequest(images: [FormFile(filename: "a.png", bytes: [1])], prompt: "p"))
            let sent = try #require(await server.requests.first)
            let form = try #require(ReceivedForm(sent))
            #expect(form.files.map(\.name) == ["image"])
            #expect(form.fields == ["prompt=p"])
        }
    }

    @Test("Creates variations as multipart")
    func variation() async throws {
        try await TestHTTPServer.withServer(responses: [.json(Self.urlResponse)]) { server in
            let request = CreateImageVariationRequest(image: FormFile(filename: "a.png", bytes: [7], contentType: "image/png"), model: "dall-e-2", n: 2, responseFormat: .url, size: .size512, user: "u")
            _ = try await OpenAI.testing(server).images.createVariation(request)
            let sent = try #require(await server.requests.first)
            #expect(sent.path == "/v1/images/variations")
            let form = try #require(ReceivedForm(sent))
            #expect(form.files.map(\.name) == ["image"])
            #expect(form.fields == ["model=dall-e-2", "n=2", "response_format=url", "size=512x512", "user=u"])
        }
    }

    @Test("A missing local image fails before sending anything")
    func missingFile() async throws {
        try await TestHTTPServer.withServer { server in
            let request = CreateImageVariationRequest(image: FormFile(fileURL: URL(fileURLWithPath: "/nonexistent/\(UUID().uuidString).png")))
            let error = await #expect(throws: OpenAIError.self) { try await OpenAI.testing(server).images.createVariation(request) }
            #expect(error?.kind == .invalidRequest)
            #expect(await server.requests.isEmpty)
        }
    }
}
