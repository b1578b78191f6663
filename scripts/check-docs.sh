#!/usr/bin/env bash
# Builds the DocC documentation of every library module with warnings as errors: a broken symbol link, an
# undocumented parameter or an ambiguous reference fails the check. Exits non-zero on the first module that fails.
#
# Usage: scripts/check-docs.sh [Module…]   (default: every library module)
set -euo pipefail
cd "$(dirname "$0")/.."

modules=("$@")
if [ ${#modules[@]} -eq 0 ]; then
    modules=(OpenAIClient OpenAIRealtime Chunkers VectorIndex TextEncoder RAGKit RAGServer)
fi

for module in "${modules[@]}"; do
    echo "== $module"
    swift package generate-documentation --target "$module" --warnings-as-errors
done
echo "documentation builds without warnings: ${modules[*]}"
