"""Find name mentions in parsed sentences: regions, organisations, titles, persons.

The parser and NER are compact models, so spans come from three sources that
back each other up: the gazetteer and lexicons (:mod:`kg.lang.lexicon`), capitalised
token runs in name slots (after a title, an honorific or a speech verb), and the
NER tags (``Word.ner``). Token text is used, never the lemma (lemmas lower-case
proper nouns). Mentions carry ``sent_id`` and ``word_ids`` so
:class:`kg.extract.entity_index.EntityIndex` can map words to entities.

>>> from kg.nlp.conllu import read_conllu
>>> from kg.model import Document
>>> s = read_conllu("# sent_id = 1\\n# text = Ketua Bawaslu Kota Pangkalpinang, Imam Ghazali.\\n"
...     + "".join(f"{i}\\t{t}\\t_\\tPROPN\\t_\\t_\\t0\\t_\\t_\\t_\\n" for i, t in enumerate(
...     "Ketua Bawaslu Kota Pangkalpinang , Imam Ghazali .".split(), 1)) + "\\n")
>>> [(m.kind, m.text) for m in find_mentions(Document("d", s[0].text, sentences=s)).mentions]
[('region', 'Kota Pangkalpinang'), ('organization', 'Bawaslu Kota Pangkalpinang'), ('title', 'Ketua'), ('person', 'Imam Ghazali')]
"""
from __future__ import annotations

import re
from dataclasses import replace

from kg.lang.dates import MONTHS, WEEKDAYS
from kg.lang.text import bullet_headline, is_clutter
from kg.lang.words import AFTER_ROLE, NOT_NAME_NOUNS, GIVEN_NAME_HONORIFICS, OUTLET_WORDS, AS_WORDS, BALINESE_NAMES, BYLINE_LABELS, COMPANY_SUFFIXES, CREDIT_WORDS, DISTRICT_TITLES, \
    DIVINE_NAMES, DIVISION_ROLES, HEADLINE_VERBS, NAME_ABBREVIATIONS, NAME_INTRO_VERBS, NAME_PARTICLES, \
    CALLED_BACK, NOT_CREDITED_NAMES, OCCUPATION_NOUNS, PERSON_NOUNS, CANDIDACIES, ONE_NAME_NOUNS, NAMED_NOUNS, POLICE_RANKS, \
    REPORTING_VERB, UNIT_WORDS, VILLAGE_LEVELS
from kg.lang.lexicon import LEVEL_WORDS, TitleInfo, corps_words, fold, gazetteer, honorifics, key_prefixes, \
    noble_titles, organizations, titles, village, Region
from kg.model import Document, Mention, Sentence, Word
from kg.stage import stage
from kg.extract.spans import INSTITUTION_HEADS, NAMED_BARE, designated_title, designator, fused_title, is_cap, \
    is_name_token, ner_spans, org_at, bracket_short_name, letters_in_order, paren_abbreviation, paren_acronym, \
    party_board, party_council, polling_station, trailing_division, words_ok

__all__ = ["find_mentions", "sentence_mentions", "police_metro", "nicknames", "region_apposition",
           "dangling_title", "lead_name", "rank_split", "is_degree"]

# places named after people: "Jalan Ahmad Yani", "Bandara Sultan Hasanuddin"
_NAMED_PLACES = frozenset({"jalan", "jl", "gang", "gg", "gedung", "masjid", "universitas", "stadion",
                           "bandara", "rsud", "rs", "lapangan", "taman", "pelabuhan", "museum",
                           "monumen", "yayasan", "pondok", "pesantren", "sekolah", "sman", "smpn",
                           # "di alun-alun Ida Dewa Agung Jambe", "Wisma Perdamaian", "Aula Sultan ..."
                           "alunalun", "aula", "wisma", "hotel", "istana", "balai", "gor", "lapas", "kampus",
                           "puri", "pura", "rumah", "kantor",
                           # Islamic state universities and colleges named after ulama: "Muhlisin dari UIN Gus
                           # Dur Pekalongan", "UIN K.H. Abdurrahman Wahid"
                           "uin", "iain", "stain"})


# an official's residence or hall, named after the post: "Rumah Jabatan Bupati", "Pendopo Bupati"
_OFFICE_BUILDINGS = frozenset({"jabatan", "rujab", "pendopo", "pendapa", "rumdin", "dinas", "halaman"})


def _name_mention(sent: Sentence, i: int, j: int) -> Mention:
    """A person's mention, an abbreviation's split full stop written back on it: "Andi Muh. Hatta"."""
    m = _mention(sent, "person", i, j)
    return replace(m, text=m.text.replace(" . ", ". ")) if " . " in m.text else m


def _mention(sent: Sentence, kind: str, i: int, j: int) -> Mention:
    ws = sent.words[i:j]
    text, start = " ".join(w.text for w in ws), ws[0].start_char
    if kind == "organization" and text[:1] in "-/" and len(text) > 1:
        # "TNI-Polri" tokenized "TNI" "-Polri": the body is "Polri"
        text, start = text[1:], None if start is None else start + 1
    return Mention(sent.sent_id, tuple(w.id for w in ws), text, kind, start, ws[-1].end_char)


# the words a Title Case headline leaves in lower case
_HEADLINE_LOWER = frozenset({"di", "ke", "dari", "dan", "yang", "untuk", "dengan", "pada", "atau", "soal",
                             "jelang", "hingga", "dalam", "oleh", "sebagai", "bagi", "serta", "akan", "tak",
                             "tidak", "ini", "itu", "se", "vs", "kan", "pun", "lagi", "jadi", "bisa", "agar",
                             # clitics the tokenizer splits off: "Ucapannya" -> "Ucapan" "nya"
                             "nya", "ku", "mu", "lah", "kah"})


def _headline(words: tuple[Word, ...]) -> bool:
    """Most alphabetic words capitalised, and only function words in lower case: a headline written
    in Title Case. A sentence that lost its full stop keeps its lower-case verbs: "Demikian
    disampaikan Komisioner KPU Palas Divisi SDM dan Parmas Amran Pulungan, Kamis(29/3/2018)di
    Sibuhuan" is no headline."""
    if not words or words[-1].text in (".", "!", "?", "”", '"', ":"):
        return False   # a headline has no closing punctuation
    alpha = [w.text for w in words if w.text.isalpha()]
    return len(alpha) >= 4 and sum(is_cap(t) for t in alpha) >= 0.7 * len(alpha) \
        and all(is_cap(t) or t.lower() in _HEADLINE_LOWER for t in alpha)


def _cap_runs(words: tuple[Word, ...]) -> list[int]:
    """``runs[k]``: how many words from ``k`` on are capitalised (``runs[len(words)] == 0``).

    >>> _cap_runs(tuple(Word(i, t) for i, t in enumerate("di Kota Bandung , Jawa".split(), 1)))
    [0, 2, 1, 0, 1, 0]
    """
    runs = [0] * (len(words) + 1)
    for k in range(len(words) - 1, -1, -1):
        runs[k] = runs[k + 1] + 1 if is_cap(words[k].text) else 0
    return runs


def _regions(words: tuple[Word, ...], kabkota: set[str], short=None) -> list[tuple[int, int]]:
    """Spans (i, j) of region names, with a preceding level word or a trailing "Kota"; ``short``:
    the region short forms the article defines in brackets (folded "gumas" -> [Gunung Mas])."""
    short = short or {}
    gaz, out, i = gazetteer(), [], 0
    caps, names = _cap_runs(words), key_prefixes("regions")
    shorts = {key[:n] for key in short for n in range(len(key) + 1)}
    while i < len(words):
        pre = LEVEL_WORDS.get(fold(words[i].text))
        if not pre and not caps[i]:   # no level word and not capitalised: no name starts here
            i += 1
            continue
        k = i + 1 if pre else i
        if pre and k < len(words) and words[k].text == "." and words[i].text[:1].isupper():
            k += 1   # the abbreviation's point, split off: "Sekda Kab. Kukar Sunggono", "Kec. Alok"
        best = None
        keys, key = [], ""   # the folds of words[k:j], j = k+1 ... while some name starts so
        for w in words[k:min(len(words), k + gaz.max_tokens, k + caps[k])]:   # all capitalised
            key += fold(w.text)
            if key not in names and key not in shorts:
                break
            keys.append(key)
        for j in range(k + len(keys), k, -1):
            surface = " ".join(w.text for w in words[k:j])
            cands = gaz.lookup(surface) or tuple(short.get(fold(surface), ()))
            # "Koramil 1204-15 Sekadau Hilir", "Kelurahan Titi Kuning, Medan Johor": a name of two or
            # more words that is a kecamatan of a kab/kota the article names needs no slot
            district = pre == "kecamatan" or (i > 0 and fold(words[i - 1].text) in DISTRICT_TITLES) \
                or _bare_district_slot(words, i, j) or j - k > 1
            if district and not cands:
                d = gaz.district(surface, kabkota) or (gaz.district_near(surface, kabkota) if pre == "kecamatan" else None)
                cands = (d,) if d else ()
            if cands:
                best = (j, cands)
                break
        if best is None:
            i += 1
            continue
        j, cands = best
        if police_metro(words, i, j) or _title_word(words, i, k, j) or \
                (not pre and i > 0 and fold(words[i - 1].text) in _FEATURES and is_cap(words[i - 1].text)
                 and not _island_unit(words, i)):
            i = j
            continue
        noisy = all(c.note for c in cands) and not pre
        before = fold(words[k - 1].text) if k > 0 else None
        if noisy and not (before is not None and (before in organizations() or before in titles())):
            i = j
            continue
        if j < len(words) and words[j].text in ("Kota", "Kabupaten") and not pre and \
                (j + 1 == len(words) or not is_cap(words[j + 1].text)):
            j += 1
        out.append((i, j))
        i = j
        if pre:  # "Kecamatan Tanjung Bunga, Ile Mandiri, Lewolema, dan Demon Pagong": one level word
            for span in _listed_regions(words, j, pre, kabkota):
                out.append(span)
                i = span[1]
    return out


# geographic features named after a region, or a region after them: "hulu Sungai Kapuas", "Danau Toba",
# "Gunung Marapi" (a gazetteer name that starts so is found first: "Sungai Penuh", "Teluk Bintuni")
_FEATURES = frozenset({"sungai", "danau", "gunung", "pulau", "selat", "teluk", "bukit", "laut", "pantai",
                       "tanjung", "kali", "muara", "air", "jalan", "jl", "jembatan", "bandara", "pelabuhan"})


def _island_unit(words: tuple[Word, ...], i: int) -> bool:
    """"Kapolres Pulau Buru AKBP Sulastri Sukidjang": a body or a post named after the island of a
    regency ("Pulau" between the title or the body and the regency's name) names the regency."""
    return i >= 2 and fold(words[i - 1].text) == "pulau" and (
        fold(words[i - 2].text) in titles() or fold(words[i - 2].text) in organizations())


def _title_word(words: tuple[Word, ...], i: int, k: int, j: int) -> bool:
    """A one-word region name that is also a title opening a title of its own: "Karo Ops di Polda",
    "dipandu oleh Karo Adpim Yudi Hermanto" (Kepala Biro, not Kabupaten Karo). After a level word, a
    title or a body the name is the region: "Kabupaten Karo", "Bupati Karo Cory Sebayang"."""
    if i != k or j != i + 1 or j >= len(words) or fold(words[i].text) not in titles() \
            or not is_cap(words[j].text) or not words[j].text.isalpha():
        return False
    prev = fold(words[i - 1].text) if i > 0 else ""
    return prev not in titles() and prev not in organizations()


def _unit_place(words: tuple[Word, ...], span: tuple[int, int], kabkota) -> bool:
    """The name in a unit's designation is a kecamatan of a kab/kota the article names."""
    surface = " ".join(w.text for w in words[span[0]:span[1]])
    return all(w.text.isalpha() for w in words[span[0]:span[1]]) and \
        gazetteer().district(surface, set(kabkota)) is not None


def _bare_district_slot(words: tuple[Word, ...], i: int, j: int) -> bool:
    """A place slot where a kecamatan is named without its level word: after "di" ("rapat ... di
    Kabuh") or between commas after a venue ("di Ruang Serbaguna 1, Cibinong, Senin", "Universitas
    Borobudur, Makasar, Jakarta Timur"). Only a kecamatan of a kab/kota the article names qualifies."""
    if j > len(words):
        return False
    nxt = words[j].text if j < len(words) else "."
    if i == 0:
        return _dateline_slot(words, j)
    prev = words[i - 1].text
    return prev in _PLACE_SLOT_WORDS and nxt in (",", ".", ";", "dan") or prev == "," and nxt in (",", ".") \
        and i >= 2 and (words[i - 2].upos == "NUM" or words[i - 2].upos == "PROPN")


# words after which a bare kecamatan's name stands as a place: "rapat ... di Kabuh", "tiga lokasi Pos Aju
# strategis yakni Penengahan, Mapolres dan Tanjung Bintang"
_PLACE_SLOT_WORDS = frozenset({"di", "yakni", "yaitu"})
_DATELINE_MARKS = frozenset({",", "-", "\u2013", "\u2014", "("})


def _dateline_slot(words: tuple[Word, ...], j: int) -> bool:
    """A name opening the sentence as a dateline: "Tenggarong – Menyongsong Pilkada ...", "Tenggarong,
    Kutaikartanegara.go.id – ...", or a sentence of the name and its full stop ("Tenggarong. Menyongsong
    ...": the splitter cut there). Only a kecamatan of a kab/kota the article names qualifies."""
    return j < len(words) and (words[j].text in _DATELINE_MARKS or words[j].text == "." and j == len(words) - 1)


_LIST_JOINS = frozenset({",", "dan", "serta"})


def _listed_regions(words: tuple[Word, ...], j: int, level: str, kabkota: set[str]) -> list[tuple[int, int]]:
    """Names after a region of ``level`` joined by commas and "dan"/"serta" that are regions of the
    same level (a kecamatan inside the article's kab/kota): the level word distributes over them."""
    gaz, out = gazetteer(), []
    while j < len(words) and words[j].text in _LIST_JOINS:
        k = j
        while k < len(words) and fold(words[k].text) in _LIST_JOINS | {""}:
            k += 1
        if k >= len(words) or LEVEL_WORDS.get(fold(words[k].text)):
            break  # the next item has its own level word
        hit = None
        for end in range(min(len(words), k + gaz.max_tokens), k, -1):
            if not all(is_cap(w.text) for w in words[k:end]):
                continue
            surface = " ".join(w.text for w in words[k:end])
            if level == "kecamatan":   # a misspelt one too: "Kecamatan ..., Demon Pagong, dan Titihena"
                found = (gaz.district(surface, kabkota) or gaz.district_near(surface, kabkota)) is not None
            else:
                found = any(c.level == level for c in gaz.lookup(surface))
            if found:
                hit = end
                break
        if hit is None:
            break
        out.append((k, hit))
        j = hit
    return out


def police_metro(words: tuple[Word, ...], i: int, j: int) -> bool:
    """ "Polres Metro Jakarta Selatan", "Kapolda Metro Jaya": "Metro" names the metropolitan
    police, not Kota Metro (Lampung), when the metropolitan area's name follows it; alone it is
    the city's police: "tandas mantan Kapolres Metro tersebut" (Polres Metro, Kota Metro)."""
    if j != i + 1 or fold(words[i].text) != "metro" or i == 0:
        return False
    if j >= len(words) or not is_cap(words[j].text):
        return False
    prev = fold(words[i - 1].text)
    info, title = organizations().get(prev), titles().get(prev)
    return prev == "polri" or (info is not None and info.parent == "Polri") or \
        (title is not None and title.org in _POLICE_UNITS)


_POLICE_UNITS = frozenset({"Polda", "Polres", "Polresta", "Polrestabes", "Polsek"})


