"""Train the compact, offline Stanza Indonesian models the project ships.

The recipe follows ``shared/MODEL-NOTES-CPU.md`` (measured on a 2-core CPU):
no pretrained word vectors and no character LM (neither can be fetched
offline), compact hidden sizes, one torch thread per trainer and two trainer
"lanes" running side by side.

Data (never trained on: UD_Indonesian-CSUI test, idner-news-2k test):

* UD train = GSD dev + CSUI train (x3) + PUD test; UD dev = GSD test; UD test = CSUI test.
  CSUI train is weighted three times (repeated in the treebank, ``--train_ratios`` for the
  tagger) because the treebanks annotate differently and CSUI is the one the models are
  scored on: commas hang to the right in 77% of GSD dev but 43% of CSUI train; CSUI tags
  foreign words X and splits DET/PRON its own way.
* NER train = idner-news-2k train + NERGrit train (PERSON/PLACE/ORGANISATION
  mapped to PER/LOC/ORG); NER dev = idner-news-2k dev; NER test = idner-news-2k test.

This module never imports stanza; it drives stanza's own trainers through
``python -m`` so their argument parsing and defaults stay authoritative.
"""
from __future__ import annotations

import json
import re
import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import ModelNotAvailableError

__all__ = ["TrainConfig", "train_all", "prepare_ud", "prepare_ner", "collect", "compact_model"]

SHORT = "id_kg"
TREEBANK = "UD_Indonesian-KG"
SEED = 1234

NERGRIT_MAP = {"PERSON": "PER", "PLACE": "LOC", "ORGANISATION": "ORG"}


@dataclass
class TrainConfig:
    ud_dir: Path
    ner_dir: Path
    out_dir: Path
    work_dir: Path
    tokenizer_steps: int = 3000
    tagger_steps: int = 1100
    noise_tagger_steps: int = 1000  # the unweighted tagger whose tags the parser learns on
    parser_steps: int = 2200
    lemma_epochs: int = 8
    ner_steps: int = 2500
    mwt_epochs: int = 30
    parser_on_predicted_tags: bool = True
    csui_weight: int = 3         # CSUI train counts this many times (see the module docstring)
    only: tuple[str, ...] = ()   # subset of models to train ("" = all)
    log: list[str] = field(default_factory=list)


def _cat(files: list[Path], dest: Path, *, blank_xpos: bool = False, upos_only: bool = False) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    with dest.open("w", encoding="utf-8") as out:
        for f in files:
            # one blank line between sentences and files: the UD scorer rejects double blanks
            for line in f.read_text(encoding="utf-8").rstrip("\n").splitlines():
                if line and not line.startswith("#") and (blank_xpos or upos_only):
                    cols = line.split("\t")
                    if len(cols) == 10:
                        cols[4] = "_"
                        if upos_only:
                            cols[5] = "_"
                        line = "\t".join(cols)
                out.write(line + "\n")
            out.write("\n")


def prepare_ud(cfg: TrainConfig) -> dict[str, Path]:
    """Build a fake UD treebank ``UD_Indonesian-KG`` and the tagger's extra files."""
    ud = cfg.ud_dir
    base = cfg.work_dir / "extern_data" / "ud2" / TREEBANK
    gsd_dev, gsd_test = ud / "id_gsd-ud-dev.conllu", ud / "id_gsd-ud-test.conllu"
    csui_train, csui_test = ud / "id_csui-ud-train.conllu", ud / "id_csui-ud-test.conllu"
    pud = ud / "id_pud-ud-test.conllu"
    _cat([gsd_dev, *[csui_train] * cfg.csui_weight, pud], base / f"{SHORT}-ud-train.conllu")
    _cat([gsd_test], base / f"{SHORT}-ud-dev.conllu")
    _cat([csui_test], base / f"{SHORT}-ud-test.conllu")
    extra = cfg.work_dir / "tagger"
    # GSD (MorphInd) and CSUI (PTB-like) XPOS clash: learn CSUI XPOS only and
    # select on UPOS (MODEL-NOTES-CPU.md, "Data pitfalls").
    _cat([gsd_dev], extra / "gsd_dev.noxpos.conllu", blank_xpos=True)
    _cat([gsd_test], extra / "dev.upos_only.conllu", upos_only=True)
    return {"gsd_noxpos": extra / "gsd_dev.noxpos.conllu", "dev_upos": extra / "dev.upos_only.conllu",
            "csui_train": csui_train, "pud": pud, "test": csui_test}


