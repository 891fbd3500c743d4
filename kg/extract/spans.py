"""Token-level span helpers shared by :mod:`kg.extract.mentions` and :mod:`kg.extract.resolve`.

>>> is_cap("Budi"), is_cap("budi")
(True, False)
>>> is_name_token("Senin"), is_name_token("Utama")
(False, True)
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.lang.lexicon import LEVEL_WORDS, OrgInfo, Region, TitleInfo, fold, gazetteer, honorifics, key_prefixes, \
    organizations, titles
from kg.lang.words import DIVISION_NAME_WORDS, FUSED_PROVINCES, NOT_NAME_NOUNS, PARTY_COUNCILS, PLATFORMS
from kg.model import Word

__all__ = ["GENERIC", "NAMED_BARE", "words_ok", "ORG_HEADS", "INSTITUTION_HEADS", "TEAM_HEADS", "is_cap", "is_name_token", "ner_spans", "org_at",
           "paren_acronym", "paren_abbreviation", "trailing_division", "bracket_short_name", "party_board", "party_council",
           "OrgParse", "parse_org", "DESIGNATED", "designator", "designated_title", "fused_title",
           "letters_in_order", "polling_station", "fused_body"]

# first words of a written-out body name ("Forum Koordinasi ... (Forkopimda)")
ORG_HEADS = frozenset({"badan", "komisi", "dewan", "forum", "panitia", "kelompok", "partai",
                       "kementerian", "lembaga", "pemerintah", "majelis", "satuan", "kepolisian",
                       "kejaksaan", "dinas", "sekretariat", "ikatan", "himpunan", "korps",
                       "persatuan", "gerakan", "aliansi", "koalisi", "perkumpulan", "yayasan",
                       "komite", "direktorat", "asosiasi", "paguyuban", "pengurus", "sentra",
                       "komando", "persekutuan", "perhimpunan", "jaringan", "pusat", "kantor"})
# first words of a college's name, a body when written with its acronym: "Mantan Rektor Universitas Negeri
# Yogyakarta (UNY) Sutrisna Wibawa" (a place in the name is part of the name: no mention of Yogyakarta)
INSTITUTION_HEADS = frozenset({"universitas", "institut", "politeknik", "akademi", "sekolah"})
# capitalised named teams ("Tim Pemantau Perkembangan Politik Daerah", "Desk Pilkada")
TEAM_HEADS = frozenset({"tim", "desk", "satgas", "pokja", "posko", "gugus"})
# written-out generic nouns that are not named bodies (gold conventions)
GENERIC = frozenset({"bumd", "bumn", "opd", "asn", "ormas", "dpt", "tps", "pns", "lsm", "rt", "rw",
                     "skpd"})
_CONNECTORS = frozenset({"dan", "untuk", "serta", "se", "dalam"})
_STOP = frozenset(fold(w) for w in (
    "Senin Selasa Rabu Kamis Jumat Jum'at Sabtu Minggu Januari Februari Maret April Mei Juni Juli "
    "Agustus September Oktober November Desember Ia Dia Beliau Kami Kita Saya Mereka Namun Sementara "
    "Pemilu Pilkada Pilpres Pileg Pemilukada Rakor Baca Juga Selain Itu Ini Hal Dengan Dalam Pada "
    "Menurut Terkait Acara Kegiatan Kantor Ruang Hotel Jalan Gedung Aula Kabupaten Kota Provinsi "
    "Kecamatan Kelurahan Desa Negara Republik Indonesia RI TPS ASN DPT Pemerintah Rapat Koordinasi "
    "Surat Edaran Peraturan Perda Undang Keputusan Instruksi Pemilihan Umum Serentak Tahun "
    "Pesta Demokrasi Program Sosialisasi Apel Siaga Pasangan Calon Nomor Urut Tempat Pemungutan "
    # "Nomor" cut short: "Kampanye Calon Bupati dan Calon Wakil Bupati No Urut 01 Kabupaten Palas" (no person "No")
    "No "
    "Suara Kampanye Debat Pilgub Pilbup Pilwalkot Masyarakat Warga Aparatur Sipil Netralitas Daerah "
    "Pusat Nasional Bersama Terima Kasih Jelang Menjelang Dalam Untuk Agar Bahwa "
    # sentence openers the NER may tag as a one-word person: "Mari kita jaga ...", "Semoga ..."
    "Mari Ayo Yuk Semoga Mohon Silakan Silahkan Tolong Harap Jangan Kalau Jika Apabila Adapun Kemudian "
    "Selanjutnya Setelah Sebelum Saat Ketika "
    # conjunctions and question words that open a sentence, which the parse may make its subject:
    # "Dimana, kata Pj Bupati Ismail, dalam Pasal 9 ... menyebutkan", "Beda halnya dengan Komisioner KIP Aceh"
    "Dimana Dimanapun Bagaimana Mengapa Kenapa Sedangkan Padahal Sehingga Olehkarenanya Karenanya Karena "
    "Meski Meskipun Walaupun Walau Bahkan Sebab Maka Apalagi Tentunya Beda Begitu Begitupun Demikian "
    # the news agency a dateline names in brackets: "Langkat, (Antaranews Sumut) - Komisi ..."
    "Antaranews "
    # the KPU's information systems, subjects of sentences as persons are: "Sirekap mencatat ..."
    "Sirekap Sidalih Silon Sipol Siakba Sikadeka Sidapil").split())


# military units named by a number and/or a name after a slash: "Kodam IV/Diponegoro",
# "Kodim 0733/Kota Semarang", "Korem 073/Makutarama", "Yonif 400/Raider", "Lantamal V"
# (the other numbered units of the lexicon too: "BKO Yonzipur 4", "Satradar 222", "Lanud Roesmin Nurjadin")
DESIGNATED = frozenset({"kodam", "korem", "kodim", "koramil", "yonif", "brigif", "lantamal", "lanal",
                        "yonzipur", "yonkav", "yonarmed", "yonarhanud", "yonmarhanlan", "satradar", "lanud",
                        "denpom"})
_UNIT_NUMBER = re.compile(r"(?:\d{1,4}|[IVXL]+)(?:-\d{1,3})?")
# units whose name may follow with no number: "Kodam Diponegoro", and the air and naval bases, named
# after a person or a place: "Lanud Supadio", "Lanud Roesmin Nurjadin", "Lanal Ranai"
NAMED_BARE = frozenset({"kodam", "lanud", "lanal"})


def is_cap(text: str) -> bool:
    return bool(text) and text[0].isupper()


@lru_cache(maxsize=1 << 16)
def is_name_token(text: str) -> bool:
    """A token that can be part of a person's name: capitalised word, not a known
    function word, day, month, organisation acronym or title.

    Memoised like :func:`kg.lang.lexicon.fold`: a sentence's name runs are tried at every word."""
    if not is_cap(text) or not re.fullmatch(r"[A-Z][A-Za-z'’\-]*\.?", text):
        return False
    if re.fullmatch(r"[IVXLC]+", text):  # Roman numerals: "Pangdam II Sriwijaya", "Kodam IV"
        return False
    if text == "UU":  # "UU Cipta Kerja": a law (Undang-Undang); "Uu Ruzhanul Ulum" is written in Title Case
        return False
    f = fold(text)
    # a generic body's acronym is no name word either: "anggota Forkopimda Kota Madiun, OPD, KPU, Bawaslu"
    return f not in _STOP and f not in NOT_NAME_NOUNS and f not in organizations() and f not in titles() \
        and f not in GENERIC and f not in PLATFORMS


