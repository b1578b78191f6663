"""Shared helpers for the retrieval-quality benchmark: the labelled sets, page text and normalisation.

Pure standard library, deterministic. HTML is reduced to text with html.parser (script, style and head
dropped, block elements end lines); Markdown and reStructuredText are read as they are.
"""
import html.parser
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = ("git-html", "nodejs-md")


def default_corpus_root():
    cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(cache, "ragkit-eval")


class _TextExtractor(html.parser.HTMLParser):
    SKIP = {"script", "style", "head", "title", "noscript"}
    BLOCK = {"p", "div", "br", "li", "dt", "dd", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "table",
             "ul", "ol", "dl", "blockquote", "section", "article", "hr", "td", "th"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def html_to_text(source):
    parser = _TextExtractor()
    parser.feed(source)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    return re.sub(r"\n\s*\n+", "\n\n", text).strip()


def page_text(path):
    """The text of one corpus file, as a reader (and a baseline) sees it."""
    with open(path, encoding="utf-8", errors="replace") as f:
        source = f.read()
    if path.lower().endswith((".html", ".htm")):
        return html_to_text(source)
    return source


def collapse(text):
    """Case-folded, whitespace-collapsed form used to check that an answer phrase occurs in a page."""
    return re.sub(r"\s+", " ", text).strip().casefold()


def corpus_files(folder):
    """Relative paths (POSIX separators) of the indexable files under folder, sorted."""
    found = []
    for directory, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if name.startswith("."):
                continue
            if name.lower().endswith((".html", ".htm", ".md", ".rst", ".txt")):
                found.append(os.path.relpath(os.path.join(directory, name), folder).replace(os.sep, "/"))
    return sorted(found)


def load_questions(name):
    with open(os.path.join(HERE, "questions", name + ".jsonl"), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]