def _read_columns(path: Path, mapping: dict[str, str] | None = None) -> list[list[tuple[str, str]]]:
    sents, cur = [], []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line:
            if cur:
                sents.append(cur)
                cur = []
            continue
        parts = line.split("\t") if "\t" in line else line.split()
        tok, tag = parts[0], parts[-1]
        if mapping and tag != "O":
            prefix, _, typ = tag.partition("-")
            tag = f"{prefix}-{mapping.get(typ, typ)}"
        cur.append((tok, tag))
    if cur:
        sents.append(cur)
    return sents


_PUNCT_EDGES = re.compile(r"^([(\[\"'“]*)(.*?)([)\]\"'”.,:;!?]*)$")


def _split_punct(sents: list[list[tuple[str, str]]]) -> list[list[tuple[str, str]]]:
    """Detach brackets and trailing punctuation (idner keeps ``(KPU)`` as one token).

    Stanza's tokenizer splits them, so training on UD-style tokens matches
    what the model sees at run time. Detached punctuation is ``O``; a name
    that followed a detached bracket starts a new entity (``B-``).
    """
    out = []
    for sent in sents:
        new: list[tuple[str, str]] = []
        for tok, tag in sent:
            m = _PUNCT_EDGES.match(tok)
            lead, core, trail = m.groups() if m else ("", tok, "")
            if not core:
                new.append((tok, tag))
                continue
            if lead:
                new.extend((c, "O") for c in lead)
                if tag.startswith("I-"):
                    tag = "B-" + tag[2:]
            new.append((core, tag))
            new.extend((c, "O") for c in trail)
        out.append(new)
    return out


def _write_bio(sents: list[list[tuple[str, str]]], dest: Path) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text("".join("".join(f"{t}\t{g}\n" for t, g in s) + "\n" for s in sents), encoding="utf-8")


def prepare_ner(cfg: TrainConfig) -> dict[str, Path]:
    """Write BIO files for train/dev/test and convert them to stanza's json."""
    idner, grit = cfg.ner_dir / "idner-news-2k", cfg.ner_dir / "nergrit-indonlu"
    d = cfg.work_dir / "ner"
    train = _read_columns(idner / "train.txt") + _read_columns(grit / "train.tsv", NERGRIT_MAP)
    _write_bio(_split_punct(train), d / "train.bio")
    _write_bio(_split_punct(_read_columns(idner / "dev.txt")), d / "dev.bio")
    _write_bio(_split_punct(_read_columns(idner / "test.txt")), d / "test.bio")
    out = {}
    for split in ("train", "dev", "test"):
        _run([sys.executable, "-m", "stanza.utils.datasets.ner.prepare_ner_file",
              str(d / f"{split}.bio"), str(d / f"{split}.json")], cfg, f"ner-prep-{split}")
        out[split] = d / f"{split}.json"
    return out


def _env(cfg: TrainConfig) -> dict[str, str]:
    env = dict(os.environ)
    env.update(OMP_NUM_THREADS="1", MKL_NUM_THREADS="1",
               UDBASE=str(cfg.work_dir / "extern_data" / "ud2"), DATA_ROOT=str(cfg.work_dir / "data"),
               STANZA_RESOURCES_DIR=str(cfg.work_dir / "stanza_resources"))
    return env


def _run(cmd: list[str], cfg: TrainConfig, name: str) -> None:
    logf = cfg.work_dir / "logs" / f"{name}.log"
    logf.parent.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    with logf.open("w") as fh:
        proc = subprocess.run(cmd, cwd=cfg.work_dir, env=_env(cfg), stdout=fh, stderr=subprocess.STDOUT)
    msg = f"{name}: exit {proc.returncode} in {time.time() - t0:.0f}s (log {logf})"
    cfg.log.append(msg)
    print(msg, flush=True)
    if proc.returncode != 0:
        raise RuntimeError(f"training step {name!r} failed; see {logf}")


def _m(module: str, *args: str | int | Path) -> list[str]:
    return [sys.executable, "-m", module, *map(str, args)]


def _data(cfg: TrainConfig, kind: str, split: str) -> Path:
    return cfg.work_dir / "data" / kind / f"{SHORT}.{split}.in.conllu"


def train_tokenizer(cfg: TrainConfig, files: dict[str, Path]) -> None:
    _run(_m("stanza.utils.datasets.prepare_tokenizer_treebank", TREEBANK), cfg, "prep-tokenize")
    _run(_m("stanza.utils.training.run_tokenizer", TREEBANK, "--no_charlm", "--save_dir", "saved_models/tokenize",
            "--max_seqlen", 300, "--steps", cfg.tokenizer_steps, "--eval_steps", 200,
            "--max_steps_before_stop", 1500, "--seed", SEED), cfg, "tokenize")


