"""Helpers for the statement-rule tests: hand-built parses and entities (no model)."""
from __future__ import annotations

from kg.nlp.conllu import read_conllu
from kg.model import Document, Entity, Mention


def conllu(sent_id: str, rows: str, paragraph: int = 1) -> str:
    """rows: one word per line, "form head deprel [upos]"; text is the forms joined by spaces."""
    words = [r.split() for r in rows.strip().splitlines()]
    text = " ".join(w[0] for w in words)
    lines = [f"# sent_id = {sent_id}", f"# text = {text}", f"# paragraph = {paragraph}"]
    for i, w in enumerate(words, start=1):
        upos = w[3] if len(w) > 3 else ("PUNCT" if not w[0][0].isalnum() else "X")
        lines.append(f"{i}\t{w[0]}\t{w[0].lower()}\t{upos}\t_\t_\t{w[1]}\t{w[2]}\t_\t_")
    return "\n".join(lines) + "\n\n"


def document(*blocks: str, entities: dict[str, tuple[str, str, list[tuple[str, tuple[int, ...]]]]] = None,
             meta: dict | None = None) -> Document:
    """A Document whose text is the sentences joined by newlines (one paragraph each).

    entities: key -> (kind, name, [(sent_id, word_ids), ...][, attrs]).
    """
    sents = read_conllu("".join(blocks))
    text = "\n".join(s.text for s in sents)
    ents = []
    for key, (kind, name, refs, *attrs) in (entities or {}).items():
        ms = tuple(Mention(sid, wids, name, kind) for sid, wids in refs)
        ents.append(Entity(key=key, kind=kind, name=name, mentions=ms, attrs=tuple(attrs[0]) if attrs else ()))
    return Document(doc_id="t.txt", text=text, meta=meta or {}, sentences=sents, entities=tuple(ents))
