"""kg.apps.stats: counts by type, posts with holders, commitments by topic and kind."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Graph

from kg.graph.load import load_graph
from kg.apps.stats import format_stats, graph_stats

MINI = Path(__file__).parent / "data" / "graph" / "mini.ttl"


@pytest.fixture(scope="module")
def stats() -> dict:
    return graph_stats(load_graph(MINI))


@pytest.mark.parametrize("curie, n", [("foaf:Person", 3), ("org:Post", 2), ("org:Organization", 4),
                                      ("kg:Commitment", 3), ("schema:Quotation", 1)])
def test_stats_counts_nodes_by_type(stats, curie, n):
    assert stats["types"][curie] == n


def test_stats_posts_list_their_holders(stats):
    assert stats["posts"] == {"Ketua Bawaslu Pangkalpinang": ["Imam Ghazali"],
                              "Pj Wali Kota Pangkalpinang": ["Budi Utama"]}


def test_stats_commitments_by_topic_most_frequent_first(stats):
    assert list(stats["commitments_by_topic"].items()) == [("asn-neutrality", 2), ("election-oversight", 1)]


def test_stats_commitments_by_kind(stats):
    assert stats["commitments_by_kind"] == {"action": 1, "appeal": 1, "pledge": 1}


def test_stats_empty_graph_has_no_counts():
    s = graph_stats(Graph())
    assert (s["triples"], s["types"], s["posts"], s["commitments_by_topic"]) == (0, {}, {}, {})


def test_stats_json_round_trips(stats):
    assert json.loads(format_stats(stats, as_json=True)) == stats


@pytest.mark.parametrize("line", ["triples: 75", "  Pj Wali Kota Pangkalpinang   Budi Utama",
                                  "  asn-neutrality      2"])
def test_stats_text_has_tables(stats, line):
    assert line in format_stats(stats).splitlines()


def test_stats_text_says_none_for_empty_sections():
    assert "posts (holders): none" in format_stats(graph_stats(Graph()))
