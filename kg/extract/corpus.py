"""Cross-article identity: one node per real person, without merging namesakes.

A full name (two words or more) is one person across the corpus. A one-word
name that no fuller name explains inside its article ("Budi") is scoped to the
article's home region (``person:budi-pangkalpinang``; to the article when it
names no region), so two Budis in two regions stay apart; when a fuller name containing the word is seen in the same
region, the short one joins it, immediately for later articles and through
:meth:`CorpusIndex.renames` for keys already emitted. Organisations and regions
already have corpus-wide keys (acronym + region, Kemendagri code).

>>> from kg.model import Document, Entity
>>> reg = Entity("region:19.71", "region", "Pangkalpinang", attrs=(("level", "kota"),))
>>> idx = CorpusIndex()
>>> d1 = idx.add(Document("a", "", entities=(Entity("person:budi", "person", "Budi"), reg)))
>>> d1.entities[0].key
'person:budi-pangkalpinang'
>>> d2 = idx.add(Document("b", "", entities=(Entity("person:budi-utama", "person", "Budi Utama"), reg)))
>>> idx.renames()
{'person:budi-pangkalpinang': 'person:budi-utama'}
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from kg.lang.lexicon import fold, key_slug
from kg.model import Document

__all__ = ["CorpusIndex"]


@dataclass
class _Seen:
    tokens: tuple[str, ...]
    local: set[str] = field(default_factory=set)     # kab/kota keys
    provinces: set[str] = field(default_factory=set)


def _context(doc: Document) -> tuple[set[str], set[str], str]:
    """(kab/kota keys, province keys, home region name) of an article."""
    local, prov, counts = set(), set(), {}
    for e in doc.entities or ():
        if e.kind != "region":
            continue
        if e.attr("level") in ("kota", "kabupaten"):
            local.add(e.key)
            counts[e.key] = (len(e.mentions), e.name)
            if e.attr("parent"):
                prov.add(e.attr("parent"))
        elif e.attr("level") == "provinsi":
            prov.add(e.key)
            counts.setdefault(e.key, (len(e.mentions) - 1000, e.name))
    home = max(counts.values())[1] if counts else ""
    return local, prov, home


def _compatible(a: _Seen, local: set[str], prov: set[str]) -> bool:
    if a.local and local:
        return bool(a.local & local)
    return bool(a.provinces & prov)


class CorpusIndex:
    """Canonical keys across articles; call :meth:`add` once per article, in input order."""

    def __init__(self) -> None:
        self._full: dict[str, _Seen] = {}
        self._short: dict[str, _Seen] = {}
        self._renames: dict[str, str] = {}
        self._posts: dict[tuple[str, str, str], str] = {}   # (folded name, title, region key) -> person key
        self._initialled: dict[tuple[str, ...], str] = {}  # full name without its initials -> person key

    def add(self, doc: Document) -> Document:
        """Return ``doc`` with person keys (also inside assertions) made corpus-canonical."""
        local, prov, home = _context(doc)
        mapping: dict[str, str] = {}
        ents = []
        for e in doc.entities or ():
            if e.kind != "person":
                ents.append(e)
                continue
            toks = tuple(fold(t) for t in e.name.split())
            if len(toks) > 1:
                same = self._initialled.get(_without_initials(toks))
                if same is not None and same != e.key and _initials_agree(self._full[same].tokens, toks):
                    # "Menteri Dalam Negeri M. Tito Karnavian" and, elsewhere, "Tito Karnavian": one person
                    mapping[e.key] = same
                    e = replace(e, key=same, why=e.why + f"; across articles: '{e.name}' is {same} with an initial")
                    ents.append(e)
                    continue
                self._initialled.setdefault(_without_initials(toks), e.key)
                seen = self._full.setdefault(e.key, _Seen(toks))
                seen.local |= local
                seen.provinces |= prov
                for skey, s in self._short.items():
                    if skey not in self._renames and s.tokens[0] in toks and _compatible(s, local, prov):
                        self._renames[skey] = e.key
                ents.append(e)
                continue
            hits = [k for k, s in self._full.items() if toks[0] in s.tokens and _compatible(s, local, prov)]
            posts = _posts_of(doc, e.key)
            same_post = next((self._posts[(toks[0], *p)] for p in posts if (toks[0], *p) in self._posts), None)
            identity = ""
            if same_post is not None:
                new, identity = same_post, (f"'{e.name}' in {doc.doc_id} holds the same post "
                                            f"({_post_text(doc, posts)}) as in an earlier article")
                why = f"; across articles: {identity}"
            elif len(hits) == 1:
                new, why = hits[0], f"; across articles: '{e.name}' is a word of {hits[0]} seen in the same region"
                identity = f"'{e.name}' in {doc.doc_id} is a word of this name, seen in the same region"
            else:
                # a post names where its holder is; else the article's home region does
                scope = _post_region_name(doc, posts) or home
                new = f"person:{key_slug(e.name)}-{key_slug(scope or doc.doc_id)}"
                why = f"; one-word name scoped to {scope or 'its article (no region named)'}" + (
                    " (the region of the post held)" if scope != home else "") + (
                    f" ({len(hits)} fuller names fit)" if hits else "")
                s = self._short.setdefault(new, _Seen(toks))
                s.local |= local
                s.provinces |= prov
            for p in posts:
                self._posts.setdefault((toks[0], *p), new)
            mapping[e.key] = new
            e = replace(e, key=new, why=e.why + why)
            if identity:
                e = replace(e, attrs=(*e.attrs, ("identity", identity)))
            ents.append(e)
        if not mapping:
            return replace(doc, entities=tuple(ents)) if doc.entities is not None else doc
        return replace(doc, entities=tuple(ents), assertions=None if doc.assertions is None else tuple(
            replace(a, args=tuple((r, _rekey(v, mapping)) for r, v in a.args)) for a in doc.assertions))

    def renames(self) -> dict[str, str]:
        """Keys already emitted that now name a fuller entity (chains followed)."""
        out = {}
        for old, new in self._renames.items():
            while new in self._renames and self._renames[new] != old:
                new = self._renames[new]
            out[old] = new
        return out


def _posts_of(doc: Document, person: str) -> list[tuple[str, str]]:
    """(base title, region key) of the posts ``person`` holds in ``doc`` ("Bupati", "region:35.15"); a
    post in a national body, which no region places, by the body's key: "Anggota Bawaslu RI Puadi
    mengatakan" and "ujar anggota Bawaslu RI, Puadi" in two articles are one member ("org:bawaslu")."""
    national = {e.key for e in doc.entities or () if e.kind == "organization" and not e.attr("region")
                and not e.attr("generic") and not e.attr("region_from")}
    return sorted({(a.arg("title"), a.arg("region") or a.arg("organization")) for a in doc.assertions or ()
                   if a.kind == "holds" and a.arg("person") == person
                   and (a.arg("region") or a.arg("organization") in national)})


