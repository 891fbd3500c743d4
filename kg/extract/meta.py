"""Article metadata from the page text: publisher, dateline place, date, title.

News pages open with a header the parser does not need but the graph does:
``PANGKALPINANG, AKSELNEWS.COM -``, ``RADARPEKALONGAN.ID, PEKALONGAN –``,
``Pangkalpinang -growmedia-indo,com-``, ``Kutipopini.com Dalam rangka ...``.
Metadata already present (from JSON Lines input) wins over what is read here.
With no explicit publication date, the latest reported day in the text
(``Senin (4/12/2023)``) is the estimate, marked ``date_source = "estimated"``.

>>> read_meta("PANGKALPINANG, AKSELNEWS.COM - Pemkot menggelar rapat, Senin (4/12/2023).")["publisher"]
'AKSELNEWS.COM'
>>> read_meta("Kutipopini.com Dalam rangka Pilkada")["publisher"]
'Kutipopini.com'
>>> read_meta("Pangkalpinang -growmedia-indo,com-\\nBudi datang.")["publisher"]
'growmedia-indo.com'
"""
from __future__ import annotations

import re
from dataclasses import replace

from kg.lang.dates import WEEKDAYS, find_dates, latest_explicit
from kg.model import Document
from kg.lang.text import paragraphs
from kg.lang.words import OUTLET_WORDS
from kg.stage import stage

__all__ = ["article_meta", "read_meta", "find_publisher", "find_title"]

_TLD = r"(?:co\.id|or\.id|go\.id|web\.id|com|id|net|org|news|info|online|tv|co)"
_DOMAIN = re.compile(rf"(?<![\w@/.])(?P<name>[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*)[.,](?P<tld>{_TLD})"
                     rf"(?![\w])", re.IGNORECASE)
_DASH = r"[-\u2013\u2014]"
_DATELINE_PLACE = re.compile(rf"^\s*(?P<place>[A-Z][A-Za-z .'-]{{1,40}}?)\s*(?:,|{_DASH})", re.UNICODE)
# a dateline in capitals with no publisher: "MAKASSAR - Sekretaris Daerah ...", "BANDA ACEH -"
_UPPER_DATELINE = re.compile(rf"^\s*(?P<place>[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){{0,2}})\s*{_DASH}\s+[A-Z]")
_HEADER_LEN = 80
# an outlet whose domain is written with a space: "KALBAR SATU ID – Komisi Pemilihan Umum ..."
_SPACED_TLD = re.compile(rf"^\s*(?P<pub>[A-Z][A-Z0-9]+(?: [A-Z0-9]+){{0,3}} (?:ID|COM|CO ID|NET))\s*{_DASH}\s*[A-Z]")
# a header line of its own, a place and an outlet whose domain is written with a space in Title Case:
# "Jayapura, Nokenlive Com" (then "Dijumpai wartawan Nokenlive ...")
_LINE_OUTLET = re.compile(r"^\s*(?P<place>[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2}),\s*(?P<pub>[A-Z][\w-]+) "
                          r"(?P<tld>Com|Id|Co Id|Net)\s*$")
# "PLACE, Outlet Name –" with a two- or three-word name and a place the gazetteer knows:
# "Parigi Moutong, Zenta Inovasi – Jelang voting day ..."
_NAMED_OUTLET = re.compile(rf"^\s*(?P<place>[A-Z][\w'-]+(?: [A-Z][\w'-]+){{0,2}}),\s*"
                           rf"(?P<pub>[A-Z][\w'-]+(?: [A-Z][\w'-]+){{1,2}})\s*{_DASH}\s*[A-Z]")
# an outlet named by one word, then or before a place the gazetteer knows: "Pandeglang, tvrijakartanews-
# Tahapan Pemilu ...", "BORNEONEWS, Palangka Raya - Kapolda ..."
_PLACE_OUTLET = re.compile(rf"^\s*(?P<place>[A-Z][\w'-]+(?: [A-Z][\w'-]+){{0,2}}),\s*"
                           rf"(?P<pub>[A-Za-z][\w.-]*[A-Za-z0-9])\s*{_DASH}\s*[A-Z]")
