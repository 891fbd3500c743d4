"""Merge mentions into entities: persons, organisations, regions.

Persons take their fullest written form with honorifics dropped (GUIDELINES:
"H Salahudin" -> "Salahudin"); a one-word mention ("Budi") joins the nearest
fuller name in the same article that contains the word ("Budi Utama"). Every
entity's ``why`` says which mentions were merged and on what ground.
:class:`CorpusIndex` then makes keys canonical across articles.

>>> from kg.model import Mention
>>> ms = (Mention("1", (1, 2), "Budi Utama", "person"), Mention("2", (4,), "Budi", "person"))
>>> [(e.key, e.aliases) for e in resolve_persons(ms)]
[('person:budi-utama', ('Budi',))]
"""
from __future__ import annotations

import re

import bisect

from collections import Counter
from dataclasses import replace

from kg.extract.corpus import CorpusIndex
from kg.lang.lexicon import fold, key_slug
from kg.extract.mentions import nicknames
from kg.model import Document, Entity, Mention
from kg.stage import stage
from kg.extract.orgs import resolve_orgs, resolve_regions

__all__ = ["resolve", "resolve_persons", "CorpusIndex"]


def _clean(text: str) -> str:
    return text.title() if text.isupper() else text


def resolve_persons(mentions: tuple[Mention, ...] | list[Mention],
                    nicks: dict[str, str] | None = None) -> list[Entity]:
    """Group person mentions of one article (in document order) into entities.

    ``nicks``: folded nickname -> the full name it was bracketed after (see
    :func:`kg.extract.mentions.nicknames`); those mentions join the full name's entity."""
    nicks = nicks or {}
    persons = [m for m in mentions if m.kind == "person"]
    by_nick = [m for m in persons if fold(m.text) in nicks]
    persons = [m for m in persons if fold(m.text) not in nicks]
    groups: list[list[Mention]] = []
    index: dict[str, int] = {}           # folded full name -> group
    whys: dict[int, list[str]] = {}
    parts: dict[tuple[str, ...], int] = {}   # a contiguous proper part of a group's name -> first such group
    initials: dict[tuple, int] = {}          # (("M", "S"), ("budi",)) -> first group named "Muhammad Syarifuddin Budi"
    for m in sorted((m for m in persons if len(m.word_ids) > 1), key=lambda m: -len(m.word_ids)):
        toks = [fold(t) for t in m.text.split()]
        key = " ".join(toks)
        if key in index:
            groups[index[key]].append(m)
            continue
        longer = parts.get(tuple(toks))
        if longer is not None and _named_beside(m, toks, groups[longer]):
            longer = None
        if longer is None:   # "H Supain HK" in a caption, "H Supian HK" in the story: one letter pair swapped;
            # "Rahmat Effendy" / "Rahmat Effendi" (a spelling variant); "Henry Sofyan Rois" / "Hendry Sofyan
            # Rois" (one letter more in one word of a name of three words, the others alike)
            longer = next((index[k] for k in index if _swapped(toks, k.split()) or _variant(toks, k.split())), None)
        if longer is None:   # "Ketut Sukawati Lanang Putra Perbawa" then "Lanang Perbawa": words left out
            within = {index[k] for k in index if _within(toks, k.split())}
            longer = next(iter(within)) if len(within) == 1 else None
            if longer is not None and _named_beside(m, toks, groups[longer]):
                longer = None
        initialled = None if longer is not None else initials.get(_initials_key(m.text.split()))
        if longer is not None:
            groups[longer].append(m)
            index[key] = longer
        elif initialled is not None:
            groups[initialled].append(m)
            index[key] = initialled
            whys.setdefault(initialled, []).append(
                f"'{m.text}' ({m.sent_id}) abbreviates '{groups[initialled][0].text}' by its initials")
        else:
            index[key] = len(groups)
            for n in range(1, len(toks)):
                for i in range(len(toks) - n + 1):
                    parts.setdefault(tuple(toks[i:i + n]), len(groups))
            words = m.text.split()
            for n in (1, 2, 3):
                if len(words) > n:
                    initials.setdefault((tuple(w[0].upper() for w in words[:n]), tuple(toks[n:])), len(groups))
            groups.append([m])
    order = {id(m): n for n, m in enumerate(m for m in mentions if m.kind == "person")}
    # Single words join the nearest earlier full name holding them. Indexes keep this linear in
    # the mentions (a long article repeating one name thousands of times was quadratic here):
    # which full names hold a word, each group's member positions (sorted) before the loop, and
    # the last single word it took (the loop runs in mention order, so that one is the latest).
    holders: dict[str, list[int]] = {}
    for g, grp in enumerate(groups):
        # the words of every full name the group took: "Syukri Botutihe" took "Sukri Botutihe", so "Sukri" is his
        for t in dict.fromkeys(fold(t) for x in grp if x is grp[0] or len(x.word_ids) > 1 for t in x.text.split()):
            holders.setdefault(t, []).append(g)
    multi = [sorted(order[id(x)] for x in grp) for grp in groups]
    last_single: dict[int, int] = {}

    def latest_before(g: int, pos: int) -> int | None:
        i = bisect.bisect_left(multi[g], pos)
        found = multi[g][i - 1] if i else None
        single = last_single.get(g)
        return single if found is None or (single is not None and single > found) else found

    singles: dict[str, int] = {}   # a one-word name no full name holds -> its group
    for m in (m for m in persons if len(m.word_ids) == 1):
        tok = fold(m.text)
        hits = holders.get(tok, [])
        if not hits and tok in singles:   # "Kepala Puskesmas Pasar Kemis, Salwah, ..." then "ungkap Salwah"
            groups[singles[tok]].append(m)
            continue
        if not hits:
            g = next((g for g, grp in enumerate(groups) if len(grp[0].word_ids) > 1
                      and _one_edit(tok, fold(grp[0].text).replace(" ", ""))), None)
            why = "written without its space, one letter off"
            if g is None:
                # a one-word name grouped in this loop was named before; a full name, if named before
                g = _clipped(tok, groups, lambda g: g >= len(multi) or latest_before(g, order[id(m)]) is not None)
                why = "with a given name cut short"
            if g is None:
                singles[tok] = len(groups)
                groups.append([m])
            else:
                groups[g].append(m)
                last_single[g] = order[id(m)]
                whys.setdefault(g, []).append(f"'{m.text}' ({m.sent_id}) is '{groups[g][0].text}' {why}")
            continue
        pos = order[id(m)]
        before = [(latest_before(g, pos), g) for g in hits]
        before = [(b, g) for b, g in before if b is not None]
        g = max(before, key=lambda bg: bg[0])[1] if before else hits[0]
        groups[g].append(m)
        last_single[g] = pos
        whys.setdefault(g, []).append(
            f"'{m.text}' ({m.sent_id}) is a word of '{groups[g][0].text}'"
            + (f", the nearest of {len(hits)} candidates" if len(hits) > 1 else ""))
    members: dict[str, int] = {}
    for g, grp in enumerate(groups):
        for x in grp:
            members.setdefault(fold(x.text), g)
    for m in by_nick:
        full = fold(nicks[fold(m.text)])
        g = members.get(full)
        if g is None:
            groups.append([m])
            members.setdefault(fold(m.text), len(groups) - 1)
        else:
            groups[g].append(m)
            members[fold(m.text)] = min(members.get(fold(m.text), g), g)
            whys.setdefault(g, []).append(f"'{m.text}' is written in brackets after '{nicks[fold(m.text)]}'")
    nicked = {id(m) for m in by_nick}
    out = []
    for g, grp in enumerate(groups):
        grp.sort(key=lambda m: order[id(m)])
        counts = Counter(_clean(m.text) for m in grp)
        # the full name, not the nickname written in brackets after it, names the person
        named = Counter(_clean(m.text) for m in grp if id(m) not in nicked) or counts
        name = max(named, key=lambda s: (len(s.split()), named[s]))
        for m in grp:  # a longer full name absorbed a shorter one: record it
            if len(m.word_ids) > 1 and fold(m.text) != fold(name):
                whys.setdefault(g, []).append(f"'{m.text}' ({m.sent_id}) is part of '{name}'")
        why = f"{len(grp)} mention(s) of '{name}'" + "".join(f"; {w}" for w in
                                                           dict.fromkeys(whys.get(g, [])))
        out.append(Entity(f"person:{key_slug(name)}", "person", name,
                          tuple(sorted(set(counts) - {name})), (), tuple(grp), why))
    return _unique_keys(out)


