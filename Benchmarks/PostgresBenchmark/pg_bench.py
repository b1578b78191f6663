#!/usr/bin/env python3
"""pgvector side of RAGKit's vector benchmark: loads a peers.py dump into PostgreSQL with the SQL RAGKit's
PostgresIndexStorage uses, then times exact and HNSW top-k searches against the dump's exact ground truth.

    python3 pg_bench.py --data DUMP_DIR/20000_1536 --url postgres://ragkit@127.0.0.1:PORT/ragkit

DUMP_DIR/{n}_{d}/ is what `peers.py --dump DUMP_DIR` writes: X.f32, Q.f32, gt.i32, meta.json.
Prints one JSON line per measurement on stdout (and appends it to --out), then a summary table on stderr.

The SQL mirrors Sources/RAGKit/Storage/Postgres/{PostgresSchema,PostgresIndexStorage}.swift:
  table    <schema>.vectors (id text PRIMARY KEY, embedding vector(d) NOT NULL)   (halfvec(d) above 2,000 dims)
  upsert   INSERT ... SELECT id, v::vector FROM unnest($1::text[], $2::text[]) ... ON CONFLICT (id) DO UPDATE,
           one statement (autocommit) per batch; ids are 64-hex-digit SHA-256 strings like RAGKit's text hashes
  exact    BEGIN; SET LOCAL enable_indexscan = off; SELECT id, (1 - (embedding <=> q))::float4 ... ORDER BY
           embedding <=> q LIMIT k; COMMIT
  HNSW     CREATE INDEX vectors_hnsw ... USING hnsw (embedding vector_cosine_ops) (pgvector defaults m=16,
           ef_construction=64); BEGIN; SET LOCAL hnsw.ef_search = N; SET LOCAL hnsw.iterative_scan =
           relaxed_order; same SELECT; COMMIT; rows re-sorted by score as RAGKit does
Every statement is sent unprepared (prepare_threshold=None), like PostgresNIO's unnamed statements, so the
planner sees the actual parameters each time. Latency is wall-clock per search, client side, including the
transaction round trips RAGKit pays.
"""
import argparse
import hashlib
import json
import os
import sys
import time


def parse():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", required=True, help="a dump directory {n}_{d}/ written by peers.py --dump")
    ap.add_argument("--url", default=os.environ.get("PGBENCH_URL", "postgres://ragkit@127.0.0.1:58913/ragkit"))
    ap.add_argument("--schema", default="bench", help="schema to (re)create; dropped first")
    ap.add_argument("--k", type=int, default=10)
    ap.add_argument("--queries", type=int, default=100, help="queries timed (at most the dump's)")
    ap.add_argument("--batch", type=int, default=1000, help="vectors per INSERT statement")
    ap.add_argument("--ef", default="40,100,200", help="hnsw.ef_search values")
    ap.add_argument("--maintenance-work-mem", default="1GB",
                    help="SET maintenance_work_mem for the HNSW build ('' = server default); RAGKit sets none")
    ap.add_argument("--threads", type=int, default=2, help="OpenBLAS threads for the in-process numpy baseline")
    ap.add_argument("--no-hnsw", action="store_true")
    ap.add_argument("--keep", action="store_true", help="keep the schema afterwards")
    ap.add_argument("--out", default=None, help="append JSON lines here too")
    ap.add_argument("--tag", default="")
    return ap.parse_args()


args = parse()
for v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[v] = str(args.threads)

import numpy as np  # noqa: E402
import psycopg  # noqa: E402

OUT = open(args.out, "a") if args.out else None
meta = json.load(open(os.path.join(args.data, "meta.json")))
n, d, nq, gk = meta["n"], meta["d"], meta["nq"], meta["k"]
k = args.k
assert k <= gk, f"gt.i32 holds top-{gk}, asked for k={k}"
BASE = dict(bench="pg_bench", n=n, d=d, k=k, data=meta.get("data"))
if args.tag:
    BASE["tag"] = args.tag
SUMMARY = []


def emit(**kw):
    rec = dict(BASE, **kw)
    line = json.dumps(rec)
    print(line, flush=True)
    if OUT:
        OUT.write(line + "\n")
        OUT.flush()
    return rec


def lat(ts):
    a = np.array(ts) * 1e3
    return dict(p50_ms=round(float(np.percentile(a, 50)), 3), p99_ms=round(float(np.percentile(a, 99)), 3),
                mean_ms=round(float(a.mean()), 3), samples=len(ts))