def ner_spans(words: tuple[Word, ...]) -> list[tuple[int, int, str]]:
    """Decode BIOES/BIO tags into (start, end, label) spans over word positions."""
    out, start, label = [], None, None
    for i, w in enumerate(words):
        tag = w.ner or "O"
        pre, _, lab = tag.partition("-")
        if pre in ("B", "S") or (pre == "I" and (start is None or lab != label)):
            if start is not None:
                out.append((start, i, label))
            start, label = i, lab
        elif pre == "O":
            if start is not None:
                out.append((start, i, label))
            start, label = None, None
        if pre in ("E", "S") and start is not None:
            out.append((start, i + 1, label))
            start, label = None, None
    if start is not None:
        out.append((start, len(words), label))
    return out


_ALNUM = re.compile(r"[0-9A-Za-z]")


def words_ok(words) -> bool:
    """Every word has a letter or digit (fold() drops punctuation, so "FKUB )" folds like "FKUB")."""
    return all(_ALNUM.search(w.text) for w in words)


def paren_acronym(words: tuple[Word, ...], i: int) -> int | None:
    """End of a parenthesised short form "( Pj )" / "( Bawaslu )" / "( Pj . )" starting at ``i``."""
    if i + 2 < len(words) and words[i].text == "(" and is_cap(words[i + 1].text):
        if words[i + 2].text == ")":
            return i + 3
        if words[i + 2].text == "." and i + 3 < len(words) and words[i + 3].text == ")":
            return i + 4   # "Penjabat (Pj.) Gubernur Papua": the tokenizer split the dot
    return None


