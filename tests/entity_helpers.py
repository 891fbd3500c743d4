"""Documents for the entity-layer tests, from hand-built parses in the notation of :mod:`parses`."""
from __future__ import annotations

from kg.nlp.conllu import read_conllu
from parses import sentences
from kg.extract.mentions import find_mentions
from kg.model import Document
from kg.extract.resolve import resolve

__all__ = ["conllu", "doc_of", "resolved"]


conllu = sentences  # the entity tests' name for it


def doc_of(*sentences: str, date: str = "", doc_id: str = "t") -> Document:
    sents = read_conllu(conllu(*sentences))
    return Document(doc_id, " ".join(s.text for s in sents), meta={"date": date}, sentences=sents)


def resolved(*sentences: str, **kw) -> Document:
    return resolve(find_mentions(doc_of(*sentences, **kw)))