def recall(results, gt):
    hits = sum(len(set(r[:k]) & set(g[:k].tolist())) for r, g in zip(results, gt))
    return round(hits / (k * len(gt)), 4)


X = np.fromfile(os.path.join(args.data, "X.f32"), dtype="<f4").reshape(n, d)
Qall = np.fromfile(os.path.join(args.data, "Q.f32"), dtype="<f4").reshape(nq, d)
GT = np.fromfile(os.path.join(args.data, "gt.i32"), dtype="<i4").reshape(nq, gk)
nqt = min(args.queries, meta.get("single_query_rows", nq), nq)
Q, GTq = Qall[:nqt], GT[:nqt]

vtype = "halfvec" if d > 2000 else "vector"
S = args.schema
ids = [hashlib.sha256(f"chunk-{i}".encode()).hexdigest() for i in range(n)]
row_of = {h: i for i, h in enumerate(ids)}
FMT = "[" + ",".join(["%.9g"] * d) + "]"  # round-trips float32, about as long as Swift's String(Float)


def literal(v):
    return FMT % tuple(v.tolist())


conn = psycopg.connect(args.url, autocommit=True, prepare_threshold=None)
cur = conn.cursor()


def scalar(sql, params=None):
    cur.execute(sql, params)
    return cur.fetchone()[0]


server = {name: scalar(f"SHOW {name}") for name in (
    "server_version", "shared_buffers", "work_mem", "maintenance_work_mem", "max_parallel_workers_per_gather",
    "max_parallel_maintenance_workers", "jit")}
cur.execute("CREATE EXTENSION IF NOT EXISTS vector")
server["pgvector"] = scalar("SELECT extversion FROM pg_extension WHERE extname = 'vector'")
emit(op="meta", python=sys.version.split()[0], numpy=np.__version__, psycopg=psycopg.__version__,
     loadavg=os.getloadavg(), nproc=os.cpu_count(), vector_type=vtype, queries=nqt, **server)

# ---------------- in-process numpy baseline (same queries, same process) ----------------
def numpy_top(q):
    s = X @ q
    idx = np.argpartition(s, -k)[-k:]
    return idx[np.argsort(-s[idx])].tolist()


numpy_top(Q[0])
ts, res = [], []
for q in Q:
    t0 = time.perf_counter()
    res.append(numpy_top(q))
    ts.append(time.perf_counter() - t0)
SUMMARY.append(emit(engine="numpy", op="exact", label=f"numpy + OpenBLAS exact ({args.threads} threads, in pg_bench)",
                    **lat(ts), recall=recall(res, GTq)))

# ---------------- load ----------------
cur.execute(f"DROP SCHEMA IF EXISTS {S} CASCADE")
cur.execute(f"CREATE SCHEMA {S}")
cur.execute(f"CREATE TABLE {S}.vectors (id text PRIMARY KEY, embedding {vtype}({d}) NOT NULL)")
upsert = (f"INSERT INTO {S}.vectors (id, embedding) SELECT id, v::{vtype} FROM unnest(%s::text[], %s::text[]) "
          f"AS t(id, v) ON CONFLICT (id) DO UPDATE SET embedding = EXCLUDED.embedding")
fmt_s = sql_s = 0.0
t_all = time.perf_counter()
for s in range(0, n, args.batch):
    t0 = time.perf_counter()
    lits = [literal(v) for v in X[s:s + args.batch]]
    t1 = time.perf_counter()
    cur.execute(upsert, (ids[s:s + args.batch], lits))
    t2 = time.perf_counter()
    fmt_s += t1 - t0
    sql_s += t2 - t1
wall = time.perf_counter() - t_all
assert scalar(f"SELECT count(*) FROM {S}.vectors") == n
size_table = scalar(f"SELECT pg_total_relation_size('{S}.vectors')")
SUMMARY.append(emit(engine="pgvector", op="load", batch=args.batch, sql_s=round(sql_s, 3), format_s=round(fmt_s, 3),
                    wall_s=round(wall, 3), vectors_per_s_sql=round(n / sql_s, 1), vectors_per_s_wall=round(n / wall, 1),
                    total_relation_bytes=size_table, bytes_per_vector=round(size_table / n, 1),
                    raw_f32_bytes=n * d * 4, loadavg=os.getloadavg()))
cur.execute(f"VACUUM ANALYZE {S}.vectors")  # untimed; settles visibility and planner statistics

