"""Regions and organisations of one article: gazetteer codes, branches, parents.

Regions get ``region:<Kemendagri code>``. A bare name that is both a Kabupaten and
a Kota (``nama_pendek_ganda``) is decided by the word before it ("Kota",
"Kabupaten", "Wali Kota", "Bupati", "Pemkot" ...), else by a prefixed mention of
the same name elsewhere in the article, else it is taken as the Kota and the
entity's ``why`` says so. Organisations get ``org:<acronym>[-<level>]-<region>``;
a bare "Bawaslu" in an article that names exactly one Bawaslu branch is that
branch, and a bare regional body ("Pemkot", "FKUB") is placed in the article's
main region when its level fits.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from kg.lang.lexicon import LEVEL_WORDS, Region, fold, gazetteer, iri_slug, organizations, key_slug, titles, village
from kg.model import Document, Entity, Mention
from kg.lang.words import AD_HOC_LEVELS, DISTRICT_BODIES, GOV_BY_LEVEL, LEVEL_OF_GOV, PROVINCIAL_BODIES, \
    VILLAGE_LEVEL, VILLAGE_LEVELS
from kg.extract.spans import TEAM_HEADS, bracket_short_name, fused_body, parse_org, party_board

__all__ = ["resolve_regions", "resolve_orgs", "main_region"]

_CONTEXT_LEVEL = {"walikota": "kota", "kota": "kota", "pemkot": "kota", "wawali": "kota",
                  "bupati": "kabupaten", "pemkab": "kabupaten", "kabupaten": "kabupaten",
                  "kab": "kabupaten", "gubernur": "provinsi", "pemprov": "provinsi",
                  "provinsi": "provinsi"}


def _words(sents: dict, m: Mention):
    sent = sents[m.sent_id]
    return sent, [sent.word(i) for i in m.word_ids]


def _name_part(m: Mention, ws) -> tuple[str, str, list[str]]:
    """(level announced by the mention, the name's words, all words)."""
    texts = [w.text for w in ws]
    if m.text != " ".join(texts) and len(m.text.split()) == len(texts):
        texts = m.text.split()   # the place of a fused dateline token: "AMBON,MENITINI.COM" names Ambon
    level = ""
    if len(texts) > 1 and fold(texts[0]) in LEVEL_WORDS:
        level, texts = LEVEL_WORDS[fold(texts[0])], texts[1:]
        if len(texts) > 1 and texts[0] == ".":
            texts = texts[1:]   # "Kab. Kukar": the abbreviation's point
    elif len(texts) > 1 and texts[-1] in ("Kota", "Kabupaten"):
        level, texts = LEVEL_WORDS[fold(texts[-1])], texts[:-1]
    return level, " ".join(texts), texts


def _display(surface: str) -> str:
    return surface.title() if surface.isupper() and len(surface) > 4 else surface


_BRACKETS = re.compile(r"\s*\(\s*[^()]*\)")
_NATIONAL = re.compile(r"(?:\s+|\s*-\s*)RI$")


def surface_forms(text: str) -> list[str]:
    """A mention as written, bracketed acronyms dropped, with and without a national "RI"
    ("DPR-RI", "Kementerian Pertanian RI" is also "Kementerian Pertanian").

    >>> surface_forms("Komisi Pemilihan Umum ( KPU ) Kabupaten Flores Timur ( Flotim )")
    ['Komisi Pemilihan Umum Kabupaten Flores Timur']
    >>> surface_forms("DPR - RI")
    ['DPR-RI', 'DPR']
    >>> surface_forms("Kodim 1511 / Pulau Moa")
    ['Kodim 1511/Pulau Moa']
    """
    s = _BRACKETS.sub("", text)
    s = re.sub(r"\s*([/-])\s*", r"\1", " ".join(s.split())).strip()
    out = [s] if s else []
    bare = _NATIONAL.sub("", s)
    if bare and bare != s:
        out.append(bare)
    return out


def region_short_names(doc: Document) -> dict[str, Region]:
    """Folded short form -> region, for the short forms the article defines in brackets after a
    region it names with its level word or its full name: "Kabupaten Gunung Mas (Gumas)"."""
    gaz, sents, out = gazetteer(), {s.sent_id: s for s in doc.sentences or ()}, {}
    for m in doc.mentions or ():
        if m.kind != "region":
            continue
        ws = sents[m.sent_id].words
        abbr = bracket_short_name(ws, m.word_ids[-1])
        if not abbr or gaz.lookup(abbr) and not all(r.note for r in gaz.lookup(abbr)):
            continue
        level, name, _ = _name_part(m, [sents[m.sent_id].word(i) for i in m.word_ids])
        cands = [r for r in gaz.lookup(name) if not level or r.level == level]
        if len(cands) == 1:
            out.setdefault(fold(abbr), cands[0])
    return out


def resolve_regions(doc: Document) -> tuple[list[Entity], dict[tuple[str, int], Region]]:
    """Region entities and a map (sent_id, first word id of the mention) -> region."""
    gaz, sents = gazetteer(), {s.sent_id: s for s in doc.sentences or ()}
    mentions = [m for m in doc.mentions or () if m.kind == "region"]
    known: dict[str, Region] = {}   # folded name -> region, from mentions with a level word
    kabkota = set()
    for m in mentions:
        level, name, _ = _name_part(m, _words(sents, m)[1])
        for r in gaz.lookup(name):
            if r.level == level:
                known[fold(name)] = r
            if r.level in ("kota", "kabupaten"):
                kabkota.add(r.code)
            kabkota.add(r.code.split(".")[0])   # its province: see Gazetteer.province_district
    short = region_short_names(doc)
    chosen: dict[tuple[str, int], tuple[Region, str]] = {}
    for m in mentions:
        sent, ws = _words(sents, m)
        level, name, _ = _name_part(m, ws)
        cands = list(gaz.lookup(name)) or ([short[fold(name)]] if fold(name) in short else [])
        if level == "kecamatan" or not cands:  # (a bare name is a mention only as a kecamatan:
            # after a district title, or listed after one; a kecamatan of the province when mention
            # finding confirmed it by its villages ("desa Manusela, ... di Seram Utara")
            d = gaz.district(name, kabkota) or gaz.province_district(name, kabkota)
            listed = m.word_ids[0] > 1 and sent.word(m.word_ids[0] - 1).text in (",", "dan", "serta")
            if d is None and (level == "kecamatan" or listed):   # "..., Demon Pagong, dan Titihena" (Titehena)
                d = gaz.district_near(name, kabkota)
            cands = [d] if d else []
        why = ""
        if level and any(c.level == level for c in cands):
            cands = [c for c in cands if c.level == level]
            why = f"level word in '{m.text}'"
        if len(cands) > 1 and fold(name) in known:
            cands, why = [known[fold(name)]], "same name with a level word elsewhere in the article"
        if len(cands) > 1:
            prev = [fold(sent.word(i).text) for i in range(max(1, m.word_ids[0] - 2), m.word_ids[0])]
            ctx = next((_CONTEXT_LEVEL[p] for p in reversed(prev) if p in _CONTEXT_LEVEL), "")
            if any(c.level == ctx for c in cands):
                cands, why = [c for c in cands if c.level == ctx], f"context word before '{m.text}'"
        if len(cands) > 1:
            pick = next((c for c in cands if c.level == "kota"), cands[0])
            cands, why = [pick], f"ambiguous '{name}', taken as {pick.level} by default"
        if cands:
            chosen[(m.sent_id, m.word_ids[0])] = (cands[0], why)
    local = _named_villages(mentions, chosen, sents)
    local.update(_villages(mentions, chosen, sents, (doc.meta or {}).get("dateline", "")))
    by_code: dict[str, list[tuple[Mention, str]]] = {}
    for m in mentions:
        hit = chosen.get((m.sent_id, m.word_ids[0]))
        if hit:
            by_code.setdefault(hit[0].code, []).append((m, hit[1]))
    ents = []
    dateline = fold((doc.meta or {}).get("dateline", ""))
    for code, ms in by_code.items():
        r = local.get(code) or gaz.by_code[code]
        # named only by the dateline ("JAKARTA – Bawaslu ..."): where the reporter wrote, no home
        # region for the article's bare bodies (see main_region)
        only_dateline = bool(dateline) and all(m.word_ids[0] <= 5 and fold(m.text) == dateline for m, _ in ms)
        surfaces = Counter(_display(_name_part(m, _words(sents, m)[1])[1]) for m, _ in ms)
        same = [s for s, _ in surfaces.most_common() if fold(s) == fold(r.name)]
        # the gazetteer's casing for a name written in capitals: "PALU, CS – Gubernur ..." is Palu
        name = same[0] if same and not same[0].isupper() else r.name
        aliases = tuple(sorted({s for s in surfaces if s != name} | ({r.name} - {name})))
        whys = sorted({w for _, w in ms if w})
        ents.append(Entity(r.key, "region", name, aliases,
                           (("code", r.code), ("level", r.level), ("full", r.full),
                            ("parent", f"region:{r.parent}" if r.parent else ""),
                            ("dateline", "1" if only_dateline else "")),
                           tuple(m for m, _ in ms),
                           f"{len(ms)} mention(s) matched gazetteer code {r.code}"
                           + (f"; {'; '.join(whys)}" if whys else "")))
    return ents, {k: v[0] for k, v in chosen.items()}


def _named_villages(mentions: list[Mention], chosen: dict, sents: dict) -> dict[str, Region]:
    """Desa and kelurahan of the Kemendagri list inside a kecamatan the article names ("di tiga desa
    Kecamatan Alok Timur yakni Kojadoi, Kojagete, dan Parumaan"), written with their level word or
    without; ``chosen`` gets their mentions."""
    kec = {r.code for r, _ in chosen.values() if r.level == "kecamatan"}
    local: dict[str, Region] = {}
    for m in mentions:
        if (m.sent_id, m.word_ids[0]) in chosen or not kec:
            continue
        level, name, _ = _name_part(m, _words(sents, m)[1])
        ws = _words(sents, m)[1]
        if fold(ws[0].text) in VILLAGE_LEVELS and len(ws) > 1:
            level, name = VILLAGE_LEVEL[fold(ws[0].text)], " ".join(w.text for w in ws[1:])
        r = village(name, kec)
        if r is not None and (not level or level == r.level or level == "desa"):
            local[r.code] = r
            chosen[(m.sent_id, m.word_ids[0])] = (r, f"a {r.level} of region:{r.parent} (Kemendagri list)")
    return local


def _villages(mentions: list[Mention], chosen: dict, sents: dict, dateline: str = "") -> dict[str, Region]:
    """Regions for villages the gazetteer lacks ("Desa Bojongmengger"), placed in the one
    kecamatan the article names, else its most named kab/kota; ``chosen`` gets their mentions.
    Their codes ("32.07.05.x-bojongmengger") are no Kemendagri codes and are not written as such.
    A dateline place the gazetteer lacks ("Tiakur, SentralNusantara.com –") is a place of level
    other, placed the same way."""
    todo = [m for m in mentions if (m.sent_id, m.word_ids[0]) not in chosen]
    if not todo:
        return {}
    picked = [r for r, _ in chosen.values()]
    kec = {r.code for r in picked if r.level == "kecamatan"}
    kk = Counter(r.code for r in picked if r.level in ("kota", "kabupaten"))
    parent = next(iter(kec)) if len(kec) == 1 else (kk.most_common(1)[0][0] if kk else "")
    local: dict[str, Region] = {}
    for m in todo:
        ws = _words(sents, m)[1]
        if fold(ws[0].text) in VILLAGE_LEVELS:
            level, name = VILLAGE_LEVEL[fold(ws[0].text)], " ".join(w.text for w in ws[1:])
        else:  # the dateline place, a town before its kab/kota; a village after its head's title
            level, name = _titled_level(m, sents) or "other", _display(_name_part(m, ws)[1])
        where = _apposed_to(m, sents, chosen) or parent
        code = f"{where}.x-{key_slug(name)}" if where else f"x-{key_slug(name)}"
        full = name if level == "other" else f"{level.title()} {name}"
        r = local.setdefault(code, Region(code, level, name, full, where))
        chosen[(m.sent_id, m.word_ids[0])] = (r, f"a {r.level} the gazetteer lacks" +
                                               (f", placed in region:{where}" if where else ""))
    return local


def _titled_level(m: Mention, sents: dict) -> str:
    """The level of a village named right after its head's title: "Kades Sukamaju, Dede Rusmana" (desa),
    "Lurah Palangka, Bambang Sugiarto" (kelurahan); else ""."""
    if m.word_ids[0] < 2:
        return ""
    t = titles().get(fold(sents[m.sent_id].word(m.word_ids[0] - 1).text))
    return t.level if t is not None and t.level in ("desa", "kelurahan") else ""


def _apposed_to(m: Mention, sents: dict, chosen: dict) -> str:
    """The code of the kab/kota written after the mention and a comma, as addresses run: "di Maumere,
    Kabupaten Sikka"; else ""."""
    nxt = chosen.get((m.sent_id, m.word_ids[-1] + 2))
    sent = sents[m.sent_id]
    if nxt is None or m.word_ids[-1] + 1 > len(sent.words) or sent.word(m.word_ids[-1] + 1).text != ",":
        return ""
    return nxt[0].code if nxt[0].level in ("kabupaten", "kota") else ""


def main_region(regions: list[Entity]) -> Entity | None:
    """The region mentioned most often (a kab/kota on a tie): the article's home region."""
    rank = {"kota": 2, "kabupaten": 2, "provinsi": 1}
    cands = [e for e in regions if e.attr("level") in rank and e.attr("dateline") != "1"]
    return max(cands, key=lambda e: (len(e.mentions), rank[e.attr("level")])) if cands else None


@dataclass
class _Org:
    key: str
    acronym: str
    names: Counter
    aliases: set
    full: str
    region: str
    parent: str
    type: str
    mentions: list
    why: list
    written: bool = True   # the region is named in the organisation's own words
    inferred: bool = False  # a bare name placed in the article's region ("Bawaslu" in a Kudus article)
    generic: bool = False   # a kind of body, not one body: "petugas KPPS", "dikirim ke PPK"
    unit: bool = False      # a designated unit: "Korem 092/Maharajalila", "Kodim 0824/Jember"
    titled: int = 0         # mentions that are only the designation in a commander's title ("Dandim 0824/Jember")


def _org_key(acr: str, region: Region | None, generic: str = "") -> str:
    if region is None:
        return f"org:{key_slug(acr)}" + (f"-{generic}" if generic else "")
    level = f"-{region.level}" if region.level in ("kota", "kabupaten") and \
        acr not in LEVEL_OF_GOV else ""
    return f"org:{key_slug(acr)}{level}-{key_slug(region.name)}"


def resolve_orgs(doc: Document, regions: list[Entity],
                 placed: dict[tuple[str, int], Region]) -> list[Entity]:
    """Organisation entities, branches placed in regions, with ``parent`` attrs."""
    gaz, home = gazetteer(), main_region(regions)
    sents = {s.sent_id: s for s in doc.sentences or ()}
    rname = {e.key: e.name for e in regions}
    orgs: dict[str, _Org] = {}
    bare: list[tuple[Mention, object]] = []
    region_spans: dict[str, dict[int, int]] = {}
    for n in doc.mentions or ():
        if n.kind == "region":
            region_spans.setdefault(n.sent_id, {})[n.word_ids[0] - 1] = n.word_ids[-1]
    parsed = []
    for m in doc.mentions or ():
        if m.kind == "organization":
            sent, _ = _words(sents, m)
            p = parse_org(sent.words, m.word_ids[0] - 1, m.word_ids[-1], region_spans.get(m.sent_id, {}))
            region = placed.get((m.sent_id, p.region_words[0] + 1)) if p.region_words else None
            if region is None and len(m.word_ids) == 1 and (fb := fused_body(m.text)):
                region = fb[1]   # "Poldasu": Polda Sumatera Utara, the province named inside the word
                rname.setdefault(region.key, region.name)
            parsed.append((m, sent, p, region))
    # "Kodim Garut" in an article that also writes "Kodim 0611/Garut" is that unit
    units = {(p.info.acronym, region.key): f"org:{key_slug(p.info.acronym)}-{key_slug(p.unit_id)}"
             for _, _, p, region in parsed if p.unit_id and region is not None}
    for m, sent, p, region in sorted(parsed, key=lambda x: not x[2].unit_id):  # units first
        acr = p.info.acronym if p.info else p.short
        if region is not None and (acr, region.key) in units and not p.unit_id:
            o = orgs.get(units[(acr, region.key)])
            if o is not None:
                o.mentions.append(m)
                o.why.append(f"'{m.text}' ({m.sent_id}) names the same unit by its region")
                continue
        if acr == "Pemerintah" and region is not None:
            acr = GOV_BY_LEVEL.get(region.level, "Pemda")
        if acr in AD_HOC_LEVELS and (region is None or region.level not in AD_HOC_LEVELS[acr]):
            _add(orgs, f"org:{key_slug(acr)}", acr, m, p, None, rname,
                 f"'{m.text}' names no {'/'.join(AD_HOC_LEVELS[acr]) or 'polling station'} of its own: "
                 "the kind of ad-hoc body, not one", generic=True)
            continue
        why = ""
        if region is None and p.generic_level and _candidacy(sent, m):
            continue  # "calon legislatif (DPR, DPRD Provinsi dan DPRD Kabupaten)": a kind of seat, no body
        if region is None and p.generic_level and (_subordinate_kind(sent, m) or _levels_listed(sent, m)):
            _add(orgs, _org_key(acr, None, p.generic_level), acr, m, p, None, rname,
                 f"'{m.text}' names a level of branches, none of them", written=False, generic=True)
            continue
        if region is None and p.generic_level and home is not None:
            r = gaz.by_code.get(home.attr("code"))
            if r is not None and r.level != p.generic_level:
                r = gaz.by_code.get(r.parent) if p.generic_level == "provinsi" else None
            region = r if r is not None and r.level == p.generic_level else None
            why = f"'{m.text}' placed in {region.name if region else '?'} (article's region)"
        if p.unit_id:  # "Kodim 0733/Kota Semarang": one unit, whatever region it serves
            _add(orgs, f"org:{key_slug(acr)}-{key_slug(p.unit_id)}", acr, m, p, region, rname, why,
                 label=f"{acr} {p.designation}", unit=True)
            # "Dandim 0824/Jember Letkol Inf Rahmat": the unit is part of its commander's title
            orgs[f"org:{key_slug(acr)}-{key_slug(p.unit_id)}"].titled += fold(m.text.split()[0]) != fold(acr)
            continue
        team = p.info is None and fold(m.text.split()[0]) in TEAM_HEADS
        if region is None and not p.national and not p.generic_level and \
                (team or p.info and p.info.scope != "national"):
            bare.append((m, p))
            continue
        rtext = " ".join(w.text for w in sent.words[p.region_words[0]:p.region_words[1]]).replace(" . ", ". ") \
            if p.region_words else ""   # "Bawaslu Kab. Semarang": the abbreviation's point back on it
        # a branch named by its level that no region of the article places is a kind of branch, none of
        # them: "Menurut laporan Bawaslu kabupaten, beberapa KPU di Papua telah mulai ..." in a provincial story
        _add(orgs, _org_key(acr, region, p.generic_level if region is None else ""), acr, m, p,
             region, rname, why, written=not p.generic_level, rtext=rtext,
             board=_board_before(sent, m) if region is not None and p.info and p.info.type == "party" else "",
             generic=region is None and bool(p.generic_level))
    for m, p in bare:  # bare names: the one branch in the article, else the home region
        acr = p.info.acronym if p.info else p.short
        if _candidacy(sents[m.sent_id], m):
            continue  # a regional seat in a list of candidacies is no body of the article's region
        same = [o for o in orgs.values() if o.acronym == acr and o.region and o.written]
        # "Korem 092 Maharajalila menurunkan 1200 personel ... dari Korem dan Kodim jajaran": the one
        # Korem the article designates
        units = [o for o in orgs.values() if o.acronym == acr and o.unit]
        if len(same) == 1 or not same and len(units) == 1:
            o = same[0] if same else units[0]
            o.mentions.append(m)
            if not same:
                o.aliases.add(acr)   # the article calls the unit "Korem" too
            o.why.append(f"bare '{m.text}' ({m.sent_id}) is the only {acr} {'branch' if same else 'unit'} named")
            continue
        if _subordinate_kind(sents[m.sent_id], m):
            _add(orgs, f"org:{key_slug(acr)}", acr, m, p, None, rname,
                 f"'{m.text}' with 'jajaran': the units under a command, not one body", generic=True)
            continue
        region = gaz.by_code.get(home.attr("code")) if home else None
        if acr in DISTRICT_BODIES:
            # "apel ... diikuti oleh Staf Kecamatan, Koramil, Polsek" in an article about Kecamatan Pakusari
            kec = [e for e in regions if e.attr("level") == "kecamatan"]
            region = gaz.by_code.get(kec[0].attr("code")) if len(kec) == 1 else None
        elif acr in PROVINCIAL_BODIES:
            region = _enclosing(region, ("provinsi",), gaz)   # "BKO Brimob Polda" in a Jepara article
        elif acr in LEVEL_OF_GOV:
            region = _enclosing(region, (LEVEL_OF_GOV[acr],), gaz)  # "Pemprov" in a city article: its province
            if region is None:
                continue  # "Pemerintah Kota" with no city (or an article about a province)
        elif p.info and p.info.scope == "branch":  # state bodies only: "PDIP", "NU" stay the national ones
            region = _branch_region(orgs, acr, same, region, gaz) if p.info.type in _LOCAL_BRANCHES else None
        _add(orgs, _org_key(acr, region), acr, m, p, region, rname,
             f"bare '{m.text}' placed in the article's region" if region else "", written=False,
             inferred=region is not None)
    _merge_teams(orgs)
    return _entities(orgs, _title_ends(doc)) + _implicit_parents(orgs, rname) + _credited_outlets(doc, orgs)


def _credited_outlets(doc: Document, orgs: dict) -> list[Entity]:
    """News outlets the text names by their domain outside its header, as photo and source credits
    do: "Sumber foto news.detik.com" (the outlet is a body the article names). The article's own
    publisher is the graph builder's; a domain inside a web address ("https://www.inews.id/...") or
    an e-mail address is none."""
    from kg.extract.meta import _DOMAIN  # noqa: PLC0415 - the one domain pattern

    publisher = fold((doc.meta or {}).get("publisher", ""))
    found: dict[str, Entity] = {}
    for sent in doc.sentences or ():
        for group in _glued(sent.words):   # the tokenizer splits "news.detik.com" at its dots
            t = "".join(w.text for w in group)
            if not _DOMAIN.fullmatch(t) or any(c in t for c in "/:@") or t.lower().startswith("www.") \
                    or fold(t) == publisher:
                continue
            key = f"org:{iri_slug(t)}"
            if key in orgs:
                continue
            m = Mention(sent.sent_id, tuple(w.id for w in group), t, "organization",
                        group[0].start_char, group[-1].end_char)
            e = found.get(key)
            found[key] = Entity(key, "organization", t, (), (("type", "media"),),
                                (e.mentions if e else ()) + (m,), f"outlet '{t}' credited by its domain")
    found.update(_credited_offices(doc))
    return list(found.values())


# the labels of a source or photo credit line: "Source: Humas Jateng", "Sumber: Humas Pemkab Sleman"
_SOURCE_LABELS = frozenset({"source", "sumber", "foto", "dok", "doc", "dokumentasi"})


def _credited_offices(doc: Document) -> dict[str, Entity]:
    """A public-relations office credited as a source ("Source: Humas Jateng"): the region's Humas,
    a body the article names (the office is no person, see NOT_CREDITED_NAMES)."""
    gaz, out = gazetteer(), {}
    for sent in doc.sentences or ():
        ws = sent.words
        for k in range(len(ws) - 3):
            if fold(ws[k].text) not in _SOURCE_LABELS or ws[k + 1].text != ":" or fold(ws[k + 2].text) != "humas":
                continue
            for n in (3, 2, 1):
                place = ws[k + 3:k + 3 + n]
                hits = gaz.lookup(" ".join(w.text for w in place)) if len(place) == n else ()
                if len(hits) == 1:
                    r = hits[0]
                    text = " ".join(w.text for w in ws[k + 2:k + 3 + n])
                    key = f"org:humas-{key_slug(r.name)}"
                    m = Mention(sent.sent_id, tuple(w.id for w in ws[k + 2:k + 3 + n]), text, "organization",
                                ws[k + 2].start_char, ws[k + 2 + n].end_char)
                    out[key] = Entity(key, "organization", text, (f"Humas {r.name}",),
                                      (("acronym", "Humas"), ("region", r.key), ("type", "unit")), (m,),
                                      f"public-relations office credited as the source: '{text}'")
                    break
    return out


def _glued(words) -> list[list]:
    """Runs of words written with no space between them (by their character offsets)."""
    out: list[list] = []
    for w in words:
        if out and w.start_char is not None and out[-1][-1].end_char == w.start_char:
            out[-1].append(w)
        else:
            out.append([w])
    return out


def _merge_teams(orgs: dict[str, _Org]) -> None:
    """A team named short and long in one article is one team: "Tim Perumus" is "Tim Perumus Debat
    Publik Pasangan Calon Gubernur dan Wakil Gubernur Jambi" (its name the shortest form, the
    longer ones aliases). Teams of different regions stay apart."""
    teams = [o for o in orgs.values() if " " in o.acronym and fold(o.acronym.split()[0]) in TEAM_HEADS]
    for o in sorted(teams, key=lambda t: len(t.acronym.split())):
        if o.key not in orgs:
            continue
        words = o.acronym.split()
        for other in teams:
            if other is o or other.key not in orgs or other.region != o.region:
                continue
            if other.acronym.split()[:len(words)] == words:   # a word prefix: the same team, written out
                o.mentions += other.mentions
                o.aliases |= set(other.names) | other.aliases
                o.why.append(f"'{other.acronym}' is the same team written out")
                del orgs[other.key]


def _board_before(sent, m: Mention) -> str:
    """The short name of the party board written just before a party's mention: "dibuka Dewan Pimpinan
    Daerah Partai Golkar Bantul" -> "DPD", "Ketua DPC PKB Gunungkidul" -> "DPC"."""
    i = m.word_ids[0] - 1
    for k in range(1, min(i, 6) + 1):
        board = party_board(sent.words, i - k, i)
        if board:
            return board
    return ""


def _subordinate_kind(sent, m: Mention) -> bool:
    """A bare body named with "jajaran" names the units under a command as a kind, none of them:
    "Polda Kaltara dan Polres jajaran melaksanakan kegiatan tersebut" (the Polda's Polres), "diikuti
    jajaran Polres dan Polsek secara daring" (bodies listed after "jajaran"); "jajaran Bawaslu" alone is
    the body's own staff."""
    first, last = m.word_ids[0], m.word_ids[-1]
    after = sent.word(last + 1).text if last < len(sent.words) else ""
    if fold(after) == "jajaran":
        return True
    k = first - 1   # back over a coordination of bodies to the "jajaran" that opens it
    listed = False
    while k >= 1 and (sent.word(k).text in (",", "dan") or sent.word(k).text[:1].isupper()):
        listed = listed or sent.word(k).text in (",", "dan")
        k -= 1
    coordinated = listed or fold(after) == "dan" or after == ","
    return k >= 1 and fold(sent.word(k).text) == "jajaran" and coordinated and first - k <= 4


def _levels_listed(sent, m: Mention) -> bool:
    """A branch named by its level in lower case, then another level: "Bagja meminta jajaran Bawaslu
    provinsi dan kabupaten/kota mengantisipasi ..." (every provincial branch, not the article's)."""
    k = m.word_ids[-1] + 1
    return k + 1 <= len(sent.words) and sent.word(k).text in ("dan", ",", "/", "serta") \
        and sent.word(k + 1).text.islower() and fold(sent.word(k + 1).text.split("/")[0]) in LEVEL_WORDS


def _candidacy(sent, m: Mention) -> bool:
    """The mention is in a bracketed list of seats after "calon": "jadwal kampanye para calon
    legislatif (DPR, DPRD Provinsi dan DPRD Kabupaten)"."""
    first = m.word_ids[0]
    for i in range(first - 1, max(0, first - 10), -1):
        w = sent.word(i).text
        if w == ")":
            return False
        if w == "(":
            before = [fold(sent.word(k).text) for k in range(max(1, i - 3), i)]
            return "calon" in before
    return False


def _enclosing(region: Region | None, levels: tuple[str, ...], gaz) -> Region | None:
    """``region`` or the nearest region enclosing it whose level is one of ``levels``."""
    while region is not None and region.level not in levels:
        region = gaz.by_code.get(region.parent) if region.parent else None
    return region


# bodies whose bare name in regional news means the local branch ("KPU dan Bawaslu", "Kejaksaan")
_LOCAL_BRANCHES = frozenset({"election-body", "judiciary"})


def _branch_region(orgs: dict[str, _Org], acr: str, same: list[_Org], home: Region | None, gaz) -> Region | None:
    """Where a bare branch name ("bersama KPU dan Bawaslu") stands: the national body when the
    article names it ("Bawaslu RI"); among several branches named, the one of the article's
    region; else the branch of the article's region (a kecamatan's kab/kota), or None."""
    if any(o.acronym == acr and not o.region and o.written for o in orgs.values()):
        return None
    home = _enclosing(home, ("provinsi", "kabupaten", "kota"), gaz)
    if home is None:
        return None
    if same and not any(o.region == home.key for o in same):
        return None
    return home


def _implicit_parents(orgs: dict[str, _Org], rname: dict[str, str]) -> list[Entity]:
    """Parent bodies the article does not name ("Bawaslu" for "Bawaslu Kota X"), as
    entities without mentions and with attr ``implicit`` = "1"."""
    out: dict[str, Entity] = {}
    lex = organizations()
    for o in orgs.values():
        if not o.parent or o.parent in orgs or o.parent in out:
            continue
        acr_slug = o.parent.removeprefix("org:")
        info = next((i for i in lex.values() if key_slug(i.acronym) == acr_slug), None)
        if info is not None:
            name, attrs = info.acronym, (("acronym", info.acronym), ("full", info.full[0]),
                                         ("type", info.type), ("implicit", "1"))
        else:  # the regional government of a unit ("Pemkot Pekalongan" for its Setda)
            gov = next((g for g in LEVEL_OF_GOV if acr_slug.startswith(key_slug(g) + "-")), "")
            r = gazetteer().by_code.get(o.region.removeprefix("region:"))
            where = f"region:{r.parent}" if r is not None and r.level == "kecamatan" else o.region
            name = f"{gov} {rname.get(where, '')}".strip()
            attrs = (("acronym", gov), ("region", where), ("type", "government"),
                     ("implicit", "1"))
        out[o.parent] = Entity(o.parent, "organization", name, (), attrs, (),
                               f"parent body of {o.key}, implied by the lexicon; not named")
    return list(out.values())


def _add(orgs, key, acr, m, p, region, rname, why, *, written: bool = True, rtext: str = "",
         label: str = "", inferred: bool = False, generic: bool = False, unit: bool = False,
         board: str = "") -> None:
    info = p.info or organizations().get(fold(acr))
    o = orgs.get(key)
    if o is None:
        parent = ""
        if info and region is not None:
            if info.parent == "GOV":   # a kecamatan's Puskesmas belongs to its kabupaten's government
                gov = _enclosing(region, ("provinsi", "kabupaten", "kota"), gazetteer()) or region
                parent = _org_key(GOV_BY_LEVEL.get(gov.level, "Pemda"), gov)
            elif info.parent or info.scope == "branch":
                parent = f"org:{key_slug(info.parent or info.acronym)}"
        elif info and info.parent and info.parent != "GOV":
            parent = f"org:{key_slug(info.parent)}"
        # attr "region" only for a region the article names (an inferred province stays in key/alias)
        named = region.key if region is not None and region.key in rname else ""
        o = orgs[key] = _Org(key, acr, Counter(), set(), "", named,
                             parent, info.type if info else "body", [], [], written, generic=generic,
                             unit=unit)
    rn = rname.get(region.key, region.name) if region else ""
    if label:
        o.names[label] += 1
        if rn:   # "Kodim 0611/Garut" is the Kodim of Garut
            o.aliases.add(f"{acr} {rn}")
    elif region is None or not written:
        o.names[p.short if not p.generic_level else m.text] += 1
        if rn:
            o.aliases.add(f"{acr} {rn}")
    elif acr in LEVEL_OF_GOV:
        o.names[f"{acr} {rn}"] += 1
    else:  # the short name and the region as written ("Kesbangpol Kaltim"), canonical as alias
        shown = p.short if info and fold(p.short) in {fold(a) for a in (acr, *info.aliases)} else acr
        o.names[f"{shown} {_display(rtext or rn)}"] += 1
        o.aliases.add(f"{acr} {rn}")
        # and the short name as written with the region's own name: "Kesbangpol Sulteng" is also
        # "Kesbangpol Sulawesi Tengah" (the body is Bakesbangpol Sulawesi Tengah)
        o.aliases.add(f"{shown} {rn}")
    if p.full:
        o.full = o.full or (f"{p.full} {rn}" if acr in LEVEL_OF_GOV and rn else p.full)
        o.aliases.add(o.full)
    elif acr in LEVEL_OF_GOV and rn and info:
        o.full = o.full or f"{info.full[0]} {rn}"
        o.aliases.add(o.full)
    # every surface form is a label ("Pemerintah Provinsi Kalsel", "DPR-RI"), and the short name
    # with the region as written ("Pemprov Kalsel"): readers and queries search what was written
    for s in surface_forms(m.text):
        if " " in s or "-" in s:
            o.aliases.add(s)
    if board:   # "Ketua DPD Partai Golkar Bantul": the party's board of that region
        o.aliases.add(f"{board} {surface_forms(m.text)[0]}")
    if rtext and region is not None and not label:
        words = rtext.split()
        if acr in LEVEL_OF_GOV and len(words) > 1 and fold(words[0]) in LEVEL_WORDS:
            words = words[1:]  # "Pemerintah Provinsi Kalsel" -> "Pemprov Kalsel"
        o.aliases.add(f"{acr} {_display(' '.join(words))}")
    o.mentions.append(m)
    o.inferred = o.inferred or inferred
    if why:
        o.why.append(why)


_UNIT_TYPES = frozenset({"unit", "body"})   # agencies of a regional government; bodies the lexicon lacks


def _title_ends(doc: Document) -> set[tuple[str, int]]:
    """(sentence, word id) right after each post title without a named holder: where the body of
    an unnamed post starts ("hadir Kepala BPBD, Kasatpol PP, Kepala Dinas Kominfo, ...")."""
    persons: dict[str, list[int]] = {}
    for m in doc.mentions or ():
        if m.kind == "person" and m.word_ids:
            persons.setdefault(m.sent_id, []).append(m.word_ids[0])
    sents = {s.sent_id: s for s in doc.sentences or ()}
    out = set()
    for m in doc.mentions or ():
        if m.kind != "title" or not m.word_ids:
            continue
        end, first = m.word_ids[-1], m.word_ids[0]
        named = any(0 < p - end <= 8 for p in persons.get(m.sent_id, ()))
        sent = sents.get(m.sent_id)
        if not named and sent is not None and first > 1 and fold(sent.word(first - 1).text) in ("sebagai", "selaku"):
            named = any(p < first for p in persons.get(m.sent_id, ()))  # "Subhan, terpilih sebagai Ketua Tim"
        if not named:
            out.add((m.sent_id, end + 1))
    return out


def _bracket_title(text: str) -> bool:
    """The brackets in a mention hold a post's short title, not the body's acronym: "Kepolisian Resor
    ( Kapolres ) Parigi Moutong"."""
    inner = re.findall(r"\(\s*([^()]+?)\s*\)", text)
    return bool(inner) and all(fold(x) in titles() and fold(x) not in organizations() for x in inner)


def _entities(orgs: dict[str, _Org], title_ends: set[tuple[str, int]] = frozenset()) -> list[Entity]:
    out = []
    for o in orgs.values():
        # an agency unit named only inside the titles of unnamed posts ("hadir Kepala BPBD, Kepala Dinas
        # Kominfo, ..."): the posts' unit, not a body the article names (a force or an election body
        # there is: "perwakilan Kasatintelkam Polres Pekalongan Kota")
        in_title = o.type in _UNIT_TYPES and bool(o.mentions) and all(
            (m.sent_id, m.word_ids[0]) in title_ends for m in o.mentions)
        # a military unit named only in its commanders' titles ("Dandim 0906 Tenggarong Letkol Inf
        # Charles Alling", "Pangdam XVII/Cendrawasih"): the post's unit, as "Kapolres Kampar" is
        in_title = in_title or o.unit and o.titled == len(o.mentions) > 0
        # "Kepala Kepolisian Daerah (Kapolda) Sulawesi Tengah, Irjen Pol Agus Nugroho": the body written out
        # inside a post's title, whose short form the brackets give
        in_title = in_title or bool(o.mentions) and all(_bracket_title(m.text) for m in o.mentions)
        name = o.names.most_common(1)[0][0]
        aliases = tuple(sorted((set(o.names) | o.aliases) - {name, ""}))
        attrs = tuple((k, v) for k, v in (("acronym", o.acronym if " " not in o.acronym else ""),
                                          ("full", o.full),
                                          ("region", o.region), ("parent", o.parent),
                                          ("type", o.type),
                                          ("region_from", "article" if o.inferred else ""),
                                          ("in_title", "1" if in_title else ""),
                                          ("generic", "1" if o.generic else "")) if v)
        why = f"{len(o.mentions)} mention(s) of {o.acronym}" + (
            f" in {o.region}" if o.region else "") + "".join(f"; {w}" for w in o.why)
        out.append(Entity(o.key, "organization", name, aliases, attrs, tuple(o.mentions), why))
    return out
