// swift-tools-version: 6.1
import PackageDescription

/// The folder whose BPE rank files `CBPERanks` embeds with `.incbin` (an absolute path).
let bpeRanksDirectory = Context.packageDirectory + "/Sources/Chunkers/Resources"

let package = Package(
    name: "RAGKit",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "OpenAIClient", targets: ["OpenAIClient"]),
        .library(name: "OpenAIRealtime", targets: ["OpenAIRealtime"]),
        .library(name: "Chunkers", targets: ["Chunkers"]),
        .library(name: "VectorIndex", targets: ["VectorIndex"]),
        .library(name: "RAGKit", targets: ["RAGKit"]),
        .library(name: "TextEncoder", targets: ["TextEncoder"]),
        .library(name: "RAGServer", targets: ["RAGServer"]),
        .executable(name: "rag", targets: ["rag"]),
        .executable(name: "vector-bench", targets: ["VectorBenchmark"]),
        .executable(name: "tokenizer-bench", targets: ["TokenizerBenchmark"]),
        .executable(name: "rag-bench", targets: ["RAGBenchmark"]),
        .executable(name: "chunk-bench", targets: ["ChunkerBenchmark"]),
        .executable(name: "embed-bench", targets: ["EmbedBenchmark"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.80.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.24.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/modelcontextprotocol/swift-sdk", from: "0.12.1"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.25.0"),
        // The Realtime WebSocket client (OpenAIRealtime) and its tests' stand-in server.
        .package(url: "https://github.com/hummingbird-project/swift-websocket", from: "1.6.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-websocket", from: "2.8.1"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        // `swift package generate-documentation` (scripts/check-docs.sh); a plugin only, linked into nothing.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // MARK: System libraries

        .systemLibrary(
            name: "COpenBLAS",
            pkgConfig: "openblas",
            providers: [.apt(["libopenblas-dev"]), .brew(["openblas"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),

        // MARK: Libraries

        .target(
            name: "CBPERanks",
            cSettings: [.define("CBPERANKS_DIR", to: "\"\(bpeRanksDirectory)\"")]
        ),

        .target(
            name: "OpenAIClient",
            dependencies: [
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "OpenAIRealtime",
            dependencies: [
                "OpenAIClient",
                .product(name: "WSClient", package: "swift-websocket"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOWebSocket", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "Chunkers",
            dependencies: [
                "CBPERanks",
                .target(name: "CLibXML2", condition: .when(platforms: [.linux])),
            ],
            exclude: ["Resources"],  // the rank files, embedded by CBPERanks
            linkerSettings: [.linkedLibrary("xml2", .when(platforms: [.macOS]))]
        ),
        .target(
            name: "CVectorKernels",
            path: "Sources/CVectorKernels"
        ),
        .target(
            name: "CEncoderKernels",
            path: "Sources/CEncoderKernels"
        ),
        .target(
            name: "VectorIndex",
            dependencies: [
                "CVectorKernels",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .target(name: "COpenBLAS", condition: .when(platforms: [.linux])),
            ],
            linkerSettings: [.linkedFramework("Accelerate", .when(platforms: [.macOS]))]
        ),
        .target(
            name: "TextEncoder",
            dependencies: [
                "CEncoderKernels",
                .target(name: "COpenBLAS", condition: .when(platforms: [.linux])),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            linkerSettings: [.linkedFramework("Accelerate", .when(platforms: [.macOS]))]
        ),
        .target(
            name: "RAGKit",
            dependencies: [
                "OpenAIClient", "Chunkers", "VectorIndex", "TextEncoder",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]
        ),
        .target(
            name: "RAGServer",
            dependencies: [
                "RAGKit", "VectorIndex", "Chunkers",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "MCP", package: "swift-sdk"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            exclude: ["README.md"]
        ),
        .executableTarget(
            name: "rag",
            dependencies: [
                "RAGKit", "RAGServer", "Chunkers", "TextEncoder",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "MCP", package: "swift-sdk"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),

        // MARK: Benchmarks

        .executableTarget(
            name: "VectorBenchmark",
            dependencies: ["VectorIndex"],
            path: "Benchmarks/VectorBenchmark",
            exclude: ["compare.sh", "summarize.py", "results", "README.md"]
        ),
        .executableTarget(
            name: "TokenizerBenchmark",
            dependencies: ["Chunkers"],
            path: "Benchmarks/TokenizerBenchmark",
            exclude: ["tiktoken_bench.py", "README.md"]
        ),
        .executableTarget(
            name: "ChunkerBenchmark",
            dependencies: ["Chunkers", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Benchmarks/ChunkerBenchmark",
            exclude: ["chunker_peers.py", "README.md"]
        ),

        .executableTarget(
            name: "EmbedBenchmark",
            dependencies: ["TextEncoder", .target(name: "COpenBLAS", condition: .when(platforms: [.linux]))],
            path: "Benchmarks/EmbedBenchmark",
            exclude: ["st_bench.py", "README.md"],
            linkerSettings: [.linkedFramework("Accelerate", .when(platforms: [.macOS]))]
        ),

        .executableTarget(
            name: "RAGBenchmark",
            dependencies: ["RAGKit"],
            path: "Benchmarks/RAGBenchmark"
        ),

        // MARK: Tests

        .target(
            name: "TestSupport",
            dependencies: [
                "Chunkers",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            path: "Tests/TestSupport"
        ),
        .testTarget(
            name: "OpenAIClientTests",
            dependencies: [
                "OpenAIClient", "TestSupport", "Chunkers",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "OpenAIRealtimeTests",
            dependencies: [
                "OpenAIRealtime", "OpenAIClient",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOWebSocket", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "ChunkersTests",
            dependencies: ["Chunkers", "TestSupport", .product(name: "PropertyBased", package: "swift-property-based")],
            exclude: ["Fixtures"]  // read from the source tree by #filePath
        ),
        .executableTarget(
            name: "VectorIndexCrashWriter",
            dependencies: ["VectorIndex"],
            path: "Tests/VectorIndexCrashWriter"
        ),
        .testTarget(
            name: "VectorIndexTests",
            dependencies: ["VectorIndex", "CVectorKernels", "VectorIndexCrashWriter", "Chunkers"]
        ),
        .testTarget(
            name: "TextEncoderTests",
            dependencies: ["TextEncoder", "TestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "RAGKitTests",
            dependencies: ["RAGKit", "VectorIndex", "TestSupport"]
        ),
        .testTarget(
            name: "RAGCLITests",
            dependencies: ["TestSupport", "OpenAIClient", "Chunkers"]
        ),
        .testTarget(
            name: "RAGServerTests",
            dependencies: [
                "RAGServer", "RAGKit",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
