"""Statement rules end to end on short articles from other regions and outlets.

Real Stanza parse with the shipped models, the real entity stages, then the
statement rules; each article's expected statements are in
``tests/data/articles/stmt_*.txt.statements.json`` (written by hand).
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kg.extract.meta import article_meta
from kg.extract.mentions import find_mentions
from kg.model import Document
from kg.extract.resolve import resolve
from kg.rules import extract

pytestmark = pytest.mark.e2e

ARTICLES = sorted((Path(__file__).resolve().parent.parent / "data" / "articles").glob("stmt_*.txt"))
RULES = ("commitment", "quote", "event", "instrument")


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.lower()))


@pytest.fixture(scope="module")
def built(parser):
    out = {}
    for path in ARTICLES:
        text = path.read_text(encoding="utf-8")
        doc = Document(path.name, text, sentences=parser.parse(text))
        doc = extract(resolve(find_mentions(article_meta(doc))), rules=RULES)
        out[path.name] = (doc, json.loads(Path(f"{path}.statements.json").read_text(encoding="utf-8")))
    return out


def _named(doc: Document, key: str, expected: str) -> bool:
    ent = next((e for e in doc.entities if e.key == key), None)
    if ent is None:
        return False
    have = _words(" ".join((key.replace("-", " "), ent.name, *ent.aliases, *(v for _, v in ent.attrs))))
    return _words(expected) <= have


@pytest.mark.parametrize("name", [p.name for p in ARTICLES])
def test_stmt_articles_commitments(built, name):
    doc, want = built[name]
    got = [(a.arg("actor"), a.arg("topic")) for a in doc.assertions if a.kind == "commitment"]
    missing = [(actor, topic) for actor, topic in want["commitments"]
               if not any(t == topic and _named(doc, k, actor) for k, t in got)]
    assert missing == []


@pytest.mark.parametrize("name", [p.name for p in ARTICLES])
def test_stmt_articles_no_commitment_where_none_is_taken(built, name):
    doc, want = built[name]
    got = [(a.arg("actor"), a.arg("topic")) for a in doc.assertions if a.kind == "commitment"]
    wrong = [(actor, topic) for actor, topic in want.get("absent", ())
             if any(t == topic and _named(doc, k, actor) for k, t in got)]
    assert wrong == []


@pytest.mark.parametrize("name", [p.name for p in ARTICLES])
def test_stmt_articles_quotes(built, name):
    doc, want = built[name]
    got = [(a.arg("speaker"), a.arg("text")) for a in doc.assertions if a.kind == "quote"]
    assert len(got) == len(want["quotes"])
    for speaker, start in want["quotes"]:
        assert any(t.startswith(start) and _named(doc, k, speaker) for k, t in got)


@pytest.mark.parametrize("name", [p.name for p in ARTICLES])
def test_stmt_articles_events_and_instruments(built, name):
    doc, want = built[name]
    events = {(a.arg("kind"), a.arg("date")) for a in doc.assertions if a.kind == "event"}
    assert {tuple(e) for e in want["events"]} <= events
    ids = {a.arg("identifier") for a in doc.assertions if a.kind == "instrument"}
    assert set(want["instruments"]) <= ids


@pytest.mark.parametrize("name", [p.name for p in ARTICLES])
def test_stmt_articles_meta(built, name):
    doc, want = built[name]
    assert {k: doc.meta.get(k) for k in want["meta"]} == want["meta"]


@pytest.mark.parametrize("name", [p.name for p in ARTICLES])
def test_stmt_articles_every_assertion_has_provenance(built, name):
    doc, _ = built[name]
    for a in doc.assertions:
        p = a.provenance
        assert p.rule in RULES and 0 < p.confidence <= 1 and 0 <= p.start_char < p.end_char <= len(doc.text)