def _titles(words: tuple[Word, ...], org_starts: set[int], reg_starts=frozenset()) -> list[tuple[int, int]]:
    """Spans of [qualifier...] title, where a role word counts only before an organisation, and a
    unit title runs over its unit's name (:func:`_unit_words`)."""
    tl, out, i = _TitleWindows(words), [], 0
    while i < len(words):
        k = i
        while True:  # qualifiers, each optionally followed by "(Pj)"
            q = _longest(words, k, tl, lambda t: t.kind == "qualifier")
            if q is None:
                break
            k = q
            p = paren_acronym(words, k)
            k = p if p else k
            k = k + 1 if k < len(words) and words[k].text == "." else k  # "Plt . Kepala"
        end = None
        role = _longest(words, k, tl, lambda t: t.kind == "role")
        if role is not None and role - 1 in org_starts and role - 1 > k and _base(words, k, role) in DIVISION_ROLES:
            role -= 1   # "Ketua Komisi Pemilihan Umum Kota Dumai Darwis": the role's last word opens a body's
                        # name (the KPU spelt out), no legislature's commission
        bodiless = None
        if role is not None and role not in org_starts and _base(words, k, role) in DIVISION_ROLES:
            bodiless = None if _division(words, role, org_starts) else _bodiless_division(words, role)
            role = _division(words, role, org_starts) or role
        if role is not None and role + 1 in org_starts and fold(words[role].text) in AFTER_ROLE:
            role += 1   # "Wakil Ketua Sementara DPRD Kabupaten Gumas Nomi Aprilia": an interim role
        # "Kepala Pelaksana (Kalaksa) BPBD ...": the role's short form in brackets before the body;
        # "Sekretaris DPW PKB Jawa Tengah": a party's board before the party
        if role is not None and role not in org_starts:
            p = paren_abbreviation(words, role)
            if p and p in org_starts:
                role = p
            elif role + 1 in org_starts and party_board(words, role, role + 1):
                role += 1
            elif council := party_council(words, role):
                role = council   # "Wakil Ketua Dewan Pembina Demokrat Marzuki Alie"
        if role is not None and role in org_starts:
            end = role
        elif bodiless is not None:
            end = bodiless
        else:
            end = _longest(words, k, tl, lambda t: t.kind in ("office", "regional"))
            if end is not None and end - 1 > k and end - 1 in reg_starts and end < len(words) \
                    and words[end].text == ".":
                # "Sekda Kab. Kukar Sunggono": "Sekda Kab" folds to the title Sekdakab, but the level
                # word and its point open the region; the title is the shorter one before it
                end = next((j for j, t in tl[k] if j < end and t.kind in ("office", "regional")), end)
        if end is None and k < len(words) and fused_title(words[k].text):
            end = k + 1   # "Kapoldasu Irjen Agung Setya": a headline's title fused with its province
        unit = _longest(words, k, tl, lambda t: t.kind == "unit") if k < len(words) and is_cap(words[k].text) else None
        unit_end = _unit_words(words, unit, org_starts, reg_starts) if unit is not None else 0
        if unit_end > (unit or 0) and (end is None or end >= len(words) or words[end].text in ("dan", "&", ",")):
            # a unit title names its unit ("asisten pelatih" is none); past a full title of the lexicons only
            # where that title goes on with "dan": "Asisten Pemerintahan dan Kesejahteraan Rakyat", but
            # "Menteri Koordinator Politik Hukum dan Keamanan Wiranto"
            end = max(end or unit_end, unit_end)
        if end is not None:
            if end + 1 < len(words) and words[end].text == "(":  # "... dan Keamanan (Menko Polhukam)"
                e2 = _longest(words, end + 1, tl, lambda t: t.kind in ("office", "regional"))
                end = e2 + 1 if e2 is not None and e2 < len(words) and words[e2].text == ")" else end
            if out and out[-1][1] == i and _base(words, *out[-1]) == _base(words, k, end):
                i = out.pop()[0]  # "Sekretaris Provinsi Sesprov": one title written twice
            out.append((i, end))
            i = end
        else:
            i += 1
    return out


def _unit_words(words, k: int, org_starts: set[int], reg_starts) -> int:
    """End of the unit's name after a unit title (titles.tsv kind ``unit``): the capitalised words
    and "dan" up to a bracket, a body, a region, a level word or a name the NER tags as a person.
    "Asisten Pemerintah Kesejahteraan Rakyat (Aspem Kesra) Kabupaten Bogor Zaenal Ashari": the
    regional secretariat's assistants are named by their field, which no lexicon lists in full."""
    j = k
    while j < len(words) and j - k < 8 and j not in org_starts and j not in reg_starts:
        t = words[j].text
        if t not in ("dan", "&") and not (is_cap(t) and t.isalpha()) or fold(t) in LEVEL_WORDS \
                or (words[j].ner or "O").endswith("PER"):
            break
        j += 1
    while j > k and words[j - 1].text in ("dan", "&"):
        j -= 1
    return j


def _division(words, k: int, org_starts: set[int]) -> int | None:  # up to 16 words: long division names
    """Start of the body after a division's name: "Koordinator Divisi [Penanganan
    Pelanggaran] Bawaslu Jember", "Kordiv [Hukum dan Penindakan] Bawaslu"."""
    j = k
    while j < len(words) and j - k < 16 and j not in org_starts:
        p = paren_acronym(words, j)
        if p:
            j = p
        elif is_cap(words[j].text) or words[j].text in (",", "dan", "&") or words[j].text.isdigit() and j == k:
            j += 1   # a unit's number: "Kasubdit [1 Direktorat Reserse Kriminal Umum] Polda Jateng"
        else:
            return None
    return j if j in org_starts and j > k and words[k].text != "," else None


def _bodiless_division(words, k: int) -> int | None:
    """End of a division's name when no body follows: the article named the body before.
    "Ketua KPU Sumbar ... Hadir ..., Ketua Divisi Teknis Penyelenggara Pemilu, Ory Sativa Syakban,
    Jons Manedi (Ketua Divisi Sosdiklih, Parmas dan SDM) ...". Inside brackets the name runs to ")";
    outside, a comma continues it only before the list's last item ("Hukum, Data, dan Informasi")."""
    bracketed = k > 0 and any(w.text == "(" for w in words[max(0, k - 3):k])
    j = k
    while j < len(words) and j - k < 16:
        t = words[j].text
        if t == ")" and bracketed:
            break
        if t == ",":
            if bracketed or _last_item_follows(words, j):
                j += 1
                continue
            break
        if not (is_cap(t) or t in ("dan", "&")) or (words[j].ner or "O").endswith("PER") \
                or fold(t) in honorifics()[0] and j > k:
            break   # a rank opens the holder's name: "melalui Kasi Humas Iptu Wahyudi Ibrahim"
        j += 1
    return j if j > k and words[j - 1].text not in (",", "dan", "&") else None


def _last_item_follows(words, j: int) -> bool:
    """After the comma at ``j``: one or two capitalised words, then ", dan" or "dan"."""
    for n in (1, 2):
        e = j + 1 + n
        if e < len(words) and all(is_cap(w.text) for w in words[j + 1:e]) and \
                (words[e].text == "dan" or words[e].text == "," and e + 1 < len(words) and words[e + 1].text == "dan"):
            return True
    return words[j + 1].text == "dan" if j + 1 < len(words) else False


def _base(words, i: int, j: int) -> str:
    t = titles().get(fold(" ".join(w.text for w in words[i:j])))
    return t.base if t else ""


class _TitleWindows(dict):
    """Word position -> (end, title) of each window of up to ten words there that is a title, longest
    first. Found once per position: :func:`_titles` tries a title at a word as qualifier, role, office
    and unit.

    >>> ws = tuple(Word(i, t) for i, t in enumerate("Ketua Bawaslu Jember".split(), 1))
    >>> [(j, t.base) for j, t in _TitleWindows(ws)[0]]
    [(2, 'Ketua Bawaslu'), (1, 'Ketua')]
    """

    def __init__(self, words: tuple[Word, ...]):
        super().__init__()
        self.words = words

    def __missing__(self, i: int) -> list[tuple[int, TitleInfo]]:
        words, table = self.words, titles()
        keys, key, prefixes = [], "", key_prefixes("titles")
        # fold(" ".join(texts)) == "".join(fold(t) for t in texts): fold drops spaces
        for w in words[i:min(len(words), i + 10)]:
            key += fold(w.text)
            if key not in prefixes:
                break   # no title starts so: no longer window is one
            keys.append(key)
        hits = self[i] = [(i + n, table[k]) for n, k in reversed(list(enumerate(keys, 1))) if k in table]
        return hits


def _longest(words, i, windows: _TitleWindows, ok) -> int | None:
    """End of the longest title window at ``i`` (see :class:`_TitleWindows`) passing ``ok``."""
    for j, t in windows[i]:
        if ok(t) and (is_cap(words[i].text) or t.kind != "qualifier") \
                and words_ok((words[i], words[j - 1])) and words_ok([w for w in words[i:j] if w.text != ","]):
            return j  # news writes "bupati Kudus"; commas only inside ("Politik, Hukum, dan Keamanan")
    return None


_NOT_NAME_UPOS = frozenset({"VERB", "AUX", "ADP", "ADV", "SCONJ", "CCONJ", "PRON", "DET", "NUM"})


def _name_slot(w: Word, strict: bool = True) -> bool:
    """The parse does not rule the word out of a name (NER says PER, or it is not
    tagged as another entity type (``strict``) or as a function word or verb).
    After a title the slot itself is the evidence, so other NER labels are ignored:
    the NER often runs "Jawa Barat Ridwan Kamil" together as one LOC."""
    label = (w.ner or "O").partition("-")[2]
    if label == "PER":
        return True
    return (label == "" or not strict) and w.upos not in _NOT_NAME_UPOS


# the medical degrees written before a name in lower case by convention (dokter, dokter gigi, dokter hewan)
_LOWER_HONORIFICS = frozenset({"dr", "drg", "drh"})


def _lower_honorific(text: str) -> bool:
    """A form written before a name in lower case: "Kepala Dinas Kesehatan Kabupaten Lombok Timur, dr
    Pathurrahman, mengatakan" (the doctor's "dr" is never capitalised, unlike "Drs" or "H")."""
    return fold(text) in _LOWER_HONORIFICS and text[:1].islower()


def _one_word_before_title(words: tuple[Word, ...], k: int) -> bool:
    """A one-word name set off before a title inside the sentence: "Dia digantikan Koimuddin, Kepala Dinas
    Kehutanan Sumsel" (Indonesian officials often go by one name; the NER left it untagged). A lower-case
    word before it, or the semicolon of a list of attendees ("...; Ketua KPU Kaltara Hariyadi Hamid; Sulaiman,
    anggota Bawaslu Kaltara; dan perwakilan lainnya"), and a proper noun no lexicon knows: "Namun, Ketua KPU
    ..." opens a sentence."""
    w = words[k].text
    return k > 0 and (words[k - 1].text[:1].islower() or words[k - 1].text == ";") and words[k].upos == "PROPN" \
        and w.isalpha() \
        and not w.isupper() and fold(w) not in titles() and fold(w) not in organizations() \
        and not gazetteer().lookup(w)


def _skip_honorifics(words: tuple[Word, ...], i: int) -> int:
    """The first word after the honorifics and ranks at ``i``: "Drs . H. Ahmad Yusuf" (the
    tokenizer may split an honorific's dot), "Mayjen TNI ( Purn ) Ramses" (a retired rank)."""
    before, _ = honorifics()
    while i < len(words):
        cap = is_cap(words[i].text)   # tested first: the folds below are of a capitalised word only
        # (the words of a many-word form are words: "Laut" and a bracket fold like "Laut" alone,
        # "Letkol Laut (P) Hafidz")
        if cap and i + 2 < len(words) and words[i + 1].text[:1].isalpha() and words[i + 2].text[:1].isalpha() \
                and fold(words[i].text + words[i + 1].text + words[i + 2].text) in before:
            i += 3   # "Ajun Komisaris Besar Polisi Budi Santoso"
        elif cap and i + 1 < len(words) and words[i + 1].text[:1].isalpha() \
                and fold(words[i].text + words[i + 1].text) in before:
            i += 2   # "Ibu Negara Iriana Joko Widodo"
        elif (cap or _lower_honorific(words[i].text)) and fold(words[i].text) in before \
                or words[i].text == "." and i > 0 and fold(words[i - 1].text) in before:
            i += 1
        elif i > 0 and fold(words[i - 1].text) in before and i + 2 < len(words) and words[i].text == "(" \
                and (fold(words[i + 1].text) in before or re.fullmatch(r"[A-Z]{1,3}", words[i + 1].text)) \
                and words[i + 2].text == ")":
            i += 3   # "Kolonel Laut ( P ) Ridwan Azis": a corps code in brackets after the rank
        elif _noble(words, i):
            i += 2 if words[i + 1].text == "." else 1
        else:
            return i
    return i


def _noble(words: tuple[Word, ...], i: int) -> bool:
    """A nobility title opening a name, before a capitalised name word of two letters or more:
    "Camat Pakusari R Syamsul Hidayat", "RA Kartini" (noble_titles; inside a name "R" is an initial)."""
    if not (words[i].text[:1].isupper() and fold(words[i].text) in noble_titles()):
        return False
    k = i + 2 if i + 2 < len(words) and words[i + 1].text == "." else i + 1
    return k < len(words) and len(words[k].text) > 1 and words[k].text[:1].isupper() and is_name_token(words[k].text) \
        and fold(words[k].text) not in noble_titles()


def is_degree(text: str) -> bool:
    """An academic degree as written after a name: "SAg", "MH", "M.A.Pol" (two capitals at least, so
    that a name word that folds like a degree, "Ak", stays). Degrees the tokenizer kept together with
    their comma are degrees too: "Bahran, SE,MM sebagai Pjs Bupati Toli-toli"."""
    if "," in text.strip(","):
        return all(is_degree(part) for part in text.split(",") if part)
    return fold(text) in honorifics()[1] and sum(c.isupper() for c in text) >= 2


def _connector(words: tuple[Word, ...], j: int) -> bool:
    """ "bin"/"binti" between two parts of a name: "Habib Luthfi bin Yahya"."""
    return words[j].text in ("bin", "binti") and j + 1 < len(words) and is_name_token(words[j + 1].text)


def _particle(words: tuple[Word, ...], j: int) -> bool:
    """A Balinese name particle: "I Komang Supardika", "Ni Luh Putu" (see NAME_PARTICLES)."""
    return words[j].text in NAME_PARTICLES and j + 1 < len(words) and fold(words[j + 1].text) in BALINESE_NAMES


def _abbrev_dot(words: tuple[Word, ...], j: int) -> bool:
    """The full stop of an abbreviated name word, split off by the tokenizer, inside the name: "Drs. H.
    Andi Muh . Hatta, M.Si" (NAME_ABBREVIATIONS: Muh., Moh., Abd., M.)."""
    return words[j].text == "." and 0 < j < len(words) - 1 and fold(words[j - 1].text) in NAME_ABBREVIATIONS \
        and is_name_token(words[j + 1].text) and not is_degree(words[j + 1].text)


def _inner_month(words: tuple[Word, ...], j: int) -> bool:
    """A month's name between two name words is part of the name: "Dandim 0823/Situbondo Letkol
    Inf Akhmad Juni Toa" (Javanese names take the birth month; a date has a number next to it)."""
    return 0 < j < len(words) - 1 and len(words[j].text) > 3 and fold(words[j].text) in MONTHS \
        and words[j].text[0].isupper() and is_name_token(words[j - 1].text) and is_name_token(words[j + 1].text)


def _run(words: tuple[Word, ...], i: int, strict: bool = True) -> tuple[int, int] | None:
    """A capitalised name run starting at ``i`` (honorifics skipped, degrees not included).

    A degree ends the run even without its comma: "H M Subhan SAg MH, terpilih ..." is "M Subhan"."""
    before, _ = honorifics()
    i = _skip_honorifics(words, i)
    j = i
    while j < len(words) and (is_name_token(words[j].text) or _particle(words, j) or j == i and _name_after_rank(words, j)
                              or j > i and (_connector(words, j) or _inner_month(words, j) or _abbrev_dot(words, j))) \
            and _name_slot(words[j], strict) \
            and not (j > i and fold(words[j].text) in before and j + 1 < len(words) and is_cap(words[j + 1].text)
                     and len(words[j].text.rstrip(".")) > 1
                     # after an abbreviated first name the word is a name: "M. Habib Shaleh"
                     and fold(words[j - 1].text.rstrip(".")) not in NAME_ABBREVIATIONS
                     # so is an honorific that is also a given name: "Muhammad Habib Shaleh"
                     and fold(words[j].text) not in GIVEN_NAME_HONORIFICS) \
            and not (j > i and is_degree(words[j].text)) and not (j > i and _headline_verb_after_name(words, j)):
        j += 1  # a rank inside the run starts the next name: "Jaya [Mayjen] TNI Mohamad Hasan"; a one-letter
                # honorific there is an initial: "Kombes Pol Bestari H. Harahap"
    if _regnal(words, i, j):
        j += 1
    return (i, j) if j > i else None


def _headline_verb_after_name(words: tuple[Word, ...], j: int) -> bool:
    """A headline's verb (HEADLINE_VERBS) inside a capitalised run, before another capitalised word, ends
    the name before it, headline or not: "Di tengah Guyuran Hujan, Habib Bidin Ajak Ribuan Warga Gunakan Hak
    Pilih" (a lower-case "tengah" keeps the line from reading as Title Case) is "Bidin"."""
    return fold(words[j].text) in HEADLINE_VERBS and j + 1 < len(words) and is_cap(words[j + 1].text)


def _regnal(words: tuple[Word, ...], i: int, j: int) -> bool:
    """A regnal number ends a name of two words or more: "Sri Sultan Hamengku Buwono X setahun ke
    depan", "KGPAA Paku Alam X" (a Roman numeral, then no capitalised word: "Pangdam II Sriwijaya"
    is a unit)."""
    return j - i >= 2 and j < len(words) and bool(re.fullmatch(r"[IVX]{1,4}", words[j].text)) \
        and (j + 1 == len(words) or not is_cap(words[j + 1].text))