search = (f"SELECT id, (1 - (embedding <=> q))::float4 FROM {S}.vectors, (SELECT %s::{vtype} AS q) query "
          f"WHERE %s::text[] IS NULL OR id = ANY(%s) ORDER BY embedding <=> q LIMIT {k}")
qlits = [literal(q) for q in Q]


def run_queries(settings):
    def one(ql):
        with conn.transaction():
            for stmt in settings:
                cur.execute(stmt)
            cur.execute(search, (ql, None, None))
            rows = cur.fetchall()
        rows.sort(key=lambda r: (-r[1], r[0]))
        return [row_of[r[0]] for r in rows]

    one(qlits[0])  # warm the cache
    ts, res = [], []
    for ql in qlits:
        t0 = time.perf_counter()
        res.append(one(ql))
        ts.append(time.perf_counter() - t0)
    return ts, res


def plan(settings):
    with conn.transaction():
        for stmt in settings:
            cur.execute(stmt)
        cur.execute("EXPLAIN " + search, (qlits[0], None, None))
        text = "\n".join(r[0] for r in cur.fetchall())
    return text


exact_settings = ["SET LOCAL enable_indexscan = off"]
ts, res = run_queries(exact_settings)
p = plan(exact_settings)
SUMMARY.append(emit(engine="pgvector", op="exact", label="pgvector exact (seq scan)", **lat(ts), recall=recall(res, GTq),
                    parallel="Gather" in p, jit="JIT:" in p, plan_top=p.splitlines()[0][:120], loadavg=os.getloadavg()))

# ---------------- HNSW ----------------
if not args.no_hnsw:
    if args.maintenance_work_mem:
        cur.execute(f"SET maintenance_work_mem = '{args.maintenance_work_mem}'")
    t0 = time.perf_counter()
    cur.execute(f"CREATE INDEX IF NOT EXISTS vectors_hnsw ON {S}.vectors USING hnsw (embedding {vtype}_cosine_ops)")
    build = time.perf_counter() - t0
    cur.execute("RESET maintenance_work_mem")
    size_all = scalar(f"SELECT pg_total_relation_size('{S}.vectors')")
    size_hnsw = scalar(f"SELECT pg_relation_size('{S}.vectors_hnsw')")
    SUMMARY.append(emit(engine="pgvector", op="hnsw_build", build_s=round(build, 2), vectors_per_s=round(n / build, 1),
                        maintenance_work_mem=args.maintenance_work_mem or server["maintenance_work_mem"],
                        hnsw_index_bytes=size_hnsw, total_relation_bytes=size_all, loadavg=os.getloadavg()))
    for ef in [int(e) for e in args.ef.split(",")]:
        settings = [f"SET LOCAL hnsw.ef_search = {ef}", "SET LOCAL hnsw.iterative_scan = relaxed_order"]
        ts, res = run_queries(settings)
        p = plan(settings)
        SUMMARY.append(emit(engine="pgvector", op="hnsw", ef_search=ef, label=f"pgvector HNSW ef_search={ef}", **lat(ts),
                            recall=recall(res, GTq), uses_index="vectors_hnsw" in p, jit="JIT:" in p, loadavg=os.getloadavg()))

if not args.keep:
    cur.execute(f"DROP SCHEMA {S} CASCADE")
conn.close()

# ---------------- summary ----------------
w = sys.stderr.write
w(f"\n{n:,} x {d}, k = {k}, {nqt} queries, {vtype}; load average now {os.getloadavg()[0]:.1f}\n")
w(f"{'search':52} {'p50 ms':>9} {'p99 ms':>9} {'recall@10':>10}\n")
for r in SUMMARY:
    if "p50_ms" in r:
        w(f"{r['label']:52} {r['p50_ms']:9.2f} {r['p99_ms']:9.2f} {r['recall']:10.3f}\n")
for r in SUMMARY:
    if r["op"] == "load":
        w(f"load: {r['vectors_per_s_sql']:,.0f} vectors/s in SQL ({r['vectors_per_s_wall']:,.0f}/s with client-side "
          f"formatting), {r['total_relation_bytes'] / 1e6:.1f} MB table+TOAST+pkey "
          f"({r['total_relation_bytes'] / r['raw_f32_bytes']:.2f}x raw float32)\n")
    if r["op"] == "hnsw_build":
        w(f"HNSW build: {r['build_s']:.1f} s ({r['vectors_per_s']:,.0f} vectors/s), index {r['hnsw_index_bytes'] / 1e6:.1f} MB, "
          f"total {r['total_relation_bytes'] / 1e6:.1f} MB\n")
