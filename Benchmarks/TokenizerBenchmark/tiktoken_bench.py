#!/usr/bin/env python3
"""Measures tiktoken and RAGKit's tokenizer-bench on the same corpus, interleaved, as JSON lines.

    pip install tiktoken
    swift build -c release --product tokenizer-bench
    python3 Benchmarks/TokenizerBenchmark/tiktoken_bench.py CORPUS [--rounds 5] [--check]

tiktoken is pointed at the rank files embedded in RAGKit (Sources/Chunkers/Resources) with the
patterns of ../shared/tokenizers/SOURCE.md, so nothing is downloaded. Each round times tiktoken's
single-thread encode_ordinary, then runs tokenizer-bench for one round; the summary line gives the
median MB/s of each and their ratio, with the machine's load average. --check also compares every
id of the corpus between the two.
"""
import argparse
import base64
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

import tiktoken

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
RESOURCES = os.path.join(ROOT, "Sources", "Chunkers", "Resources")
PATTERNS = {
    "cl100k_base": r"""'(?i:[sdmt]|ll|ve|re)|[^\r\n\p{L}\p{N}]?+\p{L}++|\p{N}{1,3}+| ?[^\s\p{L}\p{N}]++[\r\n]*+|\s++$|\s*[\r\n]|\s+(?!\S)|\s""",
    "o200k_base": r"""[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?|[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n/]*|\s*[\r\n]+|\s+(?!\S)|\s+""",
}


def load_encoding(name):
    ranks = {}
    with open(os.path.join(RESOURCES, name + ".tiktoken"), "rb") as file:
        for line in file:
            if line.strip():
                token, rank = line.split()
                ranks[base64.b64decode(token)] = int(rank)
    return tiktoken.Encoding(name, pat_str=PATTERNS[name], mergeable_ranks=ranks, special_tokens={})


def emit(**fields):
    print(json.dumps(fields), flush=True)


def ours(bench, corpus, encoding, *extra):
    output = subprocess.run(
        [bench, "--corpus", corpus, "--encoding", encoding, *extra],
        check=True, capture_output=True, text=True,
    ).stdout
    return [json.loads(line) for line in output.splitlines()]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus")
    parser.add_argument("--bench", default=os.path.join(ROOT, ".build", "release", "tokenizer-bench"))
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--encoding", action="append", choices=sorted(PATTERNS))
    parser.add_argument("--check", action="store_true", help="also compare every id with tiktoken's")
    args = parser.parse_args()

    with open(args.corpus, encoding="utf-8") as file:
        text = file.read()
    megabytes = len(text.encode("utf-8")) / 1e6
    for name in args.encoding or sorted(PATTERNS):
        encoding = load_encoding(name)
        encoding.encode_ordinary("warm up")
        peer, mine = [], []
        for round in range(1, args.rounds + 1):
            start = time.perf_counter()
            tokens = encoding.encode_ordinary(text)
            seconds = time.perf_counter() - start
            peer.append(megabytes / seconds)
            emit(bench="tokenizer", impl="tiktoken", version=tiktoken.__version__, encoding=name, op="encode",
                 round=round, tokens=len(tokens), seconds=round_to(seconds), mb_per_s=round_to(peer[-1]))
            line = next(l for l in ours(args.bench, args.corpus, name, "--rounds", "1") if l["op"] == "encode")
            mine.append(line["mb_per_s"])
            emit(**line)
        emit(bench="tokenizer", encoding=name, op="summary", corpus_mb=round_to(megabytes),
             tiktoken_median_mb_per_s=round_to(statistics.median(peer)),
             ragkit_median_mb_per_s=round_to(statistics.median(mine)),
             ratio=round_to(statistics.median(mine) / statistics.median(peer)),
             load_average=os.getloadavg()[0])
        if args.check:
            with tempfile.TemporaryDirectory() as directory:
                path = os.path.join(directory, "ids.txt")
                ours(args.bench, args.corpus, name, "--dump-ids", path)
                with open(path) as file:
                    got = [int(line) for line in file if line.strip()]
            expected = encoding.encode_ordinary(text)
            first = next((i for i, (a, b) in enumerate(zip(got, expected)) if a != b), None)
            if first is None and len(got) != len(expected):
                first = min(len(got), len(expected))
            emit(bench="tokenizer", encoding=name, op="check", tokens=len(expected), equal=first is None,
                 first_difference=first)
            if first is not None:
                sys.exit(1)


def round_to(value):
    return round(value, 3)


if __name__ == "__main__":
    main()
