#!/usr/bin/env bash
# One run, side by side on the same dumped data: peers.py (numpy) dumps each data set and measures numpy,
# vector-bench (RAGKit's SQLite/BLAS exact search) reads the dump, pg_bench.py loads it into pgvector and
# measures exact and HNSW search. Every JSON line goes to OUT_DIR/results.jsonl; summarize.py prints the table.
#
# Usage: Benchmarks/PostgresBenchmark/run.sh [OUT_DIR]
#   SIZES="20000x1536 100000x384"  data sets (n x d, clustered); the target is 100000x1536
#   PGBENCH_URL                    server (default: the one scripts/start-postgres.sh prints)
#   VECTOR_BENCH                   vector-bench binary (default: .build/release/vector-bench; skipped if absent)
#   PYTHON                         python with numpy and psycopg[binary] (default: python3)
#   SHARED                         shared checkout holding bench/peers.py (default: ../shared)
# Never builds anything. Data (n*d*4 bytes per set) goes under OUT_DIR, default $TMPDIR/ragkit-pg-bench.
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=${1:-${TMPDIR:-/tmp}/ragkit-pg-bench}
SIZES=${SIZES:-"20000x1536 100000x384"}
PYTHON=${PYTHON:-python3}
SHARED=${SHARED:-../shared}
PEERS="$SHARED/bench/peers.py"
BENCH=${VECTOR_BENCH:-.build/release/vector-bench}
export PGBENCH_URL=${PGBENCH_URL:-postgres://ragkit@127.0.0.1:58913/ragkit}
[[ -f "$PEERS" ]] || { echo "run.sh: $PEERS not found; set SHARED" >&2; exit 1; }
mkdir -p "$OUT/data"
RESULTS="$OUT/results.jsonl"
: > "$RESULTS"
machine() { echo "{\"bench\": \"machine\", \"when\": \"$1\", \"date\": \"$(date -u +%FT%TZ)\", \"nproc\": $(nproc), \"uptime\": \"$(uptime | sed 's/.*load average: //')\"}" | tee -a "$RESULTS"; }

for size in $SIZES; do
    n=${size%x*} d=${size#*x}
    machine "${n}x${d} start"
    # Dumps X/Q/gt (100 queries) and measures numpy single queries on the same 100 queries.
    "$PYTHON" "$PEERS" --n "$n" --d "$d" --threads 2 --data clustered --engines numpy --queries 100 \
        --dump "$OUT/data" --out "$RESULTS" >/dev/null
    if [[ -x "$BENCH" ]]; then
        "$BENCH" --data "$OUT/data" --sets "${n}_${d}" --k 10 --threads 2 --index-dir "$OUT" >> "$RESULTS"
    else
        echo "run.sh: no vector-bench binary at $BENCH (set VECTOR_BENCH); RAGKit's exact search is not measured," \
             "numpy stands in for it" >&2
        echo "{\"bench\": \"machine\", \"n\": $n, \"d\": $d, \"note\": \"vector-bench missing\"}" >> "$RESULTS"
    fi
    "$PYTHON" Benchmarks/PostgresBenchmark/pg_bench.py --data "$OUT/data/${n}_${d}" --queries 100 --threads 2 \
        --schema "bench_${n}_${d}" --out "$RESULTS" >/dev/null
    machine "${n}x${d} end"
done
"$PYTHON" Benchmarks/PostgresBenchmark/summarize.py "$RESULTS"
