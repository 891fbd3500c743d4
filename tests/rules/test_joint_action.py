"""joint_action rule on hand-built parses (no model), and its rows in organisations-together."""
from __future__ import annotations

from dataclasses import replace

import pytest
from parses import blocks, document

from kg.apps.query import run_query
from kg.export import export
from kg.model import Mention
from kg.rules import ALL_RULES
from kg.rules.joint_action import joint_action

J = blocks("joint_action")

COORDINATE = J["COORDINATE"]
BERSAMA = J["BERSAMA"]
TITLED = J["TITLED"]
UNTITLED = J["UNTITLED"]
JOINT_EVENT = J["JOINT_EVENT"]
NO_PARTNER = J["NO_PARTNER"]
LISTED = J["LISTED"]


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
    (LISTED, dict([_org("org:kpu", "KPU", (1,)), _org("org:tni", "TNI", (5,)), _org("org:polri", "Polri", (7,)),
                   _org("org:pos", "Pos", (10,))]),
     {("org:kpu", "org:tni"), ("org:kpu", "org:polri"), ("org:kpu", "org:pos")}),   # a partner list with commas
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


def test_joint_action_partner_named_in_this_case():
    """'kami bersama dengan Pemkab dalam hal ini Satpol PP sudah menurunkan alat peraga': "dalam hal ini"
    says which part of the partner acts; both are partners."""
    ents = dict([_org("org:bawaslu", "Bawaslu", (1,)), _org("org:pemkab", "Pemkab", (4,)),
                 _org("org:satpol", "Satpol", (8,))])
    assert _pairs(document(J["IN_THIS_CASE"], entities=ents)) == {("org:bawaslu", "org:pemkab"),
                                                                  ("org:bawaslu", "org:satpol")}