def _initials_key(short: list[str]) -> tuple | None:
    """The key under which a name written with capital initials for its first names finds the
    full name: "MS Budi" -> (("M", "S"), ("budi",)), the key of "Muhammad Syarifuddin Budi"
    (the KPU chair's usual short form); None for a name not written so."""
    head, rest = short[0], short[1:]   # "M Mufidz" for "Muhammad Mufidz" (one initial, one name after it)
    if (2 <= len(head) <= 3 or len(head) == 1 and len(rest) == 1) and head.isupper() and head.isalpha() and rest:
        return tuple(head), tuple(fold(t) for t in rest)
    return None


def _named_beside(m: Mention, toks: list[str], group: list[Mention]) -> bool:
    """A full name of two words or more that ends a longer name written in the same sentence is
    another person: "Presiden RI Joko Widodo dan Ibu Negara Iriana Joko Widodo" (a wife's name ends in
    her husband's); one person is not named twice in one sentence."""
    if len(toks) < 2:
        return False
    return any(g.sent_id == m.sent_id and len(g.word_ids) > len(toks)
               and [fold(t) for t in g.text.split()][-len(toks):] == toks for g in group)


def _variant(a: list[str], b: list[str]) -> bool:
    """Two names of as many words, two or more, alike but for one word that is a spelling variant of the
    other (:func:`_spelling`: "Effendy" / "Effendi"), or, in a name of three words or more, one letter
    added, dropped or changed in a word of four letters or more ("Henry" / "Hendry"); in any, one letter
    added or dropped in a word of six or more ("Yuantor" / "Yuantoro")."""
    if len(a) != len(b) or len(a) < 2:
        return False
    diff = [(x, y) for x, y in zip(a, b) if x != y]
    if len(diff) != 1:
        return False
    x, y = diff[0]
    # in two words, a letter added or dropped in a long word (:func:`_letter_typo`): "Kapolres Kapuas AKBP
    # Tejo Yuantor, yang turut hadir ..." then "ucap Tejo Yuantoro" (v2 study article, Kapuas)
    return _spelling(x) == _spelling(y) or len(a) >= 3 and min(len(x), len(y)) >= 4 and abs(len(x) - len(y)) <= 1 \
        and _one_step(x, y) or _letter_typo(x, y)


