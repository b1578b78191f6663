#!/usr/bin/env python3
"""Retrieval quality of `rag` on two real documentation sets, against a plain BM25 baseline.

For each set (git-html: Git's HTML manual pages; nodejs-md: Node.js's Markdown API pages; see
fetch-corpora.sh) this builds, or reuses, an index with the given `rag` binary, runs every labelled
question of questions/<set>.jsonl through `rag search --json -k 10 --mode M` for each mode, and scores
at the document (page) level: the results are deduplicated by path in rank order, and a hit is a
result whose path is one of the question's labelled paths. recall@n is the share of questions with a
hit among the first n distinct pages; MRR@10 is the mean of 1/rank of the first hit among the first
10 distinct pages (0 when none). Figures are given for all questions, the paraphrased ones (the
question describes the behaviour, the page names the feature) and the literal ones.

The baseline is Okapi BM25 (k1 = 1.2, b = 0.75) in pure Python over ~800-character chunks of the
same files (HTML reduced to text with html.parser, script and style dropped), scored the same way.

`rag ask --json --answerer extractive` is scored too: the share of answers whose text contains the
labelled answer phrase (case-insensitive, whitespace collapsed), the share that cite a labelled page,
and the share that do both.

Deterministic and offline: the local embedder unless other index arguments are passed, and the
OpenAI variables are removed from the environment of `rag` unless --online is given.

Usage:
  python3 evaluate.py --rag /path/to/rag                      # both sets, all modes, ask, baseline
  python3 evaluate.py --bm25-only                             # the baseline alone, no binary needed
  python3 evaluate.py --rag R --index-arg=--chunker --index-arg=markdown --label markdown-400
Writes results/<label>.json and results/<label>.md (label default: "latest") and prints the table.
"""
import argparse
import collections
import concurrent.futures
import datetime
import hashlib
import json
import math
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
from corpus_text import SETS, collapse, corpus_files, default_corpus_root, load_questions, page_text  # noqa: E402

MODES = ("keyword", "vector", "hybrid")
CUTOFFS = (1, 5, 10)


# ---------------------------------------------------------------- scoring

def distinct_paths(paths):
    """Paths in rank order, each kept at its first (best) rank."""
    seen, ordered = set(), []
    for path in paths:
        if path not in seen:
            seen.add(path)
            ordered.append(path)
    return ordered


def first_hit(ranked_paths, relevant):
    """1-based rank of the first relevant page among the distinct pages, or None."""
    for rank, path in enumerate(distinct_paths(ranked_paths), 1):
        if path in relevant:
            return rank
    return None


def summarise(ranks):
    """recall@1/5/10 and MRR@10 of a list of first-hit ranks (None = no hit)."""
    n = len(ranks)
    if n == 0:
        return {"questions": 0}
    out = {"questions": n}
    for cut in CUTOFFS:
        out[f"recall@{cut}"] = round(sum(1 for r in ranks if r is not None and r <= cut) / n, 4)
    out["mrr@10"] = round(sum(1 / r for r in ranks if r is not None and r <= 10) / n, 4)
    return out


def by_kind(questions, ranks):
    """The same figures over all questions, the paraphrased ones and the literal ones."""
    groups = {"all": [], "paraphrased": [], "literal": []}
    for q, r in zip(questions, ranks):
        groups["all"].append(r)
        groups["paraphrased" if q["paraphrased"] else "literal"].append(r)
    return {kind: summarise(rs) for kind, rs in groups.items()}


# ---------------------------------------------------------------- BM25 baseline

TOKEN = re.compile(r"[0-9a-z]+")


def tokens(text):
    return TOKEN.findall(text.casefold())


def chunk_text(text, size=800):
    """Paragraphs packed greedily into chunks of at most ~size characters; a longer paragraph is cut at
    word boundaries. No overlap."""
    chunks, current = [], ""
    for paragraph in re.split(r"\n\s*\n", text):
        paragraph = re.sub(r"\s+", " ", paragraph).strip()
        if not paragraph:
            continue
        while len(paragraph) > size:
            cut = paragraph.rfind(" ", 0, size)
            cut = cut if cut > size // 2 else size
            if current:
                chunks.append(current)
                current = ""
            chunks.append(paragraph[:cut].strip())
            paragraph = paragraph[cut:].strip()
        if current and len(current) + 1 + len(paragraph) > size:
            chunks.append(current)
            current = ""
        current = f"{current} {paragraph}".strip()
    if current:
        chunks.append(current)
    return chunks


