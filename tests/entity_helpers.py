"""Hand-built parses for the entity-layer tests (no model needed).

A sentence is written as space-separated tokens; a token may carry
``text|UPOS|NER|HEAD|DEPREL`` (missing fields default: PROPN for capitalised
words, NOUN otherwise, PUNCT for punctuation; NER "O"; head 0).
"""
from __future__ import annotations

from kg.nlp.conllu import read_conllu
from kg.extract.mentions import find_mentions
from kg.model import Document
from kg.extract.resolve import resolve

__all__ = ["conllu", "doc_of", "resolved"]


def _row(i: int, spec: str, offset: int) -> tuple[str, int]:
    parts = spec.split("|")
    text = parts[0]
    upos = parts[1] if len(parts) > 1 and parts[1] else (
        "PUNCT" if not text[0].isalnum() else "PROPN" if text[0].isupper() else "NOUN")
    ner = parts[2] if len(parts) > 2 and parts[2] else "O"
    head = parts[3] if len(parts) > 3 else "0"
    rel = parts[4] if len(parts) > 4 else ("root" if head == "0" else "dep")
    misc = (f"NER={ner}|" if ner != "O" else "") + f"start_char={offset}|end_char={offset + len(text)}"
    return f"{i}\t{text}\t{text.lower()}\t{upos}\t_\t_\t{head}\t{rel}\t_\t{misc}\n", offset + len(text) + 1


def conllu(*sentences: str) -> str:
    out, offset = [], 0
    for n, sent in enumerate(sentences, 1):
        specs = sent.split()
        text = " ".join(s.split("|")[0] for s in specs)
        out.append(f"# sent_id = s{n}\n# text = {text}\n")
        for i, spec in enumerate(specs, 1):
            row, offset = _row(i, spec, offset)
            out.append(row)
        out.append("\n")
    return "".join(out)


def doc_of(*sentences: str, date: str = "", doc_id: str = "t") -> Document:
    sents = read_conllu(conllu(*sentences))
    return Document(doc_id, " ".join(s.text for s in sents), meta={"date": date}, sentences=sents)


def resolved(*sentences: str, **kw) -> Document:
    return resolve(find_mentions(doc_of(*sentences, **kw)))