def train_mwt(cfg: TrainConfig, files: dict[str, Path]) -> None:
    _run(_m("stanza.utils.datasets.prepare_mwt_treebank", TREEBANK), cfg, "prep-mwt")
    _run(_m("stanza.utils.training.run_mwt", TREEBANK, "--save_dir", "saved_models/mwt",
            "--num_epoch", cfg.mwt_epochs, "--seed", SEED), cfg, "mwt")


def _tagger(cfg: TrainConfig, files: dict[str, Path], name: str, csui_weight: int, steps: int,
            every: int = 100, patience: int = 500) -> None:
    train = ";".join(str(files[k]) for k in ("gsd_noxpos", "csui_train", "pud"))
    ratios = ["--train_ratios", f"1;{csui_weight};1"] if csui_weight != 1 else []
    _run(_m("stanza.models.tagger", "--mode", "train", "--lang", "id", "--shorthand", SHORT, "--no_pretrain",
            "--train_file", train, *ratios,
            "--eval_file", files["dev_upos"], "--save_dir", f"saved_models/{name}",
            "--save_name", "pos.pt", "--hidden_dim", 100, "--char_hidden_dim", 100,
            "--deep_biaff_hidden_dim", 100, "--composite_deep_biaff_hidden_dim", 50, "--share_hid",
            "--batch_size", 100, "--max_steps", steps, "--eval_interval", every, "--fix_eval_interval",
            "--max_steps_before_stop", patience, "--seed", SEED), cfg, name)


def train_pos(cfg: TrainConfig, files: dict[str, Path]) -> None:
    _tagger(cfg, files, "pos", cfg.csui_weight, cfg.tagger_steps)


