#!/usr/bin/env python3
"""Retrieval-quality check for `rag`: recall@5 and MRR of labelled questions over real documentation.

The corpus is a subset of the Python 3 documentation sources shipped by Debian's `python3-doc` package
(`/usr/share/doc/python3.X/html/_sources`, reStructuredText). The script copies the files listed in
CORPUS into a temporary folder, turning reStructuredText section titles into Markdown headings so that
the index knows each passage's heading path, then for every chunking configuration builds an index with
the real `rag` binary (local embedder, offline) and runs every question of questions.jsonl through
`rag search --json -k 5` in each retrieval mode.

A hit is relevant at FILE level when its path is a labelled file, and at SECTION level when, in
addition, one of its heading-path elements is that file's labelled heading. Prints one JSON line per
(configuration, mode) and a Markdown table at the end.

Usage: python3 Benchmarks/RetrievalQuality/retrieval_quality.py [--rag .build/release/rag] [--docs DIR]
       [--configs tokens:800:400,tokens:400:200] [--modes vector,keyword,hybrid] [--keep DIR]
"""
import argparse
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

CORPUS = [
    "library/logging", "library/logging.handlers", "library/argparse", "library/json",
    "library/sqlite3", "library/pathlib", "library/csv", "library/subprocess", "library/shutil",
    "library/tempfile", "library/zipfile", "library/hashlib", "library/venv", "library/datetime",
    "howto/logging", "howto/argparse",
]

DEFAULT_CONFIGS = "tokens:800:400,tokens:400:200,tokens:200:100,recursive:400:100,markdown:400:100,markdown:800:200"

ADORNMENT = re.compile(r'^([=\-~^*"+#`:.\'_])\1{2,}\s*$')


def strip_roles(text):
    """`:mod:`logging`` → `logging`, ``code`` → `code`, `x <target>` → `x`, ` --- ` → ` — `."""
    text = re.sub(r':[a-z:]+:`~?!?([^`<]*?)\s*(<[^>]*>)?`', r'\1', text)
    text = re.sub(r'``([^`]*)``', r'\1', text)
    return text.replace(' --- ', ' — ').strip()


def rst_to_markdown(source):
    """Section titles (underlined, optionally overlined) become ATX headings, levels by first appearance."""
    lines = source.split("\n")
    styles = []
    out = []
    i = 0
    while i < len(lines):
        line = lines[i]
        over = ADORNMENT.match(line)
        if over and i + 2 < len(lines) and lines[i + 1].strip() and lines[i + 2].rstrip() == line.rstrip():
            style, title, i = (line[0], True), lines[i + 1], i + 3
        elif (i + 1 < len(lines) and line.strip() and not ADORNMENT.match(line)
              and ADORNMENT.match(lines[i + 1]) and len(lines[i + 1].rstrip()) >= len(line.rstrip()) - 1
              and not line.startswith(" ")):
            style, title, i = (lines[i + 1][0], False), line, i + 2
        else:
            out.append(line)
            i += 1
            continue
        if style not in styles:
            styles.append(style)
        level = min(styles.index(style) + 1, 6)
        out.append("#" * level + " " + strip_roles(title))
    return "\n".join(out)


def find_docs():
    candidates = sorted(glob.glob("/usr/share/doc/python3*/html/_sources"))
    if not candidates:
        sys.exit("retrieval_quality: the Python documentation sources are not installed; "
                 "run `sudo apt-get install -y python3-doc` (or pass --docs DIR)")
    return candidates[-1]


def assemble(docs, folder):
    for name in CORPUS:
        source = os.path.join(docs, name + ".rst.txt")
        if not os.path.exists(source):
            sys.exit(f"retrieval_quality: {source} is missing; is python3-doc complete?")
        target = os.path.join(folder, name + ".md")
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(source, encoding="utf-8") as f:
            text = f.read()
        with open(target, "w", encoding="utf-8") as f:
            f.write(rst_to_markdown(text))