# an outlet's one-word brand in capitals or in camel case ("BORNEONEWS", "KabarNTB, Sumbawa Barat –")
_OUTLET_PLACE = re.compile(rf"^\s*(?P<pub>[A-Z][A-Z0-9]{{3,}}|[A-Z][a-z]+[A-Z][A-Za-z0-9]*),\s*"
                           rf"(?P<place>[A-Z][\w'-]+(?: [A-Z][\w'-]+){{0,2}})\s*{_DASH}\s*[A-Z]")
# a place in capitals, then an outlet's initials: "CURUP, RB - Badan Pengawas Pemilu ..."
_PLACE_INITIALS = re.compile(rf"^\s*(?P<place>[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+){{0,2}}),\s*(?P<pub>[A-Z]{{2,3}})\s*{_DASH}\s*[A-Z]")
# a place in capitals before the domain, no comma: "SENTANI Papuareels.id – Dalam rangka ..."
_UPPER_PLACE = re.compile(r"^\s*(?P<place>[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+){0,2})\s+$")
_PAREN = re.compile(rf"^\s*(?P<place>[A-Z][A-Za-z .'-]{{1,40}}?)\s*\((?P<pub>[A-Za-z0-9][A-Za-z0-9 .,-]{{1,40}})\)"
                    rf"\s*(?:{_DASH}|:)")