def paren_abbreviation(words: tuple[Word, ...], i: int) -> int | None:
    """End of a bracketed short form of two or three words that abbreviates the capitalised words
    just before it, or of any short form :func:`paren_acronym` accepts: "Asisten Pemerintah
    Kesejahteraan Rakyat (Aspem Kesra) Kabupaten Bogor Zaenal Ashari", "Kepala Satuan Reserse
    Kriminal (Kasat Reskrim)". The initials of the words before (from the first of two or more)
    must occur in order in the short form, which starts with the first initial, so a name in
    brackets ("Pjs Bupati Pemalang (Agung Hariyadi)") is not one.

    >>> from kg.model import Word
    >>> ws = tuple(Word(n, t, t, "PROPN") for n, t in enumerate(
    ...     "Asisten Pemerintah Kesejahteraan Rakyat ( Aspem Kesra ) Kabupaten".split(), 1))
    >>> name = tuple(Word(n, t, t, "PROPN") for n, t in enumerate(
    ...     "Pjs Bupati Pemalang ( Agung Hariyadi ) ,".split(), 1))
    >>> paren_abbreviation(ws, 4), paren_abbreviation(name, 3)
    (8, None)
    """
    p = paren_acronym(words, i)
    if p:
        return p
    k = i + 1
    while k < len(words) and k < i + 4 and is_cap(words[k].text) and words[k].text.isalpha():
        k += 1
    if k == i + 1 or k - i - 1 < 2 or k >= len(words) or words[k].text != ")" or i < 2:
        return None
    short = fold("".join(w.text for w in words[i + 1:k]))
    before = []
    n = i - 1
    while n >= 0 and i - n <= 8 and (is_cap(words[n].text) and words[n].text.isalpha() or words[n].text == "dan"):
        if words[n].text != "dan":
            before.insert(0, fold(words[n].text)[:1])
        n -= 1
    for start in range(len(before) - 1):
        initials = before[start:]
        if short[0] == initials[0] and letters_in_order(initials, short):
            return k + 1
    return None


def letters_in_order(letters: list[str], word: str) -> bool:
    """Each letter occurs in ``word`` after the one before it ("k p t" in "kapengti")."""
    pos = 0
    for c in letters:
        pos = word.find(c, pos) + 1
        if pos == 0:
            return False
    return True


_DIVISION_WORDS = frozenset({"divisi", "bidang"})


def trailing_division(words: tuple[Word, ...], k: int) -> int | None:
    """End of a division named after the body, starting at ``k``: "Komisioner KPU Palas [Divisi SDM
    dan Parmas] Amran Pulungan", "anggota Bawaslu Boyolali [Divisi Hukum dan Informasi]". The
    division's name is a list whose last item is the one word after "dan"; without "dan" it is one
    word unless it runs to the sentence's end. A word the NER tags as a person ends it.

    A comma continues the list before its last items: "Anggota Bawaslu Kabupaten Jepara [Divisi
    Penanganan Pelanggaran, Data dan Informasi], Sujiantoko, mengatakan".

    >>> from kg.model import Word
    >>> ws = tuple(Word(n, t, t, "PROPN") for n, t in enumerate("Divisi SDM dan Parmas Amran Pulungan ,".split(), 1))
    >>> trailing_division(ws, 0), trailing_division(ws[:2] + ws[4:], 0), trailing_division(ws, 1)
    (4, 2, None)
    >>> ws = tuple(Word(n, t, t, "PROPN") for n, t in enumerate("Divisi Hukum , Data dan Informasi , Budi ,".split(), 1))
    >>> trailing_division(ws, 0)
    6
    """
    if k >= len(words) or fold(words[k].text) not in _DIVISION_WORDS or not is_cap(words[k].text):
        return None
    j, conj, known = k + 1, None, True
    while j < len(words) and j - k <= 16:
        t = words[j].text
        if t == "," and conj is None and _list_goes_on(words, j):
            j += 1
            continue
        if t in ("dan", "&"):
            if conj is not None:
                break
            conj = j
        elif conj is not None and j > conj + 1 and not (known and _division_word(t)) \
                or not re.fullmatch(r"[A-Z][A-Za-z'-]*", t) or (words[j].ner or "O").endswith("PER") \
                or known and j > k + 1 and not _division_word(t):
            break
        else:
            known = known and _division_word(t)
        j += 1
    if conj is None and j > k + 2 and j < len(words) and words[j].text not in (".", ";", ")", "!", "?", "(") \
            and not known:
        j = k + 2   # "Divisi Hukum Budi Santoso, ...": one word of division, then the name (a bracketed
        #             short form closes it: "Divisi Partisipasi Masyarakat (Parmas) Hartati")
    return j if j > k + 1 and words[j - 1].text not in ("dan", "&") else None


