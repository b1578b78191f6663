#!/usr/bin/env python3
"""The torch side of embed-bench: sentence-transformers on CPU with the same texts and thread count.

Usage: st_bench.py MODEL_DIR TEXTS_JSON THREADS ROUNDS  (prints one JSON object)
"""
import json
import resource
import sys
import time

import torch

torch.set_num_threads(int(sys.argv[3]))
from sentence_transformers import SentenceTransformer  # noqa: E402

folder, texts_path, rounds = sys.argv[1], sys.argv[2], int(sys.argv[4])
texts = json.load(open(texts_path))
start = time.perf_counter()
model = SentenceTransformer(folder, device="cpu")
open_ms = (time.perf_counter() - start) * 1000
model.encode(["warm up"])
times = []
for _ in range(50):
    start = time.perf_counter()
    model.encode(["how do I configure the vector index?"])
    times.append((time.perf_counter() - start) * 1000)
times.sort()
best = float("inf")
with torch.inference_mode():
    for _ in range(rounds):
        start = time.perf_counter()
        vectors = model.encode(texts, batch_size=32)
        best = min(best, time.perf_counter() - start)
print(json.dumps({
    "torch": torch.__version__, "open_ms": open_ms, "query_ms": times[len(times) // 2],
    "chunks_per_s": len(texts) / best, "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
}))