def find_publisher(text: str) -> tuple[str, str]:
    """(publisher, dateline place) from the first paragraphs' opening words.

    >>> find_publisher("RADARPEKALONGAN.ID, PEKALONGAN \u2013 Menjelang Pilkada ...")
    ('RADARPEKALONGAN.ID', 'PEKALONGAN')
    >>> find_publisher("Pangkalpinang, AkselNews.com \u2013 Pemkot ...")
    ('AkselNews.com', 'Pangkalpinang')
    >>> find_publisher("Lombok Timur (Suarantb.com) \u2013 Bupati Lombok Timur ...")
    ('Suarantb.com', 'Lombok Timur')
    >>> find_publisher("Jakarta (ANTARA) - KPU RI menetapkan ...")
    ('ANTARA', 'Jakarta')
    >>> find_publisher("MEDAN (Waspada): Bawaslu Kota Medan mengawasi kampanye.")
    ('Waspada', 'MEDAN')
    >>> find_publisher("Kendari (Antaranews Sultra) - Pemerintah Kabupaten Konawe Selatan menggelar rapat.")
    ('Antaranews Sultra', 'Kendari')
    >>> find_publisher("Budi Utama (Pj Wali Kota) - bukan dateline.")
    ('', '')
    >>> find_publisher("TATIYE.ID (BAWASLU) – Badan Pengawas Pemilihan Umum (Bawaslu) Kabupaten Gorontalo ...")
    ('TATIYE.ID', '')
    >>> find_publisher("Budi berkata, lihat www.example.com untuk info.")
    ('', '')
    >>> find_publisher("Sekda Minta ASN Netral\\n\\nMAKASSAR - Sekretaris Daerah meminta ...")
    ('', 'MAKASSAR')
    >>> find_publisher("PILKADA 2024 - KPU menetapkan ...")
    ('', '')
    >>> find_publisher("SENTANI Papuareels.id – Dalam rangka persiapan ...")
    ('Papuareels.id', 'SENTANI')
    >>> find_publisher("KALBAR SATU ID – Komisi Pemilihan Umum (KPU) ...")
    ('KALBAR SATU ID', '')
    >>> find_publisher("Parigi Moutong, Zenta Inovasi – Jelang voting day ...")
    ('Zenta Inovasi', 'Parigi Moutong')
    >>> find_publisher("Pandeglang, tvrijakartanews- Tahapan Pemilu 2024 saat ini ...")
    ('tvrijakartanews', 'Pandeglang')
    >>> find_publisher("BORNEONEWS, Palangka Raya - Kapolda Kalimantan Tengah menegaskan ...")
    ('BORNEONEWS', 'Palangka Raya')
    >>> find_publisher("BORNEONEWS, Kuala Kurun - Komisi Pemilihan Umum (KPU) Kabupaten Gunung Mas ...")
    ('BORNEONEWS', 'Kuala Kurun')
    >>> find_publisher("MAKASSAR, Sulawesi Selatan - Gubernur meminta ...")   # a place in capitals, no outlet
    ('', '')
    >>> find_publisher("Pandeglang, Senin - Bupati meminta ...")
    ('', '')
    >>> find_publisher("Bupati Kudus, Hartono Wibisono – Menjelang ...")
    ('', '')
    >>> find_publisher("KabarNTB, Sumbawa Barat – Pjs Bupati ...")   # a brand in camel case
    ('KabarNTB', 'Sumbawa Barat')
    >>> find_publisher("Calang, InfoPublik - Pemerintah Kabupaten ...")   # a town the gazetteer lacks
    ('InfoPublik', 'Calang')
    >>> find_publisher("HARIAN KALBAR (KUBU RAYA) – Dalam rangka ...")   # the place in brackets
    ('HARIAN KALBAR', 'KUBU RAYA')
    >>> find_publisher("Maumere-SuaraSikka.com: Pesta demokrasi Pemilu 2024 ...")   # place-outlet, one word
    ('SuaraSikka.com', 'Maumere')
    >>> find_publisher("Sampit (Antaranews Kalteng) - Komisi Pemilihan Umum ...")   # a town the gazetteer lacks
    ('Antaranews Kalteng', 'Sampit')
    >>> find_publisher("JT – Wali Kota Jakarta Utara meminta ...")   # an outlet's initials, no place
    ('', '')
    >>> find_publisher("CURUP, RB - Badan Pengawas Pemilu ...")   # a town, then the outlet's initials
    ('RB', 'CURUP')
    >>> find_publisher("BULA, Siwalimanews \u2013 Kepala Badan Kesatuan Bangsa ...")   # a town the gazetteer lacks
    ('Siwalimanews', 'BULA')
    >>> find_publisher("Jayapura, Nokenlive Com\\nDijumpai wartawan Nokenlive di halaman Kantor Gubernur")
    ('Nokenlive.com', 'Jayapura')
    """
    bare = ""
    for n, (_, para) in enumerate(paragraphs(text)[:6]):
        head = para[:_HEADER_LEN]
        pm = _PAREN.match(head)  # "Jakarta (ANTARA) -", "Lombok Timur (Suarantb.com) -"
        if pm and (dm := _DOMAIN.fullmatch(pm["place"].strip())):
            # "TATIYE.ID (BAWASLU) – Badan Pengawas ...": the outlet opens, the brackets name the source
            return f"{dm['name']}.{dm['tld']}", ""
        if pm and pm["pub"].isupper() and _known_place(pm["pub"].strip()) and not _known_place(pm["place"].strip()):
            # "HARIAN KALBAR (KUBU RAYA) – Dalam rangka ...": the outlet opens, the brackets name the place
            return pm["place"].strip(), pm["pub"].strip()
        if pm and (pm["pub"].isupper() or _DOMAIN.fullmatch(pm["pub"].strip())
                   or (pm["place"].isupper() and re.fullmatch(r"[A-Z][\w.-]+", pm["pub"].strip()))
                   # "Kendari (Antaranews Sultra) - Pemerintah Kabupaten ...": a known place opens the story
                   or (n == 0 and pm["pub"][:1].isupper() and _known_place(pm["place"].strip()))
                   # "Sampit (Antaranews Kalteng) - ...": an outlet's desk, the town the gazetteer lacks
                   or (n == 0 and _outlet_name(pm["pub"]))):
            dm = _DOMAIN.fullmatch(pm["pub"].strip())
            return (f"{dm['name']}.{dm['tld']}" if dm else pm["pub"].strip()), pm["place"].strip()
        lm = _LINE_OUTLET.match(para) if n < 3 else None
        if lm and _known_place(lm["place"]):
            return f"{lm['pub']}.{lm['tld'].lower().replace(' ', '.')}", lm["place"]
        sm = _SPACED_TLD.match(head) if n < 3 else None
        if sm:
            return sm["pub"], ""
        om = _NAMED_OUTLET.match(head) if n < 3 else None
        if om and _known_place(om["place"]) and not _known_place(om["pub"]):
            return om["pub"], om["place"]
        im = _PLACE_INITIALS.match(head) if n < 3 else None
        if im and not _known_place(im["pub"]):   # "CURUP, RB - Badan Pengawas ...": the outlet's initials
            return im["pub"], im["place"]
        for rx in (_PLACE_OUTLET, _OUTLET_PLACE):
            # "BORNEONEWS, Kuala Kurun - ...": an outlet in capitals needs no known place after it (a town
            # the gazetteer lacks) and may follow a byline block; capitals that are a place are no outlet
            om = rx.match(head) if n < (6 if rx is _OUTLET_PLACE else 3) else None
            if om and not _known_place(om["pub"]) and _plain(om["pub"]) not in WEEKDAYS \
                    and _plain(om["place"]) not in WEEKDAYS \
                    and (_known_place(om["place"]) or rx is _OUTLET_PLACE and len(om["pub"]) >= 5
                         or _camel(om["pub"]) and not _camel(om["place"])
                         # "BULA, Siwalimanews – ...": a town in capitals the gazetteer lacks, then a
                         # brand ending in a news word
                         or rx is _PLACE_OUTLET and om["place"].isupper() and _outlet_name(om["pub"])):
                return om["pub"], om["place"]
        m = _DOMAIN.search(head)
        if not m or m.start() > 45:
            um = _UPPER_DATELINE.match(head) if n < 3 and not bare else None
            # "MAKASSAR - Sekda ...": no publisher named; two or three capitals the gazetteer lacks are
            # an outlet's initials, no place ("JT – Wali Kota Jakarta Utara ...")
            if um and (len(um["place"].strip()) > 3 or _known_place(um["place"].strip())):
                bare = um["place"].strip()
            continue
        before = head[:m.start()]
        upper = _UPPER_PLACE.match(before) if before.strip() else None
        if before.strip() and not upper and not re.fullmatch(
                rf"\s*[A-Za-z.'-]+(?: [A-Za-z.'-]+){{0,3}}\s*(?:,|{_DASH})\s*", before):
            continue  # a domain in running text, not a header
        publisher = f"{m['name']}.{m['tld']}"
        place = ""
        fused = _place_hyphen_outlet(m["name"]) if not before.strip() else None
        if fused:   # "Maumere-SuaraSikka.com: Pesta demokrasi ...": the place, a hyphen, the outlet
            return f"{fused[1]}.{m['tld']}", fused[0]
        pm = _DATELINE_PLACE.match(before) if before.strip() else None
        if pm or upper:
            place = (pm or upper)["place"].strip()
        else:
            after = re.match(rf"\s*,\s*(?P<place>[A-Z][A-Za-z .'-]{{1,40}}?)\s*{_DASH}", head[m.end():])
            if after:
                place = after["place"].strip()
        return publisher, place
    return "", bare