def _within(short: list[str], full: list[str]) -> bool:
    """``short`` is ``full`` with some of its words left out, in order and ending in its last word, two
    words or more: "Lanang Perbawa" for "Ketut Sukawati Lanang Putra Perbawa" (the press drops given and
    middle names). Contiguous parts are looked up first; one-word forms join in the loop below."""
    if len(short) < 2 or len(full) <= len(short):
        return False
    it = iter(full)
    return all(any(w == x for x in it) for w in short) and short[-1] == full[-1]


def _swapped(a: list[str], b: list[str]) -> bool:
    """Two names of two words or more, equal but for one word of five letters or more where two
    neighbouring letters are swapped ("supain" / "supian"): a typo of the same name."""
    if len(a) != len(b) or len(a) < 2:
        return False
    diff = [(x, y) for x, y in zip(a, b) if x != y]
    if len(diff) != 1 or len(diff[0][0]) < 5 or len(diff[0][0]) != len(diff[0][1]):
        return False
    x, y = diff[0]
    k = [n for n in range(len(x)) if x[n] != y[n]]
    return len(k) == 2 and k[1] == k[0] + 1 and x[k[0]] == y[k[1]] and x[k[1]] == y[k[0]]


def _clipped(tok: str, groups: list[list[Mention]], named_before) -> int | None:
    """The one full name named earlier with a word that ``tok`` cuts short (or spells otherwise,
    :func:`_spelling`), as the press shortens a given name: "Ketua Bawaslu Kabupaten Gorontalo, Alexander Ka’aba ..." then "kata Alex";
    "Ketua KPU Sikka, Herimanto" then "kata Heri"; or a typo of one letter more or less in a word of six
    letters or more ("Ketua KPU Maluku, M. Shaddek Fuad" then "kata Sahaddek"), or two neighbouring letters
    swapped in a word of five letters or more ("Kapolres Bangka Tengah AKBP Yudha Hery Setiawan" then "Lebih
    lanjut Yudah mengatakan", :func:`_swapped`). Four letters at least, and no second candidate."""
    if len(tok) < 4:
        return None
    found = {g for g, grp in enumerate(groups) if named_before(g)
             and any(len(w) > len(tok) and w.startswith(tok) and w[len(tok):] not in _PATRONYMIC_ENDS
                     or w != tok and _spelling(w) == _spelling(tok) or _letter_typo(tok, w)
                     or _swapped([tok, ""], [w, ""])
                     for w in (fold(t) for t in grp[0].text.split()))}
    return next(iter(found)) if len(found) == 1 else None


