"""The body an actor speaks for, and whether it oversees the election.

A person stands for the organisation named in his title ("Ketua KPU Sleman, Budi" -> KPU
Sleman); an organisation stands for itself. The election's overseers are Bawaslu and its
branches and ad-hoc bodies (``parent`` Bawaslu in ``lexicon/organizations.tsv``: Panwaslu,
Panwaslih, Panwascam, PKD, ...) and the Gakkumdu centre they sit in.
"""
from __future__ import annotations

from functools import lru_cache

from kg.extract.entity_index import EntityIndex
from kg.lang.lexicon import fold, organizations
from kg.model import Document, Entity, Mention, Sentence

__all__ = ["Bodies", "is_overseer", "partner_range"]


class Bodies:
    """The body a person speaks for: the organisation named in his title, in this sentence or
    where the article names him ("Ketua KPU Sleman, Budi" -> KPU Sleman)."""

    def __init__(self, doc: Document, index: EntityIndex):
        self.index = index
        self.orgs: dict[str, list[Mention]] = {}
        for e in doc.entities or ():
            if e.kind == "organization":
                for m in e.mentions:
                    self.orgs.setdefault(m.sent_id, []).append(m)

    def of(self, ent: Entity, sent: Sentence | None) -> Entity | None:
        if ent.kind == "organization":
            return ent
        here = [m for m in ent.mentions if sent is not None and m.sent_id == sent.sent_id]  # this sentence
        mine = [m for m in here + [m for m in ent.mentions if m not in here] if m.word_ids]  # first, then any
        for pm in mine:
            before = [m for m in self.orgs.get(pm.sent_id, ()) if m.word_ids
                      and 0 < pm.word_ids[0] - m.word_ids[-1] <= 4]
            if before:
                m = max(before, key=lambda m: m.word_ids[-1])
                return self.index.by_word.get((m.sent_id, m.word_ids[0]))
        return None


_STOP = frozenset({"untuk", "guna", "agar", "dalam", "terkait", "yang", "di", "pada", "demi", "supaya",
                   "sebagai", "sehingga", "karena"})


def partner_range(sent: Sentence, last: int) -> range:
    """The words after a joint-act trigger (word ``last``) that name its partners: up to the next
    punctuation mark, verb or purpose word; a comma goes on when a list item follows ("kerja sama
    dengan TNI, Polri, dan PT Pos Indonesia untuk"), and so does a "dalam hal ini" that says which
    part of a body ("kami bersama dengan Pemkab dalam hal ini Satpol PP")."""
    end = last + 1
    while end <= len(sent.words):
        w = sent.word(end)
        nxt = sent.word(end + 1) if end < len(sent.words) else None
        listed = w.text == "," and nxt is not None and (nxt.text[:1].isupper() or nxt.text.lower() in ("dan", "serta"))
        if [x.text.lower() for x in sent.words[end - 1:end + 2]] == ["dalam", "hal", "ini"]:
            end += 3
            continue
        if w.upos == "PUNCT" and w.text not in ("(", ")", "/", "-") and not listed \
                or w.upos in ("VERB", "AUX") or w.text.lower() in _STOP:
            break
        end += 1
    return range(last + 1, end)


_OVERSIGHT = ("Bawaslu", "Gakkumdu")


@lru_cache(maxsize=1)
def _overseer_forms() -> tuple[str, ...]:
    """The folded names (acronym, long forms, aliases) of the overseeing bodies."""
    forms = {f for f, info in organizations().items() if info.acronym in _OVERSIGHT or info.parent in _OVERSIGHT}
    # "Badan Pengawasan Pemilihan Umum (Bawaslu) Kabupaten Pati": the long form as news misspells it
    forms |= {fold(f) for f in ("Badan Pengawasan Pemilu", "Badan Pengawasan Pemilihan Umum", "Pengawas Pemilu")}
    return tuple(sorted(f for f in forms if f))


def is_overseer(body: Entity | None) -> bool:
    """Whether ``body`` is an overseer of the election (Bawaslu, its branches, Gakkumdu).

    >>> is_overseer(Entity("org:b", "organization", "Bawaslu Kabupaten Pekalongan"))
    True
    >>> is_overseer(Entity("org:p", "organization", "Panwaslih Aceh Utara"))
    True
    >>> is_overseer(Entity("org:k", "organization", "KPU Kota Jayapura"))
    False
    """
    if body is None or body.kind != "organization":
        return False
    forms = _overseer_forms()
    return any(fold(n).startswith(forms) for n in (body.name, *body.aliases, body.attr("full")) if n)