class BM25:
    """Okapi BM25 with the Lucene-style idf log(1 + (N - df + 0.5) / (df + 0.5)), always positive."""

    def __init__(self, documents, k1=1.2, b=0.75):
        self.k1, self.b = k1, b
        self.lengths = [len(d) for d in documents]
        self.average = sum(self.lengths) / max(1, len(documents))
        self.postings = collections.defaultdict(list)
        for i, doc in enumerate(documents):
            for term, count in collections.Counter(doc).items():
                self.postings[term].append((i, count))
        n = len(documents)
        self.idf = {t: math.log(1 + (n - len(p) + 0.5) / (len(p) + 0.5)) for t, p in self.postings.items()}

    def top(self, query, k):
        scores = collections.defaultdict(float)
        for term in set(query):
            idf = self.idf.get(term)
            if idf is None:
                continue
            for i, tf in self.postings[term]:
                norm = tf + self.k1 * (1 - self.b + self.b * self.lengths[i] / self.average)
                scores[i] += idf * tf * (self.k1 + 1) / norm
        return sorted(scores, key=lambda i: (-scores[i], i))[:k]


def bm25_baseline(folder, questions, k, chunk_size):
    chunk_paths, chunk_tokens = [], []
    for path in corpus_files(folder):
        for chunk in chunk_text(page_text(os.path.join(folder, path)), chunk_size):
            chunk_paths.append(path)
            chunk_tokens.append(tokens(chunk))
    index = BM25(chunk_tokens)
    ranks, ranked = [], []
    for q in questions:
        paths = [chunk_paths[i] for i in index.top(tokens(q["question"]), k)]
        ranked.append(distinct_paths(paths))
        ranks.append(first_hit(paths, set(q["paths"])))
    return {"chunks": len(chunk_paths), "chunk_chars": chunk_size}, ranks, ranked


# ---------------------------------------------------------------- rag

class Rag:
    def __init__(self, binary, global_args, online):
        self.binary = binary
        self.global_args = global_args
        self.env = dict(os.environ)
        if not online:
            for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "RAG_INDEX"):
                self.env.pop(name, None)

    def run(self, *arguments):
        command = [self.binary, *arguments, *self.global_args]
        result = subprocess.run(command, capture_output=True, text=True, env=self.env, stdin=subprocess.DEVNULL)
        if result.returncode != 0:
            raise RuntimeError(f"rag {' '.join(arguments[:3])} … failed ({result.returncode}): {result.stderr.strip()}")
        return result.stdout

    def json(self, *arguments):
        return json.loads(self.run(*arguments))


