"""A real build stores its outputs; rebuilding the unchanged corpus replays the same bytes,
and one new article re-parses that article only."""
from __future__ import annotations

import shutil

import pytest

from kg.build import BuildOptions, build_files

pytestmark = pytest.mark.e2e


def test_rebuild_replays_outputs_and_adding_one_parses_one(tmp_path, root):
    src = tmp_path / "in"
    src.mkdir()
    for name in ("garut_kodim.txt", "kudus_bupati.txt"):
        shutil.copy(root / "tests" / "data" / "articles" / name, src / name)
    opts = BuildOptions(cache_dir=tmp_path / "cache")
    first = build_files([src], tmp_path / "a", opts)
    assert first.cache_misses == 2 and not first.outputs_reused
    again = build_files([src], tmp_path / "b", opts)
    assert again.outputs_reused and again.tally.articles == 2
    for f in sorted((tmp_path / "a").iterdir()):
        assert (tmp_path / "b" / f.name).read_bytes() == f.read_bytes(), f.name
    shutil.copy(root / "tests" / "data" / "articles" / "malang_kpu.txt", src / "malang_kpu.txt")
    more = build_files([src], tmp_path / "c", opts)
    assert (more.cache_hits, more.cache_misses, more.outputs_reused) == (2, 1, False)
    assert more.tally.articles == 3


def test_one_article_added_gives_the_bytes_of_a_fresh_build(tmp_path, root):
    """Four articles built, a fifth added: the rebuild parses the fifth in a background process
    (this one loads no parser), copies the pieces of the files whose subjects did not change, and
    writes exactly the bytes of an uncached build of all five."""
    arts = root / "tests" / "data" / "articles"
    names = ["garut_kodim.txt", "kudus_bupati.txt", "malang_kpu.txt", "lead_jateng_asn.txt", "lead_makassar_kpu.txt"]
    src = tmp_path / "in"
    src.mkdir()
    for name in names[:4]:
        shutil.copy(arts / name, src / name)
    opts = BuildOptions(cache_dir=tmp_path / "cache")
    build_files([src], tmp_path / "four", opts)
    shutil.copy(arts / names[4], src / names[4])
    more = build_files([src], tmp_path / "five", opts)
    assert (more.cache_hits, more.cache_misses, more.extractions_reused) == (4, 1, 4)
    assert more.seconds["load"] == 0.0          # parsed by the background worker
    assert more.pieces_reused > 0               # Turtle and JSON-LD pieces of the four articles copied
    fresh = build_files([src], tmp_path / "fresh", BuildOptions(use_cache=False))
    assert fresh.tally.articles == more.tally.articles == 5
    for f in sorted((tmp_path / "fresh").iterdir()):
        assert (tmp_path / "five" / f.name).read_bytes() == f.read_bytes(), f.name
