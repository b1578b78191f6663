#!/usr/bin/env bash
# Proves a service can depend on RAGKit by version: tags a clone of this repository, then builds a small package
# that depends on it through a file:// URL (SwiftPM refuses unsafe build flags in such dependencies) and runs it.
# Usage: scripts/check-consumer.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

git clone --quiet "file://$root" "$work/RAGKit"
git -C "$work/RAGKit" -c user.name=ci -c user.email=ci@localhost tag -a 0.1.0 -m "consumer check" >/dev/null

mkdir -p "$work/consumer/Sources/consumer"
cat > "$work/consumer/Package.swift" <<SWIFT
// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "consumer",
    platforms: [.macOS(.v14)],
    dependencies: [.package(url: "file://$work/RAGKit", from: "0.1.0")],
    targets: [
        .executableTarget(
            name: "consumer",
            dependencies: [
                .product(name: "RAGKit", package: "RAGKit"),
                .product(name: "OpenAIClient", package: "RAGKit"),
                .product(name: "OpenAIRealtime", package: "RAGKit"),
                .product(name: "Chunkers", package: "RAGKit"),
                .product(name: "VectorIndex", package: "RAGKit"),
            ]
        )
    ]
)
SWIFT
cat > "$work/consumer/Sources/consumer/main.swift" <<'SWIFT'
import Chunkers
import Foundation
import OpenAIClient
import OpenAIRealtime
import RAGKit
import VectorIndex

let folder = FileManager.default.temporaryDirectory.appending(path: "consumer-\(UUID().uuidString)")
try FileManager.default.createDirectory(at: folder.appending(path: "docs"), withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: folder) }
try Data("# Logs\n\nRotate the logs with logrotate every week.\n".utf8).write(to: folder.appending(path: "docs/logs.md"))

let rag = try await RAG.openForIndexing(IndexingRequest(directory: folder.appending(path: ".rag"), root: folder.appending(path: "docs")))
let summary = try await rag.index { _ in }
let hits = try await rag.search("rotate logs")
let tokens = try BPETokenizer.load(.cl100kBase).encode("rotate the logs").count
let vectors = try VectorDatabase(url: folder.appending(path: "v.sqlite"), collection: VectorCollectionInfo(model: "m", dimensions: 2))
try vectors.upsert([VectorRecord(id: "a", vector: [1, 0], metadata: [:])])
let client = OpenAI(configuration: OpenAIConfiguration(apiKey: nil, baseURL: URL(filePath: "/")))
let realtime = RealtimeSessionOptions(closeTimeout: .seconds(1))
print("consumer: \(summary.added.count) added, \(hits.count) hits, \(tokens) tokens, \(vectors.count) vector, client \(type(of: client)), realtime close timeout \(realtime.closeTimeout)")
guard summary.added.count == 1, !hits.isEmpty, vectors.count == 1 else { exit(1) }
SWIFT
cd "$work/consumer"
swift build
swift run consumer
