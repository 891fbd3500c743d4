"""joint_action rule on hand-built parses (no model), and its rows in organisations-together."""
from __future__ import annotations

from dataclasses import replace

import pytest
from stmt_build import conllu, document

from kg.apps.query import run_query
from kg.export import export
from kg.model import Mention
from kg.rules import ALL_RULES
from kg.rules.joint_action import joint_action

COORDINATE = conllu("s1", """
Bawaslu 2 nsubj PROPN
berkoordinasi 0 root VERB
dengan 4 case ADP
Pemkot 2 obl PROPN
untuk 6 mark SCONJ
mengawasi 2 advcl VERB
kampanye 6 obj NOUN
. 2 punct PUNCT
""")
BERSAMA = conllu("s1", """
Polres 5 nsubj PROPN
bersama 3 case ADP
Kodim 1 nmod PROPN
akan 5 aux AUX
menerjunkan 0 root VERB
personel 5 obj NOUN
. 5 punct PUNCT
""")
TITLED = conllu("s1", """
Ketua 5 nsubj NOUN
KPU 1 nmod PROPN
, 4 punct PUNCT
Budi 1 appos PROPN
bekerja 0 root VERB
sama 5 fixed ADV
dengan 8 case ADP
Polres 5 obl PROPN
dan 10 cc CCONJ
Kodim 8 conj PROPN
. 5 punct PUNCT
""")
UNTITLED = conllu("s1", """
Budi 2 nsubj PROPN
berkoordinasi 0 root VERB
dengan 4 case ADP
Polres 2 obl PROPN
. 2 punct PUNCT
""")
JOINT_EVENT = conllu("s1", """
KPU 4 nsubj PROPN
dan 3 cc CCONJ
Bawaslu 1 conj PROPN
menggelar 0 root VERB
rapat 4 obj NOUN
koordinasi 5 nmod NOUN
. 4 punct PUNCT
""")
NO_PARTNER = conllu("s1", """
KPU 2 nsubj PROPN
berkoordinasi 0 root VERB
dengan 4 case ADP
warga 2 obl NOUN
. 2 punct PUNCT
""")


def _org(key, name, wids):
    return key, ("organization", name, [("s1", wids)])


def _pairs(doc):
    return {(a.arg("organization"), a.arg("partner")) for a in joint_action.fn(doc)}


@pytest.mark.parametrize("block, ents, expected", [
    (COORDINATE, dict([_org("org:bawaslu", "Bawaslu", (1,)), _org("org:pemkot", "Pemkot", (4,))]),
     {("org:bawaslu", "org:pemkot")}),
    (BERSAMA, dict([_org("org:polres", "Polres", (1,)), _org("org:kodim", "Kodim", (3,))]),
     {("org:polres", "org:kodim")}),
    (JOINT_EVENT, dict([_org("org:kpu", "KPU", (1,)), _org("org:bawaslu", "Bawaslu", (3,))]),
     {("org:kpu", "org:bawaslu")}),
    (UNTITLED, {"person:budi": ("person", "Budi", [("s1", (1,))]),
                **dict([_org("org:polres", "Polres", (4,))])}, set()),     # a person without a body
    (NO_PARTNER, dict([_org("org:kpu", "KPU", (1,))]), set()),              # "warga" is no body
])
def test_joint_action_pairs(block, ents, expected):
    assert _pairs(document(block, entities=ents)) == expected


def test_joint_action_person_stands_for_the_body_in_his_title():
    ents = {"person:budi": ("person", "Budi", [("s1", (4,))]),
            **dict([_org("org:kpu", "KPU", (2,)), _org("org:polres", "Polres", (8,)),
                    _org("org:kodim", "Kodim", (10,))])}
    assert _pairs(document(TITLED, entities=ents)) == {("org:kpu", "org:polres"), ("org:kpu", "org:kodim")}


def test_joint_action_evidence_and_confidence():
    doc = document(COORDINATE, entities=dict([_org("org:bawaslu", "Bawaslu", (1,)),
                                              _org("org:pemkot", "Pemkot", (4,))]))
    (a,) = joint_action.fn(doc)
    p = a.provenance
    assert (p.rule, p.sent_id) == ("joint_action", "s1")
    assert "berkoordinasi dengan Pemkot" in doc.text[p.start_char:p.end_char]
    assert 0.5 < p.confidence <= 1.0


def test_joint_action_is_registered():
    assert "joint_action" in {r.name for r in ALL_RULES}


def test_joint_action_rows_in_organisations_together(tmp_path):
    from kg.graph.builder import GraphBuilder

    ents = dict([_org("org:bawaslu", "Bawaslu", (1,)), _org("org:pemkot", "Pemkot", (4,))])
    doc = document(COORDINATE, entities=ents)
    doc = replace(doc, mentions=tuple(Mention("s1", w, n, k) for k, n, [(_, w)] in ents.values()),
                  assertions=tuple(joint_action.fn(doc)))
    builder = GraphBuilder()
    builder.add(doc)
    path = tmp_path / "graph.ttl"
    with open(path, "wb") as fh:
        export(builder.finish({}), "turtle", fh)
    header, rows = run_query(path, "organisations-together")
    assert header == ["organisation", "partner", "times", "articles"]
    assert rows == [("Bawaslu", "Pemkot", "1", "t.txt")]
