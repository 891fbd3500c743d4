"""``holds``: a person named next to a post title, with qualifier, region and body.

Pattern: TITLE [ORG] [REGION] [,] PERSON (apposition after the title) or
PERSON , TITLE ... (apposition before it). The parse confirms it when the person's
first word hangs (``appos``/``flat``/``nmod``/``compound``) off a word of the title
phrase or the reverse; unconfirmed adjacency keeps a lower confidence.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from kg.lang.lexicon import TitleInfo, fold, gazetteer, honorifics, organizations, titles
from kg.model import Assertion, Document, Entity, Mention, Provenance, Sentence
from kg.extract.mentions import (dangling_title, is_degree, lead_name, police_metro, rank_split, region_apposition,
                                 unit_name_end, unit_title_end)
from kg.extract.orgs import main_region
from kg.lang.words import AS_WORDS, CALLED_BACK, GOV_BY_LEVEL, NOT_HOLDER, POLICE_RANKS, THIRD_PERSON, UNIT_WORDS
from kg.extract.entity_index import EntityIndex
from kg.rules.registry import rule
from kg.rules.support.quotations import quoted_ranges
from kg.rules.support.syntax import Timeline
from kg.extract.spans import designator, fused_title, is_cap, paren_abbreviation, paren_acronym, party_board, \
    polling_station, trailing_division

__all__ = ["holds_office", "analyse_title"]

_HEAD_LEVEL = {"Wali Kota": "kota", "Wakil Wali Kota": "kota", "Bupati": "kabupaten",
               "Wakil Bupati": "kabupaten", "Gubernur": "provinsi", "Wakil Gubernur": "provinsi",
               "Sekretaris Provinsi": "provinsi"}
_AS = frozenset({"selaku", "sebagai"})
# a regional secretary's title that names the level: "Sekretaris Kabupaten, Sunggono" is the Sekda
# of the article's kabupaten
_SURFACE_LEVEL = {"kabupaten": "kabupaten", "sekkab": "kabupaten", "sekdakab": "kabupaten",
                  "kota": "kota", "sekkot": "kota", "sekot": "kota", "sekdakot": "kota"}
# "Mewakili Kapolres Bulukumba, Kompol Eddy Sumantri menekankan ...": the name after the represented post
# is the representative's (he is the Wakapolres)
# ... and a relative's or a staff member's noun before the post names someone beside its holder: "Istri Bupati
# Kudus, Endhah Endhayani", "Ajudan Wali Kota Semarang, Budi Hartono", "Staf Ahli Bupati Bidang ...", "Anak
# Kapolres Blitar, Rizky Pratama"
_RELATION_NOUNS = frozenset({"istri", "isteri", "suami", "anak", "putra", "putri", "ayah", "ibunda", "ayahanda",
                             "adik", "kakak", "menantu", "cucu", "keluarga", "ajudan", "sopir", "pengawal",
                             "ahli", "khusus", "staf", "jubir"})
_NOT_HOLDER = NOT_HOLDER | {"mewakili"} | _RELATION_NOUNS
# "dilantik sebagai Pjs Bupati": appointed to the post (an election winner, "terpilih sebagai
# Bupati", holds no office by winning; "terpilih sebagai Ketua Tim" inside a body does)
_APPOINTED = frozenset({"dilantik", "ditunjuk", "diangkat", "dikukuhkan", "ditugaskan"})
# "anggota Tim Perumus ... antara lain Dr. Arfa'i, ..., dan Yasril": the members listed after the title
# "Sulpakar menjadi Pjs Bupati", "Bey T. Machmuddin sebagai Pj Gubernur": the copula gives the post
_COPULAS = AS_WORDS | {"menjadi"}
# the words of appointment that may stand between the name and the copula
_APPOINTMENT_WORDS = frozenset({"yang", "juga", "dipercaya", "diamanahkan", "diamanatkan", "diberi", "amanah",
                                "resmi", "kini", "telah", "sudah", "akan", "ditetapkan", "dipilih",
                                # "Budi, yang juga menjabat sebagai Kepala Bagian Tata Pemerintahan"
                                "menjabat"})
# a military unit's number after its commander's title: "092/Mrl", "0719/Jepara", "0824"
_UNIT_NUMBER = re.compile(r"\d{2,4}/[A-Za-z][\w.-]*|0\d{2,3}")
_LIST_INTRO = frozenset({"antaralain", "yaitu", "yakni", "adalah", "terdiri", "masingmasing"})
# a post held before, in a window before the title: "Dengan pengalaman panjang dalam pemerintahan,
# termasuk hingga sebagai Sekretaris Daerah Kabupaten Bone Andi Islamuddin yakin ..." (gold README:
# former posts are not offices)
_FORMER_CONTEXT = frozenset({"pengalaman", "pernah", "mantan", "eks", "purnatugas"})
_BUILDINGS = frozenset({"kantor", "gedung", "aula", "rujab", "pendopo", "pendapa", "rumdin", "istana", "wisma"})
_LINK = ("appos", "flat", "nmod", "compound", "nsubj")


def analyse_title(words, i: int, j: int) -> tuple[str, TitleInfo | None]:
    """(qualifier code, title info) of the title span ``words[i:j]``."""
    tl, qual, k = titles(), "", i
    while k < j:
        for e in range(j, k, -1):
            t = tl.get(fold(" ".join(w.text for w in words[k:e])))
            if t is None:
                continue
            if t.kind == "qualifier":
                qual = qual or t.base
                k = paren_acronym(words, e) or e
                k = k + 1 if k < j and words[k].text == "." else k
                break
            return qual, t
        else:
            return qual, None
    return qual, None


def _division_name(words, i: int, j: int) -> str:
    """The division or unit in "Koordinator Divisi Penanganan Pelanggaran [Bawaslu]", "Kabid Humas
    [Polda]", "Direktur Reserse Kriminal Umum (Dirreskrimum) [Polda]" (title span i..j): the words
    after the longest role title in the span."""
    tl = titles()
    for k in range(i, j):
        role = next((e for e in range(j, k, -1) if words[e - 1].text[:1].isalnum()
                     and (t := tl.get(fold(" ".join(w.text for w in words[k:e])))) is not None
                     and t.kind == "role"), None)
        if role is not None:
            return re.sub(r"\s*\([^)]*\)", "", _join(words[role:j])).strip(" ,")
    return ""


def _unit_title(words, i: int, j: int) -> str:
    """A unit title with its unit's name as written: "Asisten Pemerintah Kesejahteraan Rakyat"
    (titles.tsv kind ``unit``; see :func:`kg.extract.mentions._unit_words`)."""
    tl = titles()
    k = next((n for n in range(i, j) if (t := tl.get(fold(words[n].text))) is not None and t.kind == "unit"), None)
    if k is None or j - k < 2:
        return ""
    # "Menteri Koordinator Bidang Politik dan Keamanan (Menko Polhukam)": a full title of the lexicons
    # (its bracketed short form aside) is that title, not the unit word's open run
    full = tl.get(fold(re.sub(r"\s*\([^)]*\)", "", _join(words[k:j])).strip(" ,")))
    return "" if full is not None and full.kind != "unit" else _join(words[k:j])


def _party_as_written(words, sid: str, org: Entity) -> str:
    """The party's name in this sentence without its region: "Partai Golkar" of "Partai Golkar Padang";
    a long form the article defines by a bracketed short form is written short, the short name the
    body goes by: "Sekretaris DPC Partai Kebangkitan Bangsa (PKB) Kabupaten Mojokerto" is the "Sekretaris
    DPC PKB" (GUIDELINES)."""
    for mm in org.mentions:
        if mm.sent_id == sid:
            ws = [words[w - 1] for w in mm.word_ids]
            names = [org.attr("acronym") or ""]
            for n in range(len(ws), 0, -1):
                if not ws[n - 1].text[:1].isalnum():
                    continue   # fold drops a bracket: "Partai Kebangkitan Bangsa (" is no name
                text = " ".join(w.text for w in ws[:n])
                if any(fold(text) == fold(x) for x in names if x) or organizations().get(fold(text)):
                    k = ws[n - 1].id   # 0-based index of the word after the name
                    return words[k + 1].text if paren_acronym(words, k) and n > 1 else text
    return ""


