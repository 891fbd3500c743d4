"""Score the parsing models end to end from raw text, and the NER model.

* UD_Indonesian-CSUI **test** (never trained on): the raw text of every
  sentence, joined into one paragraph, goes through the whole pipeline
  (tokenizer, MWT, tagger, lemmatizer, parser); the output is scored against
  the gold treebank with the CoNLL 2018 shared-task evaluator that Stanza 1.15
  ships (``udtools.udeval``, formerly ``stanza.utils.conll18_ud_eval``).
* idner-news-2k **test** (never trained on): gold tokens (brackets detached as
  in training) tagged by the NER model; entity-level P/R/F1 with Stanza's scorer.
"""
from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Iterable

__all__ = ["evaluate_ud", "evaluate_ner", "THRESHOLDS"]

# The floors the project promises (issue 2); `kg models evaluate` marks each.
THRESHOLDS = {"Tokens": 99.0, "Sentences": 90.0, "UPOS": 92.0, "LAS": 75.0, "NER F1": 80.0}
# Stanza 1.15 scores with udtools.udeval, the maintained CoNLL 2018 shared-task evaluator
# (the script formerly shipped as stanza.utils.conll18_ud_eval); run it as its own CLI.
_EVAL = "import sys; from udtools.cli import main_eval; sys.argv[0] = 'udeval'; sys.exit(main_eval())"
_ROW = re.compile(r"^(\w+)\s*\|\s*([\d.]+)\s*\|\s*([\d.]+)\s*\|\s*([\d.]+)")


def _gold_text(conllu: str) -> str:
    return " ".join(line[len("# text = "):] for line in conllu.splitlines() if line.startswith("# text = "))


def evaluate_ud(gold_path: Path, models: str = "bundled", threads: int = 1,
                quantize: Iterable[str] | None = None) -> dict[str, float]:
    """F1 per metric (Tokens, Sentences, Words, UPOS, UFeats, Lemmas, UAS, LAS, ...), with the
    parser as a build loads it (``quantize``: see :func:`kg.nlp.parser.load_parser`)."""
    from kg.nlp.parser import load_parser, parse_to_ud_conllu  # noqa: PLC0415

    parser = load_parser(models, threads=threads, quantize=quantize)
    pred = parse_to_ud_conllu(parser, _gold_text(gold_path.read_text(encoding="utf-8")))
    with tempfile.NamedTemporaryFile("w", suffix=".conllu", delete=False, encoding="utf-8") as fh:
        fh.write(pred)
    out = subprocess.run([sys.executable, "-c", _EVAL, "-v", str(gold_path), fh.name],
                         capture_output=True, text=True, check=True).stdout
    Path(fh.name).unlink()
    scores = {}
    for line in out.splitlines():
        m = _ROW.match(line)
        if m and m.group(1) not in ("ELAS", "EULAS"):  # enhanced graphs: not predicted
            scores[m.group(1)] = float(m.group(4))
    return scores


def evaluate_ner(test_path: Path, models: str = "bundled", quantize: Iterable[str] | None = None
                 ) -> dict[str, float]:
    """Entity-level precision/recall/F1 (percent) on a BIO column file."""
    from kg.nlp.parser import entity_f1, ner_tags_pretokenized  # noqa: PLC0415
    from kg.nlp.training import _read_columns, _split_punct  # noqa: PLC0415

    sents = _split_punct(_read_columns(test_path))
    gold = [[t for _, t in s] for s in sents]
    pred = ner_tags_pretokenized(models, [[w for w, _ in s] for s in sents], quantize)
    p, r, f = entity_f1(gold, pred)
    return {"NER P": 100 * p, "NER R": 100 * r, "NER F1": 100 * f}