def polling_station(words: tuple[Word, ...], k: int) -> int | None:
    """End of a polling station's number at ``k``, after a TPS-level body's title: "Ketua KPPS [TPS 05]
    Desa Sukamaju, Ahmad Zaini", "Ketua KPPS [di TPS 12] Kelurahan Bugis, ..." (a body of one TPS is
    named by its station; the village follows as the title's region).

    >>> from kg.model import Word
    >>> ws = tuple(Word(n, t, t, "PROPN") for n, t in enumerate("di TPS 05 Desa Sukamaju".split(), 1))
    >>> polling_station(ws, 0), polling_station(ws, 1), polling_station(ws, 3)
    (3, 3, None)
    """
    j = k + 1 if k < len(words) and words[k].text == "di" else k
    if j + 1 >= len(words) or words[j].text not in ("TPS", "tps"):
        return None
    n = j + 2 if fold(words[j + 1].text) in ("nomor", "no") and j + 2 < len(words) else j + 1
    return n + 1 if re.fullmatch(r"\d{1,3}[A-Z]?", words[n].text) else None


def _division_word(text: str) -> bool:
    """A word of the election bodies' division names (DIVISION_NAME_WORDS): "Divisi Teknis Penyelenggaraan
    Muhammad Hanif" runs over both words of the division and stops at the name; "Divisi Penanganan
    Pelanggaran dan Penyelesaian Sengketa Arif" takes both words after "dan"."""
    return fold(text) in DIVISION_NAME_WORDS


def _list_goes_on(words: tuple[Word, ...], j: int) -> bool:
    """After the comma at ``j``, capitalised words (and commas) up to "dan" and one capitalised word:
    the comma joins items of one name ("Penanganan Pelanggaran, Data dan Informasi")."""
    k = j + 1
    while k < len(words) and k - j <= 8 and (re.fullmatch(r"[A-Z][A-Za-z'-]*", words[k].text) or words[k].text == ",") \
            and not (words[k].ner or "O").endswith("PER"):
        k += 1
    return k > j + 1 and k + 1 < len(words) and words[k].text in ("dan", "&") and words[k - 1].text != "," \
        and bool(re.fullmatch(r"[A-Z][A-Za-z'-]*", words[k + 1].text))


def bracket_short_name(words: tuple[Word, ...], j: int) -> str:
    """The one-word short form in brackets at ``j`` that an article defines for the region just before
    it: "Komisi Pemilihan Umum (KPU) Kabupaten Gunung Mas (Gumas) menargetkan ..." ("Gumas"; later
    "Ketua KPU Kabupaten Gumas, Stepenson"). Not a known body, title or region name."""
    if paren_acronym(words, j) != j + 3:
        return ""
    t = words[j + 1].text
    if not (t.isalpha() and len(t) >= 3 and is_cap(t)) or fold(t) in organizations() or fold(t) in titles():
        return ""
    return t


# a party's boards by level (AD/ART of the parties): "DPD Partai Golkar Padang", "DPC PDIP Kota X"
_PARTY_BOARDS = {"dpd": "DPD", "dpw": "DPW", "dpc": "DPC", "dpp": "DPP", "pac": "PAC",
                 "dewanpimpinandaerah": "DPD", "dewanpimpinanwilayah": "DPW", "dewanpimpinancabang": "DPC",
                 "dewanpimpinanpusat": "DPP", "dewanperwakilandaerah": "DPD", "dewanperwakilanwilayah": "DPW",
                 # PKB's boards are "Dewan Pengurus": "dilakukan oleh Dewan Pengurus Pusat (DPP) PKB"
                 "dewanpenguruspusat": "DPP", "dewanpenguruswilayah": "DPW", "dewanpenguruscabang": "DPC"}