def _place_hyphen_outlet(name: str) -> tuple[str, str] | None:
    """(place, outlet) of a domain written after its dateline place with a hyphen and no space:
    "Maumere-SuaraSikka.com". The outlet's brand is in camel case (as outlets name themselves), or
    the place is one the gazetteer knows; a hyphenated brand ("growmedia-indo") is neither.

    >>> _place_hyphen_outlet("Maumere-SuaraSikka")
    ('Maumere', 'SuaraSikka')
    >>> _place_hyphen_outlet("growmedia-indo") is None
    True
    """
    place, _, outlet = name.partition("-")
    if not outlet or not re.fullmatch(r"[A-Z][a-z]+", place) or not outlet[:1].isupper():
        return None
    return (place, outlet) if _camel(outlet) or _known_place(place) else None


# the words news outlets build their names from ("Antaranews Kalteng", "Tribunnews", "Sumutpos", "Okezone")


def _outlet_name(text: str) -> bool:
    """A bracket that names an outlet's desk by a news word in its first word: "(Antaranews Kalteng)",
    "(ANTARA)"; a post title in brackets is none ("Budi Utama (Pj Wali Kota)")."""
    first = text.split()[0].lower() if text.split() else ""
    return first.startswith("antara") or any(first.endswith(w) for w in OUTLET_WORDS[1:])


