#!/usr/bin/env bash
# Runs the CLI end-to-end tests against the release build of `rag`, the binary users run: an optimizer-only
# failure (such as the one that crashed `rag mirror`) cannot pass the debug tests alone.
# Usage: scripts/test-release-cli.sh   (after `swift build --build-tests`)
# The tests run exactly $RAG_EXECUTABLE: when it is missing or not executable they fail, never fall back to debug.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product rag
rag="$(swift build -c release --show-bin-path)/rag"
if [ ! -x "$rag" ]; then
    echo "test-release-cli: the release build left no executable at $rag" >&2
    exit 1
fi
echo "test-release-cli: testing $rag" >&2
RAG_EXECUTABLE="$rag" swift test --skip-build --filter RAGCLITests