def train_lemma(cfg: TrainConfig, files: dict[str, Path]) -> None:
    _run(_m("stanza.utils.datasets.prepare_lemma_treebank", TREEBANK, "--gold"), cfg, "prep-lemma")
    _run(_m("stanza.models.lemmatizer", "--mode", "train", "--shorthand", SHORT,
            "--train_file", _data(cfg, "lemma", "train"), "--eval_file", _data(cfg, "lemma", "dev"),
            "--save_dir", "saved_models/lemma", "--save_name", "lemma.pt",
            "--num_epoch", cfg.lemma_epochs, "--decay_epoch", max(1, cfg.lemma_epochs // 2), "--seed", SEED),
         cfg, "lemma")


def _retag(cfg: TrainConfig, split: str) -> Path:
    """Replace gold UPOS/XPOS/FEATS with a tagger's predictions (heads kept).

    A parser trained on gold tags meets noisier predicted tags at run time; training on
    predicted ones narrows that gap. The tags come from a second tagger, trained without
    the CSUI weighting ("pos-noise"): the shipped tagger has seen the CSUI sentences three
    times and tags them almost perfectly, while pos-noise is 93.9% UPOS-accurate on the
    training data, close to the shipped tagger's 94.7% on CSUI test, so the noise the
    parser learns to live with is the noise it meets.
    """
    out = cfg.work_dir / "data" / "depparse_pred" / f"{SHORT}.{split}.pred.conllu"
    out.parent.mkdir(parents=True, exist_ok=True)
    _run(_m("stanza.models.tagger", "--mode", "predict", "--lang", "id", "--shorthand", SHORT, "--no_pretrain",
            "--eval_file", _data(cfg, "depparse", split), "--output_file", out,
            "--save_dir", "saved_models/pos-noise", "--save_name", "pos.pt"), cfg, f"retag-{split}")
    return out


def train_depparse(cfg: TrainConfig, files: dict[str, Path]) -> None:
    _run(_m("stanza.utils.datasets.prepare_depparse_treebank", TREEBANK, "--gold"), cfg, "prep-depparse")
    train, dev = _data(cfg, "depparse", "train"), _data(cfg, "depparse", "dev")
    if cfg.parser_on_predicted_tags:
        _tagger(cfg, files, "pos-noise", 1, cfg.noise_tagger_steps, every=50, patience=300)
        train, dev = _retag(cfg, "train"), _retag(cfg, "dev")
    _run(_m("stanza.models.parser", "--mode", "train", "--lang", "id", "--shorthand", SHORT, "--no_pretrain",
            "--train_file", train, "--eval_file", dev,
            "--save_dir", "saved_models/depparse", "--save_name", "depparse.pt",
            "--hidden_dim", 200, "--char_hidden_dim", 100, "--deep_biaff_hidden_dim", 200, "--num_layers", 2,
            "--batch_size", 2000, "--no_xpos", "--optim", "adam", "--lr", "3e-3", "--beta2", 0.95,
            "--weight_decay", 0.0, "--no_second_optim", "--max_steps", cfg.parser_steps,
            "--eval_interval", 100, "--no_checkpoint", "--seed", SEED), cfg, "depparse")


def train_ner(cfg: TrainConfig, files: dict[str, Path]) -> None:
    ner = prepare_ner(cfg)
    _run(_m("stanza.models.ner_tagger", "--mode", "train", "--shorthand", SHORT, "--no_pretrain",
            "--train_file", ner["train"], "--eval_file", ner["dev"], "--save_dir", "saved_models/ner",
            "--save_name", "ner.pt", "--max_steps", cfg.ner_steps, "--eval_interval", 100,
            "--hidden_dim", 128, "--char_hidden_dim", 64, "--word_emb_dim", 64, "--batch_size", 32,
            "--seed", SEED), cfg, "ner")


TRAINERS = {"tokenize": train_tokenizer, "mwt": train_mwt, "pos": train_pos,
            "lemma": train_lemma, "depparse": train_depparse, "ner": train_ner}
# Two single-thread lanes on a 2-core CPU: the parser (its own pos-noise tagger, then 2200
# steps: ~90 min) beside everything else (~60 min). The parser does not wait for "pos".
LANES = (("depparse",), ("tokenize", "mwt", "lemma", "ner", "pos"))


def _find(saved: Path, kind: str) -> Path:
    hits = sorted((saved / kind).glob("*.pt"), key=lambda p: p.stat().st_mtime)
    if not hits:
        raise RuntimeError(f"no {kind} model was written under {saved / kind}")
    return hits[-1]


def compact_model(src: Path, dest: Path) -> None:
    """Store float32 weights as float16 (halves the files; Stanza casts them back on load).

    The shipped set must stay under 40 MB; the parser alone is 26.7 MB in float32.
    The file is read with ``weights_only=True`` (tensors and plain containers only), as
    Stanza reads the shipped models: a work file swapped for a pickle that runs code is
    refused (:class:`kg.errors.ModelNotAvailableError`), not executed.
    """
    import pickle  # noqa: PLC0415

    import torch  # noqa: PLC0415 - torch is a dependency of stanza; no stanza import here

    def half(x):
        if isinstance(x, torch.Tensor) and x.dtype == torch.float32:
            return x.half()
        if isinstance(x, dict):
            return {k: half(v) for k, v in x.items()}
        return x

    try:
        state = torch.load(src, map_location="cpu", weights_only=True)
    except pickle.UnpicklingError as exc:
        raise ModelNotAvailableError(f"{src}: not a plain weights file, so it is not loaded "
                                     f"(weights_only=True): {str(exc).splitlines()[0]}") from None
    if isinstance(state, dict) and isinstance(state.get("model"), dict):
        state["model"] = half(state["model"])
    tmp = dest.with_suffix(".tmp")
    torch.save(state, tmp)
    os.replace(tmp, dest)


def collect(cfg: TrainConfig, kinds: list[str], saved: Path | None = None) -> dict[str, str]:
    """Copy the trained models into ``cfg.out_dir`` under stable names, in float16."""
    cfg.out_dir.mkdir(parents=True, exist_ok=True)
    sizes = {}
    for kind in kinds:
        dest = cfg.out_dir / f"{kind}.pt"
        compact_model(_find(saved or cfg.work_dir / "saved_models", kind), dest)
        sizes[kind] = f"{dest.stat().st_size / 1e6:.1f} MB"
    (cfg.out_dir / "resources.json").write_text("{}\n")
    return sizes


def train_all(cfg: TrainConfig) -> dict[str, str]:
    """Prepare the data and train every model in two parallel lanes; return sizes."""
    cfg.work_dir.mkdir(parents=True, exist_ok=True)
    files = prepare_ud(cfg)
    wanted = set(cfg.only) or set(TRAINERS)
    errors: list[BaseException] = []

    def lane(names: tuple[str, ...]) -> None:
        for name in names:
            if name in wanted:
                try:
                    TRAINERS[name](cfg, files)
                except BaseException as exc:  # reported after both lanes finish
                    errors.append(exc)

    threads = [threading.Thread(target=lane, args=(names,)) for names in LANES]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    sizes = collect(cfg, [k for k in TRAINERS if k in wanted])
    (cfg.work_dir / "train_log.json").write_text(json.dumps(cfg.log, indent=1))
    return sizes


if __name__ == "__main__":  # python -m kg.nlp.training UD NER OUT WORK
    a = sys.argv[1:]
    print(train_all(TrainConfig(Path(a[0]).resolve(), Path(a[1]).resolve(), Path(a[2]).resolve(),
                                Path(a[3]).resolve())))