def _body_as_written(words, sid: str, i: int, org: Entity) -> str:
    """The body's short name as this title writes it, when it is another short name of the same
    body: "Kaban Kesbangpol Kobar Edie Faganti" is the "Kepala Kesbangpol" (the lexicon's acronym is
    Bakesbangpol; GUIDELINES: the title with the organisation's short name as the article uses it)."""
    starts = [mm.word_ids[0] for mm in org.mentions if mm.sent_id == sid and mm.word_ids[0] > i]
    if not starts:
        return ""
    w = words[min(starts) - 1].text
    info = organizations().get(fold(w))
    # the shorter name only: "Ketua KPUD Kabupaten Pasuruan" is the "Ketua KPU" (KPUD: the KPU Daerah)
    return w if info is not None and w in info.aliases and fold(info.acronym) == fold(org.attr("acronym") or "") \
        and len(w) < len(info.acronym) else ""


def _join(words) -> str:
    """Words as written: no space before a comma ("Pelanggaran, Data, dan Informasi")."""
    return " ".join(w.text for w in words).replace(" ,", ",")


def written(words) -> str:
    """A title span as written: "Kapolres MBD", "Dandim 1511/Pulau Moa", "Penjabat (Pj) Gubernur Papua"."""
    text = _join(words)
    text = re.sub(r"\( (.*?) \)", r"(\1)", text)
    return re.sub(r" ?/ ?", "/", text).replace(" .", ".").strip(" ,")


def _split_qualifier(doc: Document, sent: Sentence) -> str:
    """ "Pj. Gubernur Jateng ...": the sentence splitter may cut after "Pj."; the previous
    "sentence" is then just the qualifier and its dot."""
    sents = doc.sentences or ()
    k = next((n for n, s in enumerate(sents) if s is sent), 0)
    if k == 0:
        return ""
    texts = [w.text for w in sents[k - 1].words if w.text != "."]
    t = titles().get(fold(texts[-1])) if len(texts) == 1 else None
    return t.base if t is not None and t.kind == "qualifier" else ""


def _by_word(ents, kind: str) -> dict[tuple[str, int], Entity]:
    out = {}
    for e in ents:
        if e.kind == kind:
            for m in e.mentions:
                for wid in m.word_ids:
                    out.setdefault((m.sent_id, wid), e)
    return out


def _of_level(region: Entity | None, level: str | None) -> Entity | None:
    """A Bupati's jurisdiction is a kabupaten, a Wali Kota's a kota: "Pj Bupati Bekasi" in an
    article that also names Kota Bekasi is the Bupati of Kabupaten Bekasi (the gazetteer's region
    of that name and level; the builder names it from its code)."""
    if region is None or level not in ("kota", "kabupaten") or region.attr("level") not in ("kota", "kabupaten") \
            or region.attr("level") == level:
        return region
    same = [r for r in gazetteer().lookup(region.name) if r.level == level]
    if len(same) != 1:
        return region
    r = same[0]
    return Entity(f"region:{r.code}", "region", r.name, (), (("level", r.level), ("code", r.code), ("full", r.full)))


def _gazetteer_region(key: str) -> Entity | None:
    """The region of a body's ``region`` attr that the article names only inside the body's word: "Kabid
    Humas Poldasu ..." (Polda Sumatera Utara; no mention of the province of its own)."""
    r = gazetteer().by_code.get(key.removeprefix("region:"))
    return Entity(f"region:{r.code}", "region", r.name, (), (("level", r.level), ("code", r.code), ("full", r.full))) \
        if r is not None else None


def _agency_title(words, j: int, unit_end: int, info: TitleInfo) -> str:
    """An agency head's title with the agency's name as written: "Kadis Pendidikan dan Kebudayaan",
    "Kepala Dinas Bina Marga" (offices.tsv knows the post only as the head of some Dinas)."""
    if unit_end <= j:
        return ""
    n = len(info.surface.split())
    return _join(words[j - n:unit_end])


