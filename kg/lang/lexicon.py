"""Lexicons and the region gazetteer, loaded once from ``kg/data``.

Everything the entity layer knows about names that the parser does not:
Kemendagri region codes (``regions/*.csv``), organisation acronyms
(``lexicon/organizations.tsv``), office titles (``lexicon/offices.tsv`` and
``lexicon/titles.tsv``) and honorifics (``lexicon/honorifics.txt``). Look-ups
use :func:`fold`, which ignores case, spaces and punctuation, so
"Pangkalpinang" finds "Pangkal Pinang".

>>> [r.code for r in gazetteer().lookup("Pangkalpinang")]
['19.71']
>>> organizations()["bawaslu"].acronym
'Bawaslu'
>>> key_slug("Bawaslu Kota Pangkalpinang")
'bawaslu-kota-pangkalpinang'
"""
from __future__ import annotations

import csv
import hashlib as _hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["Region", "iri_slug", "OrgInfo", "TitleInfo", "Gazetteer", "gazetteer", "villages", "village", "organizations",
           "titles", "honorifics", "corps_words", "noble_titles", "key_prefixes", "fold", "key_slug", "LEVEL_WORDS"]

# word before or after a region name -> level it announces
LEVEL_WORDS: dict[str, str] = {
    "kota": "kota", "kabupaten": "kabupaten", "kab": "kabupaten", "provinsi": "provinsi",
    "prov": "provinsi", "kecamatan": "kecamatan", "kec": "kecamatan",
    "distrik": "kecamatan",   # Papua's kecamatan: "Entrop, Distrik Muaratami"
    # DIY's kecamatan since 2020 (Pergub DIY 25/2019): Kapanewon in the regencies, Kemantren in the city
    "kapanewon": "kecamatan", "kemantren": "kecamatan",
}


_NOT_KEY = re.compile(r"[^0-9a-z]")


def _fold(text: str) -> str:
    """:func:`fold` without the memo, for folding a whole data file once (the villages)."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _NOT_KEY.sub("", text.lower())


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower-case ASCII without spaces or punctuation: the look-up key.

    Memoised: mention finding folds every window of up to ten words at every word
    (about a million calls per 100 articles), mostly the same few thousand strings."""
    return _fold(text)


def iri_slug(text: str) -> str:
    """An IRI path piece: ASCII, lower case, words joined by ``-``, dots kept ("19.71" stays
    ``19.71``, a Kemendagri code), a digest when nothing ASCII is left. Entity keys use
    :func:`key_slug` instead (dots and apostrophes dropped); changing either
    would change users' IRIs or keys, so both stay, each named for its use.

    >>> iri_slug("Bawaslu Kota  Pangkal-pinang!")
    'bawaslu-kota-pangkal-pinang'
    >>> iri_slug("")
    'x'
    >>> iri_slug("من")
    'x-aa7099e2'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    out = re.sub(r"[^0-9a-z.]+", "-", ascii_text.lower()).strip("-.")
    if out or not text.strip():
        return out or "x"
    return "x-" + _hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


def key_slug(text: str) -> str:
    """An entity-key piece: ``"Budi Utama"`` -> ``"budi-utama"`` (ASCII, lower case, hyphens;
    apostrophes dropped, so "Jum'at" is ``jumat``; dots become hyphens). IRI path pieces use
    :func:`iri_slug`, which keeps dots."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"['`]", "", text.lower())
    return re.sub(r"[^0-9a-z]+", "-", text).strip("-")


def _data(*parts: str) -> str:
    return resources.files("kg").joinpath("data", *parts).read_text(encoding="utf-8")


def _rows(*parts: str, delimiter: str = ",") -> list[dict[str, str]]:
    lines = [ln for ln in _data(*parts).splitlines() if ln and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter=delimiter))


@dataclass(frozen=True)
class Region:
    """One gazetteer row: a province, kabupaten, kota or kecamatan."""
    code: str        # Kemendagri code: "64", "64.08", "64.08.01"
    level: str       # provinsi | kabupaten | kota | kecamatan
    name: str        # common short form: "Kutai Timur", "Kalimantan Timur"
    full: str        # "Kabupaten Kutai Timur"
    parent: str = ""  # code of the enclosing region
    note: str = ""   # collision note of an abbreviation ("also the common word ...")

    @property
    def key(self) -> str:
        return f"region:{self.code}"


