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
