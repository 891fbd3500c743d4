"""The Stanza wrapper's pure parts (no model load)."""
from __future__ import annotations

import pytest

from kg.errors import ModelNotAvailableError
from kg.lang.text import paragraphs
from kg.nlp.parser import resolve_model_dir


@pytest.mark.parametrize("text, expected", [
    ("A.\nB.", [(0, "A."), (3, "B.")]),
    ("Judul\n\n\nIsi.", [(0, "Judul"), (8, "Isi.")]),
    ("  \n", []),
])
def test_parse_paragraphs_one_per_line_with_offsets(text, expected):
    assert paragraphs(text) == expected


def test_parse_missing_model_dir_names_the_fix(tmp_path):
    with pytest.raises(ModelNotAvailableError, match="does not exist. Use --models bundled"):
        resolve_model_dir(tmp_path / "nope")


def test_parse_truncated_model_file_is_named(tmp_path):
    for name in ("tokenize", "mwt", "pos", "lemma", "depparse", "ner"):
        (tmp_path / f"{name}.pt").write_bytes(b"x" * 2048)
    (tmp_path / "pos.pt").write_bytes(b"")
    with pytest.raises(ModelNotAvailableError, match=r"pos\.pt is missing or truncated"):
        resolve_model_dir(tmp_path)
