#!/usr/bin/env python3
"""Makes the TextEncoder test fixtures: tiny random BERT models in Hub layout and reference outputs.

Needs: pip install torch transformers sentence-transformers safetensors
Usage: scripts/make-encoder-fixtures.py MINILM_DIR [OUT_DIR]
  MINILM_DIR  the all-MiniLM-L6-v2 folder (scripts/fetch-minilm.sh prints it); its vocab seeds the tiny vocab
  OUT_DIR     default Tests/TextEncoderTests/Fixtures

Writes OUT_DIR/<variant>/ (a sentence-transformers folder saved with its own save()),
OUT_DIR/references.json (vectors and token ids for every variant) and OUT_DIR/minilm-references.json.
"""
import json
import shutil
import sys
import tempfile
from pathlib import Path

import torch
from safetensors.torch import load_file, save_file
from sentence_transformers import SentenceTransformer, models
from transformers import BertConfig, BertModel, BertTokenizerFast

ROOT = Path(__file__).resolve().parent.parent
MINILM = Path(sys.argv[1])
OUT = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "Tests/TextEncoderTests/Fixtures"

LONG = " ".join(["the history of the world is a story of people and places"] * 60)
TEXTS = [
    "",
    "   ",
    "Hello, world!",
    "The quick brown fox jumps over the lazy dog.",
    "Café résumé naïve façade, accents stripped?",
    "東京は日本の首都です。",
    "中文字符 mixed with English",
    "def encode(self, text: str) -> list[int]:\n    return [ord(c) for c in text]",
    "C++ templates & <html> tags; foo_bar=baz(1, 2) // comment",
    "the history of the world " * 20,
    LONG,
    "UPPER lower MiXeD Case",
    "don't won't it's",
    "tab\tnewline\nreturn\r end",
    "emoji 😀 test",
    "a" * 150,
    "supercalifragilisticexpialidocious antidisestablishmentarianism",
    "[CLS] literal special tokens [SEP] and [MASK]",
    "Ünïcödé ÀÉÎÕÜ",
    "ﬁ ligature ½ fraction",
    "zero\u200bwidth and soft\u00adhyphen",
    "\u0000null\ufffdreplacement\u0007bell",
    "İstanbul straße",
    "numbers 3.14159 and 2,718 and 1e-12",
    "¿Qué tal? ¡Muy bien!",
    "«quotes» “curly” ‘single’ — dash – en",
    "Ελληνικά κείμενα",
    "русский текст",
    "\u3000ideographic\u00a0space\u2003em",
]
# Texts for token-id parity only (no vectors).
TOKEN_TEXTS = TEXTS + [
    "a\u0301 combining acute",
    "Ǆ titlecase ǅ",
    "ﾊﾝｶｸ half-width katakana",
    "한국어 텍스트",
    "𠀀 extension B ideograph",
    "مرحبا بالعالم",
    "$100 #hashtag @user ^caret `tick` ~tilde |pipe",
    "x" * 101,
    "x" * 100,
    "....!!!???",
    "line1\r\nline2\u2028line3\u0085next",
]


def tiny_vocabulary():
    lines = (MINILM / "vocab.txt").read_text(encoding="utf-8").split("\n")
    keep = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    for token in lines[999:1996]:  # single characters
        if len(token) == 1 and (ord(token) < 0x180 or 0x3040 <= ord(token) <= 0x30FF or 0x4E00 <= ord(token) <= 0x9FFF
                                or 0x391 <= ord(token) <= 0x3C9 or 0x410 <= ord(token) <= 0x44F):
            keep.append(token)
    keep += [t for t in lines[1996:2400] if t not in keep]  # the commonest words and pieces
    keep += [t for t in lines if t.startswith("##") and len(t) == 3 and ord(t[2]) < 0x250 and t not in keep]  # ##x
    return keep


def randomize(model, seed):
    generator = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for name, parameter in model.named_parameters():
            if "LayerNorm.weight" in name:
                parameter.copy_(1 + 0.1 * torch.randn(parameter.shape, generator=generator))
            elif "LayerNorm.bias" in name:
                parameter.copy_(0.1 * torch.randn(parameter.shape, generator=generator))
            elif "embeddings" in name:
                parameter.copy_(0.5 * torch.randn(parameter.shape, generator=generator))
            else:
                parameter.copy_(0.15 * torch.randn(parameter.shape, generator=generator))


