"""The body an actor speaks for, and whether it oversees the election.

A person stands for the organisation named in his title ("Ketua KPU Sleman, Budi" -> KPU
Sleman); an organisation stands for itself. The election's overseers are Bawaslu and its
branches and ad-hoc bodies (``parent`` Bawaslu in ``lexicon/organizations.tsv``: Panwaslu,
Panwaslih, Panwascam, PKD, ...) and the Gakkumdu centre they sit in.
"""
from __future__ import annotations

from functools import lru_cache

from kg.extract.entity_index import EntityIndex
from kg.lang.lexicon import fold, organizations, titles
from kg.model import Document, Entity, Mention, Sentence

__all__ = ["Bodies", "is_overseer", "partner_range", "partners_after_antara"]


class Bodies:
    """The body a person speaks for: the organisation named in his title, in this sentence or
    where the article names him ("Ketua KPU Sleman, Budi" -> KPU Sleman)."""

    def __init__(self, doc: Document, index: EntityIndex):
        self.index = index
        self.orgs: dict[str, list[Mention]] = {}
        self.bodies = [e for e in doc.entities or () if e.kind == "organization"]
        for e in self.bodies:
            for m in e.mentions:
                self.orgs.setdefault(m.sent_id, []).append(m)
        self.titles: dict[str, list[Mention]] = {}
        for m in doc.mentions or ():
            if m.kind == "title" and m.word_ids:
                self.titles.setdefault(m.sent_id, []).append(m)
        self.sents = {x.sent_id: x for x in doc.sentences or ()}

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
        for pm in mine:
            unit = self._commanded(pm)
            if unit is not None:
                return unit
        return None

    def _commanded(self, pm: Mention) -> Entity | None:
        """The body a commander's or head's title names, when the article names that body: "Kapolres
        Indragiri Hilir AKBP Budi Setiawan" speaks for Polres Indragiri Hilir (the title's body in
        ``offices.tsv``, and the region words between title and name)."""
        sent = self.sents.get(pm.sent_id)
        titled = [m for m in self.titles.get(pm.sent_id, ()) if 0 < pm.word_ids[0] - m.word_ids[-1] <= 6]
        if sent is None or not titled:
            return None
        t = max(titled, key=lambda m: m.word_ids[-1])
        info = titles().get(fold(t.text))
        if info is None or not info.org:
            return None
        unit = fold(info.org)
        found = [e for e in self.bodies if fold(e.name).startswith(unit)]
        between = "".join(fold(sent.word(i).text) for i in range(t.word_ids[-1] + 1, pm.word_ids[0])
                          if sent.word(i).upos == "PROPN" and sent.word(i).text[:1].isupper())
        if between:
            found = [e for e in found if any(between[:6] in fold(n) for n in (e.name, *e.aliases))] or found
        return found[0] if len(found) == 1 else None


_STOP = frozenset({"untuk", "guna", "agar", "dalam", "terkait", "yang", "di", "pada", "demi", "supaya",
                   "sebagai", "sehingga", "karena"})


def partners_after_antara(sent: Sentence, wid: int) -> range | None:
    """The words listing the partners of a joint noun ending at word ``wid`` when "antara" follows within
    two words: "kesepakatan antara pihak KPU Kabupaten Malang dan BPJS Ketenagakerjaan" (see
    :func:`partner_range`); None when no "antara" follows."""
    for k in range(wid + 1, min(wid + 3, len(sent.words)) + 1):
        if sent.word(k).text.lower() == "antara":
            return partner_range(sent, k)
    return None


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
