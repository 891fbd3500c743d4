"""The training recipe's data preparation (the trainers themselves run outside CI)."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.nlp.training import NERGRIT_MAP, TrainConfig, _read_columns, _split_punct, prepare_ud


@pytest.mark.parametrize("tokens, expected", [
    ([("(KPU)", "I-ORG")], [("(", "O"), ("KPU", "B-ORG"), (")", "O")]),
    ([("Budi,", "B-PER")], [("Budi", "B-PER"), (",", "O")]),
    ([("Jakarta", "B-LOC")], [("Jakarta", "B-LOC")]),
    ([("(", "O")], [("(", "O")]),
])
def test_training_split_punct_matches_stanza_tokens(tokens, expected):
    assert _split_punct([tokens]) == [expected]


def test_training_nergrit_tags_are_mapped(tmp_path):
    f = tmp_path / "x.tsv"
    f.write_text("Joko\tB-PERSON\nWidodo\tI-PERSON\ndi\tO\nSolo\tB-PLACE\n\n")
    assert _read_columns(f, NERGRIT_MAP) == [[("Joko", "B-PER"), ("Widodo", "I-PER"), ("di", "O"), ("Solo", "B-LOC")]]


def test_training_ud_split_never_trains_on_csui_test(tmp_path, shared):
    cfg = TrainConfig(shared / "data" / "ud", shared / "data" / "ner", tmp_path / "out", tmp_path / "w")
    files = prepare_ud(cfg)
    base = tmp_path / "w" / "extern_data" / "ud2" / "UD_Indonesian-KG"
    train = (base / "id_kg-ud-train.conllu").read_text()
    assert "csui-test-1\n" not in train and "# sent_id" in train
    test_ids = {l for l in (base / "id_kg-ud-test.conllu").read_text().splitlines() if l.startswith("# sent_id")}
    assert test_ids and not (test_ids & set(train.splitlines()))
    noxpos = files["gsd_noxpos"].read_text().splitlines()
    assert all(l.split("\t")[4] == "_" for l in noxpos if l and not l.startswith("#"))


@pytest.mark.slow
def test_training_recipe_runs_stanzas_trainer_end_to_end(tmp_path, shared):
    """A one-epoch MWT run through `kg models train`: the recipe's commands really work
    (the full training takes about an hour and runs outside CI)."""
    from click.testing import CliRunner

    from kg.cli import cli

    res = CliRunner().invoke(cli, ["models", "train", "--ud", str(shared / "data" / "ud"),
                                   "--ner", str(shared / "data" / "ner"), "--out", str(tmp_path / "out"),
                                   "--work", str(tmp_path / "work"), "--only", "mwt", "--steps-scale", "0.034"])
    assert res.exit_code == 0, res.output
    import torch

    state = torch.load(tmp_path / "out" / "mwt.pt", map_location="cpu", weights_only=False)
    assert all(t.dtype != torch.float32 for t in state["model"].values() if hasattr(t, "dtype"))
    assert (tmp_path / "out" / "resources.json").read_text().strip() == "{}"


@pytest.mark.parametrize("weight", [1, 3])
def test_training_csui_train_is_weighted_in_the_treebank(tmp_path, shared, weight):
    cfg = TrainConfig(shared / "data" / "ud", shared / "data" / "ner", tmp_path / "out", tmp_path / "w",
                      csui_weight=weight)
    prepare_ud(cfg)
    train = (tmp_path / "w" / "extern_data" / "ud2" / "UD_Indonesian-KG" / "id_kg-ud-train.conllu").read_text()
    assert train.count("# sent_id = csui-train-1\n") == weight
    assert train.count("# sent_id = dev-s1\n") == 1       # GSD dev once
    assert "\n\n\n" not in train                           # the UD scorer rejects double blanks


def test_training_tagger_command_weights_csui_and_noise_tagger_does_not(tmp_path, monkeypatch):
    import kg.nlp.training as tr

    calls = []
    monkeypatch.setattr(tr, "_run", lambda cmd, cfg, name: calls.append((name, cmd)))
    cfg = TrainConfig(tmp_path, tmp_path, tmp_path / "out", tmp_path / "w")
    files = {k: tmp_path / k for k in ("gsd_noxpos", "csui_train", "pud", "dev_upos")}
    tr.train_pos(cfg, files)
    tr.train_depparse(cfg, files)
    names = [n for n, _ in calls]
    assert names == ["pos", "prep-depparse", "pos-noise", "retag-train", "retag-dev", "depparse"]
    cmd = dict(calls)
    assert cmd["pos"][cmd["pos"].index("--train_ratios") + 1] == "1;3;1"
    assert "--train_ratios" not in cmd["pos-noise"]
    assert "saved_models/pos-noise" in cmd["retag-train"]
    parser = cmd["depparse"]
    assert str(parser[parser.index("--train_file") + 1]).endswith("id_kg.train.pred.conllu")


class _RunsCode:
    """A pickle payload: unpickling it calls Path.touch on the marker (code execution)."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return (Path.touch, (self.marker,))


def test_training_compact_model_halves_plain_weights(tmp_path):
    import torch

    from kg.nlp.training import compact_model

    src, dest = tmp_path / "m.pt", tmp_path / "out.pt"
    torch.save({"model": {"w": torch.ones(3)}, "config": {"n": 1}}, src)
    compact_model(src, dest)
    state = torch.load(dest, weights_only=True)
    assert state["model"]["w"].dtype == torch.float16 and state["config"] == {"n": 1}


def test_training_compact_model_never_unpickles_code(tmp_path):
    """Issue 12: its own work files are read with weights_only=True."""
    import torch

    from kg.errors import ModelNotAvailableError
    from kg.nlp.training import compact_model

    marker, src = tmp_path / "ran", tmp_path / "evil.pt"
    torch.save({"model": {}, "payload": _RunsCode(marker)}, src)
    with pytest.raises(ModelNotAvailableError, match="weights_only"):
        compact_model(src, tmp_path / "out.pt")
    assert not marker.exists()
    assert not (tmp_path / "out.pt").exists()
