#!/usr/bin/env python3
"""Replays every labelled question against copies of rag's keyword index with variants of it (issue #20).

`rag index` writes each set's catalog (`<index>/data-*/catalog.sqlite`); this script copies it, adds FTS5 tables
for the variants, and ranks pages the way `rag search --mode keyword -k 10` does (chunks by BM25, documents in
order of their best chunk, maps last), so a variant is measured in seconds without rebuilding `rag`. The
`chunks` row must reproduce `evaluate.py`'s keyword figures for the same index exactly; check that first.

    python3 keyword_variants.py --index git-html=DIR --index nodejs-md=DIR

DIR is an index directory (`.rag`, or `evaluate.py`'s `--work` subfolder) built with the lexical embedder.
"""
import argparse, glob, json, os, re, shutil, sqlite3, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus_text import load_questions
from evaluate import first_hit, summarise

TOKENIZE = "unicode61 remove_diacritics 2"


def words(text):
    seen = []
    for word in re.findall(r"[^\W_]+", text.lower()):
        if word not in seen:
            seen.append(word)
    return seen


def passages(text, limit):
    """Whole paragraphs packed greedily up to `limit` characters, as KeywordPassages.split does."""
    out, current = [], ""
    for paragraph in (p.strip() for p in text.split("\n\n")):
        if not paragraph:
            continue
        if current and len(current) + 2 + len(paragraph) > limit:
            out.append(current)
            current = paragraph
        else:
            current = current + "\n\n" + paragraph if current else paragraph
    return out + [current] if current else out


def add_passages(db, table, limit):
    db.execute(f"CREATE VIRTUAL TABLE {table} USING fts5(text, chunk UNINDEXED, tokenize='{TOKENIZE}')")
    for chunk, text in db.execute("SELECT id, text FROM chunks").fetchall():
        db.executemany(f"INSERT INTO {table}(text, chunk) VALUES (?, ?)", [(p, chunk) for p in passages(text, limit)])


def add_heading_column(db, table):
    db.execute(f"CREATE VIRTUAL TABLE {table} USING fts5(text, heading, chunk UNINDEXED, tokenize='{TOKENIZE}')")
    rows = db.execute("SELECT id, text, headingPath FROM chunks").fetchall()
    db.executemany(f"INSERT INTO {table}(text, heading, chunk) VALUES (?, ?, ?)",
                   [(text, " ".join(json.loads(path)), chunk) for chunk, text, path in rows])


STOP_WORDS = set("""a an the and or but if of to in on at by for with from as is are was were be been being do does did how
what when where which who whom why can could should would will shall may might must i me my we our you your it its this
that these those there here than then so not no into about over under between without within via per any all some each
every more most other such only own same too very just also get got make let want need use using used""".split())


def ranked_chunks(db, table, question, depth=80, weights="", prefix=False, stop=False):
    terms = [w for w in words(question) if not stop or w not in STOP_WORDS] or words(question)
    match = " OR ".join('"%s"' % w + ("*" if prefix and len(w) >= 4 else "") for w in terms)
    chunk = "rowid" if table == "chunks_fts" else "chunk"
    rows = db.execute(f"SELECT {chunk} FROM {table} WHERE {table} MATCH ? ORDER BY bm25({table}{weights}), rowid LIMIT ?",
                      (match, depth)).fetchall()
    return list(dict.fromkeys(r[0] for r in rows))


def documents(chunks, document_of, role):
    ordered = list(dict.fromkeys(document_of[c] for c in chunks))
    return [d for d in ordered if role[d] != "map"] + [d for d in ordered if role[d] == "map"]


def fuse(rankings, weights, k=60):
    scores, best = {}, {}
    for ranking, weight in zip(rankings, weights):
        for rank, key in enumerate(ranking):
            scores[key] = scores.get(key, 0) + weight / (k + rank + 1)
            best[key] = min(best.get(key, rank), rank)
    return sorted(scores, key=lambda key: (-scores[key], best[key], key))


def measure(questions, rankings, path_of):
    """The figures evaluate.py reports, from ranked document ids."""
    figures = summarise([first_hit([path_of[d] for d in ranking], q["paths"]) for q, ranking in zip(questions, rankings)])
    return "MRR@10 %.3f  R@1 %.2f  R@5 %.2f  R@10 %.2f" % tuple(figures[key] for key in ("mrr@10", "recall@1", "recall@5", "recall@10"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--index", action="append", required=True, metavar="SET=DIR")
    args = parser.parse_args()
    for entry in args.index:
        name, directory = entry.split("=", 1)
        catalogs = sorted(glob.glob(os.path.join(directory, "data-*", "catalog.sqlite"))) or [os.path.join(directory, "catalog.sqlite")]
        with tempfile.TemporaryDirectory() as scratch:
            copy = os.path.join(scratch, "catalog.sqlite")
            shutil.copy(catalogs[-1], copy)
            db = sqlite3.connect(copy)
            questions = load_questions(name)
            document_of = dict(db.execute("SELECT id, documentID FROM chunks").fetchall())
            path_of = dict(db.execute("SELECT id, path FROM documents").fetchall())
            role = dict(db.execute("SELECT id, role FROM documents").fetchall())
            for limit in (500, 800, 1000):
                add_passages(db, f"passages_{limit}", limit)
            add_heading_column(db, "headed")
            db.execute(f"CREATE VIRTUAL TABLE stemmed USING fts5(text, chunk UNINDEXED, tokenize='porter {TOKENIZE}')")
            db.execute("INSERT INTO stemmed(text, chunk) SELECT text, id FROM chunks")

            chunks = [ranked_chunks(db, "chunks_fts", q["question"]) for q in questions]
            by_document = [documents(c, document_of, role) for c in chunks]
            print(f"{name}: {len(questions)} questions")
            print("  chunks (whole chunks, as before)            ", measure(questions, by_document, path_of))
            for label, options in (("query words as prefixes (4+ letters)", {"prefix": True}),
                                   ("query stop words removed", {"stop": True})):
                variant = [documents(ranked_chunks(db, "chunks_fts", q["question"], **options), document_of, role) for q in questions]
                print(f"  {label:<44}", measure(questions, variant, path_of))
            stemmed = [documents(ranked_chunks(db, "stemmed", q["question"]), document_of, role) for q in questions]
            print("  porter stemming                             ", measure(questions, stemmed, path_of))
            for weight in (0.5, 1, 2):
                headed = [documents(ranked_chunks(db, "headed", q["question"], weights=f", 1, {weight}"), document_of, role)
                          for q in questions]
                print(f"  heading path column, weight {weight:<3}            ", measure(questions, headed, path_of))
            for limit in (500, 800, 1000):
                by_passage = [documents(ranked_chunks(db, f"passages_{limit}", q["question"]), document_of, role) for q in questions]
                for weight in (0.7, 1, 1.4):
                    fused = [fuse([c, p], [1, weight]) for c, p in zip(by_document, by_passage)]
                    print(f"  chunks + passages of {limit:<4}, weight {weight:<3}     ", measure(questions, fused, path_of))


if __name__ == "__main__":
    main()