@dataclass(frozen=True)
class Gazetteer:
    """Regions by code and by folded name (names, abbreviations and aliases)."""
    by_code: dict[str, Region]
    by_name: dict[str, tuple[Region, ...]]
    districts: dict[str, tuple[Region, ...]]   # kecamatan, only used inside a known kab/kota
    max_tokens: int

    def lookup(self, text: str) -> tuple[Region, ...]:
        return self.by_name.get(fold(text), ())

    def district(self, text: str, within: set[str]) -> Region | None:
        """A kecamatan named ``text`` inside one of the kab/kota codes ``within``."""
        hits = [r for r in self.districts.get(fold(text), ()) if r.parent in within]
        return hits[0] if len(hits) == 1 else None

    def district_near(self, text: str, within: set[str]) -> Region | None:
        """The one kecamatan of the kab/kota codes ``within`` whose name is ``text`` misspelt by one
        letter (changed, added or dropped; names of six letters or more, the first letter kept), as
        regional news writes them: "Kecamatan Tanjung Bunga, ..., dan Titihena" is Titehena (Flores
        Timur). Callers use it only where the sentence names a kecamatan (its level word).

        >>> gazetteer().district_near("Titihena", {"53.06"}).name
        'Titehena'
        >>> gazetteer().district_near("Titihena", {"53.07"}) is None
        True
        """
        key = fold(text)
        if len(key) < 6:
            return None
        hits = {r.code: r for name, rs in self.districts.items() if name[:1] == key[:1] and _one_edit(name, key)
                for r in rs if r.parent in within}
        return next(iter(hits.values())) if len(hits) == 1 else None

    def province_district(self, text: str, within: set[str]) -> Region | None:
        """The one kecamatan named ``text`` inside one of the province codes in ``within`` (codes of
        other levels are ignored): "di Seram Utara" in an article that names only Provinsi Maluku."""
        provinces = {c for c in within if "." not in c}
        hits = [r for r in self.districts.get(fold(text), ()) if r.parent.split(".")[0] in provinces]
        return hits[0] if len(hits) == 1 else None


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by exactly one changed, added or dropped letter."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k, (x, y) in enumerate(zip(short, long_)) if x != y), len(short))
    return short[i:] == long_[i + 1:]


# short forms that are ordinary words: "Seribu" (a thousand) for Kepulauan Seribu
_NOT_SHORT_NAMES = frozenset({"Seribu"})


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    by_code: dict[str, Region] = {}
    names: dict[str, list[Region]] = {}
    surfaces: list[str] = []

    def add(surface: str, region: Region) -> None:
        lst = names.setdefault(fold(surface), [])
        if region not in lst:
            lst.append(region)
        surfaces.append(surface)

    for row in _rows("regions", "provinces.csv"):
        r = Region(row["kode"], "provinsi", row["nama"], f"Provinsi {row['nama']}")
        by_code[r.code] = r
        add(r.name, r)
    for row in _rows("regions", "regencies.csv"):
        level = "kota" if row["jenis"].startswith("kota") else "kabupaten"
        r = Region(row["kode"], level, row["nama_pendek"], row["nama"], row["kode_provinsi"])
        by_code[r.code] = r
        add(r.name, r)
    for r in [r for r in by_code.values() if r.level in ("kabupaten", "kota")]:
        # an archipelago regency is written without "Kepulauan" ("Bengkalis 70 dan Meranti 40", "Talaud",
        # "Tidore") when the rest names no other region ("Konawe Kepulauan" stays: Konawe is a kabupaten)
        rest = re.sub(r"^Kepulauan |^Kep\. | Kepulauan$", "", r.name)
        if rest != r.name and fold(rest) not in names and rest not in _NOT_SHORT_NAMES:
            add(rest, r)
    for row in _rows("regions", "abbreviations.csv"):
        base = by_code[row["kode"]]
        add(row["singkatan"], Region(base.code, base.level, base.name, base.full, base.parent,
                                     row["catatan"]))
    for row in _rows("regions", "region_aliases.csv"):
        add(row["alias"], by_code[row["kode"]])
    districts: dict[str, list[Region]] = {}
    for row in _rows("regions", "districts.csv"):
        r = Region(row["kode"], "kecamatan", row["nama"], f"Kecamatan {row['nama']}",
                   row["kode_kabkota"])
        by_code[r.code] = r
        districts.setdefault(fold(r.name), []).append(r)
    return Gazetteer(by_code, {k: tuple(v) for k, v in names.items()},
                     {k: tuple(v) for k, v in districts.items()},
                     max(len(s.split()) for s in surfaces))