def party_board(words: tuple[Word, ...], i: int, j: int) -> str:
    """The board's short form when ``words[i:j]`` names a party board and a party follows at ``j``:
    "Ketua [DPD] Partai Golkar Padang", "Ketua [Dewan Perwakilan Daerah (DPD)] Partai Golkar Bondowoso"
    (the national DPD, Dewan Perwakilan Daerah, is then not meant)."""
    if j >= len(words) or i >= j:
        return ""
    texts = [w.text for w in words[i:j]]
    if len(texts) >= 3 and texts[-3] == "(" and texts[-1] == ")":
        texts = texts[:-3]
    short = _PARTY_BOARDS.get(fold(" ".join(texts)), "")
    nxt = _lexicon_org(words, j)
    return short if nxt is not None and nxt[1].type == "party" else ""


def party_council(words: tuple[Word, ...], i: int) -> int:
    """End of a party's national council named at ``i`` when the party follows it ("Dewan Pembina
    Demokrat", "Majelis Tinggi Partai Demokrat"), else 0 (PARTY_COUNCILS)."""
    if i + 2 >= len(words) or fold(words[i].text + words[i + 1].text) not in PARTY_COUNCILS:
        return 0
    nxt = _lexicon_org(words, i + 2)
    return i + 2 if nxt is not None and nxt[1].type == "party" else 0


# a regional government in running text: "pemerintah provinsi juga telah membentuk tim terpadu"
_LOWER_GOVERNMENTS = frozenset({"pemerintah provinsi", "pemerintah kabupaten", "pemerintah kota"})


def _lexicon_org(words, i) -> tuple[int, OrgInfo] | None:
    orgs, prefixes = organizations(), key_prefixes("organizations")
    keys, key = [], ""
    for w in words[i:min(len(words), i + 8)]:   # the folds of words[i:j], j = i+1 ...: fold drops spaces
        key += fold(w.text)
        if key not in prefixes:
            break   # no organisation starts so: no longer window is one
        keys.append(key)
    for j in range(i + len(keys), i, -1):
        info = orgs.get(keys[j - i - 1])
        if info is None:
            continue
        surface = " ".join(w.text for w in words[i:j])
        if not (is_cap(surface) or surface in _LOWER_GOVERNMENTS) or not words_ok(words[i:j]):
            continue
        if j == i + 1 and surface not in (info.acronym, info.acronym.upper(), *info.aliases) \
                and not (len(surface) > 4 and surface in (info.acronym.title(), *info.full)):
            continue
        return j, info
    return None


def _base_org(words, i, regions: dict[int, int]) -> int | None:
    hit = _lexicon_org(words, i)
    if hit:
        return hit[0]
    if fused_body(words[i].text):
        return i + 1   # "Poldasu": the body and its province in one word
    head = fold(words[i].text)
    if not is_cap(words[i].text):
        return None
    if head == "pemerintah" and i + 1 in regions:  # "Pemerintah Kaltim"
        return i + 1
    if head in ORG_HEADS or head in INSTITUTION_HEADS:  # written-out name followed by its acronym
        j = i + 1
        while j < len(words) and (is_cap(words[j].text) or words[j].text in _CONNECTORS):
            j += 1
        if j > i + 1 and paren_acronym(words, j) and fold(words[j + 1].text) not in GENERIC:
            return j
    if head in ORG_HEADS - {"kantor", "pusat", "pemerintah"} and (words[i].ner or "O")[2:] == "ORG":
        j = i + 1  # a body the NER marks, written out without an acronym: "Gerakan Pemuda Ansor"
        while j < len(words) and is_cap(words[j].text) and j not in regions \
                and fold(words[j].text) not in LEVEL_WORDS and (words[j].ner or "O")[2:] == "ORG":
            j += 1
        if j > i + 1:
            return j
    if head in TEAM_HEADS:
        j = i + 1
        while j < len(words) and is_cap(words[j].text) and re.fullmatch(r"[A-Za-z\-]+", words[j].text) \
                and j not in regions and fold(words[j].text) not in LEVEL_WORDS:
            j += 1
        if j > i + 1:
            return j
    return None


