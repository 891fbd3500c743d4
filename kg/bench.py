"""``make bench`` / ``python -m kg.bench``: how fast is a build, and where does the time go?

Not a test (no assertions on time). For each corpus size it builds an
uncached graph from synthetic articles (each of the ``samples/`` articles
followed by a few different UD Indonesian sentences from ``../shared/data/ud``,
or, where that is missing, sentences of ``samples/`` and ``tests/data/articles/``,
so every text is distinct) in a fresh process, and prints articles/s, sentences/s, seconds per
stage (parse, extract, graph, export), peak memory and the share of time
outside parsing. Then it measures the parser alone: pipeline load time and
sentences/s and tokens/s with one and two threads.

Target: a full uncached build takes at most 1.25x the parse time alone
(``build/parse`` column). With ``--jobs N`` the model load happens in the
workers and counts as parse time; ``worker peak MB`` is the largest worker.

Usage::

    python -m kg.bench                      # sizes 10 and 100
    python -m kg.bench --sizes 10,100,1000  # the full run (1,000 takes long on 2 cores)
    python -m kg.bench --sizes 10 --no-throughput --json bench.json
"""
from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

__all__ = ["synthesise", "tail_sentences", "run_build", "parse_throughput", "main"]

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
ARTICLES = ROOT / "tests" / "data" / "articles"     # the project's own test articles
UD = ROOT.parent / "shared" / "data" / "ud"


