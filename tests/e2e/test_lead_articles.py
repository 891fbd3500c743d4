"""Two articles written by the lead to check generalisation (other provinces, other outlets,
a police post, a Plt head of Kesbangpol spelled out in full, a turnout target, disability access)."""
from __future__ import annotations

import pytest

from kg.build import BuildOptions, build
from kg.apps.query import run_query

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory, root):
    out = tmp_path_factory.mktemp("lead")
    arts = root / "tests" / "data" / "articles"
    report = build([arts / "lead_jateng_asn.txt", arts / "lead_makassar_kpu.txt"], out, BuildOptions(use_cache=False))
    assert report.exit_code == 0, report.summary()
    return out / "graph.ttl"


@pytest.mark.parametrize("person, post, region", [
    ("Nana Sudjana", "Pj Gubernur", "Jawa Tengah"),
    ("Muhammad Amin", "Ketua Bawaslu", "Jawa Tengah"),
    ("Yeka Krisdianto", "Ketua KPU", "Makassar"),
    ("Andi Rahmat", "Plt Kepala", "Makassar"),
])
def test_lead_posts_found(graph_file, person, post, region):
    _, rows = run_query(graph_file, "posts-by-person")
    assert any(r[0] == person and str(r[1]).startswith(post) and r[3] == region for r in map(list, rows)), rows


@pytest.mark.parametrize("topic, region", [
    ("asn-neutrality", "Jawa Tengah"), ("money-politics", "Jawa Tengah"),
    ("inclusion", "Makassar"), ("voter-participation", "Makassar"),
])
def test_lead_commitment_topics(graph_file, topic, region):
    _, rows = run_query(graph_file, "commitments-by-topic")
    assert any(str(r[0]) == topic and str(r[2]) == region for r in rows), rows


def test_lead_quotes_attributed(graph_file):
    _, rows = run_query(graph_file, "quotations-by-speaker")
    speakers = {str(r[0]) for r in rows}
    assert {"Nana Sudjana", "Muhammad Amin", "Yeka Krisdianto"} <= speakers


def test_lead_post_label_does_not_repeat_the_region(graph_file):
    _, rows = run_query(graph_file, "posts-by-person")
    assert not any("Jateng Jawa Tengah" in str(r[1]) for r in rows)


RANKS = ("Dandim 0410 Letkol Inf Agus Santoso hadir. Danrem 043 Kolonel Inf Rachmad Hidayat menegaskan TNI "
         "netral. Pangdam II Sriwijaya, Mayjen TNI Yanuar Adil, meminta prajurit menjaga netralitas.")


def test_lead_military_ranks_and_corps_are_not_names(parser):
    from kg.model import Document
    from kg.pipeline import default_pipeline

    doc = default_pipeline()(Document("ranks.txt", RANKS, sentences=parser.parse(RANKS)))
    people = {e.name for e in doc.entities if e.kind == "person"}
    assert {"Agus Santoso", "Rachmad Hidayat"} <= people
    assert not any(n.split()[0] in ("Inf", "II", "TNI") for n in people), people
