"""The ``instrument`` rule: legal and administrative instruments an article names.

``Surat Edaran No. 270/139/SE/BKPSDMD/XI/2023``, ``Perda Nomor 6 Tahun 2020``,
``Peraturan KPU Nomor 8 Tahun 2024``, ``UU No 7 Tahun 2017``, ``Keputusan ...``,
``Instruksi ...``; a draft (``Raperda tentang ...``) is kept without a number.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from kg.lang.dates import find_dates
from kg.extract.entity_index import EntityIndex
from kg.lang.text import is_clutter
from kg.model import Assertion, Document, Provenance
from kg.rules.support.actors import agent_of
from kg.rules.registry import rule
from kg.rules.support.syntax import AGENT_KINDS, ancestors, sent_base, word_spans, words_in

__all__ = ["instrument", "find_instruments", "KINDS"]

KINDS: dict[str, str] = {
    "surat edaran": "Surat Edaran", "se": "Surat Edaran", "perda": "Peraturan Daerah",
    "peraturan daerah": "Peraturan Daerah", "raperda": "Rancangan Peraturan Daerah",
    "rancangan peraturan daerah": "Rancangan Peraturan Daerah", "pkpu": "Peraturan KPU",
    "peraturan kpu": "Peraturan KPU", "perbawaslu": "Peraturan Bawaslu",
    "peraturan bawaslu": "Peraturan Bawaslu", "uu": "Undang-Undang", "undang-undang": "Undang-Undang",
    "perppu": "Perppu", "pp": "Peraturan Pemerintah", "peraturan pemerintah": "Peraturan Pemerintah",
    "perpres": "Peraturan Presiden", "peraturan presiden": "Peraturan Presiden",
    "permendagri": "Peraturan Menteri Dalam Negeri", "peraturan menteri dalam negeri": "Peraturan Menteri Dalam Negeri",
    "perwal": "Peraturan Wali Kota", "peraturan wali kota": "Peraturan Wali Kota",
    "peraturan walikota": "Peraturan Wali Kota", "perbup": "Peraturan Bupati",
    "peraturan bupati": "Peraturan Bupati", "pergub": "Peraturan Gubernur",
    "peraturan gubernur": "Peraturan Gubernur", "keputusan": "Keputusan", "instruksi": "Instruksi",
    "maklumat": "Maklumat", "skb": "Surat Keputusan Bersama", "surat keputusan bersama": "Surat Keputusan Bersama",
    "surat keputusan": "Surat Keputusan", "sk": "Surat Keputusan", "peraturan menteri": "Peraturan Menteri",
}
_NAMES = "|".join(re.escape(k) for k in sorted(KINDS, key=len, reverse=True))
_CAP = r"(?:\s+(?:[A-Z][\w.-]*|RI|dan))*"
_RX = re.compile(
    rf"(?<![\w-])(?P<kind>(?i:{_NAMES}))(?P<tail>{_CAP})\s*(?:\((?P<abbr>[A-Za-z]+)\)\s*)?"
    rf"(?:(?i:No\.?|Nomor|Nomer)\s*(?P<id>\d[\w.]*(?:/[\w.-]+)*(?:\s+(?i:Tahun)\s+\d{{4}})?)"
    rf"|(?P<num>\d{{1,4}})/(?P<year>(?:19|20)\d\d)(?![\w/])"
    rf"|(?P<tentang>tentang))")
_SHORT_FORMS = frozenset({"pkpu", "uu", "pp", "perbawaslu", "perpres", "perda", "permendagri", "perppu",
                          "perbup", "pergub", "perwal"})
_ISSUE_VERBS = re.compile(r"^(mengeluarkan|menerbitkan|menetapkan|meneken|menandatangani|membuat)$",
                          re.IGNORECASE)


def find_instruments(text: str) -> list[dict[str, str | int]]:
    """Instrument mentions: kind, identifier, label, issuer text, offsets.

    >>> [(i["kind"], i["identifier"]) for i in find_instruments(
    ...     "mengeluarkan Surat Edaran No. 270/139/SE/BKPSDMD/XI/2023 pada 6 Desember 2023")]
    [('Surat Edaran', '270/139/SE/BKPSDMD/XI/2023')]
    >>> [(i["kind"], i["identifier"]) for i in find_instruments(
    ...     "Raperda tentang perubahan Peraturan Daerah (Perda) Nomor 6 Tahun 2020")]
    [('Rancangan Peraturan Daerah', ''), ('Peraturan Daerah', '6 Tahun 2020')]
    >>> [i["issuer"] for i in find_instruments("sesuai Peraturan KPU Nomor 7 Tahun 2023")]
    ['KPU']
    >>> [(i["kind"], i["identifier"], i["issuer"]) for i in find_instruments("sesuai PKPU 8/2024 dan UU 7/2017")]
    [('Peraturan KPU', '8 Tahun 2024', 'KPU'), ('Undang-Undang', '7 Tahun 2017', '')]
    >>> find_instruments("Perda itu sedang dibahas.")
    []
    """
    out = []
    for m in _RX.finditer(text):
        raw = m["kind"]
        if raw.isupper() is False and raw[0].islower() and raw.lower() in ("se", "sk", "pp", "uu", "skb"):
            continue  # short forms only in capitals
        if m["tentang"] and not raw.lower().startswith(("raperda", "rancangan", "surat edaran", "instruksi",
                                                        "keputusan", "maklumat")):
            continue
        kind = KINDS[raw.lower()]
        tail = (m["tail"] or "").strip()
        if kind in ("Keputusan", "Instruksi", "Peraturan Menteri") and tail:
            kind = f"{kind} {tail}"
        issuer = ""
        low = raw.lower()
        if low in ("peraturan kpu", "pkpu"):
            issuer = "KPU"
        elif low in ("peraturan bawaslu", "perbawaslu"):
            issuer = "Bawaslu"
        elif tail and kind.startswith(("Keputusan", "Instruksi", "Peraturan Menteri", "Surat Edaran", "Maklumat")):
            issuer = tail  # "Surat Edaran Menteri PANRB Nomor ..." -> issued by "Menteri PANRB"
        if m["num"] and (low not in _SHORT_FORMS or tail):
            continue  # "Perda 6/2020" yes; "Keputusan 5/2024" or a date-like "Pasal 3/2024" no
        ident = f"{m['num']} Tahun {m['year']}" if m["num"] else (m["id"] or "").rstrip(".,")
        end = m.end() if (m["id"] or m["num"]) else m.start("tentang")
        out.append({"kind": kind, "identifier": ident, "label": text[m.start():end].strip(),
                    "issuer": issuer, "start": m.start(), "end": end})
    return out


@rule("instrument", requires=("sentences", "entities"))
def instrument(doc: Document) -> Iterator[Assertion]:
    """A legal or administrative instrument with its issuer and date.

    Motivating sentence (seed 000): "Wali Kota Pangkalpinang telah mengeluarkan
    Surat Edaran No. 270/139/SE/BKPSDMD/XI/2023 pada 6 Desember 2023, ..." ->
    Surat Edaran, identifier 270/139/SE/BKPSDMD/XI/2023, issuer "Wali Kota
    Pangkalpinang" (the subject of "mengeluarkan"), date 2023-12-06.
    """
    index = EntityIndex.of(doc)
    seen: set[tuple[str, str]] = set()
    for sent in doc.sentences or ():
        if is_clutter(sent.text):
            continue
        base = sent_base(doc, sent)
        spans = word_spans(doc, sent)
        for ins in find_instruments(sent.text):
            key = (str(ins["kind"]), str(ins["identifier"]) or str(ins["label"]))
            if key in seen:
                continue
            seen.add(key)
            issuer = str(ins["issuer"])
            wids = words_in(spans, base + int(ins["start"]), base + int(ins["end"]))
            if wids:
                issuer = _issuer(sent, wids[0], index) or issuer
            if issuer and not issuer.startswith(("person:", "org:")):
                ent = next((e for e in doc.entities or () if e.kind in AGENT_KINDS and
                            issuer.lower() in {e.name.lower(), *(a.lower() for a in e.aliases)}), None)
                issuer = ent.key if ent is not None else issuer
            after = [d for d in find_dates(sent.text[int(ins["end"]):]) if d.explicit and d.iso]
            date = after[0].iso if after and after[0].start < 40 else ""
            yield Assertion(
                kind="instrument",
                args=(("identifier", str(ins["identifier"])), ("kind", str(ins["kind"])), ("issuer", issuer),
                      ("date", date), ("label", str(ins["label"]))),
                provenance=Provenance(
                    doc_id=doc.doc_id, sent_id=sent.sent_id, start_char=base + int(ins["start"]),
                    end_char=base + int(ins["end"]), text=sent.text, rule="instrument",
                    confidence=0.9 if ins["identifier"] else 0.6))


def _issuer(sent, wid, index: EntityIndex) -> str:
    """Subject of the issuing verb governing the instrument: entity key, else its words."""
    for node in ancestors(sent, wid)[:3]:
        if not _ISSUE_VERBS.match(sent.word(node).text):
            continue
        for c in sent.children(node):
            if c.deprel.startswith("nsubj"):
                ent = index.at(sent, c.id)
                if ent is None or ent.kind not in AGENT_KINDS:
                    ent = agent_of(index, sent, c.id)  # "Lombok Timur (X.com) - Bupati ..., Haerul, menerbitkan"
                if ent is not None and ent.kind in AGENT_KINDS:
                    return ent.key
                keep = [c.id] + [g.id for g in sent.children(c.id)
                                 if g.deprel.split(":")[0] in ("flat", "nmod", "compound") and g.upos == "PROPN"
                                 or g.deprel == "flat:name"]
                words = [sent.word(i) for i in sorted(keep)]
                words += [g for k in keep[1:] for g in sent.children(k) if g.deprel == "flat:name"]
                return " ".join(w.text for w in sorted(set(words), key=lambda w: w.id))
    return ""
