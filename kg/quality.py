"""``make quality`` / ``python -m kg.quality``: how good is the graph on real news, field by field?

Builds two graphs with the shipped models and scores them with the project's
scorer (``../shared/tools/kgscore.py``, which reads graphs only through the query
contract):

* **real news, measured part**: the even-numbered articles of
  ``../shared/gold/news`` (``a02``, ``a04``, ..., ``b14``: 14 articles from 14
  provinces). The odd-numbered ones are the part engineers study when they write
  rules; the even ones are never studied, only measured, so their scores say what
  to expect on articles the rules were not written for.
* **samples**: the five ``samples/`` articles against ``../shared/gold/seeds``,
  the articles the first rules were written on.

Prints a Markdown table of precision, recall and F1 per field; ``--readme FILE``
also replaces the table between the ``<!-- quality -->`` markers of FILE.

Usage::

    python -m kg.quality --shared ../shared [--readme README.md] [--part measure|study|all]
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

__all__ = ["news_articles", "score", "table", "main"]

ROOT = Path(__file__).resolve().parent.parent
FIELDS = ("persons", "offices", "organizations", "regions", "commitments", "quotes")
_NUMBER = re.compile(r"^[ab](\d+)_")
_MARKERS = re.compile(r"(<!-- quality -->\n).*?(<!-- /quality -->)", re.S)


def news_articles(gold: Path, part: str) -> list[Path]:
    """The article files of one part: ``measure`` (even numbers), ``study`` (odd) or ``all``."""
    out = []
    for p in sorted(gold.glob("*.txt")):
        m = _NUMBER.match(p.name)
        if m and (part == "all" or (int(m.group(1)) % 2 == 0) == (part == "measure")):
            out.append(p)
    return out


def _build(texts: dict[str, str], work: Path) -> Path:
    src = work / "in"
    src.mkdir(parents=True)
    for name, text in texts.items():
        (src / name).write_text(text, encoding="utf-8")
    out = work / "out"
    subprocess.run([sys.executable, "-m", "kg", "build", str(src), "-o", str(out), "-q", "--format", "turtle"],
                   check=True)
    return out / "graph.ttl"


def score(scorer: Path, gold_files: list[Path], graph: Path, work: Path) -> dict:
    """kgscore's JSON for ``graph`` against the gold of ``gold_files`` only."""
    gold = work / "gold"
    gold.mkdir()
    for g in gold_files:
        (gold / g.name).symlink_to(g.resolve())
    out = work / "scores.json"
    subprocess.run([sys.executable, str(scorer), "--gold", str(gold), "--graph", str(graph), "--json", str(out)],
                   check=True, stdout=subprocess.DEVNULL)
    return json.loads(out.read_text(encoding="utf-8"))


def _cell(scores: dict, field: str) -> str:
    row = scores.get("fields", {}).get(field) or {}
    return " / ".join(f"{row[k]:.2f}" if isinstance(row.get(k), float) else "–"
                      for k in ("precision", "recall")) + (f" / **{row['f1']:.2f}**" if "f1" in row else " / –")


def table(columns: dict[str, dict]) -> str:
    """A Markdown table: one row per field, one column per scored graph (P / R / F1)."""
    head = "| field (P / R / F1) | " + " | ".join(columns) + " |\n|---|" + "---|" * len(columns) + "\n"
    rows = [f"| {f} | " + " | ".join(_cell(s, f) for s in columns.values()) + " |" for f in FIELDS]
    overall = "| **overall F1** | " + " | ".join(f"**{s['overall_f1']:.2f}**" for s in columns.values()) + " |"
    return head + "\n".join(rows) + "\n" + overall + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m kg.quality", description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared folder (gold, scorer)")
    ap.add_argument("--part", choices=("measure", "study", "all"), default="measure")
    ap.add_argument("--readme", type=Path, help="replace the table between <!-- quality --> markers here")
    a = ap.parse_args(argv)
    scorer, news, seeds = a.shared / "tools" / "kgscore.py", a.shared / "gold" / "news", a.shared / "gold" / "seeds"
    missing = [p for p in (scorer, news, seeds) if not p.exists()]
    if missing:
        print(f"kg.quality needs {', '.join(map(str, missing))} (the shared folder beside the repository; "
              f"--shared DIR names another)", file=sys.stderr)
        return 2
    articles = news_articles(news, a.part)
    with tempfile.TemporaryDirectory(prefix="kg-quality-") as tmp:
        work = Path(tmp)
        # article bodies: the stored copies open with "URL: ..." and a blank line
        texts = {p.name: "\n".join(p.read_text(encoding="utf-8").splitlines()[2:]) + "\n" for p in articles}
        news_graph = _build(texts, work / "news")
        news_scores = score(scorer, [Path(f"{p}.json") for p in articles], news_graph, work / "news")
        samples = {p.name: p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))}
        sample_graph = _build(samples, work / "samples")
        sample_scores = score(scorer, sorted(seeds.glob("*.json")), sample_graph, work / "samples")
    text = table({f"real news, {a.part} part ({len(articles)} articles)": news_scores,
                  f"samples ({len(samples)} articles)": sample_scores})
    print(text)
    if a.readme:
        readme = a.readme.read_text(encoding="utf-8")
        if not _MARKERS.search(readme):
            print(f"{a.readme}: no <!-- quality --> ... <!-- /quality --> markers", file=sys.stderr)
            return 2
        a.readme.write_text(_MARKERS.sub(lambda m: m.group(1) + text + m.group(2), readme), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
