"""Quotation spans and their speakers (shared by the ``quote`` and ``commitment`` rules).

Works on ``Document.text``. A quotation opens with “ (or a straight ") and closes
with ” (or the next "); some outlets print doubled single marks (‘’...,’’ ujar Bupati) or
single ones (‘...,’ kata Budi), read as the double ones. Indonesian news style lets a quotation run over
paragraphs: an opening mark with no closing one at the paragraph end continues
in the next paragraph, skipping inserted lines such as "Baca Juga: ...".
Attribution is looked for after the closing mark (``,” ungkapnya``,
``” tegas Budi``, ``kata Imam``), then before the opening mark
(``Ia menambahkan ...,“...``), then the most recent person.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.model import Entity
from kg.lang.lexicon import fold, honorifics, titles
from kg.lang.text import is_clutter, paragraphs
from kg.lang.words import DEMONSTRATIVES, REPORTING_VERB, SPEECH_VERB_STEMS, THIRD_PERSON
from kg.rules.support.syntax import TitleHolders, Timeline

__all__ = ["Quotation", "find_quotations", "quoted_ranges"]

_INTRO = re.compile(r"\b(me\w*kan|ber\w+|mengatakan|menyebut|menuturkan|berkata|menambahkan|"
                    r"menjelaskan|menegaskan|mengungkapkan|menyampaikan|menerangkan|berpesan|"
                    r"mengimbau|mengajak|meminta|menurut\w*)\b", re.IGNORECASE)
_OPEN, _CLOSE = "\u201c\u201e", "\u201d"
_MAX_PARAS = 3


@dataclass(frozen=True)
class Quotation:
    start: int                  # first character of the quoted words in Document.text
    end: int                    # end of the quoted words (before the closing mark)
    text: str                   # the quoted words; inserted lines left out
    speaker: Entity | None
    confidence: float
    attribution: str            # "after" | "before" | "pronoun" | "recent" | "later" | "none"


_SINGLE_OPEN, _SINGLE_CLOSE = "\u2018", "\u2019"
# doubled single marks, as some outlets print quotation marks: "‘’Saya tidak ingin ...,’’ujar Bupati";
# each pair becomes a space and one double mark (same length: offsets stay those of the text)
_DOUBLED_OPEN = re.compile(r"(?:(?<=\s)|^)(?:\u2018[\u2018\u2019]|'')(?=\w)", re.MULTILINE)
_DOUBLED_CLOSE = re.compile(r"(?<=[\w.,!?]) ?(?:\u2019\u2019|'')")  # "... para PNS, ’’terang Bupati"
# a lone single mark opening before a word and closing after one, not inside a word
# (the apostrophe of "Ka’aba", "Jum’at"): "‘Kami siap mengawal,’ kata Budi"
_SINGLE = re.compile(r"(?:(?<=\s)|^)\u2018(?=\w)([^\u2018\u2019\n]*?[\w.,!?])\u2019(?!\w)", re.MULTILINE)


@lru_cache(maxsize=4)
def _marked(text: str) -> tuple[str, frozenset[int]]:
    """``text`` with doubled single marks written as double ones and lone single-mark quotations
    as “...”, and the offsets where such a single-mark quotation opens (it counts only with a
    speech verb after it: a single mark is as often a term set off, ‘KPU Goes to School’)."""
    out = _DOUBLED_OPEN.sub(lambda m: " \u201c", text)
    out = _DOUBLED_CLOSE.sub(lambda m: m.group(0)[:-2] + "\u201d ", out)
    singles = set()
    for m in _SINGLE.finditer(out):
        singles.add(m.start() + 1)
    out = _SINGLE.sub(lambda m: "\u201c" + m.group(1) + "\u201d", out)
    return out, frozenset(singles)


@lru_cache(maxsize=4)
def _spans(text: str) -> tuple[tuple[int, int, tuple[tuple[int, int], ...]], ...]:
    """(start, end, pieces) of each quotation; pieces skip inserted paragraphs.

    Three rules ask for the same article's quotations (commitment, joint_action, quote), each twice:
    the scan, a Python step per character, is made once per text."""
    text = _marked(text)[0]
    paras = [(o, p) for o, p in paragraphs(text)]
    out = []
    i = 0
    while i < len(paras):
        off, para = paras[i]
        j = 0
        headless = _headless_close(para)
        if headless > 0:
            out.append((off, off + headless, [(off, off + headless)]))
            j = headless + 1
        while j < len(para):
            ch = para[j]
            if ch in _OPEN or ch == '"' or _opens_with_close_mark(para, j):
                closer = '"' if ch == '"' else _CLOSE
                k = _find_close(para, j + 1, closer)
                if k < 0:
                    k = _unmarked_close(para, j + 1)
                if k >= 0:
                    out.append((off + j + 1, off + k, [(off + j + 1, off + k)]))
                    j = k + 1
                    continue
                pieces = [(off + j + 1, off + len(para))]
                done, n = None, i + 1
                while n < len(paras) and len(pieces) < _MAX_PARAS:
                    o2, p2 = paras[n]
                    if is_clutter(p2):
                        n += 1
                        continue
                    body = 1 if p2[:1] in _OPEN + '"' or _opens_with_close_mark(p2, 0) else 0
                    k2 = p2.find(closer, body)
                    opener = next((x for x, c in enumerate(p2[body:], start=body) if c in _OPEN), -1)
                    if closer != '"' and opener >= 0 and (k2 < 0 or opener < k2):
                        break  # a narrative paragraph with its own quotation: the dangling one ended
                    if k2 >= 0:
                        pieces.append((o2 + body, o2 + k2))
                        done = (n, k2)
                        break
                    pieces.append((o2 + body, o2 + len(p2)))
                    n += 1
                if done is None:  # a dangling mark: the quotation ends with its paragraph
                    out.append((pieces[0][0], pieces[0][1], pieces[:1]))
                    break
                out.append((pieces[0][0], pieces[-1][1], pieces))
                i = done[0]
                off, para = paras[i]
                j = done[1] + 1
                continue
            j += 1
        i += 1
    return tuple((a, b, tuple(pieces)) for a, b, pieces in out)


# the attribution ending a paragraph whose quotation has no closing mark: after a comma, or after a full
# stop when the speech verb is in lower case (a new sentence would open with a capital): "... guna mencari
# SUARA sebanyak-banyaknya. ungkap Kapolres AKBP Donny Molino Manoppo melalui PJ. Kasi Humas IPTU Ronald Wahyu."
_TAIL_ATTRIBUTION = re.compile(r",\s*(?P<verb>[A-Za-z]+)\b[^,\"\u201c\u201d]{0,80}$")
_TAIL_AFTER_STOP = re.compile(r"(?<=[.!?])\s*(?P<verb>[a-z]+)\b[^,\"\u201c\u201d]{0,100}$")


def _unmarked_close(para: str, start: int) -> int:
    """Where a quotation whose closing mark the writer left out ends: before the comma of the
    attribution that ends its paragraph ("\"Insya Allah, kita sama-sama bekerja sama agar situasi
    aman ..., Ujarnya."); -1 when the paragraph does not end so (the quotation may go on)."""
    for rx in (_TAIL_ATTRIBUTION, _TAIL_AFTER_STOP):
        m = rx.search(para, start)
        verb = m["verb"].lower() if m else ""
        stem = verb[:-3] if verb.endswith("nya") else verb
        if stem in SPEECH_VERB_STEMS and stem != "menurut":
            return m.start()
    return -1


def _headless_close(para: str) -> int:
    """Where a quotation whose opening mark the writer left out ends: at the first closing mark of the
    paragraph when no opening mark stands before it and a speech verb follows it ("Melalui patroli
    dialogis ini, kami ingin mengajak masyarakat untuk berperan aktif ...,” ujar AKP Edi."). The
    quotation then runs from the paragraph's start; -1 when the paragraph is not so, or when a reporting
    verb stands before the mark (indirect speech: who speaks is named inside)."""
    k = para.find(_CLOSE)
    if k < 1 or para[k - 1] not in ",.!?" or any(c in _OPEN or c == '"' for c in para[:k]):
        return -1
    if any(REPORTING_VERB.match(w) for w in re.findall(r"\w+", para[:k])):
        return -1  # indirect speech the writer closed with a mark: "Kapolres ... mengatakan pada hari ...,”jelasnya"
    m = re.match(r"\s*([A-Za-z]+)", para[k + 1:])
    if not m:
        return -1
    verb = m[1].lower()
    stem = verb[:-3] if verb.endswith("nya") else verb
    return k if stem in SPEECH_VERB_STEMS and stem != "menurut" else -1


def quoted_ranges(text: str) -> tuple[tuple[int, int], ...]:
    """Character ranges of the quotations of ``text`` (for :meth:`Timeline.of`)."""
    return tuple((a, b) for a, b, _ in _spans(text))


def _opens_with_close_mark(para: str, j: int) -> bool:
    """A ” that opens a quotation, as some outlets print it: at the paragraph start or after a
    space or colon, and right before a word ("”Namun, tetap untuk mengantisipasinya ...,” tandasnya");
    or with a space before the first word, at the paragraph start or after a comma or colon, when that
    word is capitalised and no speech verb ("” Kegiatan Deklarasi damai ini sebagai wujud tanggung jawab
    kita semua ...,” ujar Dandim"; a closing mark typed with a space, "..., ” tegasnya", is followed by the
    verb)."""
    if para[j] != _CLOSE:
        return False
    if (j == 0 or para[j - 1] in " \t(:") and j + 1 < len(para) and para[j + 1].isalnum():
        return True
    m = re.match(r" ([A-Z][a-z]*)\b", para[j + 1:j + 40])
    if m is None or not (j == 0 or para[max(0, j - 2):j] in (", ", ": ")):
        return False
    word = m[1].lower()
    return (word[:-3] if word.endswith("nya") else word) not in SPEECH_VERB_STEMS


# an opening mark that opens nothing (no word follows it before a stop): the writer's closing mark
_OPEN_AS_CLOSE = re.compile("\u201c(?=[ \t]*(?:[.,;!?]|$))")


def _find_close(para: str, start: int, closer: str = _CLOSE) -> int:
    """Where the quotation opened before ``start`` closes: at ``closer``, or at the other kind of
    closing mark when a page mixes them ("\"Kami berharap bisa mencapai 80 persen,” kata ..."), or at an
    opening mark typed in its place ("... harus netral sesuai dengan undang-undang ASN “. Hal itu
    diucapkan Bupati Pekalongan ...")."""
    k = para.find(closer, start)
    other = para.find('"' if closer == _CLOSE else _CLOSE, start)
    if closer == _CLOSE:  # a straight mark inside “...” may quote a name: only without any ”
        if k < 0 and other < 0:  # an opening mark typed as the closing one: "... sesuai dengan undang-undang ASN “."
            m = _OPEN_AS_CLOSE.search(para, start)
            return m.start() if m else -1
        return k if k >= 0 else other
    return min(x for x in (k, other) if x >= 0) if max(k, other) >= 0 else -1


def _closing(tail: str) -> str:
    """The text after a quotation, its closing mark read as one even when the writer typed an opening
    mark ("... undang-undang ASN “. Hal itu diucapkan Bupati"; see :func:`_find_close`); same length."""
    return "\u201d" + tail[1:] if tail[:1] == "\u201c" else tail


def _after(text: str, start: int, end: int, timeline: Timeline,
           holders: TitleHolders | None = None) -> tuple[Entity | None, float, str] | None:
    """Attribution right after the closing mark: ``,” ungkapnya`` / ``” kata Imam``; a title
    alone (``,” ujar Kapolda usai pertemuan``) is the one person the article named with it."""
    tail_end = text.find("\n", end)
    tail = _closing(text[end:tail_end if tail_end >= 0 else len(text)])
    if tail_end >= 0 and not tail.strip(" \u201d\",.!?") and text[tail_end + 1:tail_end + 2].islower():
        # a page cut into lines: no paragraph opens with a lower-case word ("... kepala desa,”\ntegas Totok.")
        nxt = text.find("\n", tail_end + 1)
        tail = _closing(text[end:nxt if nxt >= 0 else len(text)])
    m = re.match(r"[\s\u201d\",.!?]*(?P<verb>[A-Za-z]+)", tail)
    if not m:
        return None
    verb = m["verb"].lower()
    stem = verb[:-3] if verb.endswith("nya") else verb
    if verb == "demikian":  # "“...,” demikian Budi.", "demikian kata Budi", "demikian ajakan Prabowo dalam video"
        vend = end + m.end()
        seg_end = _segment_end(text, vend)
        who = timeline.first(vend, seg_end) or _by_name(text[vend:seg_end], timeline)
        return (who, 0.9, "after") if who is not None else None
    if stem not in SPEECH_VERB_STEMS:
        return None
    vend = end + m.end()
    if verb.endswith("nya") and verb != stem:
        return timeline.last(start, parsed=True), 0.8, "pronoun"
    seg_end = _segment_end(text, vend)
    nxt = text[vend:seg_end].strip().split(" ")[0].lower().strip(",")
    if nxt in THIRD_PERSON:
        return timeline.last(start, parsed=True), 0.8, "pronoun"
    if _epithet(text, vend, seg_end, timeline, holders):
        return timeline.last(start, parsed=True), 0.8, "pronoun"
    who = timeline.first(vend, seg_end) or _by_name(text[vend:seg_end], timeline)
    if who is not None:
        return who, 0.95, "after"
    holder = holders.leading(text[vend:seg_end]) if holders is not None else None
    if holder is not None:
        return holder, 0.85, "office"
    body = _body_named(text, vend, seg_end, timeline)
    if body is not None:
        return body, 0.85, "after"
    if _unknown_name(text[vend:seg_end]) or _UNNAMED.match(text[vend:seg_end]):
        return None, 0.2, "unknown"  # ',” tandas Julius' with no Julius known: not someone named before
    return timeline.last(start, parsed=True), 0.5, "recent"


# an attribution to someone the article does not name: ',” ucap salah satu warga', ',” kata seorang saksi'
_UNNAMED = re.compile(r"\s*(?:salah\s+(?:satu|seorang)|seorang|sejumlah|beberapa)\b", re.IGNORECASE)


_ABBREVIATED = frozenset({"pj", "pjs", "plt", "plh", "moh", "muh", "mochd", "kab", "prov", "kec", "st", "ir"})


def _segment_end(text: str, start: int, limit: int = 160) -> int:
    """Where the attribution that starts at ``start`` ends: at the first ``;``, line break or full
    stop, not at the dot of an abbreviation or initial ("tutup Pj. Walikota.", "kata Drs. H. Andi
    Sukri, ...", "ujar Moh. Nur Dg Rahmatu")."""
    stop_at = min(len(text), start + limit)
    for m in re.finditer(r"[.;\n]", text[start:stop_at]):
        k = start + m.start()
        if text[k] == ".":
            word = re.search(r"(\w+)$", text[start:k])
            before, _ = honorifics()
            if word and (len(word[1]) == 1 and word[1].isupper() or fold(word[1]) in before
                         or fold(word[1]) in _ABBREVIATED) and text[k + 1:k + 2] == " ":
                continue
        return k
    return stop_at


def _body_named(text: str, start: int, end: int, timeline: Timeline) -> Entity | None:
    """A body named right after the speech verb speaks as a body: ``,” tulis Bawaslu RI dalam
    keterangan resminya``, ``,” kata pihak KPU Kota Ambon`` (no person named there)."""
    for off, ent, _, _ in timeline.marks:
        if start <= off < end and ent.kind == "organization":
            return ent if text[start:off].strip().lower() in ("", "pihak") else None
    return None


def _unknown_name(segment: str) -> bool:
    """The attribution names someone by a capitalised word that is no post title: a name the
    article's persons do not hold ("tandas Julius")."""
    before, _ = honorifics()
    words = [w.strip(",.()") for w in segment.split()]
    while words and fold(words[0]) in before:  # "ungkap Drs. H. Andi ...", "kata AKBP ..."
        words = words[1:]
    if not words or not words[0][:1].isupper():
        return False
    known = titles()
    return not any(fold(" ".join(words[:n])) in known for n in (1, 2, 3))


def _epithet(text: str, start: int, end: int, timeline: Timeline, holders: TitleHolders | None) -> bool:
    """The attribution ``text[start:end]`` names the speaker by a description closed by a
    demonstrative, the way news refers back to the person just named: ``,” tegas Politikus Partai
    Demokrasi Indonesia Perjuangan (PDIP) ini.``, ``,” harap mantan pejabat di Badan Intelijen Negara
    (BIN) itu.`` (the names inside the description are not the speaker). Not when it opens with a
    person's name ("kata Budi dalam acara itu") or a title the article named someone with ("ujar
    Kapolres usai apel tersebut")."""
    segment = text[start:end]
    words = re.findall(r"[\w-]+", segment)
    if len(words) < 2 or words[-1].lower() not in DEMONSTRATIVES:
        return False
    lead = start + segment.find(words[0])
    if timeline.first(lead, lead + len(words[0])) is not None:
        return False
    return holders is None or holders.leading(segment) is None


def _name_words_match(word: str, name_word: str) -> bool:
    """``word`` is ``name_word`` or the same name with its last letter or two dropped, as writers
    slip: "tutup Ronal" for IPTU Ronald Wahyu (four letters at least, so no initial or short word)."""
    return word == name_word or (len(word) >= 4 and name_word.startswith(word) and len(name_word) - len(word) <= 2)


def _by_name(segment: str, timeline: Timeline) -> Entity | None:
    """A person already named in the article whose name or alias contains a capitalised
    word of ``segment`` ("Menurut Fajar," after "AKBP Mochamad Fajar Gemilang"), or that word short
    of a letter ("tutup Ronal" after "IPTU Ronald Wahyu"; see :func:`_name_words_match`)."""
    words = {w for w in re.findall(r"\b[A-Z][a-z]{2,}\b", segment)}
    if not words:
        return None
    for exact in (True, False):
        for _, ent, _, _ in reversed(timeline.marks):
            if ent.kind != "person":
                continue
            names = set(" ".join((ent.name, *ent.aliases)).split())
            if exact and words & names or not exact and any(
                    _name_words_match(w, n) for w in words for n in names):
                return ent
    return None


_NEXT = re.compile(r"^\s*(?:Demikian|Hal\s+(?:itu|ini|tersebut)|Pernyataan\s+(?:itu|ini|tersebut)|Itu)\s+"
                   r"(?:\w+\s+){0,2}?(?:di\w+|\w+nya|kata|ujar|ungkap|tutur|ucap|tegas|jelas|terang)\b", re.IGNORECASE)


def _next(text: str, end: int, timeline: Timeline) -> tuple[Entity | None, float, str] | None:
    """Attribution in the sentence after the quotation, in its paragraph or the next one:
    ``“...” \\n Demikian disampaikan Kapolres X, ...``, ``“...”. Hal itu dikatakan Ketua KPU X``."""
    nl = text.find("\n", end)
    tail = _closing(text[end:nl if nl >= 0 else len(text)])
    rest = tail.lstrip(" \u201d\",.!?")
    a = end + len(tail) - len(rest)
    if not rest.strip():
        if nl < 0:
            return None
        rest = text[nl:].lstrip("\n")
        a = len(text) - len(rest)
    elif not (tail[:len(tail) - len(rest)].strip(" \u201d\"").startswith((".", "!", "?"))
              or text[end - 1:end] in (".", "!", "?")):
        return None  # the quotation's sentence goes on: not the next sentence's business
    m = _NEXT.match(rest)
    if not m:
        return None
    seg_end = _segment_end(text, a, limit=len(rest))
    who = timeline.first(a, seg_end) or _by_name(text[a:seg_end], timeline)
    return (who, 0.85, "after") if who is not None else None


def _before(text: str, start: int, timeline: Timeline) -> tuple[Entity | None, float, str] | None:
    """Attribution before the opening mark in the same paragraph: ``Ia menambahkan ..., “``; or, for
    a quotation that opens its paragraph, in the paragraph before when that one ends with a colon
    after a speech verb: ``Sementara itu, Kapolres Sleman AKBP Yuswanto Ardi menyampaikan:`` then
    ``“Kami menyiagakan 800 personel ...”``."""
    para_start = text.rfind("\n", 0, start) + 1
    head = text[para_start:start - 1]
    if not head.strip():
        prev_end = len(text[:para_start].rstrip())
        if not text[:prev_end].endswith(":"):
            return None
        para_start = text.rfind("\n", 0, prev_end) + 1
        head = text[para_start:prev_end]
        start = prev_end + 1
    sent_start = max(head.rfind(". "), head.rfind("? "), head.rfind("! "))
    clause = head[sent_start + 1:] if head.rstrip().endswith((",", ":")) else head
    if head.rstrip().endswith((",", ":")) and not _INTRO.search(clause):
        return None
    a = para_start + (sent_start + 1 if clause is not head else 0)
    who = timeline.first(a, start - 1) or _by_name(text[a:start - 1], timeline)
    if who is not None:
        return who, 0.85, "before"
    if re.search(r"\b(ia|dia|beliau)\b", clause, re.IGNORECASE):
        return timeline.last(start, parsed=True), 0.7, "pronoun"
    return None


# nouns and verbs that introduce a quoted name, not a quotation: "bertajuk “Sosialisasi ...”",
# "dengan Tema “Pentingnya menggunakan hak pilih dengan bijak dan cerdas”", "melalui gerakan “...”"
_NAMING = frozenset({"tema", "bertema", "bertemakan", "tajuk", "bertajuk", "judul", "berjudul", "bertuliskan",
                     "tulisan", "bernama", "julukan", "berjuluk", "dijuluki", "slogan", "tagline", "jargon", "moto",
                     "motto", "semboyan", "tagar", "hashtag", "istilah", "sebutan", "program", "gerakan",
                     "kegiatan", "acara", "lomba", "kampanye", "deklarasi", "sosialisasi", "melalui", "bertagline"})


def _is_name(text: str, start: int, words: str) -> bool:
    """A quoted name rather than a quotation: introduced by a naming word ("dengan Tema “...”"), or
    written in Title Case without a closing full stop ("melalui “Sosialisasi dan Penandatanganan
    Pakta Integritas Netralitas ASN Pemerintah Kota Ambon”"). Only for quoted words no speech
    verb follows."""
    head = text[max(0, text.rfind("\n", 0, start - 1) + 1):start - 1].rstrip(" :")
    prev = head.split()[-1] if head.split() else ""
    if fold(prev) in _NAMING:
        return True
    if words.endswith((".", "!", "?")):
        return False
    tokens = [w for w in words.split() if w[:1].isalpha()]
    capital = sum(1 for w in tokens if w[:1].isupper())
    return len(tokens) >= 3 and capital >= 0.75 * len(tokens)


def find_quotations(text: str, timeline: Timeline, holders: TitleHolders | None = None) -> list[Quotation]:
    """All quotations of a text, with speakers.

    Short quoted terms with no speech verb after them (scare quotes such as
    “serangan fajar”) are not quotations.
    """
    out = []
    text, singles = _marked(text)
    for start, end, pieces in _spans(text):
        words = " ".join(text[a:b].strip() for a, b in pieces).strip()
        words = words.rstrip(" ,")
        if not words:
            continue
        lead = len(text[start:end]) - len(text[start:end].lstrip())
        found = _after(text, start, end, timeline, holders)
        if found is None and (len(words.split()) < 4 or start in singles or _is_name(text, start, words)):
            continue
        if found is None:
            found = _before(text, start, timeline) or _next(text, end, timeline)
        if found is None:
            last = timeline.last(start, parsed=True)
            found = (last, 0.4, "recent") if last is not None else (None, 0.2, "none")
        if found[0] is None and found[2] != "unknown" and not timeline.named_before(start):
            # nobody named before: the first person named after it
            later = timeline.first(end, len(text))
            found = (later, 0.3, "later") if later is not None else found
        speaker, conf, how = found
        if speaker is None:
            conf, how = 0.2, "none"
        out.append(Quotation(start + lead, end, words, speaker, conf, how))
    return out
