"""Entities and posts of the graph: IRIs, names, labels (used by :mod:`kg.graph.builder`).

Names and attributes of an entity accumulate over articles in an
:class:`EntityState`; :func:`write_entity` and :func:`write_post` state them once
renames are known.
"""
from __future__ import annotations

import datetime as _dt
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Mapping
from urllib.parse import quote

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef

from kg.lang.lexicon import iri_slug  # noqa: F401 - re-exported: kg.graph keys and IRIs use it
from rdflib.namespace import FOAF, SKOS

from kg.errors import KgError
from kg.graph.vocab import BASE, KG, ORG, SCHEMA

__all__ = ["iri_slug", "mint_iri", "date_literal", "kind_of_key", "EntityState", "fill_regions", "write_entity",
           "write_post", "distinct_labels", "ENTITY_TYPES", "LEVELS"]

ENTITY_TYPES = {"person": FOAF.Person, "organization": ORG.Organization, "region": SCHEMA.AdministrativeArea}
LEVELS = ("provinsi", "kabupaten", "kota", "kecamatan", "kelurahan", "desa", "other")
_CODE = re.compile(r"[0-9]{2}([.][0-9]{2}([.][0-9]{2}([.][0-9]{4})?)?)?")
_PREFIX_KIND = {"person": "person", "org": "organization", "region": "region"}


def mint_iri(key: str, base: str = BASE) -> URIRef:
    """The IRI of an entity key (``kind:local``), the same on every run.

    >>> str(mint_iri("region:19.71"))
    'https://w3id.org/pemilu-kg/id/region/19.71'
    """
    kind, sep, local = key.partition(":")
    if not sep or not kind or not local:
        raise KgError(f"Entity key {key!r} is not of the form 'kind:local' (e.g. 'person:budi-utama').")
    return URIRef(f"{base}{quote(kind, safe='')}/{quote(local, safe='-._~')}")


def date_literal(value: str) -> Literal | None:
    """``xsd:date`` literal of an ISO date (or the date part of a timestamp); None if not one."""
    value = (value or "").strip()[:10]
    try:
        return Literal(_dt.date.fromisoformat(value).isoformat(), datatype=XSD.date)
    except ValueError:
        return None


def kind_of_key(key: str) -> str:
    return _PREFIX_KIND.get(key.partition(":")[0], "organization")


@dataclass
class EntityState:
    """What the builder knows of one entity: its names, aliases, attributes."""
    kind: str
    names: Counter = field(default_factory=Counter)
    aliases: set = field(default_factory=set)
    attrs: dict = field(default_factory=dict)
    publisher: bool = False
    # True: every record of it was a parent implied by the lexicon, never named; None: no record
    implied: bool | None = None
    reasons: set = field(default_factory=set)   # why several articles' mentions are this node

    def note_implied(self, implied: bool | None) -> None:
        if implied is not None:
            self.implied = implied if self.implied is None else (self.implied and implied)

    def merge(self, other: "EntityState") -> None:
        self.names.update(other.names)
        self.aliases |= other.aliases
        self.reasons |= other.reasons
        for k, v in other.attrs.items():
            self.attrs.setdefault(k, v)
        self.publisher |= other.publisher
        self.note_implied(other.implied)

    def best_name(self, key: str) -> str:
        if not self.names:
            local = key.partition(":")[2]
            return local if self.kind == "region" else local.replace("-", " ").title()
        if self.kind == "person":   # the fullest form
            return max(self.names, key=lambda n: (len(n.split()), len(n), self.names[n], n))
        # bodies and regions: the form used most; on a tie the first seen (the canonical entity's own)
        return max(self.names, key=lambda n: self.names[n])


def fill_regions(entities: Mapping[str, EntityState]) -> None:
    """Fill code, level, long form and parent of regions from the gazetteer (and the name of a
    region known only by key, e.g. one an assertion used without an entity record)."""
    try:
        from kg.lang.lexicon import gazetteer  # noqa: PLC0415
        by_code = gazetteer().by_code
    except Exception:  # noqa: BLE001 - the gazetteer is optional here; the key is the fallback label
        return
    for key, state in entities.items():
        region = by_code.get(key.partition(":")[2]) if key.startswith("region:") else None
        if region is None or state.kind != "region":
            continue
        if not state.names:
            state.names[region.name] += 1
        state.attrs.setdefault("code", region.code)
        state.attrs.setdefault("level", region.level)
        state.attrs.setdefault("full", region.full)
        if region.parent:
            state.attrs.setdefault("parent", f"region:{region.parent}")


def distinct_labels(entities: Mapping[str, EntityState], canon: Callable[[str], str] = str) -> dict[str, str]:
    """Labels for regions and organisations that would share a label with another node, told apart:
    a region by its long form ("Kota Bekasi", "Kabupaten Bekasi"), a body by its region ("FKUB Kota
    Bekasi"). Tables and Gephi show one label a node; the short form stays an altLabel."""
    groups: dict[tuple[str, str], list[str]] = {}
    for key, state in entities.items():
        if state.kind in ("region", "organization"):
            groups.setdefault((state.kind, state.best_name(key).casefold()), []).append(key)
    out: dict[str, str] = {}
    for (kind, _), keys in sorted(groups.items()):
        if len(keys) < 2:
            continue
        for key in keys:
            state = entities[key]
            if kind == "region" and state.attrs.get("full"):
                out[key] = state.attrs["full"]
    for (kind, _), keys in sorted(groups.items()):
        if kind != "organization" or len(keys) < 2:
            continue
        for key in keys:
            region = canon(entities[key].attrs.get("region", ""))
            if region in entities and entities[region].kind == "region":
                where = out.get(region) or entities[region].attrs.get("full") or entities[region].best_name(region)
                out[key] = f"{entities[key].best_name(key)} {where}"
    return out