def make_variant(name, vocab, *, dtype, act, pooling, normalize, prompts, max_positions, max_seq, lowercase=True,
                 prefix=False, seed=0):
    work = Path(tempfile.mkdtemp())
    tokenizer = BertTokenizerFast(vocab={token: index for index, token in enumerate(vocab)}, do_lower_case=lowercase)
    config = BertConfig(vocab_size=len(vocab), hidden_size=32, num_hidden_layers=2, num_attention_heads=4,
                        intermediate_size=64, max_position_embeddings=max_positions, hidden_act=act)
    model = BertModel(config, add_pooling_layer=False)
    randomize(model, seed)
    model.save_pretrained(work / "hf")
    tokenizer.save_pretrained(work / "hf")
    modules = [models.Transformer(str(work / "hf"), max_seq_length=max_seq),
               models.Pooling(32, pooling_mode=pooling)]
    if normalize:
        modules.append(models.Normalize())
    st = SentenceTransformer(modules=modules, prompts=prompts, device="cpu")
    st.to(dtype)
    out = OUT / name
    shutil.rmtree(out, ignore_errors=True)
    st.save(str(out))
    if prefix:
        tensors = load_file(out / "model.safetensors")
        save_file({"bert." + k: v.contiguous() for k, v in tensors.items()}, out / "model.safetensors",
                  metadata={"format": "pt"})
    (out / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    for extra in ["README.md"]:
        (out / extra).unlink(missing_ok=True)
    shutil.rmtree(work)
    return references(out, prompts)


def references(folder, prompts, texts=TEXTS, token_texts=TOKEN_TEXTS):
    st = SentenceTransformer(str(folder), device="cpu", model_kwargs={"torch_dtype": torch.float32})
    st.float()
    tokenizer = st.tokenizer
    result = {
        "documents": [[round(float(x), 7) for x in v] for v in st.encode(texts, batch_size=8)],
        "token_ids": [st.tokenize([t])["input_ids"][0].tolist() for t in token_texts],
        "token_counts": [len(tokenizer(t, add_special_tokens=False)["input_ids"]) for t in token_texts],
        "max_seq_length": st.max_seq_length,
    }
    if "query" in prompts:
        result["queries"] = [[round(float(x), 7) for x in v] for v in st.encode(texts, prompt_name="query", batch_size=8)]
    return result


def main():
    torch.set_num_threads(2)
    vocab = tiny_vocabulary()
    bge_prompt = {"query": "Represent this sentence for searching relevant passages: "}
    refs = {
        "tiny-mean-f32": make_variant("tiny-mean-f32", vocab, dtype=torch.float32, act="gelu", pooling="mean",
                                      normalize=True, prompts={}, max_positions=64, max_seq=48, seed=1),
        "tiny-cls-bf16": make_variant("tiny-cls-bf16", vocab, dtype=torch.bfloat16, act="gelu", pooling="cls",
                                      normalize=True, prompts=bge_prompt, max_positions=64, max_seq=64, seed=2),
        "tiny-last-f16": make_variant("tiny-last-f16", vocab, dtype=torch.float16, act="gelu_new",
                                      pooling="lasttoken", normalize=False, prompts={}, max_positions=64, max_seq=40,
                                      prefix=True, seed=3),
        "tiny-long-cased": make_variant("tiny-long-cased", vocab, dtype=torch.float16, act="relu", pooling="mean",
                                        normalize=True, prompts={}, max_positions=512, max_seq=512, lowercase=False,
                                        seed=4),
    }
    (OUT / "references.json").write_text(json.dumps({"texts": TEXTS, "token_texts": TOKEN_TEXTS, "variants": refs}))
    minilm_texts = TEXTS[:20]
    minilm = references(MINILM, {}, texts=minilm_texts, token_texts=TOKEN_TEXTS)
    minilm["texts"] = minilm_texts
    minilm["token_texts"] = TOKEN_TEXTS
    (OUT / "minilm-references.json").write_text(json.dumps(minilm))


if __name__ == "__main__":
    main()