def describe_binary(path):
    with open(path, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()[:16]
    built = datetime.datetime.fromtimestamp(os.path.getmtime(path), datetime.timezone.utc)
    kind = "release" if "/release/" in os.path.realpath(path) else "debug" if "/debug/" in os.path.realpath(path) else "?"
    # Only the file name: results are committed, and machine paths do not belong in the repository.
    return {"path": os.path.basename(path), "sha256": digest, "built": built.strftime("%Y-%m-%dT%H:%M:%SZ"), "build": kind}


def index_directory(work, name, index_args):
    slug = re.sub(r"[^A-Za-z0-9]+", "-", " ".join(index_args)).strip("-") or "default"
    return os.path.join(work, f"{name}--{slug}")


def build_index(rag, folder, directory, index_args, reindex):
    if reindex:
        shutil.rmtree(directory, ignore_errors=True)
    started = datetime.datetime.now()
    summary = rag.json("index", folder, "--index", directory, "--json", *index_args)
    seconds = (datetime.datetime.now() - started).total_seconds()
    status = rag.json("status", "--index", directory, "--json")
    return {"index": os.path.basename(directory), "documents": status["documents"], "chunks": status["chunks"], "tokens": status["tokens"],
            "model": status["model"], "chunker": status["chunker"], "chunk_size": status["chunkSize"],
            "overlap": status["overlap"], "added": len(summary.get("added", [])),
            "unchanged": len(summary.get("unchanged", [])), "skipped": summary.get("skipped", []),
            "index_seconds": round(seconds, 1)}


def parallel(function, items, jobs):
    if jobs <= 1:
        return [function(item) for item in items]
    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        return list(pool.map(function, items))


def rag_search(rag, directory, questions, mode, k, jobs):
    def one(q):
        output = rag.json("search", "--index", directory, "--mode", mode, "-k", str(k), "--json", q["question"])
        return [r["path"] for r in output["results"]]
    ranked = parallel(one, questions, jobs)
    return [first_hit(paths, set(q["paths"])) for q, paths in zip(questions, ranked)], [distinct_paths(p) for p in ranked]


def rag_ask(rag, directory, questions, ask_args, jobs):
    def one(q):
        output = rag.json("ask", "--index", directory, "--json", "--answerer", "extractive", *ask_args, q["question"])
        contains = collapse(q["answer"]) in collapse(output["answer"])
        cited = [c["path"] for c in output.get("citations", [])]
        cites = any(p in q["paths"] for p in cited)
        return {"contains": contains, "cites": cites, "cited": distinct_paths(cited)}
    return parallel(one, questions, jobs)


def ask_summary(questions, outcomes):
    groups = {"all": [], "paraphrased": [], "literal": []}
    for q, o in zip(questions, outcomes):
        groups["all"].append(o)
        groups["paraphrased" if q["paraphrased"] else "literal"].append(o)
    out = {}
    for kind, os_ in groups.items():
        n = len(os_) or 1
        out[kind] = {"questions": len(os_),
                     "contains_answer": round(sum(o["contains"] for o in os_) / n, 4),
                     "cites_labelled_page": round(sum(o["cites"] for o in os_) / n, 4),
                     "both": round(sum(o["contains"] and o["cites"] for o in os_) / n, 4)}
    return out


# ---------------------------------------------------------------- report

def markdown(results):
    lines = []
    for name, data in results["sets"].items():
        info = data.get("index") or {}
        lines.append(f"### {name}: {data['pages']} pages, {data['questions']} questions "
                     f"({data['paraphrased']} paraphrased, {data['questions'] - data['paraphrased']} literal)")
        if info:
            lines.append(f"\nrag index: {info['chunks']} chunks ({info['chunker']} {info['chunk_size']}/{info['overlap']}), "
                         f"model {info['model']}, indexed in {info['index_seconds']} s.")
        lines.append(f"BM25 baseline: {data['bm25']['chunks']} chunks of ≤{data['bm25']['chunk_chars']} characters.\n")
        lines.append("| retriever | questions | recall@1 | recall@5 | recall@10 | MRR@10 |")
        lines.append("|---|---|---|---|---|---|")
        for retriever, figures in data["retrieval"].items():
            for kind in ("all", "paraphrased", "literal"):
                f = figures[kind]
                if not f["questions"]:
                    continue
                lines.append(f"| {retriever} | {kind} ({f['questions']}) | {f['recall@1']:.2f} | {f['recall@5']:.2f} | "
                             f"{f['recall@10']:.2f} | {f['mrr@10']:.2f} |")
        if data.get("ask"):
            lines.append(f"\n`rag ask --answerer extractive` ({' '.join(results['ask_args']) or 'defaults: -k 6, mode auto'}):\n")
            lines.append("| questions | answer contains the phrase | cites a labelled page | both |")
            lines.append("|---|---|---|---|")
            for kind in ("all", "paraphrased", "literal"):
                f = data["ask"][kind]
                lines.append(f"| {kind} ({f['questions']}) | {f['contains_answer']:.2f} | {f['cites_labelled_page']:.2f} | {f['both']:.2f} |")
        lines.append("")
    return "\n".join(lines)


def rescore(path):
    """Recomputes the figures of a results file from its stored pages with the current labels (after a
    label is corrected), without running rag again. The answer outcomes are rescored for the pages they
    cite; whether the answer contains the phrase cannot change without the answer text and is kept."""
    with open(path, encoding="utf-8") as f:
        results = json.load(f)
    for name, per_question in results["questions"].items():
        questions = load_questions(name)
        data = results["sets"][name]
        for retriever in list(data["retrieval"]):
            key = "bm25" if retriever.startswith("bm25") else retriever.split(" ", 1)[1]
            ranks = [first_hit(per_question[q["id"]][key]["pages"], set(q["paths"])) for q in questions]
            for q, r in zip(questions, ranks):
                per_question[q["id"]][key]["rank"] = r
            data["retrieval"][retriever] = by_kind(questions, ranks)
        if data.get("ask"):
            outcomes = [per_question[q["id"]]["ask"] for q in questions]
            for q, o in zip(questions, outcomes):
                o["cites"] = any(p in q["paths"] for p in o["cited"])
            data["ask"] = ask_summary(questions, outcomes)
    return results


def write(results, label):
    table = markdown(results)
    os.makedirs(os.path.join(HERE, "results"), exist_ok=True)
    with open(os.path.join(HERE, "results", f"{label}.json"), "w", encoding="utf-8") as f:
        json.dump(results, f, indent=1, sort_keys=True, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(HERE, "results", f"{label}.md"), "w", encoding="utf-8") as f:
        f.write(table + "\n")
    print(table)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rag", help="the rag binary (default: .build/release/rag, then .build/debug/rag of this checkout)")
    parser.add_argument("--corpus", default=default_corpus_root(), help="where fetch-corpora.sh put the sets (default: %(default)s)")
    parser.add_argument("--work", default=None, help="where the indexes are kept and reused (default: CORPUS/indexes)")
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--modes", default=",".join(MODES))
    parser.add_argument("-k", type=int, default=10, help="passages per search (default 10)")
    parser.add_argument("--index-arg", action="append", default=None,
                        help="argument passed to `rag index` (repeatable; default: --embedder local)")
    parser.add_argument("--global-arg", action="append", default=[], help="argument passed to every rag command (e.g. --base-url=…)")
    parser.add_argument("--ask-arg", action="append", default=[], help="argument passed to `rag ask` (e.g. --mode=keyword, -k=6)")
    parser.add_argument("--reindex", action="store_true", help="delete and rebuild the indexes")
    parser.add_argument("--no-ask", action="store_true", help="skip `rag ask`")
    parser.add_argument("--bm25-only", action="store_true", help="only the BM25 baseline (no rag binary needed)")
    parser.add_argument("--bm25-chunk", type=int, default=800, help="baseline chunk size in characters (default 800)")
    parser.add_argument("--online", action="store_true", help="keep OPENAI_API_KEY / OPENAI_BASE_URL in rag's environment")
    parser.add_argument("--jobs", type=int, default=1, help="rag processes run at once (default 1)")
    parser.add_argument("--label", default="latest", help="results/<label>.json and .md (default: %(default)s)")
    parser.add_argument("--rescore", metavar="RESULTS_JSON",
                        help="recompute the figures of a results file with the current labels (no rag run) and rewrite it")
    parser.add_argument("--note", default="", help="free text kept in the results, e.g. which commit the binary was built from")
    options = parser.parse_args()
    index_args = options.index_arg if options.index_arg is not None else ["--embedder", "local"]
    if options.rescore:
        label = os.path.splitext(os.path.basename(options.rescore))[0]
        write(rescore(options.rescore), label)
        return

    rag = None
    if not options.bm25_only:
        binary = options.rag or next((p for p in (os.path.join(ROOT, ".build/release/rag"), os.path.join(ROOT, ".build/debug/rag"))
                                      if os.path.exists(p)), None)
        if binary is None or not os.path.exists(binary):
            sys.exit("evaluate: no rag binary; pass --rag PATH (or --bm25-only)")
        rag = Rag(binary, options.global_arg, options.online)
    work = options.work or os.path.join(options.corpus, "indexes")

    results = {"date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
               "note": options.note, "k": options.k, "index_args": index_args, "global_args": options.global_arg, "ask_args": options.ask_arg,
               "binary": describe_binary(rag.binary) if rag else None, "sets": {}, "questions": {}}
    for name in options.sets.split(","):
        folder = os.path.join(options.corpus, name)
        if not os.path.isdir(folder):
            sys.exit(f"evaluate: {folder} is missing; run Benchmarks/RetrievalQuality/fetch-corpora.sh first")
        questions = load_questions(name)
        data = {"pages": len(corpus_files(folder)), "questions": len(questions),
                "paraphrased": sum(q["paraphrased"] for q in questions), "retrieval": {}}
        per_question = {q["id"]: {} for q in questions}

        info, ranks, ranked = bm25_baseline(folder, questions, options.k, options.bm25_chunk)
        data["bm25"] = info
        data["retrieval"]["bm25 (baseline)"] = by_kind(questions, ranks)
        for q, r, paths in zip(questions, ranks, ranked):
            per_question[q["id"]]["bm25"] = {"rank": r, "pages": paths}
        print(f"{name}: bm25 done", file=sys.stderr, flush=True)

        if rag:
            directory = index_directory(work, name, index_args)
            os.makedirs(work, exist_ok=True)
            data["index"] = build_index(rag, folder, directory, index_args, options.reindex)
            print(f"{name}: index {data['index']['chunks']} chunks in {data['index']['index_seconds']} s", file=sys.stderr, flush=True)
            for mode in options.modes.split(","):
                ranks, ranked = rag_search(rag, directory, questions, mode, options.k, options.jobs)
                data["retrieval"][f"rag {mode}"] = by_kind(questions, ranks)
                for q, r, paths in zip(questions, ranks, ranked):
                    per_question[q["id"]][mode] = {"rank": r, "pages": paths}
                print(f"{name}: {mode} done", file=sys.stderr, flush=True)
            if not options.no_ask:
                outcomes = rag_ask(rag, directory, questions, options.ask_arg, options.jobs)
                data["ask"] = ask_summary(questions, outcomes)
                for q, o in zip(questions, outcomes):
                    per_question[q["id"]]["ask"] = o
                print(f"{name}: ask done", file=sys.stderr, flush=True)
        results["sets"][name] = data
        results["questions"][name] = per_question

    write(results, options.label)


if __name__ == "__main__":
    main()