@lru_cache(maxsize=1)
def _village_lines() -> dict[str, list[str]]:
    """Kecamatan code -> the raw ``code,name`` lines of its villages, in file order (grouped once;
    names are folded only for the kecamatan a build looks up: folding all 83,000 names took ~0.3 s
    of every build's process)."""
    out: dict[str, list[str]] = {}
    for line in _data("regions", "villages.csv").splitlines()[1:]:
        out.setdefault(line[:8], []).append(line)
    return out


@lru_cache(maxsize=4096)
def _kecamatan_villages(kecamatan: str) -> dict[str, list[tuple[str, str]]]:
    """Folded name -> the desa and kelurahan of that name in one kecamatan (see :func:`villages`)."""
    out: dict[str, list[tuple[str, str]]] = {}
    for line in _village_lines().get(kecamatan, ()):
        code, name = line.split(",", 1)
        name = name.strip('"')   # the two quoted names: "Lubuk Pakam I,II"
        out.setdefault(_fold(name), []).append((code, name))
    return out


def villages() -> dict[str, dict[str, list[tuple[str, str]]]]:
    """Kecamatan code -> folded name -> its desa and kelurahan (``regions/villages.csv``, the Kemendagri
    codes: a fourth part from 1001 is a kelurahan, from 2001 a desa). Village names repeat thousands of
    times across the country ("Sidomulyo", "Gunung Sari"), so callers look one up only inside a
    kecamatan the article names (:func:`village` reads one kecamatan's at a time)."""
    return {k: _kecamatan_villages(k) for k in _village_lines()}


def village(text: str, kecamatan: set[str] | frozenset[str]) -> Region | None:
    """The one desa or kelurahan named ``text`` inside the kecamatan codes ``kecamatan``, if any.

    >>> village("Kojadoi", {"53.07.15"}).code, village("Kojadoi", {"53.07.05"})
    ('53.07.15.2006', None)
    """
    hits = [x for k in kecamatan for x in _kecamatan_villages(k).get(fold(text), ())]
    if len(hits) != 1:
        return None
    code, name = hits[0]
    level = "kelurahan" if code[9] == "1" else "desa"
    return Region(code, level, name, f"{level.title()} {name}", code[:8])


@dataclass(frozen=True)
class OrgInfo:
    """One organisation lexicon row."""
    acronym: str
    full: tuple[str, ...]
    type: str
    parent: str      # acronym of the parent body; "GOV" = the regional government
    scope: str       # national | branch | regional
    aliases: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def organizations() -> dict[str, OrgInfo]:
    """Folded acronym, alias or long form -> :class:`OrgInfo`."""
    out: dict[str, OrgInfo] = {}
    for row in _rows("lexicon", "organizations.tsv", delimiter="\t"):
        info = OrgInfo(row["acronym"], tuple(x for x in row["full"].split(";") if x), row["type"],
                       row["parent"] or "", row["scope"],
                       tuple(x for x in (row["aliases"] or "").split(";") if x))
        for form in (info.acronym, *info.full, *info.aliases):
            out.setdefault(fold(form), info)
    return out


@dataclass(frozen=True)
class TitleInfo:
    """A title surface form and what it means."""
    surface: str
    base: str        # base title per GUIDELINES ("Wali Kota", "Ketua Bawaslu") or qualifier code
    kind: str        # qualifier | regional | role | office
    org: str = ""    # acronym of the body the title belongs to, when known
    level: str = ""  # jurisdiction level(s) from offices.tsv ("kecamatan", "provinsi;kabupaten")


