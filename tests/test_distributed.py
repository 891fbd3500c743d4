"""kg.distributed on a two-worker in-process Dask cluster: the merged graph equals the single-process one."""
from __future__ import annotations

from pathlib import Path

import pytest

import build_fakes as fakes
from kg.build import BuildOptions, build

distributed = pytest.importorskip("dask.distributed")
from kg.distributed import build_distributed, merge_ntriples  # noqa: E402

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                       dashboard_address=None)
    c = distributed.Client(cluster)
    yield c
    c.close()
    cluster.close()


def _corpus(tmp_path, n):
    d = tmp_path / "in"
    d.mkdir()
    for i in range(n):
        (d / f"{i:03d}.txt").write_text(fakes.article(i % 4) + f"Kata {i}.\n", encoding="utf-8")
    return d


def _real_builder():
    graph = pytest.importorskip("kg.graph.builder")
    return graph.GraphBuilder()


@pytest.mark.parametrize("builder", ["fake", "real"])
@pytest.mark.parametrize("partition_size", [2, 100])
def test_distributed_merged_graph_equals_single_process(tmp_path, client, builder, partition_size):
    from rdflib import Graph
    from rdflib.compare import isomorphic

    make = fakes.FakeBuilder if builder == "fake" else _real_builder
    corpus = [_corpus(tmp_path, 7), SAMPLES]
    formats = ("turtle",) if builder == "fake" else ("turtle", "jsonld")
    opts = BuildOptions(use_cache=False, formats=formats)
    exporters = fakes.EXPORTERS if builder == "fake" else None   # None: the real exporters
    build(corpus, tmp_path / "one", opts, engine=fakes.engine(builder=make(), exporters=exporters))
    report = build_distributed(corpus, tmp_path / "many", opts, client=client, partition_size=partition_size,
                               engine=fakes.engine(builder=make(), exporters=exporters))
    one, many = (Graph().parse(tmp_path / d / "graph.ttl") for d in ("one", "many"))
    assert report.tally.articles == 12 and len(one) > 50
    assert isomorphic(one, many)
    # every byte, JSON-LD included: its @context lists the prefixes, its literals keep their lexical form
    for name in ("graph.ttl", "graph.jsonld")[:len(formats)]:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "many" / name).read_bytes(), name


def test_distributed_uses_and_fills_the_parse_cache(tmp_path, client):
    opts = BuildOptions(cache_dir=tmp_path / "cache", formats=("turtle",))
    corpus = [_corpus(tmp_path, 5)]
    first = build_distributed(corpus, tmp_path / "a", opts, client=client, partition_size=2, engine=fakes.engine())
    second = build_distributed(corpus, tmp_path / "b", opts, client=client, partition_size=2, engine=fakes.engine())
    assert (first.cache_misses, second.cache_hits, second.cache_misses) == (5, 5, 0)


def test_distributed_bad_input_is_skipped(tmp_path, client):
    corpus = _corpus(tmp_path, 2)
    (corpus / "zz.txt").write_bytes(b"")
    report = build_distributed([corpus], tmp_path / "out", BuildOptions(use_cache=False, formats=("turtle",)),
                               client=client, engine=fakes.engine())
    assert report.exit_code == 1 and [Path(i.source).name for i in report.skipped] == ["zz.txt"]


def _failing_pipeline(doc):
    if doc.doc_id == "001.txt":
        raise ValueError("rule bug")
    return fakes.fake_pipeline(doc)


def test_distributed_extraction_failure_skips_only_that_article(tmp_path, client):
    """The same per-article step as one process (kg.build.extract_one): the same issue, the rest built."""
    report = build_distributed([_corpus(tmp_path, 3)], tmp_path / "out", BuildOptions(use_cache=False,
                               formats=("turtle",)), client=client, engine=fakes.engine(pipeline=_failing_pipeline))
    assert report.tally.articles == 2
    assert [i.cause for i in report.skipped] == ["extraction failed (ValueError: rule bug); please report this article"]


def test_distributed_merge_collapses_shared_triples():
    nt = b'<http://a> <http://b> "x" .\n'
    g = merge_ntriples([(nt, [("ex", "http://example.org/")]), (nt + b'<http://a> <http://b> "y" .\n', [])])
    assert len(g) == 2 and dict(g.namespaces())["ex"].toPython() == "http://example.org/"