# "son/daughter of" fused to the father's name: "Megawati Soekarnoputri ... karena trah Soekarno" (the
# father, another person, not the daughter's name cut short)
_PATRONYMIC_ENDS = frozenset({"putra", "putri", "putera", "puteri"})

# ... and "sy" for the Arabic "sh" written "s" ("Pjs Bupati Gorontalo, Syukri Botutihe" in a caption, "Sukri
# Botutihe" in the story; "Syamsul" / "Samsul")
_OLD_SPELLING = (("oe", "u"), ("dj", "j"), ("tj", "c"), ("ch", "kh"), ("ie", "i"), ("sy", "s"))


def _spelling(word: str) -> str:
    """A name word with the spelling variants of Indonesian names levelled: the old spelling (oe,
    dj, tj: "Soeharto" = "Suharto"), "ie" for "i" ("Arief" = "Arif"), a final "y" for "i" ("Hery" =
    "Heri"), doubled letters ("Eddy" = "Edi"): "Anggota Bawaslu Kendal Arief Musthofifin ...
    jelas Arif"."""
    for a, b in _OLD_SPELLING:
        word = word.replace(a, b)
    word = word[:-1] + "i" if word.endswith("y") else word
    return re.sub(r"(.)\1", r"\1", word)


def _letter_typo(a: str, b: str) -> bool:
    """``a`` is ``b`` with one letter added or dropped, both six letters or more ("sahaddek" /
    "shaddek"); a changed letter is no typo here: "Hartono" and "Hartoyo" are two men."""
    return min(len(a), len(b)) >= 6 and abs(len(a) - len(b)) == 1 and _one_step(a, b)


def _one_edit(a: str, b: str) -> bool:
    """``a`` is ``b`` with one letter dropped, added or changed, and long enough that this is a
    typo, not another name: "Ramsesimbong" for "Ramses Limbong" (the space and the L lost)."""
    return len(b) >= 8 and abs(len(a) - len(b)) <= 1 and a != b and _one_step(a, b)


def _one_step(a: str, b: str) -> bool:
    """``a`` and ``b``, at most one letter apart in length, agree but for one letter at their first
    difference (dropped from the longer one, or changed where they are as long)."""
    i = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return a[i + (len(a) >= len(b)):] == b[i + (len(b) >= len(a)):]


def _unique_keys(ents: list[Entity]) -> list[Entity]:
    seen: dict[str, int] = {}
    out = []
    for e in ents:
        n = seen.get(e.key, 0)
        seen[e.key] = n + 1
        out.append(e if n == 0 else replace(e, key=f"{e.key}-{n + 1}"))
    return out


@stage("resolve", requires={"sentences", "mentions"}, provides={"entities"})
def resolve(doc: Document) -> Document:
    """Add the ``entities`` layer: persons, then organisations, then regions (so that
    :class:`kg.extract.entity_index.EntityIndex` maps the words of "Bawaslu Kota Pangkalpinang" to the
    organisation rather than to the region inside it)."""
    regions, placed = resolve_regions(doc)
    orgs = resolve_orgs(doc, regions, placed)
    persons = resolve_persons(doc.mentions or (), nicknames(doc))
    return replace(doc, entities=tuple(persons + orgs + regions))