def _unit_name_token(w: Word, first: bool = False, prev: Word | None = None) -> bool:
    """A word of a unit's name; after the first (which the NER often tags PER: "Hasanuddin"),
    a word tagged PER starts the commander's name, unless it ends a hero's name of two words the
    NER opened on the word before ("Panglima Kodam Iskandar Muda, Tatang Sulaiman": E-PER after B-PER), or
    before that, on the commander's title ("Danlanud Anang Busra, Kol. PNB. Bagus Hariadi": B-PER on the
    title, then I-PER, E-PER): a word that goes on the NER's name opens no new one."""
    hero = prev is not None and (prev.ner or "O") in ("B-PER", "I-PER") and (w.ner or "O") in ("I-PER", "E-PER")
    return is_cap(w.text) and bool(re.fullmatch(r"[A-Za-z][A-Za-z'\-]*", w.text)) \
        and fold(w.text) not in honorifics()[0] and (first or hero or not (w.ner or "O").endswith("PER"))


def designator(words: tuple[Word, ...], j: int, regions: dict[int, int] | None = None,
               bare_name: bool = False) -> tuple[int, str, tuple[int, int] | None] | None:
    """``(end, number, name span)`` of a unit's designation starting at ``j``: a number
    (Arabic or Roman) and/or ``/`` and a name of at most two words, or a region the
    gazetteer knows ("0733/Kota Semarang"); the name stops at a rank ("Kolonel Inf ...").
    ``bare_name`` accepts a name with neither ("Kodam Diponegoro").

    Motivating sentence: "Komandan Kodim 0733/Kota Semarang Letkol Inf Hendra Wijaya
    mengatakan ..." (the unit is "Kodim 0733/Kota Semarang", the person "Hendra Wijaya").
    """
    regions = regions or {}
    k, number = j, ""
    if k + 1 < len(words) and words[k].text in ("-", "\u2013") and words[k + 1].text[:1].isdigit():
        k += 1   # "Danramil-11/Ranomeeto Kapten Inf Salmar": the number hyphenated to the title
    fused = re.fullmatch(r"(\d{1,4})/[A-Z][A-Za-z'\-]+", words[k].text) if k < len(words) else None
    if fused:    # ... and the tokenizer kept "11/Ranomeeto" as one word
        return k + 1, fused[1], (k, k + 1)
    if k < len(words) and _UNIT_NUMBER.fullmatch(words[k].text):
        number, k = words[k].text, k + 1
        if k + 1 < len(words) and words[k].text == "-" and re.fullmatch(r"\d{1,3}", words[k + 1].text):
            number, k = f"{number}-{words[k + 1].text}", k + 2   # "Koramil 1204 - 15": split by the tokenizer
    elif k + 1 < len(words) and re.fullmatch(r"(?:\d{1,4}|[IVXL]+)/", words[k].text):   # also "Pangdam I/ BB"
        number = words[k].text[:-1]   # "Komandan Korem (Danrem) 092/Mrl": tokenized "092/" "Mrl"; k stays on
                                      # the word that carries the slash
    slash = k < len(words) and (words[k].text == "/" or words[k].text == number + "/")
    if slash and number and k + 1 < len(words) and re.fullmatch(r"\d{1,3}", words[k + 1].text):
        # "Danposramil 0824/28 Pakusari": a post's number under its Kodim's, then its place
        number, k, slash = f"{number}/{words[k + 1].text}", k + 1, True
    # "Kodim 0611 Garut": after a number, a region needs no slash
    start = k + 1 if slash else (k if (bare_name and not number) or (number and k in regions) else -1)
    if start < 0 and re.fullmatch(r"[IVXL]+", number) and k < len(words) and words[k].upos == "PROPN" \
            and _unit_name_token(words[k]):
        start = k   # "Pangdam III Siliwangi": after a Kodam's Roman number its name needs no slash
    if start < 0 and number and k + 1 < len(words) and _unit_name_token(words[k]) \
            and fold(words[k + 1].text) in honorifics()[0] and is_cap(words[k + 1].text):
        start = k   # "Dandim 0906 Tenggarong Letkol Inf Charles Alling": a place, then the commander's rank
    if start < 0 and number and k + 1 < len(words) and fold(words[k].text) in LEVEL_WORDS \
            and is_cap(words[k].text) and _unit_name_token(words[k + 1], first=True):
        start = k   # "Dandim 0818 Kab Malang-Batu Letkol Inf Yusub": the level word opens the place
    name = None
    if 0 <= start < len(words) and (start in regions or _unit_name_token(words[start], first=slash or bare_name)):
        end = regions.get(start)
        if end is None:
            end = start + 1
            while end < min(len(words), start + 2) and end not in regions \
                    and _unit_name_token(words[end], prev=words[end - 1]):
                end += 1
        name, k = (start, end), end
    if not number and name is None:
        return None
    return k, number, name


