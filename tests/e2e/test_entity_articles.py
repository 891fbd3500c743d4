"""The entity layer on three articles written for the tests (other regions than the samples),
parsed by the shipped models: expected persons, posts, organisations and regions are found."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.lang.lexicon import fold
from kg.extract.mentions import find_mentions
from kg.model import Document
from kg.extract.resolve import resolve
from kg.rules import extract

pytestmark = pytest.mark.e2e

ARTICLES = Path(__file__).resolve().parent.parent / "data" / "articles"
EXPECTED = sorted(ARTICLES.glob("*.entities.json"))
_CACHE: dict[str, Document] = {}


def _extracted(parser, name: str) -> Document:
    if name not in _CACHE:
        text = (ARTICLES / name).read_text(encoding="utf-8")
        doc = Document(name, text, meta={"date": ""}, sentences=parser.parse(text))
        _CACHE[name] = extract(resolve(find_mentions(doc)), rules=["holds_office", "org_branch"])
    return _CACHE[name]


def _cases(field: str):
    for path in EXPECTED:
        gold = json.loads(path.read_text(encoding="utf-8"))
        for item in gold[field]:
            yield pytest.param(gold["doc"], item, id=f"{gold['doc']}:{item.get('name') or item['person']}")


def _labels(e) -> set[str]:
    return {fold(x) for x in (e.name, *e.aliases)}


@pytest.mark.parametrize("doc, person", _cases("persons"))
def test_entity_articles_person(parser, doc, person):
    d = _extracted(parser, doc)
    assert any(fold(person["name"]) in _labels(e) for e in d.entities if e.kind == "person")


@pytest.mark.parametrize("path", [p for p in EXPECTED if "not_persons" in json.loads(p.read_text(encoding="utf-8"))],
                         ids=lambda p: p.name)
def test_entity_articles_no_spurious_person(parser, path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    d = _extracted(parser, gold["doc"])
    names = {label for e in d.entities if e.kind == "person" for label in _labels(e)}
    assert names.isdisjoint(fold(n) for n in gold["not_persons"])


@pytest.mark.parametrize("doc, region", _cases("regions"))
def test_entity_articles_region(parser, doc, region):
    d = _extracted(parser, doc)
    assert any(fold(region["name"]) in _labels(e) and e.attr("level") == region["level"]
               for e in d.entities if e.kind == "region")


@pytest.mark.parametrize("doc, org", _cases("organizations"))
def test_entity_articles_organization(parser, doc, org):
    d = _extracted(parser, doc)
    regions = {e.key: e for e in d.entities if e.kind == "region"}

    def ok(e):
        if fold(org["name"]) in _labels(e):
            return True
        r = regions.get(e.attr("region"))
        return e.attr("acronym") == org["name"] or fold(e.name).startswith(fold(org["name"])) and \
            r is not None and fold(org["region"] or "") in _labels(r)
    assert any(ok(e) for e in d.entities if e.kind == "organization" and not e.attr("implicit"))


@pytest.mark.parametrize("doc, office", _cases("offices"))
def test_entity_articles_office(parser, doc, office):
    d = _extracted(parser, doc)
    ents = {e.key: e for e in d.entities}
    found = [(ents[a.arg("person")].name, a.arg("title"), a.arg("qualifier"),
              ents[a.arg("region")].name if a.arg("region") else "")
             for a in d.assertions if a.kind == "holds"]
    assert (office["person"], office["office"], office["qualifier"] or "", office["region"]) in found