def _persons(words, taken: set[int], title_tails: list[tuple[int, bool]],
             regions: set[int], lead: bool = False, tickets: bool = False) -> list[tuple[int, int, str]]:
    """Person spans with the cue that found them: title | honorific | speech | ner | subject | conj .

    ``lead``: the sentence before ended in a title (see :func:`lead_name`); ``tickets``: the sentence
    is a line of a list of candidate pairs (see :func:`_ticket_pairs`)."""
    before, after = honorifics()
    corps = corps_words()
    cands: list[tuple[int, int, str]] = []
    r = lead_name(words, after_rank=lead == "rank") if lead else None
    if r and not set(range(*r)) <= regions:
        cands.append((*r, "title"))
    cands += [(*r, "credit") for r in _photo_credits(words)]
    for i in range(1, len(words) - 1):  # "Jons Manedi (Ketua Divisi Sosdiklih, ...)": NAME ( TITLE )
        t = titles().get(fold(words[i + 1].text)) if words[i].text == "(" else None
        if t is not None and t.kind != "qualifier":
            k = i
            while k > 0 and i - k < 5 and is_name_token(words[k - 1].text):
                k -= 1
            r = _run(words, k, strict=False) if k < i else None
            if r and r == (k, i) and not set(range(*r)) <= regions:
                cands.append((*r, "title"))
    for i in range(len(words) - 3):  # "Siti (45), warga Kelurahan Bukit Tunggal": a name with the age
        if words[i + 1].text == "(" and re.fullmatch(r"\d{2}", words[i + 2].text) and 17 <= int(words[i + 2].text) <= 110 \
                and (words[i + 3].text == ")" or i + 4 < len(words) and fold(words[i + 3].text) in ("tahun", "thn", "th")
                     and words[i + 4].text == ")"):   # "Carman (45 tahun) anggota KPPS"
            k = i + 1
            while k > 0 and i + 1 - k < 4 and is_name_token(words[k - 1].text):
                k -= 1
            r = _run(words, k, strict=False) if k <= i else None
            if r and r == (k, i + 1) and not regions & set(range(*r)):
                cands.append((*r, "title"))
    for i in range(len(words) - 2):  # "Desri Ayunda, caleg DPRD Sumbar, ikut hadir": NAME , TITLE
        if words[i + 1].text == "," and i + 2 < len(words) and fold(words[i + 2].text) in PERSON_NOUNS \
                and words[i].upos == "PROPN" and is_name_token(words[i].text) and not words[i].text.isupper() \
                and (i == 0 or not is_cap(words[i - 1].text)) and i not in regions:
            cands.append((i, i + 1, "title"))   # "Rosidin, penyandang disabilitas lainnya, juga ..."
        if words[i + 1].text == "," and i + 2 < len(words) and (
                fold(words[i + 2].text) in CANDIDACIES
                or (t := titles().get(fold(words[i + 2].text))) is not None and t.kind != "qualifier"):
            k = i + 1
            while k > 0 and i + 1 - k < 4 and is_name_token(words[k - 1].text):
                k -= 1
            r = _run(words, k, strict=False) if k <= i else None
            if r and r == (k, i + 1) and (r[1] - r[0] >= 2 or _one_word_before_title(words, k)) \
                    and not regions & set(range(*r)) and (k == 0 or not is_cap(words[k - 1].text)):
                cands.append((*r, "title"))
    for i in range(1, len(words) - 1):  # "Bachtiar Baharuddin sebagai Pj Gubernur Sulawesi Selatan"
        if _given_post(words, i):
            k = i
            while k > 0 and i - k < 5 and is_name_token(words[k - 1].text):
                k -= 1
            r = _run(words, k, strict=False) if k < i else None
            if r and r == (k, i) and not regions & set(range(*r)) \
                    and (k == 0 or not is_cap(words[k - 1].text) or fold(words[k - 1].text) in before):
                cands.append((*r, "as"))
    for i in range(len(words) - 2):  # "artis Pong Hardjatmo": an occupation in lower case, then the name
        if words[i].text in OCCUPATION_NOUNS and words[i].upos == "NOUN":
            r = _run(words, i + 1)
            if r and r[0] == i + 1 and r[1] - r[0] >= 2 and not regions & set(range(*r)) \
                    and all((w.ner or "O")[2:] in ("", "PER") and not w.text.isupper() for w in words[r[0]:r[1]]) \
                    and (r[1] == len(words) or not is_cap(words[r[1]].text)):
                cands.append((*r, "title"))
    cands += [(*r, "title") for r in _named_by_noun(words, regions)]
    cands += [(*r, "title") for r in _balinese_names(words, regions)]
    for i in range(len(words) - 2):  # "Pasangan nomor urut 1 Badrun Nggai-Muslih": a candidate's name
        if fold(words[i].text) == "urut" and words[i + 1].upos == "NUM":
            k = i + 2
            while k < len(words) and (words[k].text == "," or fold(words[k].text) in ("yakni", "yaitu", "adalah")):
                k += 1   # "paslon nomor urut 3 yakni Syafiin dan Choirul"
            r = _run(words, k, strict=False)
            if r and r[0] == k and not set(range(*r)) <= regions:
                cands.append((*r, "ticket"))
                mate = _run(words, r[1] + 1, strict=False) if r[1] + 1 < len(words) and words[r[1]].text == "dan" \
                    else None
                if mate and mate[0] == r[1] + 1 and not set(range(*mate)) & regions:
                    cands.append((*mate, "ticket"))
    for i in range(len(words) - 1):  # "Mundjidah Wahab lengkap bersama pasangannya Sumrambah": the running mate
        k = i + 1 if fold(words[i].text) == "pasangannya" else i + 2 if fold(words[i].text) == "pasangan" \
            and i + 2 < len(words) and words[i + 1].text == "nya" else 0   # (the parser splits "-nya" off)
        r = _run(words, k, strict=False) if k else None
        if r and r[0] == k and not set(range(*r)) & regions and not any(w.text.isupper() for w in words[r[0]:r[1]]):
            cands.append((*r, "ticket"))
    cands += [(*r, "ticket") for r in _ticket_pairs(words, regions, tickets)]
    for end, place in title_tails:
        if end + 1 < len(words) and words[end].text == "(":   # "Pjs Bupati Pemalang (Agung Hariyadi), ..."
            r = _run(words, end + 1, strict=False)
            if r and r[0] == end + 1 and r[1] < len(words) and words[r[1]].text == ")":
                cands.append((*r, "title"))
            continue
        k = end + 1 if end < len(words) and words[end].text == "," else end
        r = _run(words, k, strict=False)
        if r and r[1] + 1 < len(words) and words[r[1]].text == "," and (place or end - 1 not in regions and \
                not any((w.ner or "O").endswith("PER") for w in words[r[0]:r[1]])):
            r = _run(words, r[1] + 1, strict=False) or r  # "Camat Klojen, Budi": place, then name
        if r and r[1] - r[0] == 1 and r[1] < len(words) and fold(words[r[1]].text) in before \
                and fold(words[r[1]].text) not in _ADDRESS_WORDS and len(words[r[1]].text.rstrip(".")) > 1:
            # "Kapolsek Lowokwaru Kompol Anton Widodo": one word the gazetteer lacks after the title, then a
            # rank (or a religious or academic title) and a name: the word is the post's place, the name its
            # holder's (a rank opens a name, it does not close one)
            after_rank = _run(words, r[1], strict=False)
            r = after_rank if after_rank and after_rank[0] > r[1] else r
        if r and r[1] - r[0] == 1 and _kan_verb(words, r[0]):
            continue  # "Para Kapolsek Kelompokkan potensi kerawanan": a capitalised verb, no name
        if r and not set(range(*r)) <= regions:  # "di Kantor Gubernur Sulsel, Makassar, Senin"
            cands.append((*r, "title"))
    for i, w in enumerate(words):
        if fold(w.text) in corps and not (i > 0 and fold(words[i - 1].text) in before):
            continue  # "TNI AD siap membantu": a corps or service word names no one unless after a rank
        if fold(w.text) in before and is_cap(w.text) and i + 1 < len(words) \
                and words[i + 1].text not in ("Kota",) and i not in regions:
            # (a place's name ending in a form of address is none: "Kabupaten Gunung Mas (Gumas)")
            # "kader Golkar Kalsel Hj Ananda": after a religious title or a rank the NER's other labels
            # do not rule the name out; after a plain form of address ("Bapak", "Ibu") they do
            r = _run(words, i, strict=fold(w.text) in _ADDRESS_WORDS)
            if r and r[0] > i:
                cands.append((*r, "honorific"))
        if fold(w.text) in NAME_INTRO_VERBS and i + 1 < len(words):
            r = _run(words, i + 1)
            if r:
                cands.append((*r, "speech"))
    for i, j, label in ner_spans(words):
        if label == "PER" and i in regions and i > 0 and (fold(words[i - 1].text) in titles()
                                                         or fold(words[i - 1].text) in organizations()):
            while i in regions and i < j:  # "Gubernur [Jateng Nana Sudjana]" tagged as one PER
                i += 1
        while label == "PER" and i + 1 < j and (words[i].text[:1].islower() or fold(words[i].text) in NOT_NAME_NOUNS):
            i += 1   # "dengan Wakil-[nya S. Djajeng Soegianto]": lower-case words open no name, nor a word no
                     # name has ("Ketua [Majelis Heddy Lugito]")
        if label == "PER" and i == 1 and _flat_head_before(words, i):
            i = 0   # "Pierre [Njanka Beyaka] adalah pemain sepak bola": the NER left the sentence's first word out
        r = _run(words, i) if label == "PER" else None
        if r and (r[1] <= j or r[1] == j + 1 and _regnal(words, r[0], j)) and not set(range(*r)) <= regions:
            # "Bima Arya" is a name, "Bima" alone a place; the NER leaves a regnal number out
            cands.append((r[0], r[1], "ner"))
    runs = [_run(words, i) for i in range(len(words))]   # the strict name run at each word, for the two below
    for i in range(len(words)):  # "Budi Utama mengatakan": a proper-noun pair as a verb's subject
        r = runs[i]
        if r and r[0] == i and r[1] - i >= 2 and r[1] < len(words) and words[r[1]].upos == "VERB" \
                and all(w.upos == "PROPN" for w in words[i:r[1]]) and not regions & set(range(*r)):
            cands.append((*r, "subject"))
        elif r and r == (i, i + 1) and (_one_word_subject(words, i) or _reporting_subject(words, i)) \
                and i not in regions:
            cands.append((*r, "subject"))
    for i in range(len(words) - 2):  # "dan Yasril, M.A.Pol, yang ...": a degree follows a name
        r = runs[i]
        if r and r[0] == i and r[1] + 1 < len(words) and words[r[1]].text == "," \
                and is_degree(words[r[1] + 1].text) \
                and not set(range(*r)) <= regions:
            cands.append((*r, "degree"))
    out, used = [], set(taken)
    for i, j, cue in sorted(cands, key=lambda c: (c[0], -(c[1] - c[0]), c[2] == "ner")):  # NER: the weakest cue
        if all(fold(w.text) in after or w.text == "." for w in words[i:j]):
            continue  # "Oman Apriaman, SKM, SIP Camat Rajeg", "Kades Se-Kec": degrees (or "se") alone name no one
        cut = next((k for k in range(i + 1, j) if _no_name_word(words[k].text)), None)
        if cut is not None:   # a name runs into no nominalisation: "Kapoldasu Irjen Whisnu Hermawan Pantau Kesiapan"
            if cue == "subject":
                continue      # "Akta Kelahiran diterbitkan ...": the pair was the cue, and it is no name
            j = cut
        if _no_name_word(words[i].text) or i > 0 and fold(words[i - 1].text) in _RESIDENT_OF \
                or i > 0 and words[i - 1].text in _SUPPORTER_GROUPS \
                or any(fold(w.text) in _GROUP_NOUNS for w in words[i:j]) or _gloss(words, i, j):
            continue  # "mapping Kerawanan Pilkades", "di Aula Bharadaksa, Mapolres Langkat", "warga Gadingharjo Sanden"
        if any(_skip_honorifics(words, k) > i for k in range(max(0, i - 2), i)):
            continue  # "Tuan [Guru Bajang Muhammad Zainul Majdi]": a run opening inside a title of several words
        if used & set(range(i, j)) or _after_named_place(words, i) \
                or _spelled_title(words, j) or fold(words[i].text) in UNIT_WORDS \
                or j - i >= 2 and i > 0 and paren_abbreviation(words, i - 1) == j + 1:
            continue  # "anggota Bawaslu Boyolali Divisi Hukum dan Informasi": a unit word starts no name
        while i > 0 and _particle(words, i - 1) and i - 1 not in used:
            i -= 1   # "pasangan Sang Nyoman Sedana Arta-Wayan Diar": the NER left the caste title out
        used |= set(range(i, j))
        out.append((i, j, cue))
    return out + _conjoined(words, out, used, runs, regions, before)


def _after_named_place(words: tuple[Word, ...], i: int) -> bool:
    """The name at ``i`` follows a place word (_NAMED_PLACES), titles between them: the place is named after
    the person, "Jalan Ahmad Yani", "di Mapolda Banten, Jl Syekh Nawawi Al Bantani, Serang"."""
    before, _ = honorifics()
    k = i - 1
    while k > 0 and fold(words[k].text) in before and is_cap(words[k].text):
        k -= 1
    # with titles between, only a capitalised place word names the place: "pengasuh pondok KH Abdullah" is the kiai
    return k >= 0 and fold(words[k].text) in _NAMED_PLACES and (k == i - 1 or is_cap(words[k].text))


def _named_by_noun(words: tuple[Word, ...], regions: set[int]) -> list[tuple[int, int]]:
    """A name a noun for a person introduces, though the NER missed it: after "bernama" ("named") whose
    clause opens with such a noun (NAMED_NOUNS), the capitalised run ("ada utusan dari Tim Pemenangan
    Pasangan Winasa-Sudiartana (Widi) bernama Wawan datang", "Korban bernama Kaelani (54 tahun)"); and the
    one capitalised word right after such a noun in lower case (ONE_NAME_NOUNS), when no place, body
    or title and no second name word: "petugas Mulyadi", "pedagang Sarinah" (a resident's noun is
    not one: "warga Sleman" is a place)."""
    out = []
    for i in range(1, len(words)):
        prev = words[i - 1]
        if fold(prev.text) == "bernama":
            k = i - 2
            while k >= 0 and i - k <= 12 and words[k].text not in (",", ".", ";", ":") \
                    and fold(words[k].text) not in NAMED_NOUNS:
                k -= 1
            if k < 0 or fold(words[k].text) not in NAMED_NOUNS or words[k].text.isupper():
                continue
            r = _run(words, i, strict=False)
            if r and r[0] == i and not regions & set(range(*r)) and not any(w.text.isupper() for w in words[i:r[1]]):
                out.append(r)
        elif prev.text in ONE_NAME_NOUNS and prev.upos == "NOUN":
            w = words[i]
            r = _run(words, i)
            if r == (i, i + 1) and w.upos == "PROPN" and i not in regions and not w.text.isupper() \
                    and w.text.isalpha() and not gazetteer().lookup(w.text) and fold(w.text) not in organizations() \
                    and (i + 1 == len(words) or not is_cap(words[i + 1].text)):
                out.append(r)
    return out


def _balinese_names(words: tuple[Word, ...], regions: set[int]) -> list[tuple[int, int]]:
    """A Balinese name opened by its particle and a birth-order or caste name (see NAME_PARTICLES) is a
    person's name of three words or more, though the NER tagged only part of it: "I Wayan Mura Divisi
    Hukum dan pengawasan", "serta I Komang Endra Gunawan selaku divisi Sosialisasi" (a unit word ends
    it, see :func:`_no_name_word`; a word the gazetteer knows as a place, "Mura", is a name word here)."""
    out = []
    for i in range(len(words) - 2):
        if not _particle(words, i) or i > 0 and is_name_token(words[i - 1].text) and i - 1 not in regions:
            continue
        r = _run(words, i, strict=False)
        if r is None or r[0] != i:
            continue
        j = next((k for k in range(i + 2, r[1]) if _no_name_word(words[k].text)), r[1])
        if j - i >= 3 and not regions & {i, i + 1}:   # a place's name may be a name word: "I Wayan Mura"
            out.append((i, j))
    return out


def _conjoined(words, persons: list[tuple[int, int, str]], used: set[int], runs, regions: set[int],
               before: frozenset[str]) -> list[tuple[int, int, str]]:
    """A one-word name joined by "dan"/"serta" to a person the sentence names is a person too, as
    coordination joins like with like: "Paslon Nomor urut 3 Ustad Nur yasin dan Sumardhan". The word is
    the conjunct of the person's head in the parse, right after the person's name and the conjunction
    ("Ardo Sahak Assisten Pemerintahan dan Kesra" joins a post's words), a capitalised proper noun on its
    own that no lexicon or gazetteer takes (a title, a body, a place)."""
    heads = {}
    for i, j, _ in persons:
        k = i - 1 if i > 0 and fold(words[i - 1].text) in before else i   # "Ustad [Nur yasin]"
        heads.update({words[n].id: (i, j) for n in range(k, j)})
    out = []
    for i, w in enumerate(words):
        if i in used or i in regions or runs[i] != (i, i + 1) or w.upos != "PROPN" or w.deprel != "conj" \
                or _no_name_word(w.text) \
                or w.head not in heads or i < 2 or fold(words[i - 1].text) not in ("dan", "serta") \
                or words[i - 2].id not in heads \
                or w.text.isupper() or fold(w.text) in titles() or fold(w.text) in before \
                or organizations().get(fold(w.text)) is not None or gazetteer().lookup(fold(w.text)):
            continue
        out.append((i, i + 1, "conj"))
    return out


