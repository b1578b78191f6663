#!/usr/bin/env python3
"""Summarises a compare.sh results file: a side-by-side table per data set and the issue's target ratios.

Medians are taken over the rounds of one run (each round's figure is itself a median over queries)."""
import json
import statistics
import sys
from collections import defaultdict


def main(path):
    rows = [json.loads(line) for line in open(path) if line.strip().startswith("{")]
    figures = defaultdict(list)  # (n, d, engine, op, variant, field) -> values
    for row in rows:
        if "n" not in row or "op" not in row:
            continue
        engine = row.get("engine")
        variant = row.get("variant", "f32" if row.get("op") in ("single_query", "batch") else "")
        for field in ("median_ms", "p90_ms", "ms_per_query", "recall", "floor_ms", "x_floor", "gbps", "min_ms",
                      "first_ms", "resident_ratio", "overhead", "s_per_100k", "build_s", "huge_pages_wait_ms"):
            if field in row and row[field] is not None:
                figures[(row["n"], row["d"], engine, row["op"], variant, field)].append(row[field])

    def get(n, d, engine, op, variant, field):
        values = figures.get((n, d, engine, op, variant, field))
        return statistics.median(values) if values else None

    def fmt(value, digits=2):
        return "–" if value is None else f"{value:.{digits}f}"

    def ratio(a, b):
        return None if a is None or b is None or b == 0 else a / b

    for n, d in sorted({(key[0], key[1]) for key in figures}):
        print(f"\n### {n:,} x {d} (k = 10, 2 threads)\n")
        print("| engine | single query median ms | p90 ms | batch of 100, ms/query | recall@10 |")
        print("|---|---|---|---|---|")
        for engine, variant, label in [
            ("ragkit", "f32", "RAGKit VectorIndex, float32 (sgemv/sgemm)"),
            ("ragkit", "f16", "RAGKit VectorIndex, float16 scan + exact re-score"),
            ("ragkit", "int8", "RAGKit VectorIndex, int8 scan + exact re-score"),
            ("numpy", "f32", "numpy + OpenBLAS"),
            ("faiss", "f32", "faiss IndexFlatIP"),
            ("usearch_exact", "f32", "usearch exact"),
            ("sqlitevec_vec0", "f32", "sqlite-vec vec0"),
        ]:
            single = get(n, d, engine, "single_query", variant, "median_ms")
            if single is None:
                continue
            print(f"| {label} | {fmt(single)} | {fmt(get(n, d, engine, 'single_query', variant, 'p90_ms'))} | "
                  f"{fmt(get(n, d, engine, 'batch', variant, 'ms_per_query'))} | "
                  f"{fmt(get(n, d, engine, 'single_query', variant, 'recall'), 3)} |")
        ours = get(n, d, "ragkit", "single_query", "f32", "median_ms")
        floor = get(n, d, "ragkit", "bandwidth", "f32", "floor_ms")
        print()
        checks = [
            ("numpy / ours, single query (target >= 1)", ratio(get(n, d, "numpy", "single_query", "f32", "median_ms"), ours)),
            ("faiss / ours, single query (target >= 1.5)", ratio(get(n, d, "faiss", "single_query", "f32", "median_ms"), ours)),
            ("sqlite-vec vec0 / ours, single query (target >= 10)",
             ratio(get(n, d, "sqlitevec_vec0", "single_query", "f32", "median_ms"), ours)),
            ("ours / floor, single query (target <= 1.2)", get(n, d, "ragkit", "single_query", "f32", "x_floor")),
            ("faiss / ours, batch ms/query (target >= 1)",
             ratio(get(n, d, "faiss", "batch", "f32", "ms_per_query"), get(n, d, "ragkit", "batch", "f32", "ms_per_query"))),
            ("numpy / ours, batch ms/query (target >= 1)",
             ratio(get(n, d, "numpy", "batch", "f32", "ms_per_query"), get(n, d, "ragkit", "batch", "f32", "ms_per_query"))),
            ("our float32 / our int8, single query (target >= 2.5)",
             ratio(ours, get(n, d, "ragkit", "single_query", "int8", "median_ms"))),
            ("int8 recall@10 (target >= 0.99)", get(n, d, "ragkit", "single_query", "int8", "recall")),
            ("our float32 / our float16, single query", ratio(ours, get(n, d, "ragkit", "single_query", "f16", "median_ms"))),
            ("open in a fresh process (what each `rag` command pays), median s (target < 0.3 at 100k x 1536)",
             (get(n, d, "ragkit", "open", "f32", "first_ms") or 0) / 1000),
            ("reopen in the same process, median s", (get(n, d, "ragkit", "open", "f32", "median_ms") or 0) / 1000),
            ("background move onto huge pages still running after the last reopen, s (searches go on meanwhile)",
             (get(n, d, "ragkit", "open", "f32", "huge_pages_wait_ms") or 0) / 1000),
            ("resident / float32 matrix bytes (target <= 1.15)", get(n, d, "ragkit", "open", "f32", "resident_ratio")),
            ("file / float32 matrix bytes", get(n, d, "ragkit", "open", "f32", "overhead")),
            ("upsert, s per 100k vectors", get(n, d, "ragkit", "upsert", "", "s_per_100k")),
            ("read bandwidth GB/s (probe interleaved with our queries)", get(n, d, "ragkit", "bandwidth", "f32", "gbps")),
            ("floor ms (matrix bytes / bandwidth)", floor),
        ]
        for label, value in checks:
            print(f"- {label}: {fmt(value)}")
    loads = [row for row in rows if row.get("bench") == "machine"]
    if loads:
        print("\nLoad averages during the run: " + "; ".join(f"{row['when']}: {row['uptime']}" for row in loads))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "results.jsonl")