def _region_names(doc: Document) -> dict[str, str]:
    return {e.key: e.name for e in doc.entities or () if e.kind == "region"}


def _without_initials(toks: tuple[str, ...]) -> tuple[str, ...]:
    """A folded full name without the one-letter initials opening it ("m tito karnavian" -> "tito
    karnavian"); a name of two words at least stays whole ("m iqbal")."""
    k = 0
    while k < len(toks) and len(toks[k]) == 1:
        k += 1
    return toks[k:] if len(toks) - k >= 2 else toks


def _initials_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One of the two names has no initials, or both have the same: "M. Tito Karnavian" is "Tito
    Karnavian", "A. Budi Utama" is not "M. Budi Utama"."""
    ia, ib = a[:len(a) - len(_without_initials(a))], b[:len(b) - len(_without_initials(b))]
    return not ia or not ib or ia == ib


def _post_region_name(doc: Document, posts: list[tuple[str, str]]) -> str:
    names = _region_names(doc)
    return next((names[r] for _, r in posts if r in names), "")


def _post_text(doc: Document, posts: list[tuple[str, str]]) -> str:
    names = _region_names(doc)
    return ", ".join(f"{t} {names.get(r, r)}" for t, r in posts)


def _rekey(value: str, mapping: dict[str, str]) -> str:
    if value in mapping:
        return mapping[value]
    if "; " in value and any(p in mapping for p in value.split("; ")):
        return "; ".join(mapping.get(p, p) for p in value.split("; "))
    return value
