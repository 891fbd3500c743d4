"""CoNLL-U in and out, through the maintained ``conllu`` library.

NER travels in MISC as ``NER=B-PER``; character offsets as ``start_char=`` /
``end_char=`` (Stanza's convention), so a parse read back keeps provenance.

>>> s = read_conllu("# sent_id = 1\\n# text = Budi datang\\n"
...                 "1\\tBudi\\tbudi\\tPROPN\\t_\\t_\\t2\\tnsubj\\t_\\tNER=S-PER\\n"
...                 "2\\tdatang\\tdatang\\tVERB\\t_\\t_\\t0\\troot\\t_\\t_\\n\\n")
>>> s[0].words[0].ner, s[0].words[1].deprel
('S-PER', 'root')
"""
from __future__ import annotations

from functools import lru_cache

import conllu as _conllu
import conllu.parser  # noqa: F401 - parse_dict_value
import conllu.serializer  # noqa: F401 - serialize_field

from kg.model import Sentence, Word

__all__ = ["read_conllu", "write_conllu"]


def _feats_str(feats) -> str:
    if not feats:
        return "_"
    return "|".join(f"{k}={v}" for k, v in feats.items())


def _misc_int(misc, key: str) -> int | None:
    if misc and misc.get(key) not in (None, "_"):
        return int(misc[key])
    return None


def read_conllu(text: str) -> tuple[Sentence, ...]:
    """Parse CoNLL-U text into sentences (multi-word token lines are skipped;
    their words inherit the token's NER tag and offsets)."""
    out = []
    for i, tl in enumerate(_conllu.parse(text), start=1):
        words, span = [], None
        for tok in tl:
            tid = tok["id"]
            misc = tok["misc"] or {}
            if isinstance(tid, tuple):
                if tid[1] == "-":
                    span = (tid[0], tid[2], misc)
                continue
            if tid is None or not isinstance(tid, int):
                continue
            inherited = span[2] if span and span[0] <= tid <= span[1] else {}
            src = misc if (misc.get("NER") or misc.get("start_char")) else inherited or misc
            words.append(Word(
                id=tid, text=tok["form"], lemma=tok["lemma"] or "_", upos=tok["upos"] or "_",
                xpos=tok["xpos"] or "_", feats=_feats_str(tok["feats"]),
                head=tok["head"] if tok["head"] is not None else 0, deprel=tok["deprel"] or "_",
                ner=(misc.get("NER") or inherited.get("NER") or "O") if misc or inherited else "O",
                start_char=_misc_int(src, "start_char"), end_char=_misc_int(src, "end_char")))
        meta = tl.metadata
        starts = [w.start_char for w in words if w.start_char is not None]
        ends = [w.end_char for w in words if w.end_char is not None]
        out.append(Sentence(
            sent_id=meta.get("sent_id", str(i)), text=meta.get("text", " ".join(w.text for w in words)),
            words=tuple(words), start_char=min(starts) if starts else None,
            end_char=max(ends) if ends else None, paragraph=int(meta.get("paragraph", 0) or 0)))
    return tuple(out)


def write_conllu(sentences) -> str:
    """Serialise sentences to CoNLL-U (one word per line, NER and offsets in MISC).

    The lines are made here, field by field as ``conllu``'s serializer makes them from the token
    dictionaries :func:`_write_conllu_reference` builds (the same bytes: a test compares them on
    the project's parses); building those dictionaries and ``TokenList`` objects was ~0.2 s per
    100 articles of a first build."""
    chunks = []
    for s in sentences:
        lines = [f"# sent_id = {s.sent_id}" if s.sent_id else "# sent_id",
                 f"# text = {s.text}" if s.text else "# text"]
        if s.paragraph:
            lines.append(f"# paragraph = {s.paragraph}")
        for w in s.words:
            misc = []
            if w.ner and w.ner != "O":
                misc.append(f"NER={w.ner}")
            if w.start_char is not None:
                misc.append(f"start_char={w.start_char}")
                misc.append(f"end_char={w.end_char}")
            lines.append("\t".join((_field(w.id), _field(w.text), _field(w.lemma), _field(w.upos), _field(w.xpos),
                                    _feats_field(w.feats), _field(w.head), _field(w.deprel), "_",
                                    "|".join(misc) if misc else "_")))
        chunks.append("\n".join(lines) + "\n\n")
    return "".join(chunks)


def _field(value) -> str:
    """A plain field as ``conllu``'s ``serialize_field`` writes it."""
    if type(value) is str:
        return value
    if type(value) is int:
        return str(value)
    return _conllu.serializer.serialize_field(value)


@lru_cache(maxsize=4096)
def _feats_field(feats: str) -> str:
    """FEATS as :func:`_write_conllu_reference` gives it: parsed into a dictionary and serialised
    back by ``conllu`` (a few hundred distinct values in a corpus)."""
    return _conllu.serializer.serialize_field(_conllu.parser.parse_dict_value(feats) if feats != "_" else None)


def _write_conllu_reference(sentences) -> str:
    """:func:`write_conllu` through ``conllu``'s ``TokenList.serialize`` (the reference the direct
    writer reproduces byte for byte)."""
    chunks = []
    for s in sentences:
        toks = []
        for w in s.words:
            misc = {}
            if w.ner and w.ner != "O":
                misc["NER"] = w.ner
            if w.start_char is not None:
                misc["start_char"] = str(w.start_char)
                misc["end_char"] = str(w.end_char)
            toks.append({
                "id": w.id, "form": w.text, "lemma": w.lemma, "upos": w.upos, "xpos": w.xpos,
                "feats": _conllu.parser.parse_dict_value(w.feats) if w.feats != "_" else None,
                "head": w.head, "deprel": w.deprel, "deps": None, "misc": misc or None})
        meta = {"sent_id": s.sent_id, "text": s.text}
        if s.paragraph:
            meta["paragraph"] = str(s.paragraph)
        chunks.append(_conllu.TokenList(toks, metadata=meta).serialize())
    return "".join(chunks)