def _copula_holder(words, sid: str, i: int, persons, info: TitleInfo) -> Entity | None:
    """The person before "menjadi"/"sebagai" and the title at ``i``: "Sulpakar menjadi Pjs Bupati
    Lampung Selatan", "Mulyadi Irsan yang ditunjuk menjadi Pjs bupati Waykanan", "Bey T. Machmuddin
    sebagai Pj Gubernur Jawa Barat". Between name and copula only words of appointment may stand
    ("yang", "ditunjuk", "dipercaya", "resmi"); "terpilih menjadi Bupati" names a winner, who holds no
    office by winning (gold README), unless the post is inside a body ("terpilih sebagai Ketua Tim")."""
    if i < 2 or fold(words[i - 1].text) not in _COPULAS and not _relative_post(words, i):
        return None
    k = i - 2
    while k >= 0 and (fold(words[k].text) in _APPOINTED | _APPOINTMENT_WORDS
                      or info.kind == "role" and fold(words[k].text) == "terpilih"
                      or words[k].text in (",", ".") or is_degree(words[k].text)):
        k -= 1
    return persons.get((sid, k + 1)) if k >= 0 else None


def _epithet_holder(doc: Document, sent: Sentence, i: int) -> Entity | None:
    """The person just named, when a sentence opens with a noun for him or a pronoun (CALLED_BACK,
    THIRD_PERSON) and a clause of appointment gives him the post at ``i``: "Seperti dipaparkan Sekretaris
    Desk Pilkada Kota Sukabumi, Punjul Saepul Hayat. ..." / "Pria yang juga menjabat sebagai Kepala Bagian
    Tata Pemerintahan (Kabag Tapem) Setda Kota Sukabumi itu menyebutkan, ..." (the person last named as a
    subject before the sentence, quotations left out: see :class:`Timeline`)."""
    words = sent.words
    if i < 2 or fold(words[i - 1].text) not in _COPULAS and not _relative_post(words, i):
        return None
    k = i - 2
    while k >= 0 and fold(words[k].text) in _APPOINTED | _APPOINTMENT_WORDS:
        k -= 1
    if k != 0 or fold(words[0].text) not in CALLED_BACK | THIRD_PERSON:
        return None
    index = EntityIndex.of(doc)
    off = words[0].start_char if words[0].start_char is not None else sent.start_char
    return Timeline.of(doc, index, quoted_ranges(doc.text)).last(off, parsed=True)


# "Budi Santoso yang merupakan Ketua KPU Kabupaten Kudus": a relative clause that gives the post
_RELATIVE_COPULAS = frozenset({"merupakan", "juga"})


def _relative_post(words, i: int) -> bool:
    """The title at ``i`` closes a relative clause on the name before it: "kata Budi Santoso yang merupakan
    Ketua KPU Kabupaten Kudus", "Suleman Lakoro, yang juga Plh Bupati" (the copula is "yang merupakan",
    "yang juga", "yang juga merupakan")."""
    k = i - 1
    while k >= 0 and fold(words[k].text) in _RELATIVE_COPULAS:
        k -= 1
    return k < i - 1 and k >= 0 and fold(words[k].text) == "yang"


_FUTURE_POSTS = frozenset({"dilantik", "ditunjuk", "diangkat", "dikukuhkan", "menjabat", "menjadi", "ditetapkan"})


def _future_appointment(words) -> bool:
    """The sentence announces appointments to come: "Nama-nama penjabat bupati yang akan dilantik,
    Adi Erlansyah dipercaya menjadi Penjabat Bupati Kabupaten Pringsewu, Sulpakar Penjabat Bupati
    Kabupaten Mesuji ..." (no one holds those posts yet: the names given them by a copula or written
    before them hold nothing)."""
    folded = [fold(w.text) for w in words]
    return any(a == "akan" and _FUTURE_POSTS & set(folded[n + 1:n + 3]) for n, a in enumerate(folded))


def _bracketed_corps(words, k: int) -> bool:
    """A corps code in brackets after a rank: "Kolonel Laut (P) Ridwan Azis", "Brigjen TNI (Mar) Andi",
    "Ajun Komisaris Besar (Pol) Mukson Munandar" (a rank spelt out)."""
    return k > 0 and k + 2 < len(words) and words[k].text == "(" and words[k + 2].text == ")" \
        and any(_spelt_rank(words, k - n) == n for n in (1, 2, 3, 4) if k - n >= 0) \
        and bool(re.fullmatch(r"[A-Z][A-Za-z]{0,3}", words[k + 1].text))


def _spelt_rank(words, k: int) -> int:
    """How many words from ``k`` make one honorific or rank, spelt out in up to four words ("Ajun
    Komisaris Besar", honorifics.txt) or written in one ("AKBP"); 0: none."""
    before = honorifics()[0]
    return next((n for n in (4, 3, 2, 1) if k + n <= len(words) and all(w.text[:1].isalnum() for w in words[k:k + n])
                 and fold(" ".join(w.text for w in words[k:k + n])) in before), 0)


def _local(words, k: int) -> bool:
    """ "setempat" (local) after a body's bare name: "Bawaslu Nunukan menggelar patroli. Ketua Bawaslu
    setempat, Mochammad Yusran, mengatakan ..." is the Ketua of the Bawaslu the article named (the bare
    name resolves to it); the holder's name follows the word."""
    return k < len(words) and fold(words[k].text) == "setempat"


def _every(words, j: int) -> bool:
    """The title is followed by "se" (every one of a region's): "Camat Se Kab. Kukar, Kapolsek Se Kab.
    Kukar", "para Kapolres se-Kalbar": a plural post, no one holder."""
    if j >= len(words):
        return False
    w = words[j].text.lower()
    return w == "se" or w.startswith("se-") and len(w) > 3


def _former(words, i: int) -> bool:
    """A word of a past post in the eight words before the title at ``i``; "sebelumnya menjabat"."""
    window = [fold(w.text) for w in words[max(0, i - 8):i]]
    return any(w in _FORMER_CONTEXT for w in window) or \
        any(a == "sebelumnya" and b in ("menjabat", "sebagai") for a, b in zip(window, window[1:]))


def _listed(sent: Sentence, end: int, persons, titles_at=frozenset()) -> list[Entity]:
    """The persons listed after a title's tail and "antara lain"/"yaitu"/...: every name of a
    comma/"dan" list that starts within a few words of the tail and runs to the sentence's end, a
    relative clause or the next title after a comma (``titles_at``: "disaksikan oleh 4 komisioner KPU
    yaitu Hastin Atas Asih, ..., dan Abdul Latif, Asisten 1 AN Wahyudi, ...")."""
    words, sid = sent.words, sent.sent_id
    k = next((n for n in range(end, min(len(words), end + 14))
              if fold(words[n].text) in _LIST_INTRO or n + 1 < len(words)
              and fold(words[n].text + words[n + 1].text) in _LIST_INTRO), None)
    if k is None or _another_group(words, end, k):
        return []
    out: list[Entity] = []
    for n in range(k + 1, len(words)):
        if fold(words[n].text) in ("yang", "untuk", "dengan", "di", "pada") or words[n - 1].text == "," and (
                n in titles_at or is_cap(words[n].text) and fold(words[n].text) in titles()):
            break
        p = persons.get((sid, n + 1))
        if p is not None and p not in out:
            out.append(p)
    return out


