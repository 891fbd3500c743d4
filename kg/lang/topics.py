"""The commitment topic scheme (``kg/data/topics.json``) and its cue-word lexicon.

The lexicon (``kg/data/topic_lexicon.json``) lists Indonesian election vocabulary
per topic notation, built from the topic definitions: ``strong`` cues name the
topic, ``weak`` cues count only in a sentence without any strong cue, ``names``
cues also count inside an organisation name (``FKUB`` -> conflict-prevention).

>>> [(c.topic, c.cue) for c in find_topics("ASN harus menjaga netralitas dan menolak politik uang")]
[('asn-neutrality', 'menjaga netralitas'), ('money-politics', 'politik uang')]
>>> [c.topic for c in find_topics("Acara dibuka pukul sembilan.")]
[]
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterable

__all__ = ["TOPICS", "TopicCue", "find_topics", "topic_notations", "lexicon", "topic_by", "rests_on_weak", "is_supervision",
           "is_period", "RULE_TOPICS"]


@dataclass(frozen=True)
class TopicCue:
    """One cue of a topic in a text; ``start``/``end`` index that text."""
    topic: str
    start: int
    end: int
    cue: str
    strength: str               # "strong" | "weak" | "names"


def _read(name: str) -> dict:
    return json.loads(resources.files("kg").joinpath("data", name).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _scheme() -> dict:
    return _read("topics.json")


TOPICS: tuple[str, ...] = tuple(t["notation"] for t in _scheme()["topics"])


def topic_notations() -> tuple[str, ...]:
    """The 15 notations of the scheme, in scheme order."""
    return TOPICS


@lru_cache(maxsize=1)
def lexicon() -> dict[str, dict[str, tuple[str, ...]]]:
    """topic -> {"strong"|"weak"|"names": cues}; every key is a scheme notation."""
    raw = _read("topic_lexicon.json")
    out = {}
    for topic, groups in raw.items():
        if topic.startswith("_"):
            continue
        if topic not in TOPICS:
            raise ValueError(f"topic_lexicon.json names {topic!r}, not in topics.json: {', '.join(TOPICS)}")
        out[topic] = {k: tuple(groups.get(k, ())) for k in ("strong", "weak", "names")}
    return out


def _pattern(cue: str) -> str:
    prefix = cue.endswith("*")
    body = r"\s+".join(re.escape(p) for p in cue.rstrip("*").split())
    tail = r"[\w-]*" if prefix else ""
    # "sosialisasi antihoaks", "gerakan anti-politik uang": the cue with "anti" in front
    return r"(?<![\w-])(?:anti-?)?" + body + tail + r"(?![\w-])"


@lru_cache(maxsize=1)
def _compiled() -> tuple[tuple[str, str, str, re.Pattern], ...]:
    rows = []
    for topic, groups in lexicon().items():
        for strength, cues in groups.items():
            for cue in cues:
                rows.append((topic, strength, cue, re.compile(_pattern(cue), re.IGNORECASE)))
    return tuple(rows)


# the non-ASCII letters that re.IGNORECASE matches to ASCII ones (see the re docs)
_RE_EXTRA_CASES = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def _case_folded(text: str) -> str:
    """``text`` lower-cased such that an ASCII word matched with re.IGNORECASE is a substring."""
    return text.translate(_RE_EXTRA_CASES).lower()


@lru_cache(maxsize=None)
def _needle(cue: str) -> str:
    """The lower-cased first word of a cue, which every match contains; "" for a non-ASCII cue."""
    first = cue.rstrip("*").split()[0].lower() if cue.strip("* ") else ""
    return first if first.isascii() else ""


@lru_cache(maxsize=1)
def _by_needle() -> dict[str, tuple[int, ...]]:
    """Needle -> the positions in :func:`_compiled` of the cues with that needle (many share one).

    >>> rows = _compiled()
    >>> all(_needle(rows[i][2]) == n for n, where in _by_needle().items() for i in where)
    True
    >>> sorted(i for where in _by_needle().values() for i in where) == list(range(len(rows)))
    True
    """
    out: dict[str, list[int]] = {}
    for i, (_, _, cue, _) in enumerate(_compiled()):
        out.setdefault(_needle(cue), []).append(i)
    return {n: tuple(where) for n, where in out.items()}


@lru_cache(maxsize=1)
def _by_trigram() -> tuple[dict[str, tuple[tuple[str, tuple[int, ...]], ...]], tuple[tuple[str, tuple[int, ...]], ...]]:
    """The needles of :func:`_by_needle` by their first three letters, and those shorter than three."""
    by_gram: dict[str, list] = {}
    short = []
    for needle, where in _by_needle().items():
        if len(needle) >= 3:
            by_gram.setdefault(needle[:3], []).append((needle, where))
        else:
            short.append((needle, where))
    return {g: tuple(v) for g, v in by_gram.items()}, tuple(short)


def _tried(folded: str) -> list[int]:
    """The positions in :func:`_compiled` of the cues whose needle is in ``folded``, in order: only
    needles whose first three letters occur in the text are tested (of ~370 needles, a sentence
    has a few), the same list as testing every needle.

    >>> text = _case_folded("Bawaslu mengimbau ASN menjaga netralitas")
    >>> _tried(text) == sorted(i for n, where in _by_needle().items() if n in text for i in where)
    True
    """
    by_gram, short = _by_trigram()
    hits = [i for needle, where in short if needle in folded for i in where]
    for gram in {folded[k:k + 3] for k in range(len(folded) - 2)} & by_gram.keys():
        hits.extend(i for needle, where in by_gram[gram] if needle in folded for i in where)
    hits.sort()
    return hits


@lru_cache(maxsize=1)
def _ignored() -> tuple[tuple[str, re.Pattern], ...]:
    """(needle, pattern) of each phrase in ``_ignore``."""
    raw = _read("topic_lexicon.json").get("_ignore", ())
    return tuple((_needle(p), re.compile(_pattern(p), re.IGNORECASE)) for p in raw)


@lru_cache(maxsize=1)
def _bound() -> tuple[tuple[str, re.Pattern], ...]:
    """The patterns of ``_bound`` in the lexicon (one object or a list): group ... stance ... act,
    whose span outranks the cues inside it."""
    raw = _read("topic_lexicon.json").get("_bound") or ()
    if isinstance(raw, dict):
        raw = [raw]

    def alt(xs):
        return "(?:" + "|".join(r"\s+".join(map(re.escape, x.split())) for x in xs) + ")"
    gap = r"(?:\W+[\w-]+){0,%d}?\W+"
    return tuple((b["topic"], re.compile(r"(?<![\w-])" + alt(b["groups"]) + gap % 6 + alt(b["stances"]) + gap % 4
                                         + alt(b["acts"]) + r"(?![\w-])", re.IGNORECASE)) for b in raw)


@lru_cache(maxsize=1)
def _doer_bound() -> tuple[frozenset[str], ...]:
    """The cues of ``_watching`` (patrols), ``_monitoring`` and ``_supervising`` in the lexicon."""
    raw = _read("topic_lexicon.json")
    return tuple(frozenset(c.lower() for c in (raw.get(k) or {}).get("cues", ()))
                 for k in ("_watching", "_monitoring", "_supervising"))


# topics whose matter is a rule to keep: supervising it is oversight whoever supervises ("KPU dan Bawaslu
# Kota Pontianak sepakat memperkuat pengawasan terhadap pemasangan alat peraga kampanye yang melanggar aturan")
_RULES = frozenset({"campaign-rules", "asn-neutrality", "money-politics", "disinformation"})


RULE_TOPICS = _RULES


def is_supervision(cue: TopicCue) -> bool:
    """Whether ``cue`` is a supervising or monitoring cue of oversight ("mengawasi", "pengawasan",
    "memantau"): what it governs is the work supervised.

    >>> [is_supervision(c) for c in find_topics("terus mengawasi pergeseran logistik")]
    [True, False]
    """
    _, monitoring, supervising = _doer_bound()
    return cue.topic == "election-oversight" and " ".join(cue.cue.lower().split()) in monitoring | supervising


def topic_by(cue: TopicCue, overseer: bool, others: Iterable[str] = ()) -> str | None:
    """The topic of ``cue`` when its doer is (``overseer``) or is not an overseer of the election, in
    a sentence whose other cues name ``others``; None when the cue then names no topic.

    An overseer's patrol is oversight, anyone else's keeps order: "Bawaslu Kota Denpasar turun langsung
    untuk melaksanakan patroli dimasa tenang". Monitoring is oversight only by an overseer: "Pj. Gubernur
    Papua ... akan melakukan pemantauan lapangan" oversees no election. Supervision by anyone else is
    oversight unless it supervises the work another topic names: "Personil Polsek Duren Sawit melaksanakan
    pengawasan sekaligus pengamanan pendistribusian logistik"; supervising a rule is oversight.

    >>> patrol, watch = find_topics("melaksanakan patroli"), find_topics("melakukan pemantauan")
    >>> [topic_by(c, True) for c in patrol + watch]
    ['election-oversight', 'election-oversight']
    >>> [topic_by(c, False) for c in patrol + watch]
    ['security-order', None]
    >>> (sup,) = find_topics("melakukan pengawasan")
    >>> topic_by(sup, False), topic_by(sup, False, ["election-logistics"]), topic_by(sup, True, ["election-logistics"])
    ('election-oversight', None, 'election-oversight')
    >>> topic_by(sup, False, ["campaign-rules"])
    'election-oversight'
    """
    watching, monitoring, supervising = _doer_bound()
    low = " ".join(cue.cue.lower().split())
    if low in watching:
        return "election-oversight" if overseer else cue.topic
    if low in monitoring and cue.topic == "election-oversight":
        return cue.topic if overseer else None
    if low in supervising and cue.topic == "election-oversight" and not overseer:
        return None if any(t != cue.topic and t not in _RULES for t in others) else cue.topic
    return cue.topic


@lru_cache(maxsize=1)
def _families() -> tuple[str, re.Pattern, tuple[tuple[re.Pattern, bool, str], ...]]:
    """(topic, the heads of other bodies, (pattern up to the partner, whether a name may follow, the
    cues' strength) per family) from the ``_families`` section of the lexicon."""
    raw = _read("topic_lexicon.json")["_families"]

    def alt(xs):
        return "(?:" + "|".join(r"\s+".join(map(re.escape, x.split())) for x in sorted(xs, key=len, reverse=True)) + ")"
    lead = r"(?:" + alt(raw["lead"]) + r"\s+)?"
    rows = []
    for fam in raw["families"]:
        then = (r"(?:\s+\w+){0,%d}?\s+" % fam["gap"] + alt(fam["then"])) if fam["then"] else ""
        rows.append((re.compile(r"(?<![\w-])" + alt(fam["cues"]) + then + r"\s+" + lead, re.IGNORECASE), fam["named"],
                     fam.get("strength", "strong")))
    bodies = re.compile(alt(raw["bodies"]) + r"\b", re.IGNORECASE)
    return raw["topic"], bodies, tuple(rows)


def _meeting_with(text: str, names: list[tuple[int, int]]) -> list[TopicCue]:
    """The joint acts of the lexicon's ``_families``. A meeting with other bodies or their heads is coordination between them: "Kapolda Jabar ...
    menggelar pertemuan bersama Ketua KPU Jabar Yayat Hidayat dan Ketua Bawaslu Jabar". A meeting
    with the public or with supporters is not.

    >>> [c.topic for c in _meeting_with("menggelar pertemuan bersama Ketua KPU Jabar", [])]
    ['interagency-coordination']
    >>> _meeting_with("menggelar pertemuan dengan warga desa", [])
    []

    A courtesy visit (silaturahmi) is the same: "silaturahmi dengan Forkopimda" is coordination, "acara
    silaturahmi bersama sekitar 100 alim ulama" is not.

    >>> [c.topic for c in _meeting_with("silaturahmi dengan Forkopimda", [])]
    ['interagency-coordination']

    Involving bodies or their heads in one's work too ("melibatkan komisioner Panwaslih dan kepala SKPK");
    involving the public ("melibatkan tokoh agama") is not.

    >>> [c.topic for c in _meeting_with("melibatkan komisioner Panwaslih", [])]
    ['interagency-coordination']
    >>> _meeting_with("melibatkan tokoh agama", [])
    []

    Acting together with a named body: "kami bersama dengan Pemkab dalam hal ini Satpol PP sudah
    menurunkan alat peraga"; "polisi juga menggandeng Bawaslu".

    >>> [c.cue for c in _meeting_with("kami bersama dengan Pemkab sudah menurunkan", [(20, 26)])]
    ['bersama']
    >>> _meeting_with("kami bersama dengan warga menurunkan", [])
    []
    """
    topic, bodies, families = _families()
    out, taken = [], []
    for rx, named_too, strength in families:
        for m in rx.finditer(text):
            if any(a <= m.start() < b for a, b in taken):
                continue  # "pertemuan bersama Ketua KPU": one joint act, the meeting
            if bodies.match(text, m.end()) or (named_too and any(a == m.end() for a, _ in names)):
                word = m.group().split()[0]
                out.append(TopicCue(topic, m.start(), m.start() + len(word), word, strength))
                taken.append((m.start(), m.end()))
    return out


def find_topics(text: str, *, names: Iterable[tuple[int, int]] = ()) -> list[TopicCue]:
    """Topic cues in ``text``, longest match first, no overlaps, in text order.

    ``names`` are character spans of organisation names in ``text``: only
    ``names`` cues count inside them ("Forum Koordinasi Pimpinan Daerah" is not a
    coordination cue, "FKUB" is a conflict-prevention cue). Weak cues are dropped
    when any strong cue is present.

    >>> [c.topic for c in find_topics("melibatkan FKUB", names=[(11, 15)])]
    ['conflict-prevention']
    >>> [c.cue for c in find_topics("kantor Badan Pengawas Pemilu", names=[(7, 28)])]
    []
    >>> [c.strength for c in find_topics("mengimbau ASN")]
    ['weak']
    """
    spans = list(names)
    folded = _case_folded(text)
    for needle, rx in _ignored():
        if needle in folded:   # else the phrase cannot match (see _needle)
            spans.extend((m.start(), m.end()) for m in rx.finditer(text))
    hits = []
    rows = _compiled()
    # only the cues whose first word is in the text can match ("" is in every text), in lexicon order
    tried = _tried(folded)
    for topic, strength, cue, rx in map(rows.__getitem__, tried):
        for m in rx.finditer(text):
            inside = any(a <= m.start() and m.end() <= b for a, b in spans)
            if inside and strength != "names":
                continue
            hits.append(TopicCue(topic, m.start(), m.end(), m.group(), strength))
    hits.extend(_meeting_with(text, spans))
    for topic, rx in _bound():  # "kepala desa ... tidak terlibat dalam kegiatan kampanye"
        hits.extend(TopicCue(topic, m.start(), m.end(), m.group(), "strong") for m in rx.finditer(text))
    hits.sort(key=lambda c: (-(c.end - c.start), c.start))
    chosen: list[TopicCue] = []
    for h in hits:
        if all(h.end <= c.start or h.start >= c.end for c in chosen):
            chosen.append(h)
    chosen = [c for c in chosen if not _time_frame(c, chosen, text)]   # before weak cues yield to strong ones
    if any(c.strength == "strong" for c in chosen):
        chosen = [c for c in chosen if c.strength != "weak"]
    chosen = [c for c in chosen if not _guards_logistics(c, chosen, text)]
    chosen = [c for c in chosen if not _participation_in(c, chosen, text)]
    chosen = [c for c in chosen if not _outreach_material(c, chosen, text)]
    return sorted(chosen, key=lambda c: c.start)


@lru_cache(maxsize=1)
def _generic() -> frozenset[str]:
    """The cues of ``_generic`` in the lexicon: the safe-election formulas."""
    return frozenset(" ".join(c.lower().split()) for c in (_read("topic_lexicon.json").get("_generic") or {}).get("cues", ()))


def rests_on_weak(cue: TopicCue) -> bool:
    """Whether ``cue`` rests on a generic word: a weak cue, or a safe-election formula (``_generic``),
    which names its topic alone but, like a weak cue, takes no stance in a wish (see the commitment
    rule): "Mudah-mudahan pelaksanaan pilkada besok dapat berjalan dengan aman dan damai".

    >>> [rests_on_weak(c) for c in find_topics("Pilkada berjalan dengan aman")]
    [True]
    >>> [rests_on_weak(c) for c in find_topics("menjaga netralitas")]
    [False]
    """
    return cue.strength == "weak" or " ".join(cue.cue.lower().split()) in _generic()


_PERIOD = re.compile(r"^masa\s+(?:kampanye|tenang)$", re.IGNORECASE)
_DURING = re.compile(r"(?:^|\s)(?:selama|saat|pada|di|dalam|menjelang|jelang|memasuki|hingga|sampai|sejak|usai|"
                     r"setelah|sebelum|ketika)\s+$", re.IGNORECASE)


def is_period(cue: TopicCue) -> bool:
    """Whether ``cue`` names a period of the campaign ("masa tenang", "masa kampanye"), which is its topic
    only where a rule for it is kept.

    >>> [is_period(c) for c in find_topics("Masa tenang ini menjadi masa yang paling tidak tenang")]
    [True]
    """
    return cue.topic == "campaign-rules" and bool(_PERIOD.match(cue.cue))


def _time_frame(cue: TopicCue, chosen: list[TopicCue], text: str) -> bool:
    """A campaign period after a time word dates what another topic's cue names: "menerjunkan 776
    personel untuk pengamanan selama masa kampanye"; "perlu mengantisipasi kerawanan yang terjadi di
    masa tenang ini". Alone it is the topic: "dilarang berkampanye di masa tenang".

    >>> [c.topic for c in find_topics("menerjunkan 776 personel untuk pengamanan selama masa kampanye")]
    ['security-order']
    >>> [c.topic for c in find_topics("personel perlu mengantisipasi kerawanan yang terjadi di masa tenang ini")]
    ['security-order']
    >>> [c.topic for c in find_topics("Paslon dilarang berkampanye di masa tenang")]
    ['campaign-rules']
    """
    if cue.topic != "campaign-rules" or not _PERIOD.match(cue.cue) or not _DURING.search(text[:cue.start]):
        return False
    return any(c.topic != cue.topic for c in chosen)


_PARTAKING = re.compile(r"^partisipasi(?:nya)?(?:\s+(?:masyarakat|publik|warga))?$", re.IGNORECASE)
_IN = re.compile(r"^\W*(?:sangat\s+\w+\s+|penting\s+)?(?:dalam|untuk|ikut|turut)\b", re.IGNORECASE)


# "partisipasi aktif masyarakat dalam memberikan informasi": the public's part in doing something
_PART_IN_DOING = re.compile(r"\s+(?:aktif\s+)?(?:(?:masyarakat|publik|warga)\s+)?(?:dalam|untuk)\s+((?:me|ber)\w+(?:\s+\w+)?)",
                            re.IGNORECASE)
# ... unless the doing is the voting: "partisipasi masyarakat untuk menggunakan hak pilihnya"
_VOTING = re.compile(r"(?:memilih|mencoblos|menggunakan|menyalurkan|memberikan\s+(?:hak|suara)|"
                     r"men?y?u?sukseskan|mensukseskan|datang|hadir|berdemokrasi)\b", re.IGNORECASE)


def _participation_in(cue: TopicCue, chosen: list[TopicCue], text: str) -> bool:
    """The public's part in another topic's work is not turnout: "Partisipasi masyarakat sangat penting
    dalam menjaga netralitas aparatur negara"; "partisipasi masyarakat dalam pengawasan pemilu"; nor is
    its part in any doing other than voting: "AKBP Muhammad juga berharap partisipasi aktif masyarakat
    dalam memberikan informasi kepada pihak kepolisian".

    >>> [c.topic for c in find_topics("berharap partisipasi aktif masyarakat dalam memberikan informasi")]
    []
    >>> {c.topic for c in find_topics("partisipasi masyarakat untuk menggunakan hak pilihnya")}
    {'voter-participation'}

    >>> [c.topic for c in find_topics("partisipasi masyarakat dalam pengawasan pemilu")]
    ['election-oversight']
    >>> [c.topic for c in find_topics("meningkatkan partisipasi masyarakat dalam Pilkada")]
    ['voter-participation']
    """
    if cue.topic != "voter-participation" or not _PARTAKING.match(cue.cue):
        return False
    doing = _PART_IN_DOING.match(text, cue.end)
    if doing and not _VOTING.match(doing.group(1)):
        return True  # "partisipasi aktif masyarakat dalam memberikan informasi kepada pihak kepolisian"
    after = [c for c in chosen if c.start >= cue.end and c.topic != cue.topic and c.strength == "strong"]
    nxt = min(after, key=lambda c: c.start, default=None)
    return nxt is not None and nxt.start - cue.end <= 40 and bool(_IN.match(text[cue.end:nxt.start]))


def _same_clause(text: str, end: int, start: int, limit: int) -> bool:
    """Whether ``text[end:start]`` is a gap of at most ``limit`` characters with no clause end (. or ;)."""
    return 0 <= start - end <= limit and not any(p in text[end:start] for p in ".;")


# a banner that carries a message of its own: "Baliho tersebut berisi imbauan agar tidak menyebarkan hoax"
# (or names it: "Kami juga pasang baliho imbauan di 18 kecamatan")
_CARRIES = re.compile(r"(?:(?:\s+(?:tersebut|itu|ini))?(?:\s+yang)?\s+(?:berisi|berisikan|bertuliskan|bertajuk|bertema)\s+"
                      r"(?:\w+\s+){0,2}?|\s+)(?:imbauan|himbauan|ajakan|pesan|seruan|sikap|larangan|edukasi|informasi)\b",
                      re.IGNORECASE)
_MATERIAL = re.compile(r"^(?:spanduk|baliho|bendera|atribut|umbul-umbul|brosur|stiker|pamflet)$", re.IGNORECASE)


def _outreach_material(cue: TopicCue, chosen: list[TopicCue], text: str) -> bool:
    """Banners that carry outreach are no campaign attributes: "pihaknya juga melakukan penyebaran bahan
    sosialisasi seperti spanduk, baliho, brosur sebagai ajakan pemilih untuk dapat memilih".

    >>> [c.topic for c in find_topics("penyebaran bahan sosialisasi seperti spanduk, baliho, brosur")]
    ['public-outreach']
    >>> sorted({c.topic for c in find_topics("Satpol PP menertibkan spanduk dan baliho paslon")})
    ['campaign-rules']

    So are banners that carry a body's own message: "Baliho tersebut berisi imbauan agar tidak menyebarkan
    hoax, sara dan lainnya".

    >>> [c.topic for c in find_topics("Baliho tersebut berisi imbauan agar tidak menyebarkan hoax")]
    ['disinformation']
    >>> [c.topic for c in find_topics("Kami juga pasang baliho imbauan di 18 kecamatan")]
    []
    """
    if cue.topic != "campaign-rules" or not _MATERIAL.match(cue.cue):
        return False
    if _CARRIES.match(text, cue.end):
        return True  # "memasang baliho ... Baliho tersebut berisi imbauan agar tidak menyebarkan hoax"
    return any(c.topic == "public-outreach" and c.strength == "strong" and _same_clause(text, c.end, cue.start, 40)
               for c in chosen)


# guarding words, a patrol and the guards themselves: "melakukan patroli pengecekan ... personel pengamanan
# gudang logistik Pilkada" guards the logistics
_GUARD = re.compile(r"^(?:meng|peng|di)?amankan$|^pengamanan$|^keamanan$|^mengawal$|^pengawalan$|^patroli$|"
                    r"^personel pengamanan$|^pengaman$", re.IGNORECASE)


def _guards_logistics(cue: TopicCue, chosen: list[TopicCue], text: str) -> bool:
    """A guarding word whose object is election logistics: the logistics are the topic (README:
    "guarding logistics is election-logistics"). "personel TNI ... yang mengamankan jalannya
    persiapan distribusi logistik Pilkada" is logistics, not security-order.

    >>> [c.topic for c in find_topics("personel TNI mengamankan jalannya distribusi logistik")]
    ['election-logistics']
    >>> [c.topic for c in find_topics("Polres melakukan patroli pengecekan gudang logistik Pilkada")]
    ['election-logistics']
    >>> [c.topic for c in find_topics("Distribusi dari KPU ke PPK, pengawalan dilakukan personel Polres")]
    ['election-logistics']
    >>> sorted({c.topic for c in find_topics("rapat koordinasi untuk kelancaran dan keamanan pendistribusian logistik")})
    ['election-logistics', 'interagency-coordination']
    """
    if cue.topic != "security-order" or not _GUARD.match(cue.cue):
        return False
    def near(c):  # the logistics after the guarding word, or just before it in the same clause
        if 0 <= c.start - cue.end <= 60:
            return "." not in text[cue.end:c.start]
        return 0 <= cue.start - c.end <= 40 and not any(p in text[c.end:cue.start] for p in ".;")
    return any(c.topic == "election-logistics" and near(c) for c in chosen)
