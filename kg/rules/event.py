"""The ``event`` rule: meetings, visits, hearings, socialisation, the election day.

An event is a cue noun or verb (``rapat koordinasi``, ``kunjungan``, ``public
hearing``, ``pemungutan suara``...) with a date in the same sentence or a
place introduced by ``di``/``bertempat di``. Dates are resolved by
:mod:`kg.lang.dates` against the article date (``meta["date"]``, else the latest
reported day in the text). An election is an event only with a written date.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from kg.lang.dates import DateMention, find_dates, latest_explicit
from kg.extract.entity_index import EntityIndex
from kg.lang.text import is_clutter
from kg.model import Assertion, Document, Provenance
from kg.rules.registry import rule
from kg.rules.support.syntax import AGENT_KINDS, sent_base, word_spans, words_in

__all__ = ["event", "find_place", "EVENT_CUES"]

EVENT_CUES: tuple[tuple[str, str], ...] = (
    ("hearing", r"public hearing|rapat dengar pendapat|dengar pendapat|RDP|uji publik|audiensi"),
    ("meeting", r"rapat koordinasi|rakor|rapat|pertemuan|musyawarah|focus group discussion|FGD|"
                r"coffee morning|bertemu|silaturahmi|silahturahmi|diskusi"),
    ("visit", r"kunjungan kerja|kunjungan|mengunjungi|berkunjung|meninjau|peninjauan|kunker|sidak"),
    ("socialisation", r"sosialisasi|penyuluhan"),
    ("election", r"hari pemungutan suara|pemungutan suara|pencoblosan|pemilihan kepala daerah|pilkada|"
                 r"pemilu|pilpres|pileg|pilgub|pilbup|pilwalkot|pemilihan umum|hak pilih(?:nya)?"),
    ("other", r"aksi|unjuk rasa|demonstrasi|demo|deklarasi|apel|debat|pelantikan|kampanye akbar|"
              r"simulasi pemungutan suara|simulasi|gladi bersih|pelatihan|bimbingan teknis|bimtek|"
              r"penertiban|ditertibkan"),
)
_CUE_RX = [(k, re.compile(rf"(?<![\w-])(?:{p})(?![\w-])", re.IGNORECASE)) for k, p in EVENT_CUES]
_GENERIC = re.compile(r"\b(acara|kegiatan|agenda)\b[^.]*\b(diadakan|digelar|dilaksanakan|berlangsung|"
                      r"bertempat|diselenggarakan)\b", re.IGNORECASE)
_VENUE = (r"(?:halaman|pelataran|kompleks|kantor|gedung|ruang|aula|auditorium|hotel|balai|pendopo|rumah dinas|"
          r"rumah jabatan|rujab|lapangan|alun-alun|stadion|GOR|sekretariat|posko|markas|mapolres|mako)")
_TOK = r"(?:[A-Z][\w.'&/-]*|\([A-Z][\w-]*\))"
_STOPWORDS = {"senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad", "pada",
              "tanggal", "pukul"}
_PLACE = re.compile(
    rf"\b(?:bertempat\s+di|di|mengunjungi|ke)\s+(?P<p>(?:{_VENUE}\s+)?{_TOK}(?:\s+(?:{_TOK}|dan|se-\w+))*"
    rf"(?:,\s*{_TOK}(?:\s+{_TOK})*)?)")


def find_place(text: str) -> tuple[int, int, str] | None:
    """The first venue or place phrase: ``di Hotel Novotel, Balikpapan, Rabu`` -> ``Hotel Novotel, Balikpapan``.

    >>> find_place("di Hotel Novotel, Balikpapan, Rabu (13/11/2024).")[2]
    'Hotel Novotel, Balikpapan'
    >>> find_place("mengunjungi kantor Badan Pengawas Pemilu (Bawaslu) Kota Pangkalpinang pada Senin")[2]
    'kantor Badan Pengawas Pemilu (Bawaslu) Kota Pangkalpinang'
    >>> find_place("apel di halaman Kantor Bupati Lombok Timur, Senin kemarin")[2]
    'halaman Kantor Bupati Lombok Timur'
    >>> find_place("di tingkat kecamatan") is None
    True
    """
    for m in _PLACE.finditer(text):
        words = m["p"].split(" ")
        keep: list[str] = []
        for w in words:
            if w.strip(",").lower() in _STOPWORDS:
                break
            keep.append(w)
        place = " ".join(keep).strip(" ,").rstrip(".")
        if place and place.split()[-1].lower() not in ("dan",) and place[:1].isalpha():
            return m.start("p"), m.start("p") + len(place), place
    return None


def _cues(text: str) -> list[tuple[str, int, int]]:
    """Event cues, longest first across kinds ("simulasi pemungutan suara" is not an election)."""
    hits = [(kind, m.start(), m.end()) for kind, rx in _CUE_RX for m in rx.finditer(text)]
    found: list[tuple[str, int, int]] = []
    for h in sorted(hits, key=lambda c: (-(c[2] - c[1]), c[1])):
        if all(h[2] <= a or h[1] >= b for _, a, b in found):
            found.append(h)
    return sorted(found, key=lambda c: c[1])


_SCHEDULED = re.compile(r"^\s*(?:[A-Z][\w-]*\s+|\d{4}\s+){0,4}(?:serentak\s+)?(?:akan\s+|bakal\s+)?"
                        r"(?:berlangsung|digelar|dilaksanakan|diselenggarakan|jatuh|dijadwalkan)"
                        r"(?:\s+serentak)?(?:\s+(?:pada|tanggal))*(?:\s+hari)?\s*$")


def _election_date(text: str, cue_end: int, d: DateMention) -> bool:
    """An election takes a written date close after its name ("Pilkada ... pada 27 November
    2024"); a reported day further on ("logistik Pilkada ke 31 kecamatan pada Senin
    (18/11/2024)") dates something else."""
    if not d.explicit or d.start < cue_end:
        return False
    between = text[cue_end:d.start]
    gap = len(between.split())
    scheduled = bool(_SCHEDULED.match(between))  # "Pilkada ... akan berlangsung serentak pada Rabu, 27 ..."
    return gap <= (3 if d.weekday and not scheduled else 8)


def _pair(cues: list[tuple[str, int, int]], dates: list[DateMention], text: str = "") -> dict[int, DateMention]:
    """cue index -> its date: nearest first, a date after its cue preferred, each date used once.
    An election takes only a written date; other events prefer a reported day ("Rabu (13/11/2024)")."""
    scored = []
    for ci, (kind, a, b) in enumerate(cues):
        for d in dates:
            if not d.iso or (kind == "election" and not _election_date(text, b, d)):
                continue
            score = d.start - b if d.start >= b else (a - d.end) * 2 + 50
            if kind != "election" and d.weekday:
                score -= 30
            scored.append((score, ci, d))
    out: dict[int, DateMention] = {}
    used: set[int] = set()
    for _, ci, d in sorted(scored, key=lambda t: (t[0], t[1])):
        if ci not in out and d.start not in used:
            out[ci] = d
            used.add(d.start)
    return out


@rule("event", requires=("sentences", "entities"))
def event(doc: Document) -> Iterator[Assertion]:
    """A dated or placed event: meeting, visit, hearing, socialisation, election.

    Motivating sentence (seed 003): "... Pemerintah Provinsi Kalimantan Timur
    (Kaltim) menggelar Rapat Koordinasi (Rakor) ... di Hotel Novotel,
    Balikpapan, Rabu (13/11/2024)." -> meeting, 2024-11-13, place "Hotel
    Novotel, Balikpapan"; the same sentence's "Pilkada ... pada tanggal
    27 November 2024" -> election, 2024-11-27.
    """
    ref = (doc.meta or {}).get("date") or latest_explicit(doc.text)
    index = EntityIndex.of(doc)
    seen: set[tuple[str, str]] = set()
    dated_kinds: set[str] = set()
    last_kind = "other"
    for sent in doc.sentences or ():
        if is_clutter(sent.text):
            continue
        base = sent_base(doc, sent)
        spans = word_spans(doc, sent)
        dates = find_dates(sent.text, ref)
        cues = _cues(sent.text)
        place = find_place(sent.text)
        if not cues and _GENERIC.search(sent.text) and place:
            cues = [(last_kind, _GENERIC.search(sent.text).start(), _GENERIC.search(sent.text).end())]
        names = [(spans[w.id][0] - base, spans[w.id][1] - base) for w in sent.words
                 if (e := index.by_word.get((sent.sent_id, w.id))) is not None and e.kind == "organization"]
        cues = [c for c in cues if not any(a <= c[1] < b for a, b in names)]  # "Badan Pengawas Pemilu"
        if place:
            cues = [c for c in cues if not (place[0] <= c[1] < place[1])]
        paired = _pair(cues, dates, sent.text)
        kinds_here: set[str] = set()
        for ci, (kind, a, b) in enumerate(cues):
            if kind in kinds_here:
                continue
            same = [i for i, c in enumerate(cues) if c[0] == kind and i in paired]
            date = paired[same[0]] if same else None
            if kind == "election" and date is None:
                continue
            if date is None and (place is None or kind == "other" or kind in dated_kinds):
                last_kind = kind if kind != "election" else last_kind
                continue
            if date is not None:
                dated_kinds.add(kind)
            where = place[2] if place and kind != "election" else ""
            key = (kind, date.iso if date else where)
            if key in seen:
                continue
            seen.add(key)
            kinds_here.add(kind)
            last_kind = kind
            wids = words_in(spans, base, base + len(sent.text))
            parts, region = [], ""
            for wid in wids:
                ent = index.by_word.get((sent.sent_id, wid))
                if ent is None:
                    continue
                if ent.kind in AGENT_KINDS and ent.key not in parts:
                    parts.append(ent.key)
                if ent.kind == "region" and place and not region:
                    s0, e0 = spans[wid]
                    if base + place[0] <= s0 < base + place[1]:
                        region = ent.key
            end = max(b, date.end if date else b, place[1] if place and where else b)
            start = min(a, date.start if date else a, place[0] if place and where else a)
            yield Assertion(
                kind="event",
                args=(("kind", kind), ("date", date.iso if date else ""), ("place", where),
                      ("place_region", region), ("participants", "; ".join(parts)),
                      ("label", sent.text[a:b])),
                provenance=Provenance(
                    doc_id=doc.doc_id, sent_id=sent.sent_id, start_char=base + start, end_char=base + end,
                    text=sent.text, rule="event",
                    confidence=(0.8 if date and date.explicit else 0.6) if date else 0.5))