def write_entity(g: Graph, iri: Callable[[str], URIRef], key: str, state: EntityState,
                 canon: Callable[[str], str], known: Mapping, label: str = "") -> None:
    """The type, labels and attributes of one entity (after renames); ``label`` overrides the
    best name (see :func:`distinct_labels`)."""
    node, name = iri(key), label or state.best_name(key)
    if state.kind == "organization" and state.implied and not state.publisher:
        # a national parent no article names: kept for the org:subOrganizationOf hierarchy
        g.add((node, RDF.type, KG.ImpliedOrganization))
        g.add((KG.ImpliedOrganization, RDFS.subClassOf, ORG.Organization))
    else:
        g.add((node, RDF.type, ENTITY_TYPES.get(state.kind, ORG.Organization)))
    g.add((node, RDFS.label, Literal(name)))
    if state.kind == "person":
        g.add((node, FOAF.name, Literal(name)))
    if state.publisher:
        g.add((node, RDF.type, KG.NewsPublisher))
    attrs = state.attrs
    others = (set(state.names) | state.aliases | {attrs.get("full", ""), attrs.get("short", "")}) - {name, ""}
    for alt in others:
        g.add((node, SKOS.altLabel, Literal(alt)))
    for reason in state.reasons:
        g.add((node, KG.identityReason, Literal(reason)))
    if state.kind == "region":
        code = attrs.get("code") or key.partition(":")[2]
        if _CODE.fullmatch(code):
            g.add((node, KG.kemendagriCode, Literal(code)))
        if attrs.get("level") in LEVELS:
            g.add((node, KG.level, Literal(attrs["level"])))
    links = {"organization": (("region", KG.region, "region"), ("parent", ORG.subOrganizationOf, "organization")),
             "region": (("parent", SCHEMA.containedInPlace, "region"), ("province", SCHEMA.containedInPlace, "region"))}
    for attr, prop, kind in links.get(state.kind, ()):
        target = canon(attrs.get(attr, "")) if ":" in attrs.get(attr, "") else ""
        if target and target != key and target in known and known[target].kind == kind:
            g.add((node, prop, iri(target)))


def write_post(g: Graph, iri: Callable[[str], URIRef], node: URIRef, parts: tuple, entities: Mapping,
               canon: Callable[[str], str] = str, written: Counter | None = None) -> None:
    """An org:Post: label "<qualifier> <title> <jurisdiction>", base title, qualifier, area, body.

    ``written``: the titles as the articles write them, with counts. The most frequent is the
    post's skos:prefLabel ("Kapolres MBD" beside the canonical "Kepala Polres Maluku Barat Daya"),
    the others skos:altLabel, so that a search for the title a reader saw finds the post."""
    qualifier, title, region, org = parts
    region = region if region in entities and entities[region].kind == "region" else ""
    org = org if org in entities and entities[org].kind == "organization" else ""
    if not region and org:   # a post in a regional body serves the body's region
        body_region = canon(entities[org].attrs.get("region", ""))
        if body_region in entities and entities[body_region].kind == "region":
            region = body_region
    where = entities[region].best_name(region) if region else ""
    label_title = title
    if org in entities:  # "Ketua Bawaslu" + "Bawaslu Kota Pangkalpinang" -> "Ketua Bawaslu Kota Pangkalpinang"
        org_name, words = entities[org].best_name(org), title.split()
        overlap = next((k for k in range(len(words) - 1, 0, -1)
                        if f"{iri_slug(org_name)}-".startswith(f"{iri_slug(' '.join(words[-k:]))}-")), 0)
        if overlap:
            label_title = " ".join(words[:-overlap] + [org_name])
        elif not where and iri_slug(org_name) not in iri_slug(title):
            where = org_name
    said = iri_slug(label_title).replace("-", "")
    # "Kepala Polda Jateng" already names Jawa Tengah by its abbreviation: do not repeat it
    place_names = {where} | (set(entities[region].names) | entities[region].aliases if region in entities else set())
    named = any(n and iri_slug(n).replace("-", "") in said for n in place_names)
    words = [qualifier, label_title] + ([where] if where and not named else [])
    g.add((node, RDF.type, ORG.Post))
    g.add((node, RDFS.label, Literal(" ".join(w for w in words if w))))
    g.add((node, KG.baseTitle, Literal(title)))
    if qualifier:
        g.add((node, KG.qualifier, Literal(qualifier)))
    forms = sorted((written or {}).items(), key=lambda kv: (-kv[1], kv[0]))
    for n, (form, _) in enumerate(forms):
        g.add((node, SKOS.prefLabel if n == 0 else SKOS.altLabel, Literal(form)))
    if region:
        g.add((node, SCHEMA.areaServed, iri(region)))
    if org:
        g.add((node, ORG.postIn, iri(org)))
