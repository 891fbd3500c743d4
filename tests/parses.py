"""Hand-built parses for unit tests, in one notation (no model needed).

A token is ``text|UPOS|NER|HEAD|DEPREL``; missing fields default to PROPN for a
capitalised word, NOUN otherwise and PUNCT for punctuation; NER ``O``; head 0
(``root``, else ``dep``). Tokens are separated by spaces or line breaks, so a
sentence is one line in a test or one token per line in a data file::

    Budi|PROPN|B-PER|3|nsubj Utama|PROPN|E-PER|1|flat:name mengingatkan|VERB|O|0|root

Data files (``tests/data/parses/<name>.txt``) hold named blocks, each headed by
``## NAME sent_id=s1 [paragraph=2]``; ``blocks(name)`` returns them as CoNLL-U.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from kg.model import Document, Entity, Mention
from kg.nlp.conllu import read_conllu

__all__ = ["sentence", "sentences", "blocks", "document"]

DATA = Path(__file__).resolve().parent / "data" / "parses"
_HEADER = re.compile(r"^## (?P<name>\w+) sent_id=(?P<sid>\S+)(?: paragraph=(?P<para>\d+))?\s*$")


def _row(i: int, spec: str, offset: int | None) -> str:
    parts = spec.split("|")
    text = parts[0]
    upos = parts[1] if len(parts) > 1 and parts[1] else (
        "PUNCT" if not text[0].isalnum() else "PROPN" if text[0].isupper() else "NOUN")
    ner = parts[2] if len(parts) > 2 and parts[2] else "O"
    head = parts[3] if len(parts) > 3 else "0"
    rel = parts[4] if len(parts) > 4 else ("root" if head == "0" else "dep")
    misc = [f"NER={ner}"] if ner != "O" else []
    if offset is not None:
        misc.append(f"start_char={offset}|end_char={offset + len(text)}")
    return f"{i}\t{text}\t{text.lower()}\t{upos}\t_\t_\t{head}\t{rel}\t_\t{'|'.join(misc) or '_'}\n"


def sentence(sent_id: str, tokens: str, *, paragraph: int | None = None, offset: int | None = None) -> str:
    """One sentence as a CoNLL-U block; ``offset``: character offsets from there (none if None)."""
    specs = tokens.split()
    text = " ".join(s.split("|")[0] for s in specs)
    out = [f"# sent_id = {sent_id}\n", f"# text = {text}\n"]
    if paragraph is not None:
        out.append(f"# paragraph = {paragraph}\n")
    for i, spec in enumerate(specs, 1):
        out.append(_row(i, spec, offset))
        if offset is not None:
            offset += len(spec.split("|")[0]) + 1
    return "".join(out) + "\n"


def sentences(*lines: str) -> str:
    """Sentences ``s1``, ``s2``, ... with offsets into their texts joined by single spaces."""
    out, offset = [], 0
    for n, line in enumerate(lines, 1):
        out.append(sentence(f"s{n}", line, offset=offset))
        offset += len(" ".join(s.split("|")[0] for s in line.split())) + 1
    return "".join(out)


@lru_cache(maxsize=None)
def blocks(name: str) -> dict[str, str]:
    """The named blocks of ``tests/data/parses/<name>.txt`` as CoNLL-U (paragraph 1 unless given)."""
    found: dict[str, str] = {}
    head, tokens = None, []

    def close() -> None:
        if head is not None:
            found[head["name"]] = sentence(head["sid"], "\n".join(tokens), paragraph=int(head["para"] or 1))

    for line in (DATA / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        m = _HEADER.match(line)
        if m:
            close()
            head, tokens = m.groupdict(), []
        elif line.strip() and not line.startswith("# ") and head is not None:
            tokens.append(line.strip())
    close()
    return found


def document(*blocks_: str, entities: dict[str, tuple] | None = None, meta: dict | None = None) -> Document:
    """A Document whose text is the sentences joined by newlines (one paragraph each).

    entities: key -> (kind, name, [(sent_id, word_ids), ...][, attrs]).
    """
    sents = read_conllu("".join(blocks_))
    text = "\n".join(s.text for s in sents)
    ents = []
    for key, (kind, name, refs, *attrs) in (entities or {}).items():
        ms = tuple(Mention(sid, wids, name, kind) for sid, wids in refs)
        ents.append(Entity(key=key, kind=kind, name=name, mentions=ms, attrs=tuple(attrs[0]) if attrs else ()))
    return Document(doc_id="t.txt", text=text, meta=meta or {}, sentences=sents, entities=tuple(ents))
