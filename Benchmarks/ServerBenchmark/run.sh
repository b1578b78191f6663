#!/usr/bin/env bash
# Load benchmark of `rag serve`: wrk against POST /v1/search on loopback with 1, 8 and 64 connections.
# Usage: Benchmarks/ServerBenchmark/run.sh RAG_BINARY [SECONDS] [FILES]
# Needs wrk (apt-get install wrk). Writes a corpus of FILES one-chunk Markdown notes (default 10000) to a temp folder.
set -euo pipefail
rag=${1:?usage: run.sh RAG_BINARY [SECONDS] [FILES]}
seconds=${2:-30}
files=${3:-10000}
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

python3 - "$work/docs" "$files" <<'PY'
import os, random, sys
root, count = sys.argv[1], int(sys.argv[2])
words = ("backup rotation certificate latency quota replica scheduler webhook cache migration restore snapshot compress "
         "archive verify throttle inspect restart configure monitor cluster node disk memory network socket listener "
         "timeout retry budget alert incident escalation digest channel token scope policy daemon journal syslog").split()
rng = random.Random(7)
for n in range(count):
    folder = os.path.join(root, f"part-{n // 1000:02d}")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, f"note-{n:05d}.md"), "w") as f:
        f.write(f"# Note {n}\n\n" + " ".join(rng.choice(words) for _ in range(60)) + f" zq{n}x.\n")
PY

"$rag" index "$work/docs" --index "$work/index" --quiet
"$rag" status --index "$work/index"
"$rag" serve --index "$work/index" --port 0 2> "$work/serve.log" &
server=$!
until grep -qs "^listening on " "$work/serve.log"; do sleep 0.2; done
url=$(sed -n 's/^listening on //p' "$work/serve.log")
cat > "$work/search.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"query": "snapshot restore after a disk incident", "k": 5}'
LUA
rss() { awk '/VmRSS/ {print $2 " kB"}' "/proc/$server/status"; }
curl -s -X POST "$url/v1/search" -H 'Content-Type: application/json' -d '{"query":"warm up"}' > /dev/null
echo "RSS before: $(rss)"
for connections in 1 8 64; do
  threads=$(( connections < 2 ? 1 : 2 ))
  echo "== $connections connections, $threads threads, ${seconds}s"
  wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency -s "$work/search.lua" "$url/v1/search"
  echo "RSS after: $(rss)"
done
kill -TERM "$server"
wait "$server" || true