# words that open a list of the persons a sentence names: "yakni", "yaitu", "adalah", "antara lain"
_LIST_OPENERS = frozenset({"yakni", "yaitu", "adalah", "antaralain", "diantaranya", "masingmasing"})
# what a list item may say after the name: a post or a candidacy, an occupation, its bracket
_ITEM_AFTER_NAME = frozenset({"mantan", "eks", "swasta", "pengusaha", "politikus", "pensiunan", "profesional",
                              "wiraswasta", "dosen", "advokat", "pengacara", "purnawirawan", "anak", "istri"})


def _list_items(words: tuple[Word, ...], taken: set[int], persons: list[tuple[int, int, str]]) -> set[tuple[int, int]]:
    """One-word names among the items of a list of persons after "yakni"/"yaitu"/"adalah": an item
    whose other items name persons, made of a capitalised name and, after it, only a post, an
    occupation or a bracket: "yakni Agus Santosa (swasta) ..., Kusilah anggota Polri warga ...,
    Mahmud Ardi Widanto (Ketua DPD PAN Bantul)", "... Heri Susanto, Supriyadi, Hudi Wahyu, ...".
    Items are cut at commas and "dan"/"serta"; two items at least must hold a person found already. An item a
    place noun or a unit word opens is no name ("Divisi Keuangan, Umum, Rumah Tangga dan logistik").
    A one-word name the NER alone found in such an item is kept (the list is its cue)."""
    start = next((n + 1 for n, w in enumerate(words) if fold(w.text) in _LIST_OPENERS
                  or n + 1 < len(words) and fold(w.text + words[n + 1].text) in _LIST_OPENERS), None)
    if start is None:
        return set()
    if start < len(words) and fold(words[start].text) == "lain":
        start += 1
    items, k = [], start
    for n in range(start, len(words) + 1):
        if n == len(words) or words[n].text in (",", ";", ".") or fold(words[n].text) in ("dan", "serta"):
            if n > k:
                items.append((k, n))
            k = n + 1
    found = {x for i, j, _ in persons for x in range(i, j)}
    held = sum(1 for i, j in items if found & set(range(i, j)))
    if held < 2:
        return set()
    out = {(i, j) for i, j, cue in persons if cue == "ner" and j == i + 1 and (i, i + 1) in items}
    for i, j in items:
        if found & set(range(i, j)) or i in taken or words[i].upos != "PROPN" or not is_name_token(words[i].text) \
                or words[i].text.isupper() or fold(words[i].text) in titles() or fold(words[i].text) in honorifics()[0] \
                or fold(words[i].text) in _NAMED_PLACES - {"puri", "pura", "taman"} or _no_name_word(words[i].text):
            continue   # "yakni Ketua KPU TTS Matheus Krivo ... Divisi Keuangan, Umum, Rumah Tangga dan logistik": a unit
        e = i + 1
        while e < j and e < i + 3 and is_name_token(words[e].text) and words[e].upos == "PROPN" and e not in taken \
                and fold(words[e].text) not in titles():
            e += 1
        rest = fold(words[e].text) if e < j else ""
        if e == j or words[e].text == "(" or rest in titles() or rest in _ITEM_AFTER_NAME:
            if not taken & set(range(i, e)):
                out.add((i, e))
    return out


# nouns for groups of people, capitalised in a Title Case headline and never a name word: "Kapolres Langkat
# Silaturahmi Dengan Alim Ulama untuk Jaga Kamtibmas" (the NER tagged "Alim Ulama" a person)
_GROUP_NOUNS = frozenset({"ulama", "tokoh", "masyarakat", "umat", "santri", "warga", "relawan", "jamaah", "personel",
                          "pasukan", "peserta"})
# a supporters' group named after its candidates, a body's name: "Ketua Relawan Ganjar Mahfud Kudus, Budi
# Hartono, mengatakan" (the names after the capitalised group noun name the group, not persons here)
_SUPPORTER_GROUPS = frozenset({"Relawan", "Simpatisan", "Pendukung", "Laskar", "Barisan", "Sahabat"})
# "Kusilah anggota Polri warga Gadingharjo Sanden": after "warga"/"asal" the capitalised words are a place
_RESIDENT_OF = frozenset({"warga", "asal", "penduduk"})
# nouns of the confixes ke-...-an and pe(N)-...-an (Kerawanan, Keamanan, Pemilihan, Pengamanan): Indonesian
# nominalisations, never a person's name word (none of the 397 name words of the gold sets is one)
_CONFIX_NOUN = re.compile(r"(ke|pe|per|pen|pem|peng|peny)[a-z]{3,}an")


def _gloss(words: tuple[Word, ...], i: int, j: int) -> bool:
    """Foreign words in brackets after a common noun they translate: "ambang batas parlemen
    (Parliamentary Threshold) juga disepakati" (the parse tags them X, foreign; a name is PROPN)."""
    return 0 < i and j < len(words) and words[i - 1].text == "(" and words[j].text == ")" \
        and all(w.upos == "X" for w in words[i:j]) and i >= 2 and words[i - 2].upos == "NOUN"


def _no_name_word(text: str) -> bool:
    """A word no name opens: a ke-an/pe-an noun, a unit of a body (UNIT_WORDS: "I Wayan Mura Divisi
    Hukum"), or a headquarters named Ma(rkas) + the unit's acronym ("di Aula Bharadaksa, Mapolres
    Langkat", "Makodim", "Mapolda")."""
    f = fold(text)
    if len(f) >= 8 and _CONFIX_NOUN.fullmatch(f) or f in UNIT_WORDS:
        return True
    info = organizations().get(f[2:]) if text[:2] == "Ma" and len(f) > 4 else None
    return info is not None and info.type == "security"   # the police's and the army's units


# forms of address among the honorifics: weaker evidence of a name than "H", "KH" or a rank
_ADDRESS_WORDS = frozenset({"bapak", "pak", "ibu", "bu", "mas", "mbak", "bang", "kak", "cak", "tuan",
                            "nyonya", "ny"})
# words that announce candidate pairs: "pasangan Kelana Aprilianto – Agus Asy'ari", "nomor urut 1 adalah ..."
_TICKET_CUES = frozenset({"pasangan", "paslon", "urut", "berpasangan", "calon", "cabup", "cawabup", "cagub",
                          "cawagub", "cawalkot", "cawawalkot", "kandidat"})
_DASHES = frozenset({"-", "\u2013", "\u2014"})


def _ticket_pairs(words: tuple[Word, ...], regions: set[int] = frozenset(), listed: bool = False) -> list[tuple[int, int]]:
    """Both names of a candidate pair written "NAME – NAME" (the dash a word of its own) or
    "pasangan NAME dan NAME", in a sentence about candidates: "Pasangan yang mendapat nomor urut 1
    adalah Eddy Paripurna – Bambang Pudjiono (Diba')", "jalur perseorangan, Muzammil – Juraida
    (Mujur)", "pasangan Mafudhoh dan Koeswiyanto mendapatkan nomor 2" (gold README: "Andika-Nanang"
    is two persons). A name joined to the dash ("Putra -I Made Subrata") gives the left name here and
    the right one in :func:`_ticket_mates`. ``listed``: the sentence is a line of a list the sentence
    before announced ("Kelima pasangan itu adalah:" / "1. Iwan Depari – Budianto Surbakti"), its cue."""
    if not listed and not any(fold(w.text) in _TICKET_CUES for w in words):
        return []
    out = []

    def person_like(r) -> bool:   # "LEPASNEWS.COM BONE – Tahapan pilkada ...": a dateline, no pair
        return r is not None and not regions & set(range(*r)) and not (r[1] - r[0] == 1 and words[r[0]].text.isupper())

    for d in range(1, len(words) - 1):
        t = words[d].text
        joined = bool(re.fullmatch(r"[-\u2013][A-Z][a-z']*", t))
        if t not in _DASHES and not joined:
            continue
        k = d
        while k > 0 and d - k < 5 and (is_name_token(words[k - 1].text) or _particle(words, k - 1)):
            k -= 1
        left = _run(words, k, strict=False) if k < d else None
        right = None if joined else _run(words, d + 1, strict=False)
        if person_like(left) and left[1] == d and (joined or person_like(right) and right[0] == d + 1):
            out += [left] + ([right] if right else [])
    for d, w in enumerate(words):   # "pasangan calon ..., Ridwan Kamil-Suswono (RIDO)": one token joins them
        m = _TICKET.fullmatch(w.text)
        # "paslon Wayan Koster-I Nyoman Giri Prasta": the running mate's Balinese particle after the hyphen
        balinese = m is not None and m[2] in NAME_PARTICLES and d + 1 < len(words) \
            and fold(words[d + 1].text) in BALINESE_NAMES
        if m is None or fold(m[1]) in _NAME_ARTICLES or not (m[2][1:].islower() or balinese):
            continue
        k = d
        while k > 0 and d - k < 4 and is_name_token(words[k - 1].text):
            k -= 1
        r = _run(words, k, strict=False)
        if r is not None and r[0] == k and r[1] > d and person_like(r):
            out.append(r)

    def and_pair(k: int):   # "NAME dan NAME" opening at k
        left = _run(words, k, strict=False) if k < len(words) else None
        if left and left[0] == k and left[1] + 1 < len(words) and words[left[1]].text == "dan":
            right = _run(words, left[1] + 1, strict=False)
            if person_like(left) and person_like(right) and right[0] == left[1] + 1:
                return left, right
        return None

    for p in range(len(words) - 3):
        if fold(words[p].text) in ("pasangan", "paslon"):
            left = _run(words, p + 1, strict=False)
            pair = and_pair(p + 1)
            if pair is not None:
                while pair:   # "Pasangan Achmad Ru'yat dan Zaenul Mutaqin (1); Edgar Suratman dan Sefwelly ... (2)"
                    out += list(pair)
                    k = pair[1][1]
                    if k + 2 < len(words) and words[k].text == "(" and words[k + 2].text == ")":
                        k += 3
                    pair = and_pair(k + 1) if k < len(words) and words[k].text == ";" else None
            elif left and left[0] == p + 1 and person_like(left) \
                    and any(re.fullmatch(r"[A-Z][a-z']+-", w.text) for w in words[left[0]:left[1] - 1]):
                out.append(left)   # "pasangan Terbit Rencana Peranginangin-Syah Afandin" ("Peranginangin-"
                                   # keeps the hyphen): the pair as one run, which _split_ticket cuts
    return out


def _announces_tickets(words: tuple[Word, ...]) -> bool:
    """The sentence announces a list of candidate pairs on the lines after it: a ticket word, and a
    colon at its end ("Kelima pasangan itu adalah:", "Berikut nomor urut pasangan calon:")."""
    return len(words) > 1 and words[-1].text == ":" and any(fold(w.text) in _TICKET_CUES for w in words)


def _spelled_title(words: tuple[Word, ...], j: int) -> bool:
    """The word before ``j`` is a title abbreviation spelt out in brackets after it, not a name:
    "bersinergi dengan Dandim, Kapolres, Kajati, Kapengti (Kepala Pengadilan Tinggi)"."""
    if not (0 < j and j + 1 < len(words) and words[j].text == "(" and fold(words[j + 1].text) in titles()):
        return False
    k = j + 1
    while k < len(words) and is_cap(words[k].text):
        k += 1
    initials, abbr = [w.text[0].lower() for w in words[j + 1:k]], words[j - 1].text.lower()
    return len(initials) >= 2 and abbr[0] == initials[0] and letters_in_order(initials, abbr)


def lead_name(words: tuple[Word, ...], after_rank: bool = False) -> tuple[int, int] | None:
    """The name opening a sentence, set off by a comma, when the sentence splitter cut an
    apposition after the title: "..., Pj. Gubernur Papua. | Ramses Limbong, S.I.P, M.Si, akan
    tinjau lokasi ..." (the splitter took the region's full stop for the sentence's). ``after_rank``:
    the cut fell after a rank's corps (:func:`rank_split`), inside the name's phrase; no comma needed."""
    r = _run(words, 0, strict=False)
    return r if r and r[1] < len(words) and (words[r[1]].text == "," or after_rank) else None


def rank_split(words: tuple[Word, ...]) -> bool:
    """The sentence ends in a rank and its corps with the corps' full stop: "... didampingi Dandim 1611
    Badung Letkol Inf. | Handoko Yudho Wibowo yang ..." (the splitter took the abbreviation's point for
    the sentence's end; the officer's name opens the next one). So does a police rank written with a
    point of its own after the post: "Kapolres Melawi, AKBP. | Sigit Eliyanto Nurharjanto,S.I.K. yang hadir
    ..."."""
    before = honorifics()[0]
    if len(words) >= 3 and words[-1].text == "." and fold(words[-2].text) in POLICE_RANKS \
            and words[-2].text[:1].isupper():
        return True
    return len(words) >= 3 and words[-1].text == "." and fold(words[-2].text) in corps_words() \
        and fold(words[-3].text) in before and is_cap(words[-2].text)


def dangling_title(words: tuple[Word, ...], tail_end: int) -> bool:
    """A title (with its body or region) is the last thing before the sentence's full stop."""
    return tail_end == len(words) - 1 and words[-1].text == "."


def _reporting_subject(words, i: int) -> bool:
    """A one-word Title Case proper noun no lexicon or gazetteer knows, which the parse makes the subject
    of a reporting verb ("mengatakan", "menegaskan", REPORTING_VERB), with no name word beside it: one
    reports what a person (or a body, which the lexicons know) says. "Hajrianto mengatakan, Partai Golkar
    terdiri dari berbagai organisasi massa" (the NER did not tag the name). The word is the whole subject
    (nothing depends on it): "Mantan Sekretaris Daerah Kabupaten Bone mengatakan ..." names no one."""
    w = words[i]
    head = words[w.head - 1] if 0 < w.head <= len(words) else None
    return head is not None and bool(REPORTING_VERB.match(head.text)) and w.upos == "PROPN" \
        and w.deprel.startswith("nsubj") and (w.ner or "O")[2:] in ("", "PER") and w.text.isalpha() \
        and not w.text.isupper() and not gazetteer().lookup(w.text) \
        and not any(0 <= k < len(words) and is_name_token(words[k].text) for k in (i - 1, i + 1)) \
        and not any(x.head == w.id and x.upos != "PUNCT" for x in words)


def _flat_head_before(words, i: int) -> bool:
    """The word before the NER's person span at ``i`` heads the span's first word as a flat name and
    is itself a Title Case name word the NER left untagged: "Pierre Njanka Beyaka adalah pemain sepak
    bola berkebangsaan Kamerun" (the NER tagged "Njanka Beyaka" only; the parse joins the three)."""
    prev, w = words[i - 1], words[i]
    return (prev.ner or "O") == "O" and prev.upos == "PROPN" and is_name_token(prev.text) and not prev.text.isupper() \
        and w.head == prev.id and w.deprel == "flat:name"


def _one_word_subject(words, i: int) -> bool:
    """A one-word name the NER tags as a person and the parse makes the subject of a verb:
    "Suparman mengatakan, ..." (Indonesian news often names officials by one word)."""
    w = words[i]
    head = words[w.head - 1] if 0 < w.head <= len(words) else None
    return (w.ner or "O").endswith("PER") and w.upos == "PROPN" and w.deprel.startswith("nsubj") \
        and head is not None and head.upos == "VERB"


def _per_prefix(words, i: int, j: int) -> int:
    """End of the words from ``i`` the NER tags as a person: in a Title Case headline the run after a
    title swallows the verb ("Pj Gubernur Jateng [Nana Sudjana] Ajak ASN Netral")."""
    k = i
    while k < j and (words[k].ner or "O").endswith("PER") and not _headline_verb(words[k].text):
        k += 1
    return k


def _kan_verb(words, i: int) -> bool:
    """A capitalised -kan verb before a lower-case word: "Kapolsek Kelompokkan potensi ..." (names
    seldom end in -kan; six letters at least, as for headline verbs)."""
    return _headline_verb(words[i].text) and i + 1 < len(words) and words[i + 1].text[:1].islower()


def _given_post(words, j: int) -> bool:
    """ "sebagai"/"selaku" and a title after the name ending at ``j``."""
    return j + 1 < len(words) and fold(words[j].text) in AS_WORDS and fold(words[j + 1].text) in titles()


def _headline_verb(text: str) -> bool:
    """A verb as a Title Case headline writes it: "Ajak", "Minta", "Tegaskan", "Hadiri" (HEADLINE_VERBS;
    a -kan verb of six letters or more; a headline verb with the locative -i: "JWW Ungguli Lukmen")."""
    f = fold(text)
    return f in HEADLINE_VERBS or len(f) >= 6 and f.endswith("kan") and text[:1].isupper() \
        or len(f) >= 5 and f.endswith("i") and f[:-1] in HEADLINE_VERBS


def _before_verb(words, i: int, j: int) -> int:
    """Where a person run ``[i, j)`` ends when the NER ran it over a capitalised verb (:func:`_headline_verb`):
    before the verb ("Hasil Pleno KPU, JWW Ungguli Lukmen di Kabupaten Jayapura" -> "JWW"); at ``i``, no name
    at all, when the verb opens it ("AKBP Bambang C. Utomo SH. SIK. M.Si. Melaksanakan Cooling System dalam
    rangka ...": the degree's full stop opened a sentence)."""
    return next((k for k in range(i, j) if _headline_verb(words[k].text) and (words[k].ner or "O")[2:] != ""
                 or k > i and fold(words[k].text) in HEADLINE_VERBS), j)


