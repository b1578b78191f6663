#!/usr/bin/env bash
# Runs the peers (../shared/bench/peers.py) and vector-bench interleaved on the same dumped data sets, appending
# every JSON line to one file, then prints the side-by-side table and the target ratios (summarize.py).
#
# Usage: Benchmarks/VectorBenchmark/compare.sh [OUT_DIR] [ROUNDS]
#   needs: pip install numpy faiss-cpu sqlite-vec usearch hnswlib apsw; the shared harness at ../shared (or $SHARED)
#   data:  100k x 1536 and 1M x 384 (clustered), dumped once to OUT_DIR/data (about 2.2 GB; keep it out of the repo)
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=${1:-${TMPDIR:-/tmp}/ragkit-vector-bench}
ROUNDS=${2:-2}
SHARED=${SHARED:-../shared}
PEERS="$SHARED/bench/peers.py"
[[ -f "$PEERS" ]] || { echo "compare.sh: $PEERS not found; set SHARED to the shared checkout" >&2; exit 1; }
mkdir -p "$OUT/data"
RESULTS="$OUT/results.jsonl"
: > "$RESULTS"

swift build -c release --product vector-bench >&2
BENCH=$(swift build -c release --show-bin-path)/vector-bench

load() { echo "{\"bench\": \"machine\", \"when\": \"$1\", \"uptime\": \"$(uptime | sed 's/.*load average: //')\"}" >> "$RESULTS"; }

for config in "100000 1536" "1000000 384"; do
    set -- $config
    n=$1 d=$2
    if [[ ! -f "$OUT/data/${n}_${d}/meta.json" ]]; then
        python3 "$PEERS" --n "$n" --d "$d" --threads 2 --data clustered --engines numpy --dump "$OUT/data" >/dev/null
    fi
    for round in $(seq "$ROUNDS"); do
        load "round $round ${n}x${d} start"
        python3 "$PEERS" --n "$n" --d "$d" --threads 2 --data clustered --engines numpy,faiss,usearch_exact \
            --tag "round$round" --out "$RESULTS" >/dev/null
        "$BENCH" --data "$OUT/data" --sets "${n}_${d}" --k 10 --threads 2 --index-dir "$OUT" >> "$RESULTS"
        # In every round too, so that its ratio to ours is taken under the same machine load (its build takes
        # a minute or two per round).
        python3 "$PEERS" --n "$n" --d "$d" --threads 2 --data clustered --engines sqlitevec_vec0 \
            --tag "round$round" --db-dir "$OUT/sqlite-vec" --out "$RESULTS" >/dev/null
    done
    load "${n}x${d} end"
done
python3 Benchmarks/VectorBenchmark/summarize.py "$RESULTS"