# words that open another group between a title and a list: "Ketua Bawaslu Kabupaten Kediri, serta kedua
# pasangan calon Bupati dan Wakil Bupati, yaitu Deny Widyanarko – Mudawamah ..."
_OTHER_GROUP = frozenset({"serta", "calon", "pasangan", "paslon", "kandidat"})


def _another_group(words, end: int, k: int) -> bool:
    """Between the title's tail (``end``) and the list's "yaitu" at ``k`` another group is named (written in
    lower case: "serta", "pasangan calon"): the list is that group's, not the title's holders."""
    return any(w.text in _OTHER_GROUP for w in words[end:k])


def _current_body(doc: Document, sent: Sentence, orgs, police: bool = False) -> Entity | None:
    """The body with divisions (an election body) named last before ``sent``, in its paragraph or
    the one before: "Ketua KPU Sumbar, Surya Efitrimen. ... Hadir ..., Ketua Divisi Teknis
    Penyelenggara Pemilu, Ory Sativa Syakban" (the division is KPU Sumbar's). ``police``: the holder's
    rank is a police rank, so the body is the police body named last ("Hadir dalam rapat Kapolres
    Semarang ..., Kabag Ops Kompol Aslam", a unit of Polres Semarang)."""
    last = None
    for s in doc.sentences or ():
        if s.paragraph < sent.paragraph - 1:
            continue
        for w in s.words:
            o = orgs.get((s.sent_id, w.id))
            if o is None or o.attr("implicit"):
                continue
            if (o.attr("parent") == "org:polri" or o.attr("acronym") == "Polri") if police \
                    else o.attr("type") == "election-body":
                last = o
        if s is sent:
            break
    return last


def _lead_person(doc: Document, sent: Sentence, persons, after_rank: bool = False) -> Entity | None:
    """The person opening the next sentence of the paragraph as an apposition (see
    :func:`kg.extract.mentions.lead_name`); ``after_rank``: this sentence ends in the officer's rank."""
    sents = doc.sentences or ()
    k = next((n for n, s in enumerate(sents) if s is sent), len(sents))
    nxt = sents[k + 1] if k + 1 < len(sents) else None
    if nxt is None or nxt.paragraph != sent.paragraph:
        return None
    r = lead_name(nxt.words, after_rank)
    return persons.get((nxt.sent_id, r[0] + 1)) if r else None


def _region_spans(region: Entity, sid: str) -> dict[int, int]:
    """0-based start -> end of the region's mentions in sentence ``sid``."""
    return {mm.word_ids[0] - 1: mm.word_ids[-1] for mm in region.mentions if mm.sent_id == sid}


def _designation(words, end: int, sid: str, regions) -> tuple[int, Entity | None] | None:
    """(end, region) of a military unit's number and name after its commander's title, however the
    tokenizer cut it ("0719 / Jepara", "092/ Mrl"; see :func:`kg.extract.spans.designator`): only
    with a number. The region is the place the name is, when a region mention covers it."""
    spans = {}
    for (s, w), r in regions.items():
        if s == sid:
            spans.setdefault(w - 1, {mm.word_ids[-1] for mm in r.mentions if mm.sent_id == sid and w in mm.word_ids})
    d = designator(words, end, {k: max(v) for k, v in spans.items()})
    if d is None or not d[1] or d[0] <= end:
        return None
    place = regions.get((sid, d[2][0] + 1)) if d[2] else None
    return d[0], place


def _name_before(words, sid: str, i: int, persons) -> Entity | None:
    """The person whose name ends just before word ``i``, with nothing between but degrees and their
    commas: the NAME TITLE order of an attendee list, "Oman Apriaman, SKM, SIP Camat Rajeg, Kapten
    Arh P Sihotang Danramil 12/Rajeg, Rudi Hadikarsono, SH, M.Si Sekcam Rajeg". A bare comma ("Budi
    Utama, Pj Wali Kota") is the apposition before a title, read elsewhere."""
    k, degrees = i - 1, 0
    while k >= 0 and (is_degree(words[k].text) or words[k].text in (",", ".") and degrees):
        degrees += is_degree(words[k].text)
        k -= 1
    while k >= 0 and words[k].text in (",", "."):
        k -= 1
    if k < 0 or k < i - 1 and not degrees:
        return None
    p = persons.get((sid, k + 1))
    return p if p is not None and _name_end(p, sid, k + 1) == k + 1 else None


def _title_follows(words, k: int, titles_at) -> bool:
    """A title starts at ``k`` or after degrees there ("Rudi Hadikarsono, SH, M.Si Sekcam Rajeg")."""
    j, degrees = k, 0
    while j < len(words) and (is_degree(words[j].text) or words[j].text in (",", ".")):
        degrees += is_degree(words[j].text)
        j += 1
    return (j == k or degrees > 0) and j in titles_at


def _titled(words, sid: str, person: Entity, titles_at) -> bool:
    """The person's name in this sentence comes right after a title and its tail (only ranks and
    honorifics between): it is that title's holder, so a title after its comma starts the list's
    next item ("dihadiri Bupati Elisa Kambu, Dandim 1704/ Mappi ..."), not an apposition to it."""
    before, _ = honorifics()
    for mm in person.mentions:
        if mm.sent_id != sid:
            continue
        k = mm.word_ids[0] - 2   # 0-based index of the word before the name
        while k >= 0 and (fold(words[k].text) in before or words[k].text == "."):
            k -= 1
        # a title starts at most six words before, and no punctuation stands between: "Bupati Asmat
        # Elisa Kambu", "Ketua KPU Kota Bogor Budi"
        if any(k - 6 <= t <= k and all(w.text[:1].isalnum() for w in words[t:k + 1]) for t in titles_at):
            return True
    return False


# the posts a body has several of at once, so that names joined after one title all hold it
_MEMBER_TITLES = frozenset({"Anggota", "Komisioner"})


