#!/usr/bin/env python3
"""Side-by-side tables from a run.sh results file: RAGKit's exact search (vector-bench), numpy (peers.py and
pg_bench's in-process baseline), pgvector exact and pgvector HNSW per ef_search, then loading and size."""
import json
import sys


def main(path):
    rows = [json.loads(line) for line in open(path) if line.strip().startswith("{")]
    sets = sorted({(r["n"], r["d"]) for r in rows if "n" in r and "d" in r}, key=lambda s: (s[1], s[0]), reverse=True)
    for line in rows:
        if line.get("bench") == "machine" and "uptime" in line:
            print(f"# {line['date']} {line['when']}: load average {line['uptime']}")
    f = lambda v, digits=2: "–" if v is None else f"{v:,.{digits}f}"
    for n, d in sets:
        mine = [r for r in rows if r.get("n") == n and r.get("d") == d]
        pick = lambda **kw: [r for r in mine if all(r.get(key) == value for key, value in kw.items())]
        print(f"\n### {n:,} x {d} (clustered, k = 10, 100 queries, 2 threads)\n")
        print("| search | p50 ms | p99 ms | recall@10 |")
        print("|---|---|---|---|")
        for r in pick(bench="vector-bench", engine="ragkit", op="single_query"):
            if r.get("variant", "f32") == "f32":
                print(f"| RAGKit VectorIndex float32 exact (vector-bench) | {f(r['median_ms'])} | {f(r.get('p90_ms'))} (p90) | {f(r.get('recall'), 3)} |")
        if any(r.get("note", "").startswith("vector-bench missing") for r in mine):
            print("| RAGKit VectorIndex float32 exact (vector-bench) | not run: binary missing | | |")
        for r in pick(bench="peers", engine="numpy", op="single_query"):
            print(f"| numpy + OpenBLAS exact (peers.py) | {f(r['median_ms'])} | {f(r['p90_ms'])} (p90) | {f(r['recall'], 3)} |")
        for r in pick(bench="pg_bench", op="exact") + pick(bench="pg_bench", op="hnsw"):
            extra = ""
            if r.get("op") == "hnsw" and not r.get("uses_index", True):
                extra = " (planner chose a seq scan)"
            print(f"| {r['label']}{extra} | {f(r['p50_ms'])} | {f(r['p99_ms'])} | {f(r['recall'], 3)} |")
        print("\n| indexing | figure |")
        print("|---|---|")
        for r in pick(bench="vector-bench", engine="ragkit", op="upsert"):
            if r.get("s_per_100k"):
                print(f"| RAGKit SQLite upsert | {f(100000 / r['s_per_100k'], 0)} vectors/s |")
        for r in pick(bench="pg_bench", op="load"):
            print(f"| pgvector INSERT … unnest, batches of {r['batch']} | {f(r['vectors_per_s_sql'], 0)} vectors/s in SQL "
                  f"({f(r['vectors_per_s_wall'], 0)}/s counting Python's text formatting) |")
            print(f"| pgvector table + TOAST + primary key | {f(r['total_relation_bytes'] / 1e6, 1)} MB "
                  f"({r['total_relation_bytes'] / r['raw_f32_bytes']:.2f}x the raw float32 matrix) |")
        for r in pick(bench="pg_bench", op="hnsw_build"):
            print(f"| pgvector HNSW build (m 16, ef_construction 64, maintenance_work_mem {r['maintenance_work_mem']}) | "
                  f"{f(r['build_s'], 1)} s ({f(r['vectors_per_s'], 0)} vectors/s) |")
            print(f"| pgvector with HNSW index | {f(r['total_relation_bytes'] / 1e6, 1)} MB (index {f(r['hnsw_index_bytes'] / 1e6, 1)} MB) |")


if __name__ == "__main__":
    main(sys.argv[1])