def designated_title(words: tuple[Word, ...], j: int) -> str:
    """The unit a one-word title just before ``j`` commands ("Pangdam" -> "Kodam"), if designated."""
    t = titles().get(fold(words[j - 1].text)) if j > 0 else None
    return t.org if t is not None and t.kind == "office" and fold(t.org) in DESIGNATED else ""


# the word between a national body and the region of its branch office: "BPJS Kesehatan Cabang
# Gorontalo", "Ombudsman RI Perwakilan Sulawesi Tengah"
_BRANCH_WORDS = frozenset({"cabang", "perwakilan"})


def org_at(words: tuple[Word, ...], i: int, regions: dict[int, int]) -> int | None:
    """End of an organisation span starting at ``i`` (base name, "(ACR)", region tail)."""
    j = _base_org(words, i, regions)
    if j is None or (i > 0 and words[i - 1].text == "/"):
        return None  # a piece of a document number "270/139/SE/BKPSDMD/XI/2023"
    if j == i + 1 and fold(words[i].text) in DESIGNATED:
        d = designator(words, j, regions, bare_name=fold(words[i].text) in NAMED_BARE and j not in regions)
        if d:
            return paren_acronym(words, d[0]) or d[0]
    if j < len(words) and words[j].text == "/":
        return None
    j = paren_acronym(words, j) or j
    if j + 1 in regions and words[j].text == "Metro" and \
            (organizations().get(fold(words[j - 1].text)) or OrgInfo("", (), "", "", "")).parent == "Polri":
        j += 1   # "Polres Metro Jakarta Selatan": the metropolitan police of Jakarta Selatan
    if j - 1 in regions and j - 1 > i:  # "Pemerintah Kota" + "Kota Pangkalpinang"
        j = regions[j - 1]
        j = paren_acronym(words, j) or j
    elif j in regions:
        j = regions[j]
        j = paren_acronym(words, j) or j
    elif j + 1 in regions and fold(words[j].text) in _BRANCH_WORDS:
        j = regions[j + 1]   # "Kepala BPJS Kesehatan Cabang Gorontalo", "Ombudsman RI Perwakilan Sulteng"
    elif j < len(words) and (words[j].text in ("provinsi", "kabupaten", "kota", "kecamatan",
                                               "RI", "Pusat", "pusat")):
        j += 1
    elif j + 1 < len(words) and words[j].text in ("-", "\u2013") and words[j + 1].text == "RI":
        j += 2   # "dibandingkan DPR-RI, DPD-RI, DPRD Provinsi Sulut": the tokenizer split the hyphen
    if j + 1 in regions and words[j - 1].text == "RI" and fold(words[j].text) in _BRANCH_WORDS:
        j = regions[j + 1]   # "Ombudsman RI Perwakilan Sulawesi Tengah"
    return j


@dataclass(frozen=True)
class OrgParse:
    """What an organisation span says: short name, written long form, region words."""
    short: str                   # acronym or the team name
    full: str                    # long form written in the span ("" if none)
    info: OrgInfo | None         # lexicon row, if any
    region_words: tuple[int, int] | None  # span of region words inside the organisation span
    generic_level: str = ""      # "provinsi" in "Bawaslu provinsi" (no region named)
    national: bool = False       # "Bawaslu RI"
    designation: str = ""        # "IV/Diponegoro" in "Kodam IV/Diponegoro"
    unit_id: str = ""            # what identifies a designated unit: its number, else its name


