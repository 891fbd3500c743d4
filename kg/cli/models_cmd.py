"""``kg models``: train, evaluate and download the Stanza models."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import click

from kg.cli.build_cmd import FatalError
from kg.errors import KgError

__all__ = ["COMMANDS", "models"]

_SHARED = Path("..") / "shared" / "data"


@click.group()
def models() -> None:
    """Train, evaluate or download the Indonesian Stanza models.

    \b
    Examples:
      kg models evaluate
      kg models train --ud ../shared/data/ud --ner ../shared/data/ner --out kg/models/id
      kg models download          # official Stanza models (needs internet)
    """


_NEEDS = {"ud": ("the UD Indonesian treebanks", "id_csui-ud-test.conllu"),
          "ner": ("the Indonesian NER data", "idner-news-2k/test.txt")}


def _data_dir(ctx, param, value: Path) -> Path:
    """``--ud``/``--ner``: say what is needed, and where it is by default, when it is missing."""
    what, probe = _NEEDS[param.name.removesuffix("_dir")]
    if not value.is_dir() or not (value / probe).is_file():
        missing = value if not value.is_dir() else value / probe
        raise click.BadParameter(
            f"{missing} does not exist. 'kg models {ctx.info_name}' needs {what} ({probe}), by default "
            f"from the project's shared data ({_SHARED / param.name.removesuffix('_dir')}, beside the "
            f"checkout); give --{param.name.removesuffix('_dir')} DIR if it is elsewhere.")
    return value


def _settings(cfg) -> dict[str, int]:
    return {f.name: getattr(cfg, f.name) for f in dataclasses.fields(cfg)
            if isinstance(getattr(cfg, f.name), int) and not isinstance(getattr(cfg, f.name), bool)}


@models.command()
@click.option("--ud", "ud_dir", type=click.Path(file_okay=False, path_type=Path), callback=_data_dir,
              default=_SHARED / "ud", show_default=True, help="Folder with the UD Indonesian treebanks.")
@click.option("--ner", "ner_dir", type=click.Path(file_okay=False, path_type=Path), callback=_data_dir,
              default=_SHARED / "ner", show_default=True, help="Folder with idner-news-2k/ and nergrit-indonlu/.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Where the trained models and MODEL_CARD.md go.")
@click.option("--work", "work_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("build/train"),
              show_default=True, help="Scratch folder for prepared data, logs and checkpoints.")
@click.option("--only", multiple=True, type=click.Choice(["tokenize", "mwt", "pos", "lemma", "depparse", "ner"]),
              help="Train only these models (repeatable).")
@click.option("--steps-scale", type=float, default=1.0, show_default=True,
              help="Multiply every step/epoch count (e.g. 0.02 for a smoke run).")
def train(ud_dir: Path, ner_dir: Path, out_dir: Path, work_dir: Path, only: tuple[str, ...],
          steps_scale: float) -> None:
    """Train the models with Stanza's trainers (no word vectors, no charlm), then score them."""
    from kg.nlp.evaluate import evaluate_ner, evaluate_ud  # noqa: PLC0415
    from kg.nlp.modelcard import write_card  # noqa: PLC0415
    from kg.nlp.training import TrainConfig, train_all  # noqa: PLC0415

    cfg = TrainConfig(ud_dir.resolve(), ner_dir.resolve(), out_dir.resolve(), work_dir.resolve(), only=only)
    for f in dataclasses.fields(cfg):  # step and epoch counts only (not the CSUI weight)
        if f.name.endswith(("_steps", "_epochs")):
            setattr(cfg, f.name, max(1, int(getattr(cfg, f.name) * steps_scale)))
    try:
        sizes = train_all(cfg)
        click.echo(f"trained: {sizes}")
        if not only:
            scores = evaluate_ud(ud_dir / "id_csui-ud-test.conllu", str(out_dir))
            scores.update(evaluate_ner(ner_dir / "idner-news-2k" / "test.txt", str(out_dir)))
            click.echo(f"card: {write_card(out_dir, scores, _settings(cfg), cfg.log)}")
    except (KgError, RuntimeError) as exc:
        raise FatalError(str(exc)) from None


@models.command()
@click.option("--ud", "ud_dir", type=click.Path(file_okay=False, path_type=Path), callback=_data_dir,
              default=_SHARED / "ud", show_default=True, help="Folder with id_csui-ud-test.conllu.")
@click.option("--ner", "ner_dir", type=click.Path(file_okay=False, path_type=Path), callback=_data_dir,
              default=_SHARED / "ner", show_default=True, help="Folder with idner-news-2k/test.txt.")
@click.option("--models", "models_opt", default="bundled", show_default=True,
              help="bundled | official | a model directory.")
@click.option("--threads", type=int, default=1, show_default=True)
@click.option("--write-card", is_flag=True, help="Also (re)write MODEL_CARD.md beside the models.")
def evaluate(ud_dir: Path, ner_dir: Path, models_opt: str, threads: int, write_card: bool) -> None:
    """Score end to end on UD CSUI test (CoNLL 2018 eval) and NER on idner-news-2k test."""
    from kg.nlp.evaluate import THRESHOLDS, evaluate_ner, evaluate_ud  # noqa: PLC0415

    try:
        scores = evaluate_ud(ud_dir / "id_csui-ud-test.conllu", models_opt, threads)
        scores.update(evaluate_ner(ner_dir / "idner-news-2k" / "test.txt", models_opt))
    except KgError as exc:
        raise FatalError(str(exc)) from None
    for k, v in scores.items():
        floor = THRESHOLDS.get(k)
        mark = "" if floor is None else ("  ok" if v >= floor else f"  below floor {floor:g}")
        click.echo(f"{k:10} {v:6.2f}{mark}")
    if write_card:
        from kg.nlp.modelcard import write_card as _write  # noqa: PLC0415
        from kg.nlp.parser import resolve_model_dir  # noqa: PLC0415
        from kg.nlp.training import TrainConfig  # noqa: PLC0415

        d = resolve_model_dir(models_opt)
        log_file = Path("build/train/train_log.json")
        import json  # noqa: PLC0415
        log = json.loads(log_file.read_text()) if log_file.is_file() else []
        cfg = TrainConfig(ud_dir, ner_dir, d, Path("build/train"))
        click.echo(f"card: {_write(d, scores, _settings(cfg), log)}")


@models.command()
def download() -> None:
    """Download Stanza's official Indonesian models (needs internet); use with --models official."""
    from kg.nlp.parser import download_official  # noqa: PLC0415

    try:
        click.echo(f"installed in {download_official()}")
    except KgError as exc:
        raise FatalError(str(exc)) from None


@models.command()
@click.option("--models", "models_opt", default="bundled", show_default=True)
def info(models_opt: str) -> None:
    """Show where the models are, their sizes and version hash."""
    from kg.nlp.parser import MODEL_FILES, model_version, resolve_model_dir  # noqa: PLC0415

    try:
        d = resolve_model_dir(models_opt)
        click.echo(f"directory: {d}\nversion:   {model_version(d)}")
        for name in MODEL_FILES.values():
            click.echo(f"  {name:12} {(d / name).stat().st_size / 1e6:5.1f} MB")
    except KgError as exc:
        raise FatalError(str(exc)) from None


COMMANDS = (models,)
