import Foundation
import OpenAIClient
import TestSupport
import Testing

/// Request fixtures with every property set, and the conformance entries, for videos.
enum VideoFixtures {
    static let video = CreateVideoRequest(prompt: "p", model: .sora2, inputReference: VideoImageReference(imageURL: "https://x/y.png", fileID: "file-1"),
                                          seconds: .eight, size: .landscape1280x720)

    static let operations: [CoveredOperation] = [
        CoveredOperation(method: "POST", path: "/videos", requestSchema: "CreateVideoJsonBody", call: { _ = try await $0.videos.create(video) },
                         decode: CoveredOperation.decoder(Video.self)),
        CoveredOperation(method: "GET", path: "/videos", call: { _ = try await $0.videos.list(order: .descending) },
                         decode: CoveredOperation.decoder(Page<Video>.self)),
        CoveredOperation(method: "POST", path: "/videos/{video_id}/remix", requestSchema: "CreateVideoRemixBody",
                         call: { _ = try await $0.videos.remix("{video_id}", prompt: "p") }, decode: CoveredOperation.decoder(Video.self)),
        CoveredOperation(method: "POST", path: "/videos/edits", requestSchema: "CreateVideoEditJsonBody",
                         call: { _ = try await $0.videos.edit("v", prompt: "p") }, decode: CoveredOperation.decoder(Video.self), hasResponseExample: false),
        CoveredOperation(method: "POST", path: "/videos/extensions", requestSchema: "CreateVideoExtendJsonBody",
                         call: { _ = try await $0.videos.extend("v", prompt: "p", seconds: .four) }, decode: CoveredOperation.decoder(Video.self),
                         hasResponseExample: false),
        CoveredOperation(method: "GET", path: "/videos/{video_id}", call: { _ = try await $0.videos.retrieve("{video_id}") },
                         decode: CoveredOperation.decoder(Video.self), hasResponseExample: false),
        CoveredOperation(method: "DELETE", path: "/videos/{video_id}", call: { _ = try await $0.videos.delete("{video_id}") },
                         decode: CoveredOperation.decoder(DeletionStatus.self), hasResponseExample: false),
        CoveredOperation(method: "GET", path: "/videos/{video_id}/content", call: { _ = try await $0.videos.content("{video_id}", variant: .thumbnail) },
                         decode: { _ in }, hasResponseExample: false),
        // A multipart body: the loopback test checks its fields.
        CoveredOperation(method: "POST", path: "/videos/characters",
                         call: { _ = try await $0.videos.createCharacter(name: "n", video: FormFile(filename: "a.mp4", bytes: [1])) },
                         decode: CoveredOperation.decoder(VideoCharacter.self), hasResponseExample: false),
        CoveredOperation(method: "GET", path: "/videos/characters/{character_id}", call: { _ = try await $0.videos.retrieveCharacter("{character_id}") },
                         decode: CoveredOperation.decoder(VideoCharacter.self), hasResponseExample: false),
    ]
}

@Suite struct VideosTests {
    static let videoJSON = """
    {"id": "video_123", "object": "video", "model": "sora-2", "status": "queued", "progress": 0, "created_at": 1712697600,
     "completed_at": null, "expires_at": null, "prompt": "A lighthouse", "size": "1280x720", "seconds": "8",
     "remixed_from_video_id": null, "error": null}
    """

    @Test("Creates a video from a prompt and a first frame, and decodes the job")
    func create() async throws {
        try await TestHTTPServer.withServer(responses: [.json(Self.videoJSON)]) { server in
            let job = try await OpenAI.testing(server).videos.create(
                CreateVideoRequest(prompt: "A lighthouse", model: .sora2, inputReference: VideoImageReference(fileID: "file-1"), seconds: .eight, size: .landscape1280x720))
            let sent = try #require(await server.requests.first)
            #expect(sent.path == "/v1/videos")
            #expect(sent.json == ["prompt": "A lighthouse", "model": "sora-2", "input_reference": ["file_id": "file-1"], "seconds": "8", "size": "1280x720"])
            #expect(job.status == .queued)
            #expect(job.seconds == .eight)
        }
    }

    @Test("Remixes, edits and extends by id")
    func changes() async throws {
        try await TestHTTPServer.withServer(responses: [.json(Self.videoJSON), .json(Self.videoJSON), .json(Self.videoJSON)]) { server in
            let videos = OpenAI.testing(server).videos
            _ = try await videos.remix("video_1", prompt: "at night")
            _ = try await videos.edit("video_1", prompt: "add rain")
            _ = try await videos.extend("video_1", prompt: "the sun rises", seconds: .four)
            let sent = await server.requests
            #expect(sent.map(\.path) == ["/v1/videos/video_1/remix", "/v1/videos/edits", "/v1/videos/extensions"])
            #expect(sent.map(\.json) == [
                ["prompt": "at night"], ["video": ["id": "video_1"], "prompt": "add rain"],
                ["video": ["id": "video_1"], "prompt": "the sun rises", "seconds": "4"],
            ])
        }
    }

    @Test("Downloads a thumbnail and uploads a character as multipart")
    func contentAndCharacter() async throws {
        let character = #"{"id": "char_1", "name": "Ada", "created_at": 1}"#
        try await TestHTTPServer.withServer(responses: [.text("PNG", contentType: "image/png"), .json(character)]) { server in
            let videos = OpenAI.testing(server).videos
            let thumbnail = try await videos.content("video_1", variant: .thumbnail)
            let created = try await videos.createCharacter(name: "Ada", video: FormFile(filename: "ada.mp4", bytes: [0, 1]))
            let sent = await server.requests
            #expect(sent.map(\.uri) == ["/v1/videos/video_1/content?variant=thumbnail", "/v1/videos/characters"])
            #expect(String(decoding: thumbnail, as: UTF8.self) == "PNG")
            let form = try #require(MultipartForm(sent[1]))
            #expect(form.part("name")?.text == "Ada")
            #expect(form.part("video")?.filename == "ada.mp4")
            #expect(created.id == "char_1")
        }
    }

    @Test("Decodes a failed job with its error and an unknown status")
    func failed() throws {
        let text = Self.videoJSON.replacingOccurrences(of: #""error": null"#, with: #""error": {"code": "moderation_blocked", "message": "blocked"}"#)
            .replacingOccurrences(of: "queued", with: "upscaling")
        let video = try JSONDecoder().decode(Video.self, from: Data(text.utf8))
        #expect(video.error?.code == "moderation_blocked")
        #expect(video.status?.rawValue == "upscaling")
    }
}
