#!/usr/bin/env python3
"""Checks the labelled questions against the corpus: every path exists under the set's folder, every
`answer` phrase occurs (case-insensitive, whitespace collapsed) in the text of at least one labelled
page, ids are unique, fields are complete, and at least half of each set is paraphrased.

Usage: python3 check_questions.py [--corpus DIR] [SET …]   (DIR default: ${XDG_CACHE_HOME:-~/.cache}/ragkit-eval)
Exits 1 with one line per problem; prints a summary per set otherwise.
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus_text import SETS, collapse, default_corpus_root, load_questions, page_text  # noqa: E402

FIELDS = {"id": str, "question": str, "paths": list, "answer": str, "paraphrased": bool}


def check(name, folder):
    problems = []
    questions = load_questions(name)
    texts = {}
    seen = set()
    for q in questions:
        where = f"{name}:{q.get('id', '?')}"
        for field, kind in FIELDS.items():
            if not isinstance(q.get(field), kind):
                problems.append(f"{where}: field {field!r} missing or not {kind.__name__}")
        if problems and problems[-1].startswith(where):
            continue
        if q["id"] in seen:
            problems.append(f"{where}: duplicate id")
        seen.add(q["id"])
        if not q["paths"]:
            problems.append(f"{where}: no paths")
        found = False
        for path in q["paths"]:
            full = os.path.join(folder, path)
            if not os.path.isfile(full):
                problems.append(f"{where}: {path} does not exist under {folder}")
                continue
            if path not in texts:
                texts[path] = collapse(page_text(full))
            if collapse(q["answer"]) in texts[path]:
                found = True
        if not found:
            problems.append(f"{where}: answer {q['answer']!r} occurs in none of {q['paths']}")
    paraphrased = sum(1 for q in questions if q.get("paraphrased") is True)
    if paraphrased * 2 < len(questions):
        problems.append(f"{name}: only {paraphrased} of {len(questions)} questions are paraphrased (need half)")
    return questions, paraphrased, problems


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default=default_corpus_root())
    parser.add_argument("sets", nargs="*", default=list(SETS))
    options = parser.parse_args()
    failed = False
    for name in options.sets:
        folder = os.path.join(options.corpus, name)
        if not os.path.isdir(folder):
            sys.exit(f"check_questions: {folder} is missing; run fetch-corpora.sh first")
        questions, paraphrased, problems = check(name, folder)
        for problem in problems:
            print(problem)
        failed |= bool(problems)
        pages = len({p for q in questions for p in q["paths"]})
        print(f"{name}: {len(questions)} questions ({paraphrased} paraphrased, {len(questions) - paraphrased} literal) "
              f"over {pages} distinct pages: {'FAIL' if problems else 'ok'}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