def _co_members(words, sid: str, person: Entity, wid: int, persons, titles_at) -> list[Entity]:
    """The names joined by "dan" or commas to the member named at ``wid`` right after a member's title:
    "Rapat kerja itu dihadiri anggota KPU Jepara Muhammadun dan Muntoko bersama sekretaris KPU ..." (both
    are members). The list stops at a word that is no name, and at a name with a title of its own
    before or after it ("anggota KPU Budi dan Ketua Bawaslu Imam", "Budi dan Imam, Ketua Bawaslu")."""
    out: list[Entity] = []
    k = _name_end(person, sid, wid)   # 0-based index of the word after the name
    while k + 1 < len(words) and words[k].text in (",", "dan") and k + 1 not in titles_at:
        k += 1 if words[k].text == "," and words[k + 1].text == "dan" and k + 2 < len(words) else 0
        nxt = persons.get((sid, k + 2))
        if nxt is None or nxt is person or nxt in out \
                or _name_start(nxt, sid, k + 2) != k + 2:
            break
        k = _name_end(nxt, sid, k + 2)
        if k < len(words) and words[k].text == "," and _title_follows(words, k + 1, titles_at):
            break
        out.append(nxt)
    return out


def _name_start(person: Entity, sid: str, wid: int) -> int:
    """The first word (1-based) of the person's mentions covering word ``wid`` (1-based)."""
    return min(mm.word_ids[0] for mm in person.mentions if mm.sent_id == sid and wid in mm.word_ids)


def _name_end(person: Entity, sid: str, wid: int) -> int:
    """The 0-based index of the word after the person's mention covering word ``wid`` (1-based)."""
    return max((max(mm.word_ids) for mm in person.mentions if mm.sent_id == sid and wid in mm.word_ids),
               default=wid)


_KABKOTA = frozenset({"kabupaten", "kota"})
# the national forces: "anggota Polri", "anggota TNI" name a profession
_FORCES = frozenset({"Polri", "TNI"})


def _unit_home(info: TitleInfo, home: Entity, keys) -> Entity | None:
    """The region of a bare unit head's title ("Kapolres", "Dandim", "Kapolda") in an article about
    one region: its kabupaten/kota for a post of that level only, its province for a provincial
    post ("Apel pasukan dipimpin Kapolres AKBP Agus Hariadi" in an article about Asmat is the
    Kapolres of Asmat; a bare organisation is placed so too). A post of several levels (Sekda, Ketua
    KPU) is left without one: the article may name the holder of either."""
    levels = set(info.level.split(";"))
    if levels <= _KABKOTA and home.attr("level") in levels:
        return home
    if levels == {"provinsi"}:
        return home if home.attr("level") == "provinsi" else keys.get(home.attr("parent"))
    return None


def _linked(sent: Sentence, a: set[int], b: set[int]) -> bool:
    """Some word of ``b`` depends on a word of ``a`` (or the reverse) by a naming relation."""
    for x, y in ((a, b), (b, a)):
        if any(sent.word(w).head in x and sent.word(w).deprel.split(":")[0] in _LINK for w in y):
            return True
    return False


@rule("holds_office", requires=("sentences", "mentions", "entities"))
def holds_office(doc: Document) -> Iterator[Assertion]:
    """A person in apposition to a post title holds that post.

    Motivating sentence: "Penjabat (Pj) Walikota Pangkalpinang, Budi Utama, mengunjungi
    kantor Badan Pengawas Pemilu (Bawaslu) Kota Pangkalpinang" -> holds(Budi Utama,
    "Wali Kota", "Pj", region Pangkalpinang).
    """
    ents = doc.entities or ()
    persons, orgs, regions = (_by_word(ents, k) for k in ("person", "organization", "region"))
    home = main_region([e for e in ents if e.kind == "region"])
    keys = {e.key: e for e in ents}
    sents = {s.sent_id: s for s in doc.sentences or ()}
    best: dict[tuple, Assertion] = {}
    title_ms = [m for m in doc.mentions or () if m.kind == "title"]
    pairs = _title_pairs(sents, title_ms)
    firsts = {id(a) for a, _ in pairs.values()}
    starts: dict[str, set[int]] = {}   # sentence -> 0-based first words of its titles
    for m in title_ms:
        starts.setdefault(m.sent_id, set()).add(m.word_ids[0] - 1)
    for m in title_ms:
        sent = sents[m.sent_id]
        hits = _holding(doc, sent, m, persons, orgs, regions, home, keys, starts)
        if id(m) in pairs:
            hits = _paired(sent, pairs[id(m)][0], m, hits, persons)
        elif id(m) in firsts and hits:
            continue   # "Bupati dan Wakil Bupati X, A – B": the pair's first title is given its holder with the second
        for hit in hits:
            k = tuple(v for r, v in hit.args if r in ("person", "title", "qualifier", "region"))
            if k not in best or best[k].provenance.confidence < hit.provenance.confidence:
                best[k] = hit
    holders = {a.arg("person") for a in best.values()}
    titled = {a.arg("title") for a in best.values()}
    ranked = _ranked_officers(doc, sents, persons, holders)
    for m in title_ms:   # "Kapolda Riau menyampaikan ... kata Irjen M Iqbal": a bare post, its officer named apart
        t = analyse_title(sents[m.sent_id].words, m.word_ids[0] - 1, m.word_ids[-1])[1]
        if t is None or t.base not in _COMMAND_RANKS or t.base in titled:
            continue
        for hit in _holding(doc, sents[m.sent_id], m, persons, orgs, regions, home, keys, starts, ranked):
            k = tuple(v for r, v in hit.args if r in ("person", "title", "qualifier", "region"))
            best.setdefault(k, hit)
    yield from _placed(list(best.values()))


# the ranks a unit's commander holds (Polri: a Polda is led by an Irjen or a Brigjen, a Polres by an AKBP or a
# Kombes, a Polsek by an AKP, Kompol or Iptu; TNI AD: a Kodam by a Mayjen, a Korem by a Kolonel or a Brigjen,
# a Kodim by a Letkol, a Koramil by a Kapten or a Mayor)
_COMMAND_RANKS = {
    "Kepala Polda": frozenset({"irjen", "irjend", "brigjen", "brigjend"}),
    "Kepala Polres": frozenset({"akbp", "akpb", "kombes"}),
    "Kepala Polsek": frozenset({"akp", "kompol", "iptu"}),
    "Panglima Kodam": frozenset({"mayjen", "mayjend"}),
    "Komandan Korem": frozenset({"kolonel", "brigjen", "brigjend"}),
    "Komandan Kodim": frozenset({"letkol"}),
    "Komandan Koramil": frozenset({"kapten", "mayor"}),
}


