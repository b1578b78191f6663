#!/usr/bin/env python3
"""Measures RAGKit's token-window chunker beside chonkie's and semchunk's, interleaved, as JSON lines.

    pip install chonkie semchunk tiktoken
    swift build -c release --product chunk-bench
    python3 Benchmarks/ChunkerBenchmark/chunker_peers.py CORPUS [--rounds 5] [--size 800] [--overlap 400]

Every chunker gets the same text and cl100k_base: tiktoken is pointed at the rank file embedded in
RAGKit (Sources/Chunkers/Resources) with the pattern of ../shared/tokenizers/SOURCE.md, so nothing
is downloaded. Each round times chonkie's TokenChunker (size/overlap tokens), semchunk (size tokens,
overlap tokens) and tiktoken's encode_ordinary alone (the floor either Python chunker builds on),
then runs chunk-bench for one round (each side warmed up on the first 256 KB first). The summary line gives median MB/s of each, the ratios of
RAGKit to each peer, and the load average.
"""
import argparse
import base64
import json
import os
import statistics
import subprocess
import time

import chonkie
import semchunk
import tiktoken

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
RESOURCES = os.path.join(ROOT, "Sources", "Chunkers", "Resources")
CL100K_PATTERN = r"""'(?i:[sdmt]|ll|ve|re)|[^\r\n\p{L}\p{N}]?+\p{L}++|\p{N}{1,3}+| ?[^\s\p{L}\p{N}]++[\r\n]*+|\s++$|\s*[\r\n]|\s+(?!\S)|\s"""


def load_cl100k():
    ranks = {}
    with open(os.path.join(RESOURCES, "cl100k_base.tiktoken"), "rb") as file:
        for line in file:
            if line.strip():
                token, rank = line.split()
                ranks[base64.b64decode(token)] = int(rank)
    return tiktoken.Encoding("cl100k_base", pat_str=CL100K_PATTERN, mergeable_ranks=ranks, special_tokens={})


def emit(**fields):
    print(json.dumps(fields), flush=True)


def timed(function):
    start = time.perf_counter()
    result = function()
    return result, time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus")
    parser.add_argument("--bench", default=os.path.join(ROOT, ".build", "release", "chunk-bench"))
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--size", type=int, default=800)
    parser.add_argument("--overlap", type=int, default=400)
    args = parser.parse_args()

    with open(args.corpus, encoding="utf-8") as file:
        text = file.read()
    megabytes = len(text.encode("utf-8")) / 1e6
    encoding = load_cl100k()
    chonkie_chunker = chonkie.TokenChunker(tokenizer=encoding, chunk_size=args.size, chunk_overlap=args.overlap)
    peers = {
        "chonkie-token": (chonkie.__version__, lambda: chonkie_chunker.chunk(text)),
        # A fresh semchunk chunker each round: it memoizes token counts, and a warm cache from the
        # previous round on the same text would measure lookups rather than chunking.
        "semchunk": (semchunk_version(), lambda: semchunk.chunkerify(encoding, args.size)(text, overlap=args.overlap)),
        "tiktoken-encode-only": (tiktoken.__version__, lambda: encoding.encode_ordinary(text)),
    }
    warm_up = text[:256 * 1024]
    chonkie_chunker.chunk(warm_up)
    semchunk.chunkerify(encoding, args.size)(warm_up, overlap=args.overlap)
    encoding.encode_ordinary(warm_up)
    speeds = {name: [] for name in list(peers) + ["ragkit-token-window"]}
    for round in range(1, args.rounds + 1):
        for name, (version, run) in peers.items():
            result, seconds = timed(run)
            speeds[name].append(megabytes / seconds)
            emit(bench="chunker", impl=name, version=version, round=round, size=args.size, overlap=args.overlap,
                 items=len(result), seconds=round_to(seconds), mb_per_s=round_to(speeds[name][-1]))
        output = subprocess.run(
            [args.bench, "--corpus", args.corpus, "--size", str(args.size), "--overlap", str(args.overlap), "--rounds", "1"],
            check=True, capture_output=True, text=True).stdout
        line = json.loads(output.splitlines()[-1])
        line["round"] = round
        speeds["ragkit-token-window"].append(line["mb_per_s"])
        print(json.dumps(line), flush=True)

    medians = {name: statistics.median(values) for name, values in speeds.items()}
    ours = medians["ragkit-token-window"]
    emit(bench="chunker", summary=True, rounds=args.rounds, megabytes=round_to(megabytes),
         median_mb_per_s={name: round_to(value) for name, value in medians.items()},
         ratio_vs_chonkie=round_to(ours / medians["chonkie-token"]),
         ratio_vs_semchunk=round_to(ours / medians["semchunk"]),
         load_average=[round_to(value) for value in os.getloadavg()])


def semchunk_version():
    try:
        from importlib.metadata import version
        return version("semchunk")
    except Exception:
        return "unknown"


def round_to(value, digits=3):
    return round(value, digits)


if __name__ == "__main__":
    main()