def _camel(word: str) -> bool:
    """A brand written in camel case, as outlets name themselves ("InfoPublik", "KabarNTB"); no place
    name is written so."""
    return bool(re.fullmatch(r"[A-Z][a-z]+[A-Z][A-Za-z0-9]*", word.strip()))


def _plain(text: str) -> str:
    return text.lower().replace("'", "")


def _known_place(name: str) -> bool:
    """A region the gazetteer knows by this name (a dateline place, not a person's title)."""
    from kg.lang.lexicon import gazetteer  # noqa: PLC0415 - loaded only for this header shape

    return bool(gazetteer().lookup(name))


def find_title(text: str, publisher: str = "") -> str:
    """The first line when it has no final period and is not the header.

    >>> find_title("Pemkot Perkuat Sosialisasi Jelang Pilkada\\n\\nPEKALONGAN - Isi.")
    'Pemkot Perkuat Sosialisasi Jelang Pilkada'
    >>> find_title("Selain itu, sosialisasi juga menjadi perhatian.\\nIsi.")
    ''
    """
    paras = paragraphs(text)
    if len(paras) < 2:
        return ""
    first = paras[0][1].strip()
    words = first.split()
    if first.endswith((".", "!", "?", ",", "\u201d", '"', ":")) or len(words) < 3 or len(first) > 250:
        return ""
    if publisher and publisher.split(".")[0].lower() in first.lower().replace(",", "."):
        return ""
    if sum(d.end - d.start for d in find_dates(first)) * 2 > len(first):
        return ""  # a header line holding the date, not a headline
    return first


def _dateline_date(text: str) -> str:
    """A date inside the header line (``Jakarta, 4 Desember 2023 -``) or a header line
    that is only a date (``Senin, 4 Desember 2023 | 10:15 WIB``)."""
    for _, para in paragraphs(text)[:4]:
        head = para[:_HEADER_LEN]
        dates = [d for d in find_dates(para) if d.explicit and d.iso]
        if dates and len(para) < 60 and not re.sub(
                r"[\s|,.:/-]|\d{1,2}[.:]\d{2}|WIB|WITA|WIT|pukul", "", para.replace(dates[0].text, ""),
                flags=re.IGNORECASE):
            return dates[0].iso
        dash = re.search(_DASH, head)
        if not dash:
            continue
        for d in find_dates(head[:dash.start()]):
            if d.explicit and d.iso:
                return d.iso
    return ""


def read_meta(text: str) -> dict[str, str]:
    """Metadata read from the text alone (keys present only when found)."""
    out: dict[str, str] = {}
    publisher, place = find_publisher(text)
    if publisher:
        out["publisher"] = publisher
    if place:
        out["dateline"] = place
    title = find_title(text, publisher)
    if title:
        out["title"] = title
    date = _dateline_date(text)
    if date:
        out["date"], out["date_source"] = date, "dateline"
    else:
        lead = "\n".join(p for _, p in paragraphs(text)[:4])  # the lead reports the day; later a schedule
        est = latest_explicit(lead) or latest_explicit(text)
        if est:
            out["date"], out["date_source"] = est, "estimated"
    return out


@stage("article_meta", requires={"sentences"}, provides=())
def article_meta(doc: Document) -> Document:
    """Fill publisher, dateline, title and date where ``doc.meta`` lacks them."""
    found = read_meta(doc.text)
    meta = dict(doc.meta or {})
    if meta.get("date"):
        found.pop("date_source", None)
    for k, v in found.items():
        meta.setdefault(k, v)
    return replace(doc, meta=meta)