def _ud_sentences(limit: int = 20000) -> list[str]:
    out: list[str] = []
    for f in sorted(UD.glob("*.conllu")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.startswith("# text = "):
                out.append(line[9:].strip())
                if len(out) >= limit:
                    return out
    return out


def _own_sentences(limit: int = 20000) -> list[str]:
    """Sentences of the project's own articles (``samples/``, ``tests/data/articles/``), for a
    checkout without ``../shared``: distinct, in a fixed order."""
    out: dict[str, None] = {}
    for f in sorted(SAMPLES.glob("*.txt")) + sorted(ARTICLES.glob("*.txt")):
        for para in f.read_text(encoding="utf-8").splitlines():
            for sent in re.split(r"(?<=[.!?])\s+", para.strip()):
                if len(sent.split()) >= 5:
                    out.setdefault(sent, None)
    return list(out)[:limit]


def tail_sentences(limit: int = 20000) -> list[str]:
    """The sentences that make synthetic articles distinct: UD Indonesian (``../shared/data/ud``)
    when it is there, else the project's own articles (with a note on stderr)."""
    ud = _ud_sentences(limit)
    if ud:
        return ud
    print(f"note: {UD} not found; the benchmark uses sentences of samples/ and tests/data/articles/ "
          f"instead (rates are not comparable with runs on UD sentences)", file=sys.stderr)
    return _own_sentences(limit)


def synthesise(n: int, *, extra_sentences: int = 4) -> list[str]:
    """``n`` distinct article texts: a sample article plus other sentences as a last paragraph
    (UD Indonesian sentences, else sentences of the project's own articles; see :func:`tail_sentences`)."""
    bases = [p.read_text(encoding="utf-8").strip() for p in sorted(SAMPLES.glob("*.txt"))]
    if not bases:
        raise SystemExit(f"no sample articles in {SAMPLES}")
    pool = tail_sentences() or ["Pemilihan umum berlangsung dengan aman dan damai."]
    texts, seen = [], set()
    for i in range(n):
        tail = " ".join(pool[(i * extra_sentences + k) % len(pool)] for k in range(extra_sentences))
        text = bases[i % len(bases)] + "\n" + tail + "\n"
        if text in seen:   # a small pool came round again: number the paragraph to stay distinct
            text = bases[i % len(bases)] + "\n" + tail + f" Catatan nomor {i}.\n"
        seen.add(text)
        texts.append(text)
    return texts


def _peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident memory in MB (Linux reports KiB); RUSAGE_CHILDREN: the largest finished worker."""
    return resource.getrusage(who).ru_maxrss / 1024


def run_build(n: int, *, models: str = "bundled", jobs: int = 1, threads: int = 1) -> dict:
    """One uncached build of ``n`` synthetic articles in this process; timings and counts."""
    from kg.build import BuildOptions, build_files as build  # noqa: PLC0415

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in"
        src.mkdir()
        for i, text in enumerate(synthesise(n)):
            (src / f"{i:05d}.txt").write_text(text, encoding="utf-8")
        t = time.perf_counter()
        report = build([src], Path(tmp) / "out", BuildOptions(models=models, jobs=jobs, threads=threads,
                                                              use_cache=False))
        total = time.perf_counter() - t
    s = report.seconds
    work = total - s["load"]
    return {"articles": report.tally.articles, "sentences": report.tally.sentences, "total_s": total,
            "load_s": s["load"], "parse_s": s["parse"] - s["load"], "extract_s": s["extract"],
            "graph_s": s["graph"], "export_s": s["export"], "read_s": s["read"],
            "articles_per_s": report.tally.articles / work, "sentences_per_s": report.tally.sentences / work,
            "outside_parse_share": 1 - (s["parse"] - s["load"]) / work,
            "build_over_parse": work / max(1e-9, s["parse"] - s["load"]), "peak_mb": _peak_mb(),
            "worker_peak_mb": _peak_mb(resource.RUSAGE_CHILDREN),
            "skipped": len(report.skipped)}


def parse_throughput(models: str = "bundled", threads: tuple[int, ...] = (1, 2), n_sentences: int = 200) -> list[dict]:
    """Pipeline load time, sentences/s and tokens/s of the parser alone."""
    from kg.nlp.parser import load_parser  # noqa: PLC0415

    ud = tail_sentences(n_sentences)
    texts = ["\n".join(ud[i:i + 10]) for i in range(0, len(ud), 10)]   # 10 paragraphs per "article"
    rows = []
    for th in threads:
        t = time.perf_counter()
        parser = load_parser(models, threads=th)
        load = time.perf_counter() - t
        parser.parse_many(texts[:1])  # warm up
        t = time.perf_counter()
        parsed = parser.parse_many(texts)
        secs = time.perf_counter() - t
        n_s = sum(len(p) for p in parsed)
        n_t = sum(len(s.words) for p in parsed for s in p)
        rows.append({"threads": th, "load_s": load, "sentences_per_s": n_s / secs, "tokens_per_s": n_t / secs})
    return rows


def _in_subprocess(args: list[str]) -> dict:
    env = {**os.environ, "OMP_NUM_THREADS": os.environ.get("OMP_NUM_THREADS", "1")}
    out = subprocess.run([sys.executable, "-m", "kg.bench", *args], capture_output=True, text=True, env=env)
    if out.returncode != 0:
        raise SystemExit(f"benchmark step {' '.join(args)} failed:\n{out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def _table(rows: list[dict], cols: list[tuple[str, str, str]]) -> str:
    head = "  ".join(f"{h:>{len(h) if len(h) > 8 else 8}}" for h, _, _ in cols)
    lines = [head]
    for r in rows:
        lines.append("  ".join(f"{format(r[k], f):>{len(h) if len(h) > 8 else 8}}" for h, k, f in cols))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m kg.bench", description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="10,100", help="comma-separated corpus sizes [10,100]")
    ap.add_argument("--models", default="bundled")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--threads", type=int, default=1, help="torch threads per parsing process")
    ap.add_argument("--no-throughput", action="store_true", help="skip the parser-alone measurements")
    ap.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)          # internal: one size, JSON out
    ap.add_argument("--throughput-only", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.one is not None:
        print(json.dumps(run_build(a.one, models=a.models, jobs=a.jobs, threads=a.threads)))
        return 0
    if a.throughput_only:
        print(json.dumps(parse_throughput(a.models)))
        return 0
    sizes = [int(s) for s in a.sizes.split(",") if s.strip()]
    common = ["--models", a.models, "--jobs", str(a.jobs), "--threads", str(a.threads)]
    builds = []
    for n in sizes:
        print(f"building {n} articles (uncached)...", file=sys.stderr)
        builds.append(_in_subprocess(["--one", str(n), *common]))
    print("\nUncached build (one process per size; load = model load, not in the rates)")
    print(_table(builds, [("articles", "articles", "d"), ("sentences", "sentences", "d"),
                          ("art/s", "articles_per_s", ".2f"), ("sent/s", "sentences_per_s", ".1f"),
                          ("load s", "load_s", ".1f"), ("parse s", "parse_s", ".1f"),
                          ("extract s", "extract_s", ".2f"), ("graph s", "graph_s", ".2f"),
                          ("export s", "export_s", ".2f"), ("outside parse", "outside_parse_share", ".1%"),
                          ("build/parse", "build_over_parse", ".2f"), ("peak MB", "peak_mb", ".0f"),
                          ("worker peak MB", "worker_peak_mb", ".0f")]))
    result = {"builds": builds}
    if not a.no_throughput:
        print("\nmeasuring the parser alone...", file=sys.stderr)
        result["parser"] = _in_subprocess(["--throughput-only", "--models", a.models])
        print("\nParser alone (200 sentences)")
        print(_table(result["parser"], [("threads", "threads", "d"), ("load s", "load_s", ".1f"),
                                        ("sent/s", "sentences_per_s", ".1f"), ("tokens/s", "tokens_per_s", ".0f")]))
    if a.json:
        Path(a.json).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