def parse_org(words: tuple[Word, ...], i: int, j: int, regions: dict[int, int]) -> OrgParse:
    """Analyse the organisation span ``words[i:j]``."""
    hit = _lexicon_org(words, i)
    if hit is None and j == i + 1 and (fb := fused_body(words[i].text)):
        return OrgParse(fb[0].acronym, "", fb[0], None)   # "Poldasu": the province is orgs' (fused_region)
    unit = designated_title(words, i) if hit is None else ""
    if unit and organizations().get(fold(unit)):   # "Pangdam [IV/Diponegoro]": the title names the unit
        hit = (i, organizations()[fold(unit)])
    base_end = hit[0] if hit else _base_org(words, i, regions) or j
    text = " ".join(w.text for w in words[i:base_end]) or (hit[1].acronym if hit else "")
    info = hit[1] if hit else None
    if info is not None and fold(info.acronym) in DESIGNATED:
        d = designator(words, base_end, regions, bare_name=fold(info.acronym) in NAMED_BARE)
        if d and d[0] <= j:
            end, number, name = d
            region = (name[0], regions[name[0]]) if name and name[0] in regions else None
            named = " ".join(w.text for w in words[name[0]:name[1]]) if name else ""
            # "Danramil 12/Rajeg": the tokenizer kept number and name as one word
            fused = "/" in named and named.split("/", 1)[0] == number
            named = named.split("/", 1)[1] if fused else named
            slash = "/" if fused or any(w.text.endswith("/") for w in words[base_end:end]) else " "
            shown = number + (slash if number and name else "") + named
            # a Kodam is known by its name (its number changed in 2025); other units by number
            ident = named if named and (not number or fold(info.acronym) == "kodam") else number
            return OrgParse(info.acronym, "", info, region, designation=shown, unit_id=ident)
    acr = ""
    k = base_end
    p = paren_acronym(words, k)
    if p:
        acr, k = words[k + 1].text, p
    if info is None and acr:
        info = organizations().get(fold(acr))
    if info is not None:
        short = info.acronym if fold(text) in {fold(f) for f in info.full} or not acr else acr
        if fold(text) in {fold(a) for a in (info.acronym, *info.aliases)} and len(text) <= 15:
            short = text  # as written: "POLRI", "Kesbangpol"
        full = text if fold(text) in {fold(f) for f in info.full} else ""
    else:
        short, full = (acr, text) if acr else (text, "")
    region, level, national = None, "", False
    if k + 1 in regions and k < j and words[k].text == "Metro" and info is not None and info.parent == "Polri":
        k += 1
    if k - 1 in regions and k - 1 > i:
        region = (k - 1, regions[k - 1])
    elif k in regions:
        region = (k, regions[k])
    elif k + 1 in regions and k + 1 < j and fold(words[k].text) in _BRANCH_WORDS:
        region = (k + 1, regions[k + 1])   # the branch's region: "BPJS Kesehatan Cabang Gorontalo"
    elif k + 2 in regions and k + 2 < j and words[k].text == "RI" and fold(words[k + 1].text) in _BRANCH_WORDS:
        region = (k + 2, regions[k + 2])   # the national body's office in a region
    elif k < j:
        w = words[k].text
        national = w in ("RI", "Pusat", "pusat")
        level = LEVEL_WORDS.get(w, "") if not national else ""
    return OrgParse(short, full, info, region, level, national)


def fused_title(text: str) -> tuple[TitleInfo, Region] | None:
    """A post title fused with a province's short form, as headlines write them: "Kapoldasu"
    (Kapolda Sumatera Utara), "Gubkalbar", "Wagubsu" -> (the title, the province)."""
    if not is_cap(text) or not text.isalpha() or fold(text) in titles() or fold(text) in organizations():
        return None
    f = fold(text)
    for n in range(len(f) - 2, 2, -1):
        t = titles().get(f[:n])
        if t is None or t.kind not in ("office", "regional"):
            continue
        rest = FUSED_PROVINCES.get(f[n:], f[n:])
        prov = [r for r in gazetteer().lookup(rest) if r.level == "provinsi"]
        if len(prov) == 1:
            return t, prov[0]
    return None


def fused_body(text: str) -> tuple[OrgInfo, Region] | None:
    """A regional body's short form fused with a province's, as the Medan press writes the province's
    police: "Kabid Humas Poldasu Kombes Pol Hadi Wahyudi", "Karo Ops Poldasu" (Polda Sumatera Utara) ->
    (the body's lexicon row, the province). The fused word is no name of a person."""
    if not is_cap(text) or not text.isalpha() or fold(text) in titles() or fold(text) in organizations():
        return None
    f = fold(text)
    for n in range(len(f) - 2, 2, -1):
        info = organizations().get(f[:n])
        if info is None or info.scope != "regional":
            continue
        rest = FUSED_PROVINCES.get(f[n:], f[n:])
        prov = [r for r in gazetteer().lookup(rest) if r.level == "provinsi"]
        if len(prov) == 1:
            return info, prov[0]
    return None