def _local_title(words, i: int, j: int) -> bool:
    """A village/district title ("Camat", "Lurah", "Kepala Desa"): the next name is a place."""
    t = titles().get(fold(" ".join(w.text for w in words[i:j])))
    return t is not None and t.level in ("kecamatan", "kelurahan", "desa")


def _tail(words, end: int, spans: dict[int, int], regions: dict[int, int]) -> int:
    """Extend a title's end over following organisation/region spans and title abbreviations."""
    tl = titles()
    end = _unit_name(words, end, spans)
    while True:
        inside = [e for s, e in spans.items() if s < end < e]  # "Sekretaris Daerah Kota" + "Kota X"
        if inside:
            end = max(inside)
        elif end + 1 in spans and end > 0 and police_metro(words, end, end + 1):
            end = spans[end + 1]   # "Kapolres Metro Jakarta Selatan"
        elif end + 1 in regions and _island_unit(words, end + 1):
            end = regions[end + 1]   # "Kapolres Pulau Buru AKBP ..."
        elif end in spans and _name_after_region(words, end, spans, regions):
            return end   # "Wali Kota Bogor Bima Arya": the name opens with a region's name
        elif end in spans:
            start, end = end, spans[end]
            if fold(words[start].text) in UNIT_WORDS and end < len(words) and words[end].text in ("dan", "&"):
                end = unit_name_end(words, end, spans)   # "Kepala [Dinas Bina Marga] dan Bina Kontruksi"
        elif end < len(words) and fold(words[end].text) in tl and is_cap(words[end].text):
            end += 1
        elif region_apposition(words, end, regions):
            end = regions[end + 1]
        elif end in spans.values() and trailing_division(words, end):
            end = trailing_division(words, end)   # "Komisioner KPU Palas Divisi SDM dan Parmas Amran ..."
        elif end in spans.values() and polling_station(words, end):
            end = polling_station(words, end)     # "Ketua KPPS TPS 05 Desa Sukamaju, Ahmad Zaini"
        elif end in spans.values() and end + 1 < len(words) and words[end].text == "," \
                and trailing_division(words, end + 1):
            # "Komisioner KPU Kabupaten Bangka, Divisi Partisipasi Masyarakat (Parmas) Hartati"
            end = trailing_division(words, end + 1)
        else:
            p = paren_abbreviation(words, end)   # "(Pj)", "(Aspem Kesra)"
            if not p:
                return end
            end = p


def _name_after_rank(words, i: int, regions: dict[int, int] | None = None) -> bool:
    """A body's one-word name right after a rank or its corps, before another name word, opens the
    holder's name: "Wakapolda Kaltara Brigjen Pol Golkar Pangarso Rahardjo Winarsadi" (a first name
    that is a party's, not the party)."""
    return 0 < i < len(words) - 1 and fold(words[i - 1].text) in honorifics()[0] and is_cap(words[i - 1].text) \
        and is_cap(words[i].text) and not words[i].text.isupper() and i not in (regions or {}) \
        and is_name_token(words[i + 1].text) and fold(words[i + 1].text) not in organizations() \
        and fold(words[i + 1].text) not in honorifics()[0] and i + 1 not in (regions or {})


def _name_after_region(words, k: int, spans: dict[int, int], regions: dict[int, int]) -> bool:
    """A bare region's name at ``k`` right after another region, then a capitalised word that opens
    no span: the name of the title's holder, which starts with a place's name ("Wali Kota Bogor Bima
    Arya", Bima being a regency of NTB). A region after a region is otherwise its apposition."""
    j = regions.get(k)
    if j is None or LEVEL_WORDS.get(fold(words[k].text)) or k not in set(regions.values()) or j >= len(words):
        return False
    nxt = words[j].text
    return is_cap(nxt) and nxt.isalpha() and j not in spans and fold(nxt) not in titles() \
        and fold(nxt) not in WEEKDAYS


# short forms of such titles: "Kadis Pendidikan dan Kebudayaan Provinsi Lampung Drs. H. Sulpakar"
_UNIT_TITLE_SHORT = frozenset({"kadis", "kadin", "karo", "kabag", "kabid", "kasi", "kasubag", "kasubbag",
                               "kasubbid", "kasie"})


def unit_title_end(words, end: int) -> bool:
    """The title ending at ``end`` names a unit whose own name follows ("Kepala Dinas", "Kadis")."""
    return end > 0 and fold(words[end - 1].text) in UNIT_WORDS | _UNIT_TITLE_SHORT


def _unit_name(words, end: int, spans) -> int:
    """Past the unit's name after a title ending in a unit word: "Kepala Dinas Sosial dan Dukcapil"
    names no person "Sosial"; the name stops at a word the NER tags as a person or at a region."""
    return unit_name_end(words, end, spans) if unit_title_end(words, end) else end


def unit_name_end(words, end: int, stops) -> int:
    """End of a unit's name from ``end``: capitalised words, also joined by "dan"/"&" ("Bina Marga dan
    Bina Kontruksi", "Pendidikan dan Kebudayaan"); it stops at a word in ``stops`` (a body, a region),
    a word the NER tags as a person, or an honorific before a name ("... Tertinggal Dr. Zaidirina")."""
    before, _ = honorifics()
    k = end
    while k < len(words) and k not in stops:
        t = words[k].text
        if t in ("dan", "&"):
            if not (k + 1 < len(words) and k + 1 not in stops and is_cap(words[k + 1].text)):
                break
        elif not (is_cap(t) and t.isalpha()) or (words[k].ner or "O").endswith("PER") \
                or fold(t) in before and k + 1 < len(words) and is_cap(words[k + 1].text):
            break
        k += 1
    while k > end and words[k - 1].text in ("dan", "&"):
        k -= 1
    return k


def region_apposition(words: tuple[Word, ...], end: int, regions: dict[int, int]) -> bool:
    """ ", REGION ," after a title's tail and before the holder's name: "Kepala Kepolisian Resor
    (Kapolres) Parigi Moutong, Provinsi Sulawesi Tengah, AKBP Jovan Reagan Sumual, mengajak ..."."""
    r = regions.get(end + 1)
    return end < len(words) and words[end].text == "," and r is not None and r + 1 < len(words) \
        and words[r].text == "," and is_cap(words[r + 1].text)


def sentence_mentions(sent: Sentence, kabkota: set[str] = frozenset()) -> list[Mention]:
    """All mentions in one sentence, regions first, then organisations, titles, persons."""
    return [m for m, _ in _sentence_mentions(sent, kabkota)[0]]


# words after which "Desa" is the common noun in a programme's or a unit's name: "Dinas Pemberdayaan
# Masyarakat Desa", "Dana Desa", "Badan Permusyawaratan Desa", "Aparatur Desa"
_VILLAGE_COMMON_BEFORE = frozenset({"masyarakat", "pembangunan", "dana", "pemerintahan", "perangkat", "aparatur",
                                    "permusyawaratan", "pemberdayaan", "kemajuan", "tertinggal", "antar"})


