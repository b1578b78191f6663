#!/usr/bin/env bash
# Runs the CLI end-to-end tests against the release build of `rag`, the binary users run: an optimizer-only
# failure (such as the one that crashed `rag mirror`) cannot pass the debug tests alone.
# Usage: scripts/test-release-cli.sh   (after `swift build --build-tests`)
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product rag
RAG_EXECUTABLE="$(swift build -c release --show-bin-path)/rag" swift test --skip-build --filter RAGCLITests
