"""Write MODEL_CARD.md beside the trained models: data, licences, settings, scores, sizes."""
from __future__ import annotations

import datetime as _dt
from pathlib import Path

from kg.nlp.evaluate import THRESHOLDS
from kg.atomic import atomic_write

__all__ = ["write_card"]

_DATA = """\
| model | trained on | selected on (dev) | scored on (test, never trained on) |
|---|---|---|---|
| tokenize, mwt, pos, lemma, depparse | UD_Indonesian-GSD dev + UD_Indonesian-CSUI train (weighted x{csui_weight}) + UD_Indonesian-PUD test | UD_Indonesian-GSD test | UD_Indonesian-CSUI test |
| ner (PER/ORG/LOC) | idner-news-2k train + NERGrit train (PERSON/PLACE/ORGANISATION mapped to PER/LOC/ORG) | idner-news-2k dev | idner-news-2k test |

Licences: UD_Indonesian-GSD and UD_Indonesian-CSUI and UD_Indonesian-PUD are CC BY-SA 4.0
(see the LICENSE files of the treebanks); idner-news-2k is MIT (c) 2020 khairunnisaor;
NERGrit via IndoNLU (Apache-2.0 repository licence; the GRIT notice allows use with credit).
Models trained from CC BY-SA data are shared under the same terms (CC BY-SA 4.0).
"""

_SETTINGS = """\
All trainers are Stanza's own (stanza 1.15), run with one torch thread each, seed 1234,
**no pretrained word vectors and no character language model** (neither can be fetched offline).

| model | settings |
|---|---|
| tokenize | `run_tokenizer --no_charlm --max_seqlen 300 --steps {tokenizer_steps} --eval_steps 200` |
| mwt | `run_mwt`, {mwt_epochs} epochs (Indonesian UD splits clitics such as -nya, -lah, -kah) |
| pos | `tagger --no_pretrain --hidden_dim 100 --char_hidden_dim 100 --deep_biaff_hidden_dim 100 --composite_deep_biaff_hidden_dim 50 --share_hid --batch_size 100 --max_steps {tagger_steps} --train_ratios "1;{csui_weight};1"`; GSD XPOS blanked (MorphInd and PTB-like tag sets clash), selected on UPOS |
| lemma | `lemmatizer`, {lemma_epochs} epochs |
| depparse | `parser --no_pretrain --hidden_dim 200 --char_hidden_dim 100 --deep_biaff_hidden_dim 200 --num_layers 2 --batch_size 2000 --no_xpos --optim adam --lr 3e-3 --beta2 0.95 --max_steps {parser_steps}`, trained on predicted tags from a second tagger without the CSUI weighting ("pos-noise", {noise_tagger_steps} steps), whose errors on the training data match the shipped tagger's on unseen text |
| ner | `ner_tagger --no_pretrain --hidden_dim 128 --char_hidden_dim 64 --word_emb_dim 64 --max_steps {ner_steps}`; idner brackets detached from tokens (`(KPU)` -> `(`, `KPU`, `)`) to match Stanza's tokenisation |

The treebanks annotate differently (commas hang right in 77% of GSD dev, 43% of CSUI train;
CSUI tags foreign words X), and the models are scored on CSUI, so CSUI train counts {csui_weight} times.

Weights are stored in float16 (`kg.nlp.training.compact_model`) to keep the set small; Stanza casts
them back to float32 on load.

Reproduce: `make models-train` (about two hours on 2 CPU cores; minutes on a GPU).
"""


def write_card(out_dir: Path, scores: dict[str, float], settings: dict[str, int], log: list[str] = ()) -> Path:
    """Render the card; ``scores`` from kg.nlp.evaluate, ``settings`` from kg.nlp.training.TrainConfig."""
    rows = []
    for metric in ("Tokens", "Sentences", "Words", "UPOS", "XPOS", "UFeats", "Lemmas", "UAS", "LAS",
                   "CLAS", "NER P", "NER R", "NER F1"):
        if metric in scores:
            floor = THRESHOLDS.get(metric)
            mark = "" if floor is None else (f" (floor {floor:g}: {'met' if scores[metric] >= floor else 'NOT met'})")
            rows.append(f"| {metric} | {scores[metric]:.2f}{mark} |")
    sizes = [f"| {p.name} | {p.stat().st_size / 1e6:.1f} MB |" for p in sorted(out_dir.glob("*.pt"))]
    total = sum(p.stat().st_size for p in out_dir.glob("*.pt")) / 1e6
    text = "\n".join([
        "# Model card: pemilu-kg compact Stanza Indonesian models", "",
        f"Written {_dt.date.today().isoformat()} by `kg models train` / `kg models evaluate --write-card`.", "",
        "## Data", "", _DATA.format(**settings), "## Settings", "", _SETTINGS.format(**settings),
        "## Scores", "",
        "End to end from raw text on UD_Indonesian-CSUI test (CoNLL 2018 evaluation, F1), and "
        "entity-level NER on idner-news-2k test with gold tokens.", "",
        "| metric | score |", "|---|---|", *rows, "",
        "## Sizes", "", "| file | size |", "|---|---|", *sizes, f"| **total** | **{total:.1f} MB** |", "",
        "## Training log", "", *[f"- {line}" for line in log], ""])
    dest = out_dir / "MODEL_CARD.md"
    with atomic_write(dest) as fh:
        fh.write(text.encode("utf-8"))
    return dest
