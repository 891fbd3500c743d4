"""``kg build`` through click's CliRunner, with the fake engine: exit codes and messages."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import build_fakes as fakes
import kg.build
import kg.export
from kg.cli import cli

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOOD = Path(__file__).parent / "data" / "inputs" / "article.txt"


@pytest.fixture
def fake_engine(monkeypatch, tmp_path):
    monkeypatch.setattr(kg.build, "Engine", lambda: fakes.engine())
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    # the format names `kg build --format` accepts; the real package stays imported (its submodules,
    # such as kg.export.view, must stay importable whatever ran before this test)
    monkeypatch.setattr(kg.export, "EXPORTERS", fakes.EXPORTERS)


def _run(*args, input=None):
    return CliRunner().invoke(cli, ["build", *map(str, args)], input=input)


def test_build_cli_samples_exit_0_with_summary(fake_engine, tmp_path):
    res = _run(SAMPLES, "-o", tmp_path / "out")
    assert res.exit_code == 0, res.output
    assert res.stderr.splitlines()[0].startswith("5 articles, 79 sentences, ")
    assert (tmp_path / "out" / "graph.ttl").is_file()


@pytest.mark.parametrize("bad, cause", [
    (b"", "empty file"),
    (b"\x00\x01" * 100, "binary file (contains NUL bytes), not text"),
])
def test_build_cli_some_inputs_skipped_exit_1(fake_engine, tmp_path, bad, cause):
    (tmp_path / "bad.txt").write_bytes(bad)
    res = _run(tmp_path / "bad.txt", GOOD, "-o", tmp_path / "out")
    assert res.exit_code == 1
    assert f"skipped: {tmp_path / 'bad.txt'}: {cause}" in res.stderr.splitlines()
    assert "Traceback" not in res.output


def test_build_cli_nothing_usable_exit_2(fake_engine, tmp_path):
    (tmp_path / "e.txt").write_bytes(b"  ")
    res = _run(tmp_path / "e.txt", "-o", tmp_path / "out")
    assert res.exit_code == 2 and "no usable article: nothing written" in res.stderr


@pytest.mark.parametrize("args, message", [
    ([], "Missing argument 'INPUT...'"),
    ([SAMPLES, "--jobs", "0"], "Invalid value for '--jobs'"),
    ([SAMPLES, "--rules", "no_such_rule"], "Unknown rule 'no_such_rule'"),
    ([SAMPLES, "--format", "rdfxml"], "'rdfxml' is not a format. Available formats: ntriples, turtle"),
    ([SAMPLES, "--max-size", "0"], "must be a positive number of megabytes"),
])
def test_build_cli_usage_error_exit_2(fake_engine, args, message):
    res = _run(*args)
    assert res.exit_code == 2 and message in res.stderr


def test_build_cli_missing_models_is_one_line_exit_2(monkeypatch, tmp_path):
    monkeypatch.setattr(kg.build, "Engine", lambda: fakes.engine(parser_factory=None, model_version=None))
    res = _run(SAMPLES, "-o", tmp_path / "out", "--models", tmp_path / "nope", "--no-cache")
    assert res.exit_code == 2
    assert res.stderr.startswith(f"Error: model directory {tmp_path / 'nope'} does not exist.")
    assert "Traceback" not in res.output


@pytest.mark.parametrize("flag, shown", [("--quiet", False), ("--no-progress", True)])
def test_build_cli_quiet_hides_summary(fake_engine, tmp_path, flag, shown):
    res = _run(SAMPLES, "-o", tmp_path / "out", flag)
    assert res.exit_code == 0 and ("5 articles" in res.stderr) is shown


@pytest.mark.parametrize("flag, bar", [("--progress", True), ("--no-progress", False)])
def test_build_cli_progress_bar_on_request(fake_engine, tmp_path, flag, bar):
    res = _run(SAMPLES, "-o", tmp_path / "out", flag)
    assert ("article/s" in res.stderr or "5/5" in res.stderr) is bar


def test_build_cli_stdin(fake_engine, tmp_path):
    res = _run("-", "-o", tmp_path / "out", input=GOOD.read_bytes())
    assert res.exit_code == 0 and res.stderr.startswith("1 article, ")


def test_build_cli_interrupt_exit_130(monkeypatch, tmp_path):
    def pipeline(doc):
        raise KeyboardInterrupt

    monkeypatch.setattr(kg.build, "Engine", lambda: fakes.engine(pipeline=pipeline))
    res = _run(SAMPLES, "-o", tmp_path / "out", "--no-cache")
    assert res.exit_code == 130 and "previous outputs are unchanged" in res.stderr


@pytest.mark.parametrize("scheduler", ["local:two"])
def test_build_cli_bad_scheduler_exit_2(fake_engine, tmp_path, scheduler):
    pytest.importorskip("dask.distributed")
    res = _run(SAMPLES, "-o", tmp_path / "out", "--scheduler", scheduler)
    assert res.exit_code == 2 and "bad scheduler 'local:two'" in res.stderr


@pytest.mark.parametrize("flags, cached", [([], True), (["--no-cache"], False)])
def test_build_cli_interrupt_message_is_true(monkeypatch, tmp_path, flags, cached):
    def pipeline(doc):
        raise KeyboardInterrupt

    monkeypatch.setattr(kg.build, "Engine", lambda: fakes.engine(pipeline=pipeline))
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    res = _run(SAMPLES, "-o", tmp_path / "out", *flags)
    assert res.exit_code == 130
    assert ("finished parses stay cached" in res.stderr) is cached


def test_build_cli_interrupt_while_publishing_finishes_it_and_says_so(fake_engine, monkeypatch, tmp_path):
    import os
    import signal

    assert _run(SAMPLES, "-o", tmp_path / "out").exit_code == 0
    old = {p.name: p.read_bytes() for p in (tmp_path / "out").iterdir()}
    real, calls = os.replace, []

    def replace(a, b):
        calls.append(b)
        if len(calls) == 2:   # the first rename of an output, after the journal
            os.kill(os.getpid(), signal.SIGINT)
        real(a, b)

    monkeypatch.setattr(os, "replace", replace)
    # Ctrl-C as from a terminal: a shell's background job (nohup, `&` in a script) starts with SIGINT
    # ignored, and a build started so ignores it, rightly
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        res = _run(GOOD, "-o", tmp_path / "out")
    finally:
        signal.signal(signal.SIGINT, previous)
    assert res.exit_code == 130 and "holds this run's graph, whole" in res.stderr
    new = {p.name: p.read_bytes() for p in (tmp_path / "out").iterdir()}
    assert sorted(new) == sorted(old) and all(new[n] != old[n] for n in new)