def _villages(words: tuple[Word, ...], regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Villages the gazetteer lacks (it stops at kecamatan), named with their level word:
    "Kepala Desa Bojongmengger, Asep Saepudin", "PPS Kelurahan Wonosari"."""
    inside = {k for i, j in regions for k in range(i, j)}
    out = []
    for i, w in enumerate(words[:-1]):
        if fold(w.text) not in VILLAGE_LEVELS or i in inside or (
                fold(w.text) not in ("desa", "kelurahan") and not w.text[:1].isupper()):
            continue
        j = i + 1
        if i > 0 and fold(words[i - 1].text) in _VILLAGE_COMMON_BEFORE:
            continue   # "Kadis Pemberdayaan Masyarakat Desa Tertinggal": a common noun in a unit's name
        while j < len(words) and j < i + 4 and is_name_token(words[j].text) and j not in inside \
                and words[j].text.lower() not in _HEADLINE_LOWER \
                and not (words[j].ner or "O").endswith("PER") and fold(words[j].text) not in titles() \
                and fold(words[j].text) not in honorifics()[0]:   # "... Desa Tertinggal Dr. Zaidirina"
            j += 1
        if j > i + 1:
            out.append((i, j))
    return out + _titled_villages(words, inside)


def _titled_villages(words: tuple[Word, ...], inside: set[int]) -> list[tuple[int, int]]:
    """Villages named after a village head's title that holds no level word, set off by a comma before the
    holder: "Kades Sukamaju, Dede Rusmana, mengimbau ...", "Lurah Palangka, Bambang Sugiarto" (the
    gazetteer stops at kecamatan; a name run without the comma stays the holder's)."""
    out = []
    for i, w in enumerate(words[:-3]):
        t = titles().get(fold(w.text))
        if t is None or t.level not in ("desa", "kelurahan") or fold(w.text) in VILLAGE_LEVELS or not is_cap(w.text):
            continue
        j = i + 1
        while j < len(words) and j < i + 4 and is_name_token(words[j].text) and j not in inside \
                and fold(words[j].text) not in titles() and fold(words[j].text) not in honorifics()[0]:
            j += 1   # (the NER may tag title and place as one person: "[Kades Sukamaju]")
        if j > i + 1 and j + 1 < len(words) and words[j].text == "," and is_name_token(words[j + 1].text) \
                and not is_degree(words[j + 1].text):   # "Lurah Budi Santoso, S.Sos": the name, then degrees
            out.append((i + 1, j))
    return out


def _province_districts(words: tuple[Word, ...], regions: list[tuple[int, int]],
                        scope: set[str]) -> list[tuple[tuple[int, int], Region]]:
    """Kecamatan of a province the article names (its kab/kota unnamed) where the sentence confirms it:
    after "di" with a village of it named in the same sentence ("desa Manusela, Kanike, Hatuolo dan
    Elemata di Seram Utara", Maluku), or with its level word ("Kecamatan Seram Utara"). Kecamatan
    names repeat across a province's kab/kota, so only a name unique in the province counts."""
    gaz, inside = gazetteer(), {k for i, j in regions for k in range(i, j)}
    if not any("." not in c for c in scope):
        return []
    out: list[tuple[tuple[int, int], Region]] = []
    for i in range(1, len(words)):
        level = LEVEL_WORDS.get(fold(words[i - 1].text)) == "kecamatan"
        if not (words[i - 1].text == "di" or level) or i in inside:
            continue
        for n in (3, 2, 1):
            ws = words[i:i + n]
            if len(ws) < n or not all(is_cap(w.text) and k not in inside for k, w in enumerate(ws, i)):
                continue
            d = gaz.province_district(" ".join(w.text for w in ws), scope)
            if d is None or gaz.district(" ".join(w.text for w in ws), scope) is not None:
                continue   # not a kecamatan of the province, or one the kab/kota look-up finds already
            named = {fold(w.text) for k, w in enumerate(words) if is_cap(w.text) and not i <= k < i + n}
            if level or any(village(t, {d.code}) is not None for t in named):
                out.append(((i - level, i + n), d))
                inside.update(range(i - level, i + n))
                break
    return out


def _apposed_towns(words: tuple[Word, ...], regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Towns that are no administrative unit, named as addresses run, before their kab/kota: "kata
    Ketua KPU Sikka, Herimanto, di Maumere, Kabupaten Sikka, Sabtu" (Maumere is the regency's seat,
    no kecamatan). One or two capitalised words after "di", then a comma and a kab/kota the
    gazetteer knows; venues ("di Aula Sasana, Kabupaten ..."), bodies, titles and names the NER takes
    for a person's are no towns."""
    gaz, starts = gazetteer(), {i: j for i, j in regions}
    inside = {k for i, j in regions for k in range(i, j)}
    out = []
    for i in range(1, len(words) - 3):
        if words[i - 1].text != "di" or i in inside:
            continue
        n = next((n for n in (1, 2) if i + n + 1 < len(words) and words[i + n].text == ","), 0)
        ws = words[i:i + n]
        if not n or not all(is_cap(w.text) and w.text.isalpha() and (w.ner or "O")[2:] != "PER" for w in ws) \
                or any(k in inside for k in range(i, i + n)) \
                or any(fold(w.text) in _NAMED_PLACES | _OFFICE_BUILDINGS or fold(w.text) in organizations()
                       or fold(w.text) in titles() for w in ws):
            continue
        j = starts.get(i + n + 1)
        if j is None:
            continue
        after = [w.text for w in words[i + n + 1:j] if fold(w.text) not in LEVEL_WORDS]
        if any(r.level in ("kabupaten", "kota") for r in gaz.lookup(" ".join(after))):
            out.append((i, i + n))
    return out


def _village_list(words: tuple[Word, ...], i: int) -> bool:
    """The word at ``i`` is an item of a list that a village level word opens, so the level word
    distributes over it: "desa Manusela, Kanike, Hatuolo dan Elemata" (Hatuolo is a desa, whatever
    the NER takes it for)."""
    k = i - 1
    while k >= 0 and (words[k].text in _LIST_JOINS or is_cap(words[k].text)):
        k -= 1
    return k >= 0 and k < i - 2 and fold(words[k].text) in VILLAGE_LEVELS and words[i - 1].text in _LIST_JOINS


def _named_villages(words: tuple[Word, ...], regions: list[tuple[int, int]], kabkota: set[str]) -> list[tuple[int, int]]:
    """Desa and kelurahan named without their level word, found in the Kemendagri list of the kecamatan
    the sentence names: "16 TPS di tiga desa Kecamatan Alok Timur yakni Kojadoi, Kojagete, dan
    Parumaan"; or right before their kecamatan, as addresses run: "warga Poncosari Srandakan"
    (Bantul; the pair is one even where the NER takes it for a person's name). Alone, a name the NER
    takes for a person's is not one."""
    gaz, inside = gazetteer(), {k for i, j in regions for k in range(i, j)}
    kec: set[str] = set()
    for i, j in regions:
        pre = LEVEL_WORDS.get(fold(words[i].text), "")
        if pre in ("", "kecamatan"):
            d = gaz.district(" ".join(w.text for w in words[i + bool(pre):j]), kabkota)
            if d is not None:
                kec.add(d.code)
    out: list[tuple[int, int]] = []
    name_like = [w.text[:1].isupper() and w.text.replace("'", "").isalpha() for w in words]
    i = 0
    while i < len(words):
        hit = None
        if not name_like[i] or i in inside:   # every window below starts with word i
            i += 1
            continue
        for n in (3, 2, 1):
            ws = words[i:i + n]
            if len(ws) < n or not all(name_like[k] and k not in inside for k in range(i, i + n)) \
                    or i > 0 and fold(words[i - 1].text) in _FEATURES:   # "erupsi Gunung Lewotobi"
                continue
            surface = " ".join(w.text for w in ws)
            person = any((w.ner or "O")[2:] == "PER" for w in ws) and not _village_list(words, i)
            if kec and not person and village(surface, kec) is not None:
                hit = (i, i + n)
                break
            # "Poncosari Srandakan": a village, then its kecamatan (bare, in the article's kab/kota)
            for m in (2, 1):
                after = words[i + n:i + n + m]
                if len(after) == m and all(w.text[:1].isupper() and w.text.isalpha() for w in after):
                    d = gaz.district(" ".join(w.text for w in after), kabkota)
                    if d is not None and village(surface, {d.code}) is not None:
                        hit = (i, i + n)
                        out.append((i + n, i + n + m))
                        inside.update(range(i + n, i + n + m))
                        break
            if hit:
                break
        if hit:
            out.append(hit)
            inside.update(range(*hit))
            i = hit[1]
        else:
            i += 1
    return sorted(out)


_INSTRUMENT_KINDS = frozenset({"peraturan", "keputusan", "instruksi", "edaran", "surat", "maklumat"})
_NUMBER_WORDS = frozenset({"nomor", "no", "nomer", "tentang"})


def _instrument_title(words: tuple[Word, ...], i: int, j: int) -> bool:
    """An organisation name between an instrument kind and its number: "sesuai Peraturan KPU Nomor
    15 Tahun 2023", "Peraturan Bawaslu Nomor 6". The body issued it; the sentence does not name it
    as an actor, so it makes no organisation mention (the instrument rule reads the issuer)."""
    return i > 0 and fold(words[i - 1].text) in _INSTRUMENT_KINDS and j < len(words) \
        and fold(words[j].text) in _NUMBER_WORDS


_ELECTION_NOUNS = frozenset({"pemilihan", "pilkada", "pemilu"})


def _elected_post(words: tuple[Word, ...], i: int, ttl) -> bool:
    """The title at ``i`` names the post an election fills, so the words after it are the area, not a holder:
    "dalam rangka pemilihan Bupati dan Wakil Bupati Kutai Karnegara Tahun 2020" (a misspelt kabupaten the
    gazetteer cannot know made the person "Kutai Karnegara"); the posts joined by "dan" count as one."""
    starts = {a: b for a, b in ttl}
    k = i
    while k > 1 and fold(words[k - 1].text) in ("dan", "serta"):
        prev = next((a for a, b in ttl if b == k - 1), None)
        if prev is None:
            break
        k = prev
    return k > 0 and fold(words[k - 1].text) in _ELECTION_NOUNS and k in starts


def _counted(words: tuple[Word, ...], i: int, j: int) -> bool:
    """A cardinal number modifying the run ``[i, j)`` counts it, so it names a kind of thing, not a person:
    "menurunkan 378 pengamanan TPS, 55 Satgas dan 134 Standby Mako" (the NER tags "Standby Mako" PER;
    a ticket's number is no count, whatever the parse hangs it on: "Nomor Urut 1 Badrun Nggai-Muslih")."""
    return i > 0 and words[i - 1].upos == "NUM" and words[i - 1].deprel == "nummod" \
        and i < words[i - 1].head <= j and not (i > 1 and fold(words[i - 2].text) in _NUMBER_WORDS | {"urut"})


# negations, which come before a predicate, never before a name: "Tak Bikin Gaduh di Debat" (a subheading
# the NER reads as a person, "Bikin Gaduh")
_NEGATIONS = frozenset({"tak", "tidak", "belum", "jangan", "tiada", "enggak", "nggak", "gak"})


def _negated(words: tuple[Word, ...], i: int) -> bool:
    """The run at ``i`` follows a negation (_NEGATIONS): a predicate, no name."""
    return i > 0 and fold(words[i - 1].text) in _NEGATIONS


def _sentence_mentions(sent: Sentence, kabkota, lead: bool = False,
                       short=None, tickets: bool = False) -> tuple[list[tuple[Mention, str]], bool]:
    """(mentions with their cue, whether the sentence ends in a title: "rank" where it ends in a rank's
    corps, see :func:`rank_split`); ``lead``: the one before did."""
    words = sent.words
    regions = _regions(words, set(kabkota), short)
    wide = _province_districts(words, regions, set(kabkota))
    regions = sorted(regions + [span for span, _ in wide])
    regions = sorted(regions + _apposed_towns(words, regions))
    regions = sorted(regions + _villages(words, regions))
    regions = sorted(regions + _named_villages(words, regions, set(kabkota) | {d.parent for _, d in wide}))
    reg_starts = {i: j for i, j in regions}
    orgs = []
    i = 0
    before, _ = honorifics()
    while i < len(words):
        # "Mayjen TNI (Purn) Ramses": a corps after a rank is part of the rank, not a body
        j = None if i > 0 and fold(words[i - 1].text) in before and fold(words[i].text) in before \
            or _name_after_rank(words, i, reg_starts) else org_at(words, i, reg_starts)
        if j and _instrument_title(words, i, j):
            i = j  # "Peraturan KPU Nomor 15": the issuer named in an instrument's title, no mention
        elif j:
            orgs.append((i, j))
            i = j
        else:
            i += 1
    in_org = {k for i, j in orgs for k in range(i, j)}
    named = {k for i, j in orgs if fold(words[i].text) in INSTITUTION_HEADS for k in range(i, j)}
    regions = [(i, j) for i, j in regions if not set(range(i, j)) <= named]   # "Universitas Negeri Yogyakarta"
    ttl = [(i, j) for i, j in _titles(words, {i for i, _ in orgs}, reg_starts) if i not in in_org]
    for _, j in ttl:  # "Pangdam IV/Diponegoro": the designation names the title's unit
        unit = designated_title(words, j) if j not in in_org else ""
        # "Pangdam Jaya Mayjen TNI Mohamad Hasan": a Kodam is also named by its name alone
        d = designator(words, j, reg_starts, bare_name=fold(unit) in NAMED_BARE and j not in reg_starts) \
            if unit else None
        if d:
            orgs.append((j, d[0]))
            in_org |= set(range(j, d[0]))
            if d[2] and d[2][0] not in reg_starts and _unit_place(words, d[2], kabkota):
                regions.append(d[2])   # "Dandim 0906 Tenggarong": the unit is named after a kecamatan
    spans = {**reg_starts, **{i: j for i, j in orgs}}
    # "di Kantor Bupati Kutai Kartanegara, Tenggarong": a title naming a building opens no name slot
    tails = [(_tail(words, j, spans, reg_starts), _local_title(words, i, j)) for i, j in ttl
             if not (i > 0 and fold(words[i - 1].text) in _NAMED_PLACES | _OFFICE_BUILDINGS)
             and not _elected_post(words, i, ttl)]
    taken = in_org | {k for i, j in ttl for k in range(i, j)}
    taken |= {k for i, j in regions if LEVEL_WORDS.get(fold(words[i].text)) or fold(words[i].text) in VILLAGE_LEVELS
              or _village_list(words, i) for k in range(i, j)}
    # the region right after a title is the title's ("Pj Bupati Banjarnegara Tri Harso Widirahmanto, SH"):
    # no name runs over it
    title_ends = {j for _, j in ttl}
    taken |= {k for i, j in regions if i in title_ends for k in range(i, j)}
    persons = _persons(words, taken, tails, {k for i, j in regions for k in range(i, j)}, lead, tickets)
    listed = _list_items(words, taken | {k for i, j in regions for k in range(i, j)}, persons)
    persons = [(i, j, "list" if (i, j) in listed else c) for i, j, c in persons]
    persons += [(i, j, "list") for i, j in listed if (i, j) not in {(a, b) for a, b, _ in persons}]
    persons = [(i, j, c) for i, j, c in persons if not _counted(words, i, j) and not _negated(words, i)
               # a level word alone names a region's level, no one: "Ketua Bawaslu Kab. | Tabanan I Ketut Narta"
               # (the splitter ended the sentence at the abbreviation's point)
               and not (j - i == 1 and fold(words[i].text) in LEVEL_WORDS)]
    persons = [(i, k, c) for i, j, c in persons if (k := _before_verb(words, i, j)) > i]
    if _headline(words):  # "Bupati Kudus Ajak ASN ...": Title Case hides names; trust the NER only
        # ... except a name given its post by "sebagai": "Sang Made Mahendra Jaya sebagai Pj Gubernur Bali"
        # ... and a line of a list of pairs, all names ("1. Iwan Depari – Budianto Surbakti")
        persons = [(i, k, c) for i, j, c in persons
                   if (k := j if _given_post(words, j) or tickets and c == "ticket" else _per_prefix(words, i, j)) > i]
    in_person = {k for i, j, _ in persons for k in range(i, j)}
    out = [(_mention(sent, "region", i, j), "") for i, j in regions
           if not in_person & set(range(i, j))]
    # "Ketua DPD Partai Golkar Padang": the party's board, no mention of the Dewan Perwakilan Daerah
    out += [(_mention(sent, "organization", i, j), "") for i, j in orgs if not party_board(words, i, j)]
    out += [(_mention(sent, "title", i, j), "") for i, j in ttl]
    out += [(_name_mention(sent, i, j), cue) for i, j, cue in persons]
    return out, "rank" if rank_split(words) else any(dangling_title(words, end) for end, _ in tails)


@stage("mentions", requires={"sentences"}, provides={"mentions"})
def find_mentions(doc: Document) -> Document:
    """Add the ``mentions`` layer (kecamatan only inside a kab/kota the article names)."""
    gaz, kabkota, short = gazetteer(), set(), {}
    for sent in doc.sentences or ():
        for i, j in _regions(sent.words, set()):
            ws = [w.text for w in sent.words[i:j] if fold(w.text) not in LEVEL_WORDS]
            level = LEVEL_WORDS.get(fold(sent.words[i].text), "")
            cands = [r for r in gaz.lookup(" ".join(ws)) if not level or r.level == level]
            for r in cands:
                if r.level in ("kota", "kabupaten"):
                    kabkota.add(r.code)
                # the provinces too (codes without a dot, inert for the kab/kota look-ups): a kecamatan
                # of the province may be named by its villages (see _province_districts)
                kabkota.add(r.code.split(".")[0])
            abbr = bracket_short_name(sent.words, j)   # "Kabupaten Gunung Mas (Gumas)"
            if abbr and len(cands) == 1 and all(x.note for x in gaz.lookup(abbr)):
                short.setdefault(fold(abbr), cands[:1])
    found, lead = [], None   # lead: (the paragraph whose last sentence ended in a title, True or "rank")
    tickets = False          # the sentence before announced a list of candidate pairs, or was a line of one
    bullet = None   # the sentence before, when it was a bullet alone ("•"): a related link's headline follows
    for sent in doc.sentences or ():
        after_bullet = bullet is not None and bullet.paragraph == sent.paragraph
        bullet = sent if sent.text.strip() in _BULLETS else None
        if after_bullet and bullet_headline("\u2022 " + sent.text):
            lead = None
            continue   # "•" | "Bupati Tanggamus Dewi Handajani dan Suami Nyoblos di Kota Agung": another story
        if is_clutter(sent.text):
            found += [(_mention(sent, "person", i, j), "byline") for i, j in bylines(sent.words)]
            lead = None
            continue
        ms, ends_in_title = _sentence_mentions(sent, kabkota, lead[1] if lead and lead[0] == sent.paragraph
                                               else False, short, tickets)
        taken = {w for m, _ in ms for w in m.word_ids}
        found += ms + [(_mention(sent, "person", i, j), "byline") for i, j in _inline_bylines(sent.words)
                       if not taken & {w.id for w in sent.words[i:j]}]
        lead = (sent.paragraph, ends_in_title) if ends_in_title else None
        tickets = _announces_tickets(sent.words) or tickets and (any(c == "ticket" for _, c in ms) or all(
            w.upos in ("NUM", "PUNCT") for w in sent.words))   # "1." split off as a sentence of its own
    place = _dateline_place(doc, [m for m, _ in found])
    if place:   # "Purwokerto (ANTARA) - Komisi ...": a name the NER read in the dateline is the place
        spot = {(place[0][0].sent_id, w) for w in place[0][0].word_ids}
        found = [(m, c) for m, c in found if not (m.kind == "person" and c in ("ner", "subject")
                                                  and {(m.sent_id, w) for w in m.word_ids} <= spot)]
    found += place
    found = list(zip(_strip_places(doc, [m for m, _ in found]), (c for _, c in found)))
    found = [(x, c if x is m else "ticket") for m, c in found for x in _split_ticket(m)]
    # a one-word name found only by the NER is kept when it shortens a fuller name
    parts = {fold(t) for m, _ in found if m.kind == "person" and len(m.word_ids) > 1
             for t in m.text.split()}
    # a one-word name a cue found ("Koordinator Divisi ..., Misbahuddin, menegaskan") is found again
    # later without one ("Menurut Misbahuddin, ...", "Misbahuddin juga mengajak ...")
    parts |= {fold(m.text) for m, cue in found if m.kind == "person" and len(m.word_ids) == 1
              and cue in ("title", "honorific", "speech", "subject", "degree", "list", "conj")}
    sents = {s.sent_id: s for s in doc.sentences or ()}
    out = [m for m, cue in found
           if not (cue == "ner" and len(m.word_ids) == 1 and fold(m.text) not in parts
                   and not _lone_name(sents[m.sent_id].words, m.word_ids[0] - 1))
           and not (m.kind == "person" and (all(fold(t) in DIVINE_NAMES for t in m.text.split())
                                            or any(fold(t) in COMPANY_SUFFIXES for t in m.text.split())))]
    spelled = _spelled_out_acronyms(doc)
    out = [m for m in out if not (m.kind == "organization" and fold(m.text) in spelled)]
    mates = _ticket_mates(doc, out)
    inside = {(m.sent_id, w) for m in mates for w in m.word_ids}
    out = [m for m in out if not (m.kind == "person" and all((m.sent_id, w) in inside for w in m.word_ids))]
    out += mates
    out = [_haji(m) for m in out]
    subjects = _repeated_subjects(doc, out)
    out += subjects
    parts |= {fold(m.text) for m in subjects}
    out += _short_names(doc, out, parts)
    out += _nickname_mentions(doc, out)
    out = _rejoin_abbreviated(doc, out)
    # "T", "M.": an initial alone (one the sentence splitter did not join to the name after it) names no one
    out = [m for m in out if not (m.kind == "person" and len(m.text.rstrip(".")) == 1)]
    # "Kendari (Antaranews Sultra) - ...": the outlet the dateline names is no person
    outlet = fold((doc.meta or {}).get("publisher", "").rsplit(".", 1)[0])
    # ... nor is its brand without the news word: "ujar Saleh kepada Siwalima" (BULA, Siwalimanews –), nor
    # its domain written as words: "Jayapura, Nokenlive Com"
    brands = {outlet, fold((doc.meta or {}).get("publisher", ""))} \
        | {outlet[:-len(w)] for w in OUTLET_WORDS if outlet.endswith(w) and len(outlet) - len(w) >= 4}
    out = [m for m in out if not (m.kind == "person" and outlet and fold(m.text) in brands)]
    signed = _sign_offs(doc, out)
    out = [m for m in out if id(m) not in signed]
    rank = {s.sent_id: n for n, s in enumerate(doc.sentences or ())}
    out.sort(key=lambda m: rank[m.sent_id])   # document order (stable: a sentence keeps its order)
    return replace(doc, mentions=tuple(out))


_BULLETS = frozenset({"\u2022", "\u25aa", "\u25cf", "\u00bb"})


def _sign_offs(doc: Document, mentions: list[Mention]) -> set[int]:
    """Person mentions that sign a paragraph off: a name alone in brackets after the sentence's end, closing its
    paragraph, and named nowhere else in the article: "..., ” ujarnya. (Man Suparman)" (gold README: unlabelled
    sign-offs like "(Bukhori)" name no person; a name of several words signs off the same way). A name in
    brackets after a post stays: "dan Pjs Wali Kota Surakarta (Dhoni Widianto)."."""
    sents = list(doc.sentences or ())
    last_of_para = {s.sent_id for n, s in enumerate(sents)
                    if n + 1 == len(sents) or sents[n + 1].paragraph != s.paragraph}
    by_sent = {s.sent_id: s for s in sents}
    count: dict[str, int] = {}
    for m in mentions:
        if m.kind == "person":
            count[fold(m.text)] = count.get(fold(m.text), 0) + 1
    out = set()
    for m in mentions:
        if m.kind != "person" or m.sent_id not in last_of_para or count[fold(m.text)] > 1:
            continue
        ws = by_sent[m.sent_id].words
        i, j = m.word_ids[0] - 1, m.word_ids[-1]   # 0-based: the name is ws[i:j]
        if i >= 1 and ws[i - 1].text == "(" and j < len(ws) and ws[j].text == ")" \
                and all(w.upos == "PUNCT" for w in ws[j + 1:]) \
                and (i == 1 or ws[i - 2].text in (".", "!", "?", "\u201d", '"')):
            out.add(id(m))
    return out


_ACRONYM = re.compile(r"[A-Z]{3,6}")


def _spelled_out_acronyms(doc: Document) -> set[str]:
    """Folded lexicon acronyms the article spells out as something else: "Rapat Koordinasi Tim Terpadu
    Penanganan Konflik Sosial ... maka pelaksanaan PKS merupakan tugas kita bersama" (PKS is Penanganan
    Konflik Sosial here, not the party), "Pajak Bumi dan Bangunan (PBB)". The initials of capitalised
    words in a sentence that is no Title Case headline ("dan" skipped) spell the acronym, and those words
    are not the lexicon's own long form of it."""
    acronyms = {fold(w.text): w.text for s in doc.sentences or () for w in s.words
                if _ACRONYM.fullmatch(w.text) and fold(w.text) in organizations()}
    if not acronyms:
        return set()
    out = set()
    for sent in doc.sentences or ():
        if _headline(sent.words):
            continue
        run: list[str] = []
        for w in (*sent.words, None):
            if w is not None and (is_cap(w.text) and w.text.isalpha() and not w.text.isupper() or
                                  run and w.text in ("dan", "&")):
                run.append(w.text)
                continue
            caps = [t for t in run if t not in ("dan", "&")]
            for n in range(len(caps)):
                for acr in acronyms:
                    phrase = caps[n:n + len(acr)]
                    # a post's title is no body's name: "Kabag Pemerintahan Umum Setda Yulianto" spells
                    # no KPU
                    if len(phrase) == len(acr) and "".join(t[0] for t in phrase).lower() == acr \
                            and organizations()[acr] is not organizations().get(fold(" ".join(phrase))) \
                            and not _own_long_form(run, n, acr) and fold(phrase[0]) not in titles():
                        out.add(acr)
            run = []
    return out


def _own_long_form(run: list[str], n: int, acr: str) -> bool:
    """The capitalised words from the n-th name word on are a long form of the acronym's body, with
    "dan" where the lexicon writes it ("Partai Keadilan Sejahtera", "Pajak ... dan ...")."""
    info = organizations()[acr]
    words = " ".join(run)
    return any(fold(f) in fold(words) for f in info.full)


def _dateline_place(doc: Document, found: list[Mention]) -> list[tuple[Mention, str]]:
    """The dateline place as a region mention ("SENTANI Papuareels.id – ...", "Tiakur,
    SentralNusantara.com – ..."): the words that open the first sentences and spell the place
    :mod:`kg.extract.meta` read, when no other mention covers them. Resolution looks it up in the
    gazetteer (a kecamatan within the article's kab/kota too) or keeps it as a place of level other."""
    place = (doc.meta or {}).get("dateline", "").split()
    if not place:
        return []
    taken = {(m.sent_id, w) for m in found for w in m.word_ids if m.kind != "person"}
    persons = {(m.sent_id, m.word_ids) for m in found if m.kind == "person"}
    for sent in (doc.sentences or ())[:6]:
        ws = sent.words
        # the place opens the sentence, or follows the outlet: "BORNEONEWS, Kuala Kurun - Komisi ..."
        starts = [0] + [k + 1 for k in range(1, min(4, len(ws))) if ws[k].text == ","][:1]
        k = next((k for k in starts if len(ws) > k + len(place) and
                  [fold(w.text) for w in ws[k:k + len(place)]] == [fold(p) for p in place]), None)
        if k is None:
            fused = _fused_dateline(ws, place)
            if fused is not None and (sent.sent_id, len(place)) not in taken:
                return [(Mention(sent.sent_id, tuple(range(1, len(place) + 1)), fused[0], "region",
                                 ws[0].start_char, fused[1]), "dateline")]
            continue
        ids = tuple(range(k + 1, k + len(place) + 1))
        if any((sent.sent_id, i) in taken for i in ids) or not all(w.text[:1].isupper() for w in ws[k:k + len(place)]) \
                or any(sid == sent.sent_id and set(wids) & set(ids) and not set(wids) <= set(ids) for sid, wids in persons):
            return []
        text = " ".join(w.text for w in ws[k:k + len(place)])
        return [(Mention(sent.sent_id, ids, text, "region", ws[k].start_char, ws[k + len(place) - 1].end_char),
                 "dateline")]
    return []


def _fused_dateline(ws: tuple[Word, ...], place: list[str]) -> tuple[str, int] | None:
    """(the place's text, its end offset) where the tokenizer fused the dateline's last place word to
    the outlet after a comma or a hyphen with no space: "AMBON,MENITINI.COM - Kepala Bidang Humas ..." is
    one token, "Maumere-SuaraSikka.com:" starts with "Maumere-Suara".
    The mention covers the fused token but names only the place."""
    n = len(place)
    if len(ws) <= n or [fold(w.text) for w in ws[:n - 1]] != [fold(p) for p in place[:-1]]:
        return None
    last = ws[n - 1].text
    if last[len(place[-1]):len(place[-1]) + 1] not in (",", "-") or \
            not last.lower().startswith(place[-1].lower()) or not last[:1].isupper():
        return None
    words = [w.text for w in ws[:n - 1]] + [last[:len(place[-1])]]
    return " ".join(words), ws[n - 1].start_char + len(place[-1])


def _credited(words: tuple[Word, ...], i: int) -> tuple[int, int] | None:
    """The name credited after a label at ``i`` ("Editor :", "doc"): one to four name words,
    not a desk code ("YR": short capitals) nor a credit that names no one ("Dok. Pribadi") nor a desk
    named by a label word ("Editor: Redaktur TVRINews"). Credit words
    after the label are skipped: "Foto : Dok . Humas" names no one, "Foto: Dok. Budi" names Budi."""
    while i + 1 < len(words) and (fold(words[i].text) in CREDIT_WORDS or
                                  words[i].text == "." and i > 0 and fold(words[i - 1].text) in CREDIT_WORDS):
        i += 1
    r = _run(words, i, strict=False)
    if r is None and _month_name(words, i):
        r = (i, i + 1)
    if r is not None:  # "Pewarta: Ricky Prayoga Editor: Budi Suyanto": the next label ends the name
        r = (r[0], next((k for k in range(*r) if fold(words[k].text) in BYLINE_LABELS and k + 1 < len(words)
                         and words[k + 1].text == ":"
                         # "Editor: Budi Santoso Copyright © ANTARA 2024": the page's copyright line follows
                         or fold(words[k].text) in ("copyright", "hak")), r[1]))
    if r is None or r[1] == r[0] or r[1] - r[0] > 4:
        return None
    ws = [w.text for w in words[r[0]:r[1]]]
    if len(ws) == 1 and ws[0].isupper() and len(ws[0]) <= 3 or any(fold(t) in NOT_CREDITED_NAMES for t in ws):
        return None
    if any(fold(t) in BYLINE_LABELS for t in ws):
        return None   # a desk credited, no person: "Editor: Redaktur TVRINews"
    return r


_SEPARATORS = frozenset({"-", "\u2013", "\u2014", "|"})


def _inline_bylines(words: tuple[Word, ...]) -> list[tuple[int, int]]:
    """A labelled byline inside a line of page furniture, after a separator: "Oleh MC KAB GAYO LUES, Rabu,
    30 Oktober 2024 | 09:26 WIB - Redaktur: Juli - 44" (the line opens with no label, so it is no clutter
    line; the label after the dash still credits a person)."""
    return [(i, j) for i, j in bylines(words) if i >= 3 and words[i - 1].text == ":"
            and fold(words[i - 2].text) in BYLINE_LABELS and words[i - 3].text in _SEPARATORS]


def _month_name(words: tuple[Word, ...], i: int) -> bool:
    """A month's name credited after a label, with no day or year beside it, is a person's name (Javanese
    and Malay names take the birth month): "WIB - Redaktur: Juli - 44" (a date is "30 Juli 2024")."""
    return i < len(words) and fold(words[i].text) in MONTHS and words[i].text[:1].isupper() and len(words[i].text) > 3 \
        and not (i + 1 < len(words) and words[i + 1].text[:1].isdigit())


def bylines(words: tuple[Word, ...]) -> list[tuple[int, int]]:
    """Names in a labelled byline or credit line, which the gold counts as persons:
    "Editor : Mangindo Kayo", "Pewarta: Ricky Prayoga Editor: Budi Suyanto"; two labels for one
    name: "Redaktur & Reporter : Kennorton Girsang"."""
    out = []
    for i in range(len(words) - 2):
        if fold(words[i].text) not in BYLINE_LABELS:
            continue
        k = i + 1
        while k + 1 < len(words) and words[k].text in ("&", "/", "dan") and fold(words[k + 1].text) in BYLINE_LABELS:
            k += 2
        if k < len(words) and words[k].text == ":":
            r = _credited(words, k + 1)
            if r and r not in out:   # the second label of "Redaktur & Reporter :" credits the same name
                out.append(r)
    if not out and words and fold(words[0].text) == "laporan" and any(w.text == "," for w in words):
        k = max(n for n, w in enumerate(words) if w.text == ",")   # "Laporan Wartawan Tribunnews.com, Fahmi Ramadhan"
        r = _credited(words, k + 1)
        if r and r[1] == len(words):
            out.append(r)
    return out


_OUTLET = re.compile(r"\.(com|id|co\.id)$", re.I)   # "Tribunnews.com", "klikkalsel.co.id"


def _credit_line_outlet(words: tuple[Word, ...], i: int) -> bool:
    """An outlet's name in capitals opening a line that credits a photographer after a slash: "VIVA/Rosikin"
    (under "Photo :"), like "ANTARA/Bagus Ahmad Rizaldi"; a body the lexicons know is no outlet ("KPU/...")."""
    return i == 0 and words[0].text.isupper() and words[0].text.isalpha() and len(words[0].text) >= 3 \
        and fold(words[0].text) not in organizations()


def _photo_credits(words: tuple[Word, ...]) -> list[tuple[int, int]]:
    """A photographer credited in brackets: "Senin, 25/1/2024 (foto ; doc Daniel)"."""
    out = []
    for i in range(len(words) - 2):
        if words[i].text != "(" or fold(words[i + 1].text) not in CREDIT_WORDS:
            continue
        k = i + 1
        while k < len(words) and (fold(words[k].text) in CREDIT_WORDS or words[k].text in (":", ";", ".", ",", "/")):
            k += 1
        r = _credited(words, k)
        if r and r[1] < len(words) and words[r[1]].text == ")":
            out.append(r)
        elif k + 2 < len(words) and re.fullmatch(r"[a-z]{3,}", words[k].text) and words[k + 1].text == "/" \
                and fold(words[k].text) not in NOT_CREDITED_NAMES | CREDIT_WORDS:
            out.append((k, k + 1))   # "(foto : rizqon/klikkalsel)": the photographer in lower case, then the outlet
    for i in range(len(words) - 2):  # "ANTARA/Bagus Ahmad Rizaldi/aa.": agency, photographer, editor's code
        if words[i + 1].text == "/" and (fold(words[i].text) == "antara" or _OUTLET.search(words[i].text)
                                         or _credit_line_outlet(words, i)):
            r = _credited(words, i + 2)
            # ... or the photographer ending the caption: "... untuk 1.796 TPS. ANTARA/Rony Muharrman"
            if r and r[0] == i + 2 and (r[1] == len(words) or words[r[1]].text.startswith("/")
                                        or words[r[1]].text in (".", ")") and r[1] + 1 >= len(words) - 1) \
                    and not any(w.text.isupper() for w in words[r[0]:r[1]]):
                out.append(r)
    return out


def _ticket_mates(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """The running mate after a spaced ticket hyphen: "nomor urut 3 Nizar Rahmatu- Ardi" (gold
    README: "Andika-Nanang" is two persons)."""
    sents = {s.sent_id: s for s in doc.sentences or ()}
    taken = {(m.sent_id, w) for m in mentions for w in m.word_ids}
    out = []
    for m in mentions:
        if m.kind != "person":
            continue
        ws = sents[m.sent_id].words
        k = m.word_ids[-1]   # 0-based index of the word after the name
        if k + 1 < len(ws) and ws[k].text in ("-", "–") and (m.sent_id, k + 2) not in taken:
            r = _run(ws, k + 1, strict=False)
            if r and r[0] == k + 1 and not any((m.sent_id, w + 1) in taken for w in range(*r)):
                out.append(_mention(sents[m.sent_id], "person", *r))
                taken |= {(m.sent_id, w + 1) for w in range(*r)}
        elif k < len(ws) and re.fullmatch(r"[-–][A-Z][a-z']*", ws[k].text):
            # "Dharma Pongrekun-Kun Wardana" tokenized "Pongrekun -Kun Wardana"
            r = _run(ws, k + 1, strict=False)
            j = r[1] if r and r[0] == k + 1 else k + 1
            mate = _mention(sents[m.sent_id], "person", k, j)
            out.append(replace(mate, text=mate.text[1:], start_char=None))
            taken |= {(m.sent_id, w + 1) for w in range(k, j)}
    return out


_TICKET = re.compile(r"([A-Z][a-z']+)-([A-Z][a-z']+|I|Ni|[A-Z]{1,3})")
# Arabic articles written with a hyphen inside one name: "Al-Amin", "El-Hakim"
_NAME_ARTICLES = frozenset({"al", "el", "ar", "as", "ad", "an", "at", "az", "ash", "abd"})


def _split_ticket(m: Mention) -> list[Mention]:
    """A candidate pair written as one name ("Danny Pomanto-Azhar Arsyad": the tokenizer kept the
    hyphen inside a word) is two persons; both keep the hyphenated word."""
    toks = m.text.split()
    if m.kind != "person" or len(toks) != len(m.word_ids):
        return [m]
    # "Badrun Nggai-Muslih": a one-word running mate ends the name; "Gunawan-Umar Usman": a one-word
    # candidate opens it ("Pasangan Pramono-Rano berhasil meraih ...": both by one word); "Sedana Arta-I Wayan Diar", "Rendra Kresna-HM Sanusi": the mate's particle
    # or honorific after the hyphen
    k = next((n for n, t in enumerate(toks) if _TICKET.fullmatch(t)
              and fold(_TICKET.fullmatch(t)[1]) not in _NAME_ARTICLES), None)
    cut = next((n for n, t in enumerate(toks[:-1]) if re.fullmatch(r"[A-Z][a-z']+-", t)), None)
    if k is None and cut is not None:   # "Rendra Kresna- HM Sanusi": the hyphen kept on the first name
        return [replace(m, word_ids=m.word_ids[:cut + 1], text=" ".join([*toks[:cut], toks[cut][:-1]]), end_char=None),
                replace(m, word_ids=m.word_ids[cut + 1:], text=" ".join(toks[cut + 1:]), start_char=None)]
    if k is None:
        return [m]
    left, right = _TICKET.fullmatch(toks[k]).groups()
    rest = toks[k + 1:]
    if right.isupper() and right not in NAME_PARTICLES:
        if fold(right) not in honorifics()[0] or not rest:
            return [m]
        right, rest = rest[0], rest[1:]    # "-HM Sanusi": the honorific is no part of the name
    return [replace(m, word_ids=m.word_ids[:k + 1], text=" ".join([*toks[:k], left]), end_char=None),
            replace(m, word_ids=m.word_ids[k:], text=" ".join([right, *rest]), start_char=None)]


def _rejoin_abbreviated(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """A name whose abbreviated first word ended the previous sentence: "... nomor urut 2 Moh." +
    "Nur Dg Rahmatu- Arman Maulana, ..." is "Moh. Nur Dg Rahmatu" (see NAME_ABBREVIATIONS). The
    joined mention keeps the words of its own sentence; its text carries the abbreviation."""
    sents = doc.sentences or ()
    nxt = {a.sent_id: b for a, b in zip(sents, sents[1:]) if a.paragraph == b.paragraph}
    by_sent = {s.sent_id: s for s in sents}
    heads = {}
    for m in mentions:
        ws = by_sent[m.sent_id].words
        if m.kind == "person" and len(m.word_ids) == 1 and fold(m.text) in NAME_ABBREVIATIONS \
                and m.word_ids[0] == len(ws) - 1 and ws[-1].text == "." and m.sent_id in nxt:
            heads[nxt[m.sent_id].sent_id] = m
    if not heads:
        return mentions
    out, used = [], set()
    for m in mentions:
        h = heads.get(m.sent_id)
        if h is not None and m.kind == "person" and m.word_ids[0] == 1 and id(h) not in used:
            used.add(id(h))
            m = replace(m, text=f"{h.text}. {m.text}")
        out.append(m)
    return [m for m in out if not any(m is heads[k] for k in heads if id(heads[k]) in used)]


def nicknames(doc: Document, mentions=None) -> dict[str, str]:
    """Folded nickname -> full name written before it in brackets: "Presiden Joko Widodo
    (Jokowi)", "Wali Kota Surabaya Eri Cahyadi (Cak Eri)"."""
    sents = {s.sent_id: s for s in doc.sentences or ()}
    out: dict[str, str] = {}
    all_mentions = list(mentions if mentions is not None else doc.mentions or ())
    for m in all_mentions:
        if m.kind == "person":
            for nick, full in _pair_nicknames(m, sents[m.sent_id].words, all_mentions):
                out.setdefault(nick, full)
    for m in all_mentions:
        if m.kind != "person" or len(m.word_ids) < 2:
            continue
        ws = sents[m.sent_id].words
        i = m.word_ids[-1]   # the 0-based index of the word after the name
        first = m.word_ids[0] - 1
        if "-" in ws[i - 1].text or first > 0 and ws[first - 1].text in _DASHES:
            continue   # "Ridwan Kamil-Suswono (RIDO)", "Udik Djanuantoro – Joko Cahyono (Dikjoyo)": the pair's
                       # nickname (gold README: pair nicknames are not persons)
        j = i + 1   # up to three words: "H Tgk Muhammad Amin Daud (Ayah Cot Trueng)"
        while j < len(ws) and j < i + 4 and is_cap(ws[j].text) and ws[j].text.isalpha() \
                and fold(ws[j].text) not in organizations() and fold(ws[j].text) not in titles():
            j += 1
        if i < len(ws) and ws[i].text == "(" and j > i + 1 and j < len(ws) and ws[j].text == ")":
            nick = " ".join(w.text for w in ws[i + 1:j])
            if fold(nick) not in {fold(t) for t in m.text.split()} and not gazetteer().lookup(nick):
                out.setdefault(fold(nick), m.text)
                for h in range(i + 2, j - 1):   # "(Ayah Cot Trueng)", later "Cot Trueng" alone (the NER
                    out.setdefault(fold(" ".join(w.text for w in ws[h:j])), m.text)   # left "Ayah" out)
                if j > i + 2 and fold(ws[i + 1].text) in honorifics()[0]:
                    # "Habib Ali Zainal Abidin Assegaf (Habib Bidin)", later "tutur Habib Bidin": the mention
                    # drops the title, so the nickname without it is hers or his too
                    out.setdefault(fold(" ".join(w.text for w in ws[i + 2:j])), m.text)
        k = _called(ws, i)
        if k is not None:
            out.setdefault(fold(ws[k].text), m.text)
    for m in all_mentions:   # the short form first, the full name in brackets after it
        full = _bracketed_full_name(m, sents[m.sent_id].words, all_mentions)
        if full is not None:
            out.setdefault(fold(m.text), full)
    for m in mentions if mentions is not None else doc.mentions or ():
        full = _addressed_as(m, sents, mentions if mentions is not None else doc.mentions or ())
        if full is not None:
            out.setdefault(fold(m.text), full)
    out.update({k: v for k, v in _called_back(doc, mentions if mentions is not None else doc.mentions or ()).items()
                if k not in out})
    out.update({k: v for k, v in _called_after(doc, mentions if mentions is not None else doc.mentions or ()).items()
                if k not in out})
    return out




def _called_back(doc: Document, mentions) -> dict[str, str]:
    """Nicknames given to the person named before by a noun for them: "[noun] yang [akrab|biasa] disapa
    [title] NAME" -> the last full name (two words or more) of an earlier sentence."""
    out: dict[str, str] = {}
    last, by_sent = None, {}
    for m in mentions:
        if m.kind == "person" and len(m.word_ids) > 1:
            by_sent.setdefault(m.sent_id, []).append(m)
    for sent in doc.sentences or ():
        ws = sent.words
        for i in range(len(ws) - 3):
            if fold(ws[i].text) in CALLED_BACK and fold(ws[i + 1].text) == "yang" and last is not None:
                k = _called(ws, i + 1)
                if k is not None and not any(k + 1 in x.word_ids for x in mentions
                                             if x.sent_id == sent.sent_id and len(x.word_ids) > 1):
                    out.setdefault(fold(ws[k].text), last)
        if sent.sent_id in by_sent:
            last = by_sent[sent.sent_id][-1].text
    return out


def _bracketed_full_name(m, ws, mentions) -> str | None:
    """The full name written in brackets right after a one-word name, which is then its short form: "saya
    pernah sampaikan ke Pak Afif (Mochammad Afiduddin) badai pasti berlalu" -> "Afif" is Mochammad Afiduddin."""
    if m.kind != "person" or len(m.word_ids) != 1:
        return None
    k = m.word_ids[0]   # the 0-based index of the word after the name
    if not (k < len(ws) and ws[k].text == "("):
        return None
    full = next((x for x in mentions if x.kind == "person" and x.sent_id == m.sent_id and len(x.word_ids) > 1
                 and x.word_ids[0] == k + 2 and x.word_ids[-1] < len(ws) and ws[x.word_ids[-1]].text == ")"), None)
    return full.text if full is not None else None


def _called_after(doc: Document, mentions) -> dict[str, str]:
    """A name glossed as a nickname right after it, "NAME panggilan/sapaan akrabnya" (with no name after
    the gloss), is the nickname of the person named last before it: "KH. Imam Mawardi Ridlwan menuturkan
    ..." ... "“...,” tegas Abah Imam panggilan akrabnya" -> Imam Mawardi Ridlwan, one person, with the gloss
    set off by a comma too ("Kapolres Batu AKBP Budi Hermanto menegaskan ..." ... "“...” kata Buher, sapaan
    akrabnya usai menghadiri ..."); so is one glossed by a post: "dibuka oleh Ketua KPU TTS Matheus A.
    Krivo" ... "Ujar Pak Makri sapaan akrab Ketua KPU TTS"."""
    out: dict[str, str] = {}
    sents = {s.sent_id: s for s in doc.sentences or ()}
    last = None
    for m in mentions:
        if m.kind != "person":
            continue
        ws, k = sents[m.sent_id].words, m.word_ids[-1]   # k: the 0-based index of the word after the name
        k += k + 1 < len(ws) and ws[k].text == "," and fold(ws[k + 1].text) in _CALLED
        gloss = [fold(w.text) for w in ws[k:k + 3]]
        if last is not None and fold(last.text) != fold(m.text) and len(gloss) >= 2 and gloss[0] in _CALLED \
                and (gloss[1] in ("akrabnya", "karibnya", "nya")
                     or gloss[1] in ("akrab", "karib") and gloss[2:3] == ["nya"]
                     # "Ujar Pak Makri sapaan akrab Ketua KPU TTS": the nickname of the chair named before
                     or gloss[1] in ("akrab", "karib") and len(gloss) > 2 and gloss[2] in titles()
                     and is_cap(ws[k + 2].text)):
            out.setdefault(fold(m.text), last.text)
            continue
        last = m
    return out


def _pair_nicknames(m, ws, mentions) -> list[tuple[str, str]]:
    """The two nicknames of a pair in brackets after its names, each the nickname of one of them:
    "Sitti Rohmi Djalilah-Musyafirin (Rohmi-Firin)", "Zulkieflimansyah-Moh Suhaili Fadil Tohir (Zul-Uhel)";
    after the running mate's name alone, the first nickname a word of another person the article names:
    "Iqbal yang berduet dengan Indah Dhamayanti Putri (Iqbal-Dinda)". (The pair's nickname itself is no
    person, gold README; its two halves, written "Iqbal-Dinda" later, are the two persons.)"""
    i = m.word_ids[-1]   # 0-based index of the word after the name
    if not (i < len(ws) and ws[i].text == "("):
        return []
    if i + 2 < len(ws) and ws[i + 2].text == ")" and _TICKET.fullmatch(ws[i + 1].text):
        a, b = _TICKET.fullmatch(ws[i + 1].text).groups()
    elif i + 4 < len(ws) and ws[i + 4].text == ")" and ws[i + 2].text in _DASHES \
            and is_name_token(ws[i + 1].text) and is_name_token(ws[i + 3].text):
        a, b = ws[i + 1].text, ws[i + 3].text
    else:
        return []
    start = m.word_ids[0]
    lead = next((x for x in mentions if x.kind == "person" and x.sent_id == m.sent_id and x is not m
                 and x.word_ids[0] <= start and x.word_ids != m.word_ids
                 and (x.word_ids[-1] == start or x.word_ids[-1] == start - 2 and ws[start - 2].text in _DASHES)), None)
    if lead is not None:   # "Djalilah-Musyafirin" (a word shared) or "Djalilah - Musyafirin"
        return [(fold(a), lead.text), (fold(b), m.text)]
    if fold(a) in {fold(t) for t in m.text.split()} or len(m.word_ids) < 2:
        return []
    other = next((x for x in mentions if x.kind == "person" and len(x.word_ids) > 1 and x is not m
                  and fold(a) in {fold(t) for t in x.text.split()}), None)
    return [(fold(a), other.text), (fold(b), m.text)] if other is not None else []


def _addressed_as(m, sents, mentions) -> str | None:
    """The full name a nickname is glossed with right after it: "kata Setnov, sapaan Setya Novanto"
    (", sapaan [akrab] NAME", NAME the article's name of a person, of two words or more)."""
    if m.kind != "person" or len(m.word_ids) != 1:
        return None
    ws, k = sents[m.sent_id].words, m.word_ids[-1]
    if not (k + 1 < len(ws) and ws[k].text == "," and fold(ws[k + 1].text) in _CALLED):
        return None
    k += 2 + (k + 2 < len(ws) and fold(ws[k + 2].text) in ("akrab", "karib"))
    r = _run(ws, k, strict=False) if k < len(ws) else None
    name = fold(" ".join(w.text for w in ws[r[0]:r[1]])) if r and r[0] == k and r[1] - r[0] >= 2 else ""
    return next((x.text for x in mentions if x.kind == "person" and len(x.word_ids) > 1 and fold(x.text) == name),
                None)


# "Achmad Syaifudin Riyadi yang akrab disapa Didi": the name a person is called by
_CALLED = frozenset({"disapa", "dipanggil", "panggilan", "sapaan"})


def _called(ws, i: int) -> int | None:
    """The word after "[,] [yang] [akrab|biasa] disapa/dipanggil [title]" following a name that ends
    before ``i``, when it is one capitalised name word: the person's nickname ("KH Abdullah Kafabihi
    Mahrus ... Kiai yang akrab disapa Kiai Kafah" -> Kafah)."""
    k = i + 1 if i < len(ws) and ws[i].text == "," else i
    k = k + 1 if k < len(ws) and fold(ws[k].text) == "yang" else k
    k = k + 1 if k < len(ws) and fold(ws[k].text) in ("akrab", "biasa", "karib") else k
    if not (k + 1 < len(ws) and fold(ws[k].text) in _CALLED and k > i):
        return None
    before, _ = honorifics()
    while k + 2 < len(ws) and fold(ws[k + 1].text) in before and is_cap(ws[k + 1].text):
        k += 1   # "yang akrab disapa Kiai Kafah": the title is no part of the nickname
    nxt = ws[k + 1]
    ok = is_name_token(nxt.text) and nxt.text[:1].isupper() and not gazetteer().lookup(nxt.text) \
        and (k + 2 >= len(ws) or not is_name_token(ws[k + 2].text))
    return k + 1 if ok else None


def _nickname_mentions(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """Every occurrence of a bracketed nickname is a mention of that person."""
    nicks = nicknames(doc, mentions)
    if not nicks:
        return []
    taken = {(m.sent_id, w) for m in mentions for w in m.word_ids}
    out = []
    for sent in doc.sentences or ():
        ws = sent.words
        for i in range(len(ws)):
            for n in (3, 2, 1):
                if i + n <= len(ws) and all(is_cap(w.text) for w in ws[i:i + n]) \
                        and fold(" ".join(w.text for w in ws[i:i + n])) in nicks \
                        and not any((sent.sent_id, w.id) in taken for w in ws[i:i + n]):
                    out.append(_mention(sent, "person", i, i + n))
                    taken |= {(sent.sent_id, w.id) for w in ws[i:i + n]}
                    break
    return out


# level words before a village or district the gazetteer may lack ("PPS Kelurahan Wonosari")
_PLACE_LEVELS = frozenset({"kelurahan", "desa", "kecamatan", "dusun", "kampung", "nagari", "gampong", "lembang",
                           "pekon", "tiyuh", "kalurahan", "distrik", "kapanewon", "kemantren"})


def _strip_places(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """Drop a place the article names with a level word from the front of a person's name.

    Motivating sentences: "Panitia Pemungutan Suara (PPS) Kelurahan Wonosari mulai melatih
    ... Ketua PPS Wonosari Budi Santoso mengatakan ..." (the person is "Budi Santoso")."""
    places: set[tuple[str, ...]] = set()
    for sent in doc.sentences or ():
        ws = sent.words
        for i, w in enumerate(ws[:-1]):
            if fold(w.text) in _PLACE_LEVELS:
                j = i + 1
                while j < len(ws) and j < i + 3 and is_name_token(ws[j].text):
                    j += 1
                if j > i + 1:
                    places.add(tuple(fold(x.text) for x in ws[i + 1:j]))
    sents = {s.sent_id: s for s in doc.sentences or ()}
    seq = list(doc.sentences or ())
    before = {b.sent_id: a for a, b in zip(seq, seq[1:]) if a.paragraph == b.paragraph}
    mentions = [_after_level_word(m, sents[m.sent_id], before.get(m.sent_id)) for m in mentions]
    if not places:
        return mentions
    out = []
    for m in mentions:
        if m.kind == "person" and len(m.word_ids) >= 3:
            ws = [sents[m.sent_id].word(i) for i in m.word_ids]
            k = max((len(p) for p in places if len(p) <= len(ws) - 2
                     and tuple(fold(w.text) for w in ws[:len(p)]) == p), default=0)
            if k:
                m = Mention(m.sent_id, m.word_ids[k:], " ".join(w.text for w in ws[k:]), m.kind,
                            ws[k].start_char, ws[-1].end_char)
        out.append(m)
    return out


_AREA_LEVELS = frozenset({"kab", "kabupaten", "kota", "kec", "kecamatan", "prov", "provinsi"})


def _after_level_word(m: Mention, sent: Sentence, prev: Sentence | None = None) -> Mention:
    """A person's name that a level word's area opens loses the area: "Sekda Kab. Kukar Sunggono" (the NER
    tags "Kukar Sunggono" PER; "Kukar" is the kabupaten the gazetteer knows) is "Sunggono", also where the
    sentence splitter took the abbreviation's dot for a sentence's end (``prev``, the sentence before in the
    paragraph, then ends in "Kab .")."""
    if m.kind != "person" or len(m.word_ids) < 2:
        return m
    ws = sent.words
    i = m.word_ids[0] - 1   # 0-based index of the name's first word
    if i == 0 and prev is not None and len(prev.words) >= 2:
        ws, i = prev.words + ws, len(prev.words)
    k = i - 1 if i > 0 and ws[i - 1].text == "." else i
    if not (k > 0 and fold(ws[k - 1].text) in _AREA_LEVELS and gazetteer().lookup(ws[i].text)):
        return m
    rest = [sent.word(w) for w in m.word_ids[1:]]
    return Mention(m.sent_id, m.word_ids[1:], " ".join(w.text for w in rest), m.kind,
                   rest[0].start_char, rest[-1].end_char)


def _haji(m: Mention) -> Mention:
    """ "HM Sanusi" is "H. M. Sanusi": the H is the honorific Haji (GUIDELINES: "H Salahudin" ->
    "Salahudin"), the M (Muhammad) is part of the name ("M Sanusi", as the article also writes it)."""
    toks = m.text.split()
    if m.kind == "person" and len(toks) > 1 and toks[0] == "HM":
        return replace(m, text=" ".join(["M", *toks[1:]]), start_char=None)
    return m


# the relations of a noun phrase's head to its clause or to another noun: the slots a name fills
_NOMINAL_RELS = frozenset({"nsubj", "obj", "iobj", "obl", "nmod", "appos", "conj"})


def _lone_name(words: tuple[Word, ...], i: int) -> bool:
    """A one-word name the NER alone tags as a person, kept without a fuller name in the article: the
    NER's single-word person entity (S-PER) on a Title Case proper noun in a noun phrase's slot, with no
    name word either side (that would make it a fragment of a longer name or a body's name; a capitalised
    function word opening the sentence is none), no place word before it, and
    no place of that name, and not alone in brackets (gold README: desk codes "(Bukhori)" name no
    one). A politician named by the initials is kept too ("SDA", "JK": two to four capitals the NER tags
    alone as a person; a body's acronym the lexicons know is no name word). "Menurut Johan, laporan hasil analisis merupakan bahan mentah", "Megawati
    akan tetap memegang trah-nya karena Soekarno" (news often names a person by one word only)."""
    w = words[i]
    initials = w.text.isupper() and 2 <= len(w.text) <= 4   # "SBY", "JK": a politician by the initials
    if w.ner != "S-PER" or w.upos != "PROPN" or not w.text.isalpha() or not initials and (w.text.isupper() or len(w.text) < 3) \
            or not is_name_token(w.text) or w.deprel.partition(":")[0] not in _NOMINAL_RELS \
            or gazetteer().lookup(w.text) or fold(w.text) in honorifics()[0] or _headline(words):
        return False
    if 0 < i < len(words) - 1 and words[i - 1].text == "(" and words[i + 1].text == ")":
        return False   # "(Bukhori)": a desk code signing the article off, or a nickname (see nicknames)
    return not any(0 <= k < len(words) and words[k].text.isalpha() and (
        is_name_token(words[k].text) or is_cap(words[k].text) and fold(words[k].text) in _NAMED_PLACES | _PLACE_LEVELS)
        for k in (i - 1, i + 1))


def _repeated_subjects(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """A one-word name the NER missed, which the article makes the subject of a verb in two
    sentences or more: "Satriawan jatuh pingsan ... Satriawan diduga mengalami kelelahan" (a poll
    worker named once, by one word). Only a Title Case proper noun that no lexicon or gazetteer
    knows and that no other mention covers."""
    taken = {(m.sent_id, w) for m in mentions for w in m.word_ids}
    seen: dict[str, list[tuple[Sentence, int]]] = {}
    for sent in doc.sentences or ():
        if is_clutter(sent.text) or _headline(sent.words):
            continue
        for i, w in enumerate(sent.words):
            head = sent.words[w.head - 1] if 0 < w.head <= len(sent.words) else None
            if (sent.sent_id, w.id) in taken or w.upos != "PROPN" or not w.deprel.startswith("nsubj") \
                    or head is None or head.upos != "VERB" or not is_name_token(w.text) or w.text.isupper() \
                    or not w.text.isalpha() or (w.ner or "O")[2:] not in ("", "PER") or gazetteer().lookup(w.text) \
                    or i + 1 < len(sent.words) and is_name_token(sent.words[i + 1].text) \
                    or i > 0 and is_name_token(sent.words[i - 1].text):
                continue
            seen.setdefault(fold(w.text), []).append((sent, i))
    out = []
    for hits in seen.values():
        if len({s.sent_id for s, _ in hits}) >= 2:
            out += [_mention(s, "person", i, i + 1) for s, i in hits]
    return out


def _short_names(doc: Document, mentions: list[Mention], parts: set[str]) -> list[Mention]:
    """One-word mentions of a person the article names in full, that no cue found.

    Motivating sentence: "Kapolrestabes Semarang Kombes Pol Irwan Anwar menambahkan, ...
    Irwan mengimbau masyarakat tidak mudah terprovokasi berita bohong" ("Irwan" is the
    subject; the NER did not tag it)."""
    taken = {(m.sent_id, w) for m in mentions for w in m.word_ids}
    out = []
    for sent in doc.sentences or ():
        if is_clutter(sent.text) or _headline(sent.words):
            continue
        for i, w in enumerate(sent.words):
            if (sent.sent_id, w.id) in taken or w.upos != "PROPN" or not is_name_token(w.text) \
                    or fold(w.text) not in parts or (w.ner or "O")[2:] in ("ORG", "LOC"):
                continue
            prev, nxt = sent.words[i - 1] if i else None, sent.words[i + 1] if i + 1 < len(sent.words) else None
            if prev is not None and (fold(prev.text) in _NAMED_PLACES | _PLACE_LEVELS or is_name_token(prev.text)) \
                    or nxt is not None and is_name_token(nxt.text):
                continue  # "Jalan Sudirman", or part of a longer name no cue found
            out.append(_mention(sent, "person", i, i + 1))
    return out