def _ranked_officers(doc, sents, persons, holders: set[str]):
    """``f(ranks)``: the one person of the article who holds no post in it and whose name is written
    after one of ``ranks`` ("sebut Irjen Iqbal"), else None. The title alone names the post ("Kapolda
    Riau menyampaikan ..."); a unit has one commander, and his rank is the post's."""
    ranks: dict[str, set[str]] = {}
    seen: dict[str, Entity] = {}
    for e in persons.values():
        if e.key in holders or e.key in seen:
            continue
        seen[e.key] = e
        for mm in e.mentions:
            ws = sents[mm.sent_id].words if mm.sent_id in sents else ()
            k = mm.word_ids[0] - 2
            while k >= 0 and fold(ws[k].text) in ("pol", "tni", "inf", "kav", "arm", "arh", "czi", "cpn", "purn", "."):
                k -= 1
            if k >= 0:
                ranks.setdefault(e.key, set()).add(fold(ws[k].text))

    def pick(wanted: frozenset) -> Entity | None:
        hits = [seen[k] for k, rs in ranks.items() if rs & wanted]
        return hits[0] if len(hits) == 1 else None
    return pick


def _placed(hits: list[Assertion]) -> list[Assertion]:
    """Drop a post without a region when the article gives the same person the same post with one:
    "Rakor dibuka Sekretaris Daerah Pemkab Konawe Selatan Sjarif Sajang ... Sekda Sjarif Sajang
    mengatakan ..." is one post, the Sekda of Konawe Selatan."""
    placed = {(a.arg("person"), a.arg("title"), a.arg("qualifier")) for a in hits if a.arg("region")}
    return [a for a in hits if a.arg("region") or (a.arg("person"), a.arg("title"), a.arg("qualifier")) not in placed]


_PAIR_JOINS = frozenset({"dan", "&", "serta"})
_NAME_JOINS = frozenset({"dan", "&", "serta", "-", "\u2013", "\u2014", ","})


def _title_pairs(sents, title_ms: list[Mention]) -> dict[int, tuple[Mention, Mention]]:
    """id(second title) -> (first, second) for two titles joined by "dan": "Bupati dan Wakil Bupati
    Pringsewu Sujadi – Fauzi", "Ketua dan Sekretaris DPC PKB ..." (the tail after the second is both's)."""
    by_start = {(m.sent_id, m.word_ids[0]): m for m in title_ms}
    out = {}
    for m in title_ms:
        words = sents[m.sent_id].words
        e = m.word_ids[-1]   # 0-based index of the word after the title
        nxt = by_start.get((m.sent_id, e + 2))
        if nxt is not None and e < len(words) and fold(words[e].text) in _PAIR_JOINS:
            out[id(nxt)] = (m, nxt)
    return out


def _paired(sent: Sentence, first: Mention, second: Mention, hits: list[Assertion], persons) -> list[Assertion]:
    """Share out two names after two joined titles in order: "Bupati dan Wakil Bupati Mesuji Saply –
    Haryati Cendralela" (Saply is the Bupati, Haryati Cendralela the Wakil Bupati). The second title
    alone found the first name; with no second name, grammar does not say whose the one name is:
    nothing is held."""
    sid, words = sent.sent_id, sent.words
    _, info1 = analyse_title(words, first.word_ids[0] - 1, first.word_ids[-1])
    _, info2 = analyse_title(words, second.word_ids[0] - 1, second.word_ids[-1])
    if info1 is None or info2 is None:
        return []
    k = first.word_ids[0] - 2
    if k >= 0 and fold(words[k].text) in _NOT_HOLDER:
        return []   # "pasangan calon Bupati dan Wakil Bupati Iti Octavia Jayabaya dan Ade Sumardi": candidates
    qual1, _ = analyse_title(words, first.word_ids[0] - 1, first.word_ids[-1])
    out = []
    for h in hits:
        args = dict(h.args)
        p1 = next((e for e in persons.values() if e.key == args["person"]), None)
        ids = sorted(w for mm in (p1.mentions if p1 else ()) if mm.sent_id == sid for w in mm.word_ids)
        if not ids:
            continue
        last = ids[-1]
        p2 = None
        for w in (last + 1, last + 2):   # "Sujadi – Fauzi", "Kustini dan Danang"
            cand = persons.get((sid, w))
            if cand is not None and cand.key != p1.key and all(x.text in _NAME_JOINS for x in words[last:w - 1]):
                p2 = cand
                break
        if p2 is None:
            continue
        title2 = args["title"]
        title1 = info1.base + title2[len(info2.base):] if title2.startswith(info2.base) else info1.base
        written2 = args["written"]
        tail = written2[len(_join(words[second.word_ids[0] - 1:second.word_ids[-1]])):]
        written1 = written(words[first.word_ids[0] - 1:first.word_ids[-1]]) + tail
        out.append(_with(h, person=p1.key, title=title1, qualifier=qual1, written=written1))
        out.append(_with(h, person=p2.key))
    return out


def _with(a: Assertion, **changes) -> Assertion:
    return Assertion(a.kind, tuple((r, changes.get(r, v)) for r, v in a.args), a.provenance)


