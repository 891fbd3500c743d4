"""``kg parse`` through CliRunner with the fake parser: valid CoNLL-U / JSON, cache, exit codes."""
from __future__ import annotations

import json
from pathlib import Path

import conllu
import pytest
from click.testing import CliRunner

import build_fakes as fakes
import kg.nlp.parser
from kg.cli import cli
from kg.nlp.conllu import read_conllu

GOOD = Path(__file__).parent / "data" / "inputs" / "article.txt"


@pytest.fixture(autouse=True)
def fake_parser(monkeypatch, tmp_path):
    monkeypatch.setattr(kg.nlp.parser, "load_parser", fakes.fake_factory)
    monkeypatch.setattr(kg.nlp.parser, "model_version", lambda models=None: "fake-1")
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    fakes.PARSE_CALLS.clear()


def _two(tmp_path):
    for i in range(2):
        (tmp_path / f"a{i}.txt").write_text(fakes.article(i), encoding="utf-8")
    return [tmp_path / "a0.txt", tmp_path / "a1.txt"]


def _run(*args):
    return CliRunner().invoke(cli, ["parse", *map(str, args)])


def test_parse_cli_conllu_is_valid_with_unique_sentence_ids(tmp_path):
    res = _run(*_two(tmp_path))
    assert res.exit_code == 0, res.output
    sents = conllu.parse(res.stdout)
    ids = [s.metadata["sent_id"] for s in sents]
    assert ids == ["a0.txt#s1", "a0.txt#s2", "a1.txt#s1", "a1.txt#s2"]
    assert sents[0].metadata["newdoc id"] == "a0.txt"


def test_parse_cli_conllu_carries_ner_in_misc(tmp_path):
    res = _run(GOOD)
    words = read_conllu(res.stdout)[0].words
    assert (words[0].text, words[0].ner) == ("Ketua", "S-PER")
    assert "NER=S-PER" in res.stdout


def test_parse_cli_json(tmp_path):
    res = _run(*_two(tmp_path), "--format", "json")
    docs = json.loads(res.stdout)
    assert [d["doc_id"] for d in docs] == ["a0.txt", "a1.txt"]
    assert docs[0]["sentences"][0]["words"][0]["text"] == "Ketua"


@pytest.mark.parametrize("no_cache, calls_second_run", [(False, 0), (True, 1)])
def test_parse_cli_is_cached(tmp_path, no_cache, calls_second_run):
    flags = ["--no-cache"] if no_cache else []
    _run(GOOD, *flags)
    fakes.PARSE_CALLS.clear()
    res = _run(GOOD, *flags)
    assert res.exit_code == 0 and len(fakes.PARSE_CALLS) == calls_second_run


def test_parse_cli_writes_file(tmp_path):
    res = _run(GOOD, "-o", tmp_path / "x.conllu")
    assert res.exit_code == 0 and res.stdout == ""
    assert len(read_conllu((tmp_path / "x.conllu").read_text(encoding="utf-8"))) == 2


def test_parse_cli_bad_input_exit_1(tmp_path):
    (tmp_path / "e.txt").write_bytes(b"")
    res = _run(tmp_path / "e.txt", GOOD)
    assert res.exit_code == 1 and f"skipped: {tmp_path / 'e.txt'}: empty file" in res.stderr


def test_parse_cli_nothing_usable_keeps_old_file_exit_2(tmp_path):
    (tmp_path / "e.txt").write_bytes(b"")
    (tmp_path / "x.conllu").write_text("old", encoding="utf-8")
    res = _run(tmp_path / "e.txt", "-o", tmp_path / "x.conllu")
    assert res.exit_code == 2 and (tmp_path / "x.conllu").read_text(encoding="utf-8") == "old"


@pytest.mark.parametrize("fmt", ["xml"])
def test_parse_cli_unknown_format_exit_2(fmt):
    assert _run(GOOD, "--format", fmt).exit_code == 2