def _office_base(title: str, org: str) -> tuple[str, str]:
    """Base title and org acronym of an offices.tsv row (org long form -> acronym)."""
    m = re.match(r"(.+?)\s*\(([^)]*)\)", org)
    acr = ""
    # a gloss in lower case is no short name: "Kepala Dinas" heads a "Dinas (perangkat daerah)", and stays
    # "Kepala Dinas" ("Kepala perangkat" was made of the gloss)
    if m and not m.group(2).strip()[:1].isupper():
        m = None
    if m:
        acr = re.split(r"[/,]", m.group(2).strip())[0].strip()
        # "(Satpol PP)" is one acronym of two words; "(DPR RI)", "(Panwaslu Kecamatan)" are the body's
        # acronym and a qualifier of it
        if " " in acr and (fold(acr) not in organizations() or fold(acr.split()[0]) in organizations()):
            acr = acr.split()[0]
        if m.group(1) and m.group(1) in title:
            return title.replace(m.group(1), acr), acr
    base = re.sub(r"^(Sekretaris Daerah) (Provinsi|Kabupaten|Kota)$", r"\1", title)
    return base, acr


@lru_cache(maxsize=1)
def titles() -> dict[str, TitleInfo]:
    """Folded surface -> :class:`TitleInfo` (offices.tsv titles and abbreviations, titles.tsv)."""
    out: dict[str, TitleInfo] = {}
    for row in _rows("lexicon", "offices.tsv", delimiter="\t"):
        if row["kind"] in ("qualifier", "candidate"):
            continue
        title = re.sub(r"\s*\(.*\)$", "", row["title"])
        base, acr = _office_base(title, row["organisation"])
        for form in (title, *(a for a in row["abbreviations"].split(";") if a)):
            out.setdefault(fold(form), TitleInfo(form, base, "office", acr, row["level"]))
    for row in _rows("lexicon", "titles.tsv", delimiter="\t"):
        src = out.get(fold(row["base"])) if row["kind"] == "alias" else None
        if src is not None:   # another written form of an offices.tsv title: "Komandan Distrik Militer"
            out[fold(row["surface"])] = TitleInfo(row["surface"], src.base, src.kind, src.org, src.level)
        elif row["kind"] != "alias":
            out[fold(row["surface"])] = TitleInfo(row["surface"], row["base"], row["kind"], row.get("org") or "")
    return out


@lru_cache(maxsize=None)
def key_prefixes(table: str) -> frozenset[str]:
    """Every prefix (the empty one included) of the folded keys of ``organizations()``
    (``table="organizations"``), ``titles()`` (``"titles"``) or the gazetteer's names and
    kecamatan (``"regions"``).

    A look-up over ever longer windows of words ("Ketua", "Ketua Bawaslu", "Ketua Bawaslu Kota"
    ...) stops at the first window whose key no entry starts with: no longer one can match.

    >>> "ketuaba" in key_prefixes("titles"), "ketuazz" in key_prefixes("titles")
    (True, False)
    """
    keys = {"organizations": organizations, "titles": titles,
            "regions": lambda: gazetteer().by_name.keys() | gazetteer().districts.keys()}[table]()
    return frozenset(k[:n] for k in keys for n in range(len(k) + 1))


@lru_cache(maxsize=1)
def _honorific_sections() -> dict[str, frozenset[str]]:
    """Section name -> folded forms of honorifics.txt."""
    sections: dict[str, set[str]] = {"before": set(), "after": set(), "noble": set(), "corps": set()}
    target = sections["before"]
    for line in _data("lexicon", "honorifics.txt").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            target = sections.setdefault(line[1:-1], set())
        else:
            target.add(fold(line))
    return {k: frozenset(v) for k, v in sections.items()}


@lru_cache(maxsize=1)
def honorifics() -> tuple[frozenset[str], frozenset[str]]:
    """(folded forms written before a name, folded degrees written after it). The forms before
    include the corps and service words (:func:`corps_words`)."""
    sections = _honorific_sections()
    return sections["before"] | sections["corps"], sections["after"]


def corps_words() -> frozenset[str]:
    """Folded corps and service words written after a rank ("Letkol Inf", "Mayjen TNI", "Kombes
    Pol"): the ``[corps]`` section of honorifics.txt. Alone they name no one ("TNI AD siap membantu")."""
    return _honorific_sections()["corps"]


def noble_titles() -> frozenset[str]:
    """Folded nobility titles that open a name ("R Syamsul Hidayat": Raden), dropped only there:
    inside a name the same letter is an initial ("Budi R Santoso")."""
    return _honorific_sections()["noble"]
