#!/usr/bin/env python3
"""Unit checks of the scoring and baseline code of evaluate.py (no corpus, no rag binary):
python3 -m unittest Benchmarks/RetrievalQuality/test_evaluate.py"""
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import evaluate  # noqa: E402
from corpus_text import collapse, html_to_text  # noqa: E402


class Scoring(unittest.TestCase):
    def test_pages_are_deduplicated_in_rank_order(self):
        ranked = ["a.md", "a.md", "b.md", "a.md", "c.md"]
        self.assertEqual(evaluate.distinct_paths(ranked), ["a.md", "b.md", "c.md"])
        self.assertEqual(evaluate.first_hit(ranked, {"c.md"}), 3)
        self.assertEqual(evaluate.first_hit(ranked, {"b.md", "c.md"}), 2)
        self.assertIsNone(evaluate.first_hit(ranked, {"d.md"}))

    def test_recall_and_mrr(self):
        figures = evaluate.summarise([1, 2, None, 7])
        self.assertEqual(figures["recall@1"], 0.25)
        self.assertEqual(figures["recall@5"], 0.5)
        self.assertEqual(figures["recall@10"], 0.75)
        self.assertAlmostEqual(figures["mrr@10"], round((1 + 1 / 2 + 1 / 7) / 4, 4))

    def test_split_by_kind(self):
        questions = [{"paraphrased": True}, {"paraphrased": False}, {"paraphrased": True}]
        split = evaluate.by_kind(questions, [1, None, 3])
        self.assertEqual(split["all"]["questions"], 3)
        self.assertEqual(split["paraphrased"]["recall@5"], 1.0)
        self.assertEqual(split["literal"]["recall@10"], 0.0)


class Baseline(unittest.TestCase):
    def test_chunks_stay_under_the_size(self):
        text = "\n\n".join(["word " * 50, "x" * 2000, "short paragraph", "another " * 300])
        chunks = evaluate.chunk_text(text, 800)
        self.assertTrue(all(len(c) <= 800 for c in chunks))
        self.assertEqual(collapse(" ".join(chunks)).replace(" ", ""), collapse(text).replace(" ", ""))

    def test_bm25_prefers_the_matching_shorter_document(self):
        docs = [evaluate.tokens(t) for t in (
            "rotate the log files at midnight", "the cat sat on the mat",
            "log log log " + "filler " * 40, "nothing relevant here")]
        index = evaluate.BM25(docs)
        top = index.top(evaluate.tokens("rotate log"), 3)
        self.assertEqual(top[0], 0)
        self.assertNotIn(1, top)
        self.assertEqual(index.top(evaluate.tokens("unknownword"), 3), [])


class KeywordVariants(unittest.TestCase):
    def test_passages_pack_whole_paragraphs(self):
        import keyword_variants
        paragraphs = ["p%d " % i * 30 for i in range(20)]
        packed = keyword_variants.passages("\n\n".join(paragraphs), 800)
        self.assertTrue(all(len(p) <= 800 for p in packed))
        self.assertEqual("\n\n".join(packed), "\n\n".join(p.strip() for p in paragraphs))
        self.assertEqual(keyword_variants.passages("a\n\n" + "x" * 900 + "\n\nb", 800), ["a", "x" * 900, "b"])

    def test_fusion_breaks_ties_by_best_rank_then_key(self):
        import keyword_variants
        self.assertEqual(keyword_variants.fuse([[1, 2], [2, 1]], [1, 1]), [1, 2])
        self.assertEqual(keyword_variants.fuse([[1, 2], [2]], [1, 1.4]), [2, 1])


class Text(unittest.TestCase):
    def test_html_drops_script_style_and_head(self):
        page = ("<html><head><title>T</title><style>p{}</style></head><body><h1>Title</h1>"
                "<p>One&amp;two</p><script>var x;</script><p>three</p></body></html>")
        self.assertEqual(html_to_text(page), "Title\n\nOne&two\n\nthree")

    def test_collapse(self):
        self.assertEqual(collapse("  A\n  b\tC "), "a b c")


if __name__ == "__main__":
    unittest.main()
