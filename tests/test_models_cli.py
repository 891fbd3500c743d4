"""``kg models`` commands (no training here: that runs outside CI)."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from kg.cli import cli


def test_models_info_lists_every_shipped_file():
    res = CliRunner().invoke(cli, ["models", "info"])
    assert res.exit_code == 0, res.output
    for name in ("tokenize.pt", "mwt.pt", "pos.pt", "lemma.pt", "depparse.pt", "ner.pt"):
        assert name in res.output


def test_models_info_missing_dir_exits_2_with_fix(tmp_path):
    res = CliRunner().invoke(cli, ["models", "info", "--models", str(tmp_path / "none")])
    assert res.exit_code == 2 and "does not exist. Use --models bundled" in res.output


def test_models_download_offline_fails_cleanly(tmp_path, monkeypatch):
    import requests

    def offline(*a, **k):
        raise requests.exceptions.ConnectionError("no network")

    monkeypatch.setattr(requests, "get", offline)
    monkeypatch.setattr(requests.Session, "get", offline)
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path))
    res = CliRunner().invoke(cli, ["models", "download"])
    assert res.exit_code == 2
    assert "needs internet access; the bundled models (--models bundled) work offline" in res.output


def test_models_official_not_installed_names_the_fix(tmp_path, monkeypatch):
    from kg.errors import ModelNotAvailableError
    from kg.nlp.parser import load_parser

    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path))
    with pytest.raises(ModelNotAvailableError, match="Run 'kg models download'"):
        load_parser("official")


def test_models_card_ships_with_scores():
    from kg.nlp.parser import BUNDLED_DIR

    card = (BUNDLED_DIR / "MODEL_CARD.md").read_text()
    for needle in ("UD_Indonesian-CSUI test", "idner-news-2k test", "| LAS |", "| NER F1 |", "CC BY-SA"):
        assert needle in card


def test_models_train_steps_scale_scales_steps_not_the_csui_weight(tmp_path, monkeypatch, shared):
    from click.testing import CliRunner

    import kg.nlp.training as tr
    from kg.cli import cli

    seen = {}
    monkeypatch.setattr(tr, "train_all", lambda cfg: seen.update(vars(cfg)) or {})
    res = CliRunner().invoke(cli, ["models", "train", "--ud", str(shared / "data" / "ud"),
                                   "--ner", str(shared / "data" / "ner"), "--out", str(tmp_path / "o"),
                                   "--work", str(tmp_path / "w"), "--only", "pos", "--steps-scale", "2"])
    assert res.exit_code == 0, res.output
    assert (seen["tagger_steps"], seen["noise_tagger_steps"], seen["csui_weight"]) == (2200, 2000, 3)


@pytest.mark.parametrize("command", ["evaluate", "train"])
def test_models_without_shared_data_say_what_they_need(tmp_path, command):
    """A fresh clone has no ../shared: exit 2 naming the missing data, not a bare 'does not exist'."""
    extra = ["--out", str(tmp_path / "o")] if command == "train" else []
    res = CliRunner().invoke(cli, ["models", command, "--ud", str(tmp_path / "ud"), *extra])
    assert res.exit_code == 2
    assert f"'kg models {command}' needs the UD Indonesian treebanks (id_csui-ud-test.conllu)" in res.output
    assert "--ud DIR" in res.output