def run(rag, *arguments):
    result = subprocess.run([rag, *arguments], capture_output=True, text=True, env=offline_env())
    if result.returncode != 0:
        sys.exit(f"retrieval_quality: rag {' '.join(arguments)} failed ({result.returncode}): {result.stderr.strip()}")
    return result.stdout


def offline_env():
    env = dict(os.environ)
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "RAG_INDEX"):
        env.pop(name, None)
    return env


def normalise(heading):
    return strip_roles(heading).casefold()


def first_relevant_rank(results, relevant, section):
    for result in results:
        for label in relevant:
            if result["path"] != label["file"]:
                continue
            if not section:
                return result["rank"]
            headings = {normalise(h) for h in result["heading"].split(" › ")}
            if normalise(label["heading"]) in headings:
                return result["rank"]
    return None


def evaluate(rag, index, questions, mode, k):
    ranks = {"file": [], "section": []}
    for question in questions:
        output = json.loads(run(rag, "search", "--index", index, "--mode", mode, "-k", str(k), "--json", question["question"]))
        for level in ranks:
            ranks[level].append(first_relevant_rank(output["results"], question["relevant"], level == "section"))
    metrics = {}
    for level, found in ranks.items():
        metrics[f"{level}_recall@{k}"] = round(sum(1 for r in found if r is not None) / len(found), 3)
        metrics[f"{level}_mrr"] = round(sum(1 / r for r in found if r is not None) / len(found), 3)
    return metrics


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rag", default=None, help="the rag binary (default: .build/release/rag, then .build/debug/rag)")
    parser.add_argument("--docs", default=None, help="the _sources folder of the Python documentation")
    parser.add_argument("--configs", default=DEFAULT_CONFIGS, help="chunker:size:overlap,… (default: %(default)s)")
    parser.add_argument("--modes", default="vector,keyword,hybrid")
    parser.add_argument("-k", type=int, default=5)
    parser.add_argument("--keep", default=None, help="assemble the corpus and indexes here and keep them")
    options = parser.parse_args()

    rag = options.rag or next((p for p in (os.path.join(ROOT, ".build/release/rag"), os.path.join(ROOT, ".build/debug/rag"))
                               if os.path.exists(p)), None)
    if rag is None:
        sys.exit("retrieval_quality: build rag first: swift build -c release --product rag")
    docs = options.docs or find_docs()
    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as f:
        questions = [json.loads(line) for line in f if line.strip()]

    work = options.keep or tempfile.mkdtemp(prefix="rag-quality-")
    corpus = os.path.join(work, "corpus")
    shutil.rmtree(corpus, ignore_errors=True)
    assemble(docs, corpus)
    rows = []
    for config in options.configs.split(","):
        chunker, size, overlap = config.split(":")
        index = os.path.join(work, f"index-{chunker}-{size}-{overlap}")
        shutil.rmtree(index, ignore_errors=True)
        summary = json.loads(run(rag, "index", corpus, "--index", index, "--embedder", "local", "--chunker", chunker,
                                 "--chunk-size", size, "--overlap", overlap, "--json"))
        for mode in options.modes.split(","):
            metrics = evaluate(rag, index, questions, mode, options.k)
            row = {"chunker": chunker, "chunk_size": int(size), "overlap": int(overlap), "mode": mode,
                   "questions": len(questions), "chunks": summary["chunks"], **metrics}
            rows.append(row)
            print(json.dumps(row), flush=True)
    if not options.keep:
        shutil.rmtree(work, ignore_errors=True)

    k = options.k
    print(f"\n| chunker | size/overlap | chunks | mode | file recall@{k} | file MRR | section recall@{k} | section MRR |")
    print("|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['chunker']} | {r['chunk_size']}/{r['overlap']} | {r['chunks']} | {r['mode']} | "
              f"{r[f'file_recall@{k}']:.2f} | {r['file_mrr']:.2f} | {r[f'section_recall@{k}']:.2f} | {r['section_mrr']:.2f} |")


if __name__ == "__main__":
    main()
