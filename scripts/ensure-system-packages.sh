#!/usr/bin/env bash
# Checks that the system libraries RAGKit builds against are present, and installs them when it can.
# Usage: scripts/ensure-system-packages.sh [extra-debian-package ...]
set -euo pipefail

required=(libsqlite3-dev libopenblas-dev libxml2-dev pkg-config "$@")

if [[ "$(uname -s)" == "Darwin" ]]; then
    # SQLite, BLAS (Accelerate) and libxml2 ship with macOS.
    exit 0
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "ragkit: cannot check system packages on this system; make sure these are installed: ${required[*]}" >&2
    exit 0
fi

missing=()
for package in "${required[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "ragkit: installing system packages: ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${missing[@]}" >/dev/null
else
    echo "ragkit: missing system packages: ${missing[*]}" >&2
    echo "ragkit: install them with: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
fi
