#!/usr/bin/env python3
"""Lists every operation of the OpenAI spec and marks the ones OpenAIClient covers.

An operation is covered when a spec conformance fixture names it (`CoveredOperation(method: "GET", path: "/models", …)`
or the `op("GET", "/organization/users", …)` shorthand) in Tests/OpenAIClientTests: those fixtures are what the
conformance tests check against the spec (path, method, request properties, response examples).

    scripts/openai-coverage.py                # print the Markdown table
    scripts/openai-coverage.py --write        # replace the table in the DocC article
    scripts/openai-coverage.py --check        # exit 1 when the article's table is stale

Python 3 standard library only: the spec's `paths` are read line by line (two-space YAML indentation), no YAML parser.
"""
import argparse
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "Sources/OpenAIClient/Documentation.docc/MoreResources.md"
BEGIN, END = "<!-- coverage:begin -->", "<!-- coverage:end -->"
METHODS = ("get", "post", "put", "patch", "delete")


def find_spec():
    directory = ROOT
    for _ in range(5):
        candidate = directory / "shared/openai-openapi/openapi.yaml"
        if candidate.exists():
            return candidate
        directory = directory.parent
    sys.exit("openapi.yaml not found: pass --spec")


def operations(spec_path):
    """(method, path, tag) for each operation, in the spec's order."""
    found, path, method, in_paths, awaiting_tag = [], None, None, False, False
    for line in spec_path.read_text(encoding="utf-8").splitlines():
        if not in_paths:
            in_paths = line.startswith("paths:")
            continue
        if line and not line.startswith(" "):
            break
        if match := re.match(r"^  (/\S*):\s*$", line):
            path = match.group(1).strip("'\"")
        elif match := re.match(r"^    (\w+):\s*$", line):
            method = match.group(1)
            if method in METHODS:
                found.append([method.upper(), path, None])
        elif found and found[-1][1] == path and re.match(r"^      tags:\s*$", line):
            awaiting_tag = True
        elif awaiting_tag:
            awaiting_tag = False
            if match := re.match(r"^        - (.+?)\s*$", line):
                found[-1][2] = match.group(1).strip("'\"")
    for entry in found:
        if entry[2] is None:  # untagged operations take their first path segment's name
            entry[2] = entry[1].strip("/").split("/")[0].split("?")[0].replace("_", " ").capitalize()
    return [tuple(entry) for entry in found]


def covered(tests_dir):
    pattern = re.compile(r'(?:method:\s*"([A-Z]+)",\s*path:\s*"([^"]+)"|\bop\(\s*"([A-Z]+)",\s*"([^"]+)")')
    result = set()
    for file in tests_dir.rglob("*.swift"):
        for match in pattern.finditer(file.read_text(encoding="utf-8")):
            method, path = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
            result.add((method, path))
    return result


def table(spec_path, tests_dir):
    ops = operations(spec_path)
    done = covered(tests_dir)
    count = sum((method, path) in done for method, path, _ in ops)
    lines = [
        f"**{count} of {len(ops)} operations covered ({100 * count / len(ops):.1f}%)**, counted by "
        "`scripts/openai-coverage.py` from `openapi.yaml` and the conformance fixtures.",
        "",
        "| Group | Operation | Covered |",
        "|---|---|---|",
    ]
    for method, path, tag in sorted(ops, key=lambda op: (op[2].lower(), op[1], METHODS.index(op[0].lower()))):
        lines.append(f"| {tag} | `{method} {path}` | {'yes' if (method, path) in done else 'no'} |")
    return "\n".join(lines) + "\n", count, len(ops)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=pathlib.Path, help="openapi.yaml; found above the package root by default")
    parser.add_argument("--tests", type=pathlib.Path, default=ROOT / "Tests/OpenAIClientTests", help="the fixtures' folder")
    parser.add_argument("--write", action="store_true", help="replace the table in MoreResources.md")
    parser.add_argument("--check", action="store_true", help="exit 1 when MoreResources.md's table is stale")
    arguments = parser.parse_args()
    text, count, total = table(arguments.spec or find_spec(), arguments.tests)
    if not (arguments.write or arguments.check):
        sys.stdout.write(text)
        return
    article = ARTICLE.read_text(encoding="utf-8")
    start, end = article.index(BEGIN) + len(BEGIN), article.index(END)
    updated = article[:start] + "\n" + text + article[end:]
    if arguments.check:
        sys.exit(0 if updated == article else "the coverage table is stale: run scripts/openai-coverage.py --write")
    ARTICLE.write_text(updated, encoding="utf-8")
    print(f"{count} of {total} operations covered ({100 * count / total:.1f}%)")


if __name__ == "__main__":
    main()