def _holding(doc, sent, m: Mention, persons, orgs, regions, home, keys, starts=None, ranked=None) -> list[Assertion]:
    words, starts = sent.words, starts or {}
    i, j = m.word_ids[0] - 1, m.word_ids[-1]
    qual, info = analyse_title(words, i, j)
    fused = fused_title(words[j - 1].text) if info is None else None
    if fused is not None:   # "Kapoldasu", "Gubkalbar": the province is written inside the title
        info = fused[0]
    if info is None or (i > 0 and fold(words[i - 1].text) in _NOT_HOLDER) or _former(words, i) \
            or (i > 0 and fold(words[i - 1].text) in _BUILDINGS) or _every(words, j):
        return []   # "di Kantor Bupati Kutai Kartanegara, Tenggarong": a place, no holder
    if not qual and i == 0:
        qual = _split_qualifier(doc, sent)
    sid = sent.sent_id
    org = region = None
    end = j
    written_end = None   # the written title stops before a region in apposition
    division = ""        # a division named after the body
    board = ""           # a party's board before the party: "Ketua DPD Partai Golkar Padang"
    org_after = False    # the body is named in the title's tail
    stops = {w - 1 for (s, w) in (*orgs, *regions) if s == sid}
    if unit_title_end(words, end):   # "Kepala Dinas Pendidikan dan Kebudayaan Provinsi Lampung Sulpakar"
        end = unit_name_end(words, end, stops)
    unit_end = end
    while end < len(words):  # the title's tail: organisation, region, "(Sesprov)", "Kaltim"
        if fold(words[end].text) == "pulau" and (sid, end + 2) in regions:
            end += 1   # "Kapolres Pulau Buru": the regency named by its island
        wid = end + 1
        o, r = orgs.get((sid, wid)), regions.get((sid, wid))
        b = next((e for e in range(end + 1, min(len(words), end + 7) + 1) if party_board(words, end, e)), None) \
            if org is None and not board else None
        if b is not None:
            board, end = party_board(words, end, b), b
            continue
        if o is not None or r is not None:
            org_after = org_after or (o is not None and org is None)
            org, region = org or o, region or r
            end = max(n for mm in (o or r).mentions if mm.sent_id == sid and wid in mm.word_ids
                      for n in mm.word_ids)
            if o is not None and fold(words[wid - 1].text) in UNIT_WORDS and end < len(words) \
                    and words[end].text in ("dan", "&"):
                end = unit_name_end(words, end, stops)   # "Kepala [Dinas Bina Marga] dan Bina Kontruksi"
        elif org is not None and trailing_division(words, end) and not division:
            division = _join(words[end:trailing_division(words, end)])   # "... KPU Palas Divisi SDM dan Parmas"
            end = trailing_division(words, end)
        elif org is not None and not division and end + 1 < len(words) and words[end].text == "," \
                and trailing_division(words, end + 1):
            # "Komisioner KPU Kabupaten Bangka, Divisi Partisipasi Masyarakat (Parmas) Hartati"
            division = _join(words[end + 1:trailing_division(words, end + 1)])
            end = trailing_division(words, end + 1)
        elif (unit := _designation(words, end, sid, regions)) or _UNIT_NUMBER.fullmatch(words[end].text):
            # "Komandan Korem (Danrem) 092/Mrl Brigjen TNI ...", "Komandan Distrik Militer (Dandim)
            # 0719/Jepara, Letkol ...", "Danposramil 0824/28 Pakusari Peltu ...": the unit's number,
            # with the place it is named after
            if unit is None:
                end += 1
            else:
                end, place = unit
                region = region or place
        elif org is not None and polling_station(words, end):
            end = polling_station(words, end)   # "Ketua KPPS TPS 05 Desa Sukamaju, Ahmad Zaini"
        elif org is not None and _local(words, end):
            end += 1   # "Ketua Bawaslu setempat, Mochammad Yusran": the body named before
        elif fold(words[end].text) in titles() or paren_abbreviation(words, end) or police_metro(words, end, end + 1):
            end = paren_abbreviation(words, end) or end + 1
        elif regions.get((sid, end + 2)) is not None and \
                region_apposition(words, end, _region_spans(regions[(sid, end + 2)], sid)):
            if org is None:  # "Bupati Parigi Moutong, Provinsi Sulawesi Tengah, ...": the first names the post
                region = region or regions[(sid, end + 2)]
            written_end = written_end or end
            end = _region_spans(regions[(sid, end + 2)], sid)[end + 1]
        else:
            break
    for wid in m.word_ids:  # "Sekretaris Daerah Kota" + "Kota Pangkalpinang" overlap
        region = region or regions.get((sid, wid))
    if fused is not None and region is None:
        p = fused[1]
        region = Entity(f"region:{p.code}", "region", p.name, (), (("level", p.level), ("code", p.code)))
    after = end + 1 if end < len(words) and words[end].text == "," else end
    before, _ = honorifics()
    while after < len(words) and (_spelt_rank(words, after) or words[after].text == "."
                                  or _bracketed_corps(words, after)):
        # ", H Salahudin", ", Drs . H. Ahmad Yusuf", "Polda Kalbar Ajun Komisaris Besar (Pol) Mukson Munandar"
        after += 3 if words[after].text == "(" else max(1, _spelt_rank(words, after))
    future = _future_appointment(words)
    person, conf = None if future else _copula_holder(words, sid, i, persons, info), 0.8
    if person is None:
        person, conf = persons.get((sid, after + 1)), 0.9
        front = _name_before(words, sid, i, persons)
        series = person is not None and _title_follows(words, _name_end(person, sid, after + 1), starts.get(sid, ()))
        if future and (front is not None or series or _copula_holder(words, sid, i, persons, info)):
            return []   # a post to come, given by a copula or in a NAME TITLE list
        if front is not None and (person is None or series):
            person, conf = front, 0.8   # "hadir Oman Apriaman, SKM, SIP Camat Rajeg, Kapten Arh P Sihotang Danramil ..."
    if person is None and not future:
        person, conf = _epithet_holder(doc, sent, i), 0.7
    if person is None and after < len(words) and words[after].text[:1].isupper():
        # "Ketua PPS Wonosari Budi Santoso": a village the gazetteer lacks, then the name, or a rank or
        # honorific and the name: "Camat Klojen Drs Budi Santoso", "Kapolsek Lowokwaru Kompol Anton Widodo"
        n = after + 1
        while n < len(words) and (size := _spelt_rank(words, n)):
            n += size
        nxt = persons.get((sid, n + 1))
        if nxt is not None and (sid, after + 1) not in orgs and (sid, after + 1) not in regions and \
                _name_start(nxt, sid, n + 1) == n + 1:
            person, conf = nxt, 0.8
    span = set(range(i + 1, end + 1))
    if person is None or info.level in ("kecamatan", "kelurahan", "desa"):
        # "Camat Klojen, Budi Santoso": a place the gazetteer lacks, then the name
        k = end
        while k < min(len(words), end + 4) and words[k].text[:1].isupper():
            k += 1
        n = k + 1   # ... with the holder's rank or honorific first: "Kapolsek Kualuh Hulu, AKP Sahrial didampingi"
        while n < len(words) and k > end and (fold(words[n].text) in before or words[n].text == "."):
            n += 1
        if k > end and n < len(words) and words[k].text == "," and persons.get((sid, n + 1)):
            person, conf = persons.get((sid, n + 1)), 0.8
    if person is None and dangling_title(words, end):  # "..., Pj. Gubernur Papua. | Ramses Limbong, S.I.P, ..."
        person, conf = _lead_person(doc, sent, persons), 0.8
    if person is None and after >= len(words) - 1 and rank_split(words):
        person, conf = _lead_person(doc, sent, persons, after_rank=True), 0.8   # "Dandim 1611 Badung Letkol Inf. | Handoko"
    if person is None and end + 1 < len(words) and words[end].text == "(":
        person = persons.get((sid, end + 2))   # "Pjs Bupati Pemalang (Agung Hariyadi), ..."
    if person is None and i >= 2 and (words[i - 1].text in (",", "(") or fold(words[i - 1].text) in _AS):
        # "Budi Utama, Pj Wali Kota" / "Budi selaku Ketua" / "Jons Manedi (Ketua Divisi Sosdiklih ...)"
        person, conf = persons.get((sid, i - 1)), 0.8
        if person is not None and words[i - 1].text == "," and _titled(words, sid, person, starts.get(sid, ())):
            person = None   # "dihadiri Bupati Elisa Kambu, Dandim 1704/ Mappi ...": the next item of a list
    if person is None and i >= 2 and is_degree(words[i - 1].text):
        # "kata Widodo SH anggota Bawaslu Boyolali ...": the degrees close the name, the title follows
        k = i - 1
        while k > 0 and (is_degree(words[k].text) or words[k].text in (",", ".")):
            k -= 1
        person, conf = persons.get((sid, k + 1)), 0.8
    if person is None and i >= 3 and fold(words[i - 1].text) == "sebagai" and \
            fold(words[i - 2].text) in (_APPOINTED | ({"terpilih"} if info.kind == "role" else set())):
        # "H M Subhan SAg MH, terpilih sebagai Ketua Tim Perumus"; "dilantik sebagai Pjs Bupati"
        k = i - 3
        while k >= 0 and (words[k].text in (",", ".") or is_degree(words[k].text)):
            k -= 1   # "H M Subhan SAg MH, terpilih": back over the degrees
        person, conf = persons.get((sid, k + 1)), 0.8
    if person is None and ranked is not None and info.base in _COMMAND_RANKS:
        person, conf = ranked(_COMMAND_RANKS[info.base]), 0.6   # the one officer of the post's rank
    people = [(person, conf)] if person is not None else \
        [(p, 0.7) for p in (_listed(sent, end, persons, starts.get(sid, ())) if info.kind == "role" else [])]
    if person is not None and info.base in _MEMBER_TITLES and persons.get((sid, after + 1)) is person:
        people += [(p, conf) for p in _co_members(words, sid, person, after + 1, persons, starts.get(sid, ()))]
    if info.kind == "role" and org is None and _division_name(words, i, j):
        police = after < len(words) and fold(words[after - 1].text) in POLICE_RANKS if after > 0 else False
        police = police or any(fold(w.text) in POLICE_RANKS for w in words[end:min(len(words), end + 2)])
        org = _current_body(doc, sent, orgs, police)   # "Ketua Divisi Teknis ...": the body named before
    if not people or (info.kind == "role" and org is None):
        return []
    if info.base == "Anggota" and org is not None and org.attr("acronym") in _FORCES:
        return []   # "Kusilah anggota Polri": a police officer or a soldier by profession, no post
    if region is None and org is not None and org.attr("region"):
        region = keys.get(org.attr("region")) or _gazetteer_region(org.attr("region"))
    title = _unit_title(words, i, j) or _agency_title(words, j, unit_end, info) or info.base
    if info.kind == "role":
        body = _body_as_written(words, sid, i, org) or org.attr("acronym") or org.name
        if board:   # "Ketua DPD Partai Golkar": the board and the party as the article writes it
            body = f"{board} {_party_as_written(words, sid, org) or body}"
        title = " ".join(x for x in (info.base, _division_name(words, i, j), body, division) if x)
    elif info.kind == "office" and not info.org and org is not None and org_after \
            and org.attr("type") in ("party", "civil-society", "religious"):
        # "Ketum Golkar Bahlil Lahadalia": a party's or a mass organisation's post names the body
        title = f"{info.base} {_party_as_written(words, sid, org) or org.attr('acronym') or org.name}"
    if title == "Kepala Dinas" and org is not None and org_after:
        # "Kepala Dinas Kominfo Kabupaten Bolmong, Marief Mokodompit": the head of the Dinas the title names
        title = f"{title} {_party_as_written(words, sid, org) or org.attr('acronym') or org.name}"
    level = _HEAD_LEVEL.get(title) or _SURFACE_LEVEL.get(fold(words[j - 1].text))
    region = _of_level(region, level)
    scaled = False
    if region is None and level and home is not None and home.attr("level") == level:
        region, scaled = home, True
    elif region is None and org is None and home is not None and info.kind == "office" and info.org:
        region = _unit_home(info, home, keys)
        scaled = region is not None
    if org is None and info.org and region is not None:  # "Kapolres Kudus" -> Polres Kudus
        org = next((e for e in keys.values() if e.kind == "organization"
                    and e.attr("acronym") == info.org and e.attr("region") == region.key), None)
    if org is None and level and region is not None:
        gov = GOV_BY_LEVEL.get(region.attr("level"))
        org = next((e for e in keys.values() if e.kind == "organization"
                    and e.attr("acronym") == gov and e.attr("region") == region.key), None)
    out = []
    for person, conf in people:
        pwords = {w for mm in person.mentions if mm.sent_id == sid for w in mm.word_ids}
        if _linked(sent, span, pwords):
            conf = 1.0 if conf == 0.9 else 0.9
        if scaled:
            conf *= 0.8
        last = max(pwords, default=end)   # no words here: the name opens the next sentence
        start = words[min(i, min(pwords, default=i + 1) - 1)].start_char
        stop = words[max(end, last) - 1].end_char
        out.append(Assertion("holds", (
            ("person", person.key), ("title", title), ("qualifier", qual),
            ("region", region.key if region else ""), ("organization", org.key if org else ""),
            ("date", doc.meta.get("date", "") if doc.meta else ""), ("written", written(words[i:written_end or end]))),
            Provenance(doc.doc_id, sid, start if start is not None else 0,
                       stop if stop is not None else 0, sent.text, "holds_office", round(conf, 2))))
    return out
