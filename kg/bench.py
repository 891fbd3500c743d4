"""``make bench`` / ``python -m kg.bench``: how fast is a build, and where does the time go?

Not a test (nothing is asserted about time). The corpus is synthesised from the
project's own articles (``samples/`` and ``tests/data/articles/``, each followed by a
last paragraph of three of their sentences, so every text is distinct; no
``../shared`` needed). Every build runs in a fresh process with its own empty
cache. Per corpus size it prints:

* the first build (cold cache): articles/s and sentences/s (model load excluded),
  seconds per stage (load, parser, the rest of parsing, extract, graph, export),
  peak memory, the share of time outside the parser, and ``build/parse``: the build's
  time (load excluded) over the parser's own time in the same run (target <= 1.15), in wall
  seconds and in CPU seconds (``build/parse cpu``: the process's CPU time with its forked helpers', loading excluded,
  over the parser's; steadier than wall clock on shared cores);
* the rebuild of the unchanged corpus (whole-process wall clock, cold over warm;
  target >= 20x at 100 articles, >= 50x at 1,000) and whether torch or stanza was
  imported (it should not be);
* one article added: how many articles were parsed again (1) and the seconds.

Then a ``--jobs 2`` build and a Dask ``--scheduler local:2`` build of one size (the
Dask outputs must equal the serial build's, byte for byte), and the parser alone:
load time, sentences/s and tokens/s with one and two threads.

Usage::

    python -m kg.bench                         # sizes 10 and 100 (a few minutes on 2 cores)
    python -m kg.bench --sizes 10,100,1000     # the full run (1,000 articles take long on 2 cores)
    python -m kg.bench --sizes 10 --parallel-size 10 --no-throughput --json bench.json
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

__all__ = ["synthesise", "write_corpus", "run_build", "bench_size", "bench_parallel", "parse_throughput", "main"]

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
TEST_ARTICLES = ROOT / "tests" / "data" / "articles"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"\u201c])")


def _project_articles() -> list[str]:
    """The project's own article texts: ``samples/`` then ``tests/data/articles/``."""
    files = sorted(SAMPLES.glob("*.txt")) + sorted(TEST_ARTICLES.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8").strip() for p in files]
    return [t for t in texts if t]


def _sentence_pool(texts: list[str]) -> list[str]:
    """Every distinct sentence (5 words or more) of those texts, in order of first appearance."""
    pool = {}
    for t in texts:
        for para in t.splitlines():
            for s in _SENTENCE_END.split(para.strip()):
                if len(s.split()) >= 5:
                    pool.setdefault(s, None)
    return list(pool)


def synthesise(n: int, *, extra_sentences: int = 3) -> list[str]:
    """``n`` distinct article texts from the project's own files (no ``../shared`` needed).

    Article ``i`` is project article ``i mod A`` followed by a last paragraph of
    ``extra_sentences`` sentences drawn from all the articles' sentences: their
    indices are the base-``P`` digits of ``i div A`` (``P`` = pool size), so any two
    articles differ for any ``n`` up to ``A * P ** extra_sentences``.
    """
    bases = _project_articles()
    if not bases:
        raise SystemExit(f"no article texts in {SAMPLES} or {TEST_ARTICLES}")
    pool = _sentence_pool(bases)
    if n > len(bases) * len(pool) ** extra_sentences:
        raise SystemExit(f"can synthesise at most {len(bases) * len(pool) ** extra_sentences} distinct articles")
    out = []
    for i in range(n):
        q, digits = i // len(bases), []
        for _ in range(extra_sentences):
            q, d = divmod(q, len(pool))
            digits.append(pool[(d + len(digits)) % len(pool)])
        out.append(bases[i % len(bases)] + "\n" + " ".join(digits) + "\n")
    return out




def _children_cpu() -> float:
    """CPU seconds of this process's finished children (the ``--jobs`` workers, reaped at the end)."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def _peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident memory in MB (Linux reports KiB); RUSAGE_CHILDREN: the largest finished child."""
    return resource.getrusage(who).ru_maxrss / 1024


def write_corpus(n: int, folder: Path) -> Path:
    """The first ``n`` synthetic articles as ``folder/00000.txt`` ... (``synthesise(n)``)."""
    folder.mkdir(parents=True, exist_ok=True)
    for i, text in enumerate(synthesise(n)):
        (folder / f"{i:05d}.txt").write_text(text, encoding="utf-8")
    return folder


def run_build(src: Path, out: Path, cache: Path, *, models: str = "bundled", jobs: int = 1, threads: int = 1,
              scheduler: str | None = None) -> dict:
    """One build of ``src`` in this process; timings, counts and what was imported."""
    from kg.build import BuildOptions, build_files  # noqa: PLC0415

    opts = BuildOptions(models=models, jobs=jobs, threads=threads, cache_dir=cache)
    t, c, kids = time.perf_counter(), time.process_time(), _children_cpu()
    if scheduler:
        from kg.distributed import build_distributed  # noqa: PLC0415

        report = build_distributed([src], out, opts, scheduler=scheduler)
    else:
        report = build_files([src], out, opts)
    total, cpu = time.perf_counter() - t, time.process_time() - c
    if jobs == 1 and not scheduler:   # the build's own helpers (the forked export, a background parse) count
        cpu += _children_cpu() - kids
    s = {k: report.seconds.get(k, 0.0) for k in ("read", "parse", "load", "parser", "extract", "graph", "export")}
    work = max(1e-9, total - s["load"])
    parser = s["parser"] if jobs == 1 and not scheduler else float("nan")
    parser_cpu = report.seconds.get("parser_cpu", 0.0) if jobs == 1 and not scheduler else float("nan")
    work_cpu = max(1e-9, cpu - report.seconds.get("load_cpu", 0.0))
    return {"articles": report.tally.articles, "sentences": report.tally.sentences, "total_s": total,
            "load_s": s["load"], "parser_s": s["parser"], "parse_rest_s": max(0.0, s["parse"] - s["load"] - s["parser"]),
            "extract_s": s["extract"], "graph_s": s["graph"], "export_s": s["export"], "read_s": s["read"],
            "articles_per_s": report.tally.articles / work, "sentences_per_s": report.tally.sentences / work,
            "outside_parser_share": 1 - parser / work, "build_over_parse": work / parser if parser else float("nan"),
            "cpu_s": cpu, "parser_cpu_s": parser_cpu,
            "build_over_parse_cpu": work_cpu / parser_cpu if parser_cpu else float("nan"),
            "workers_cpu_s": _children_cpu(),
            "peak_mb": _peak_mb(), "worker_peak_mb": _peak_mb(resource.RUSAGE_CHILDREN),
            "parsed": report.cache_misses, "outputs_reused": report.outputs_reused,
            "skipped": len(report.skipped), "heavy_imported": sorted(m for m in ("torch", "stanza") if m in sys.modules)}


def parse_throughput(models: str = "bundled", threads: tuple[int, ...] = (1, 2), n_sentences: int = 200) -> list[dict]:
    """Pipeline load time, sentences/s and tokens/s of the parser alone (sentences of the project's articles)."""
    from kg.nlp.parser import load_parser  # noqa: PLC0415

    pool = _sentence_pool(_project_articles())[:n_sentences]
    texts = ["\n".join(pool[i:i + 10]) for i in range(0, len(pool), 10)]   # 10 one-sentence paragraphs each
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


def _in_subprocess(args: list[str]) -> tuple[dict, float]:
    """Run ``python -m kg.bench ARGS`` in a fresh process: its JSON result and its wall-clock seconds."""
    env = {**os.environ, "OMP_NUM_THREADS": os.environ.get("OMP_NUM_THREADS", "1"),
           "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)}
    t = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "kg.bench", *args], capture_output=True, text=True, env=env)
    wall = time.perf_counter() - t
    if out.returncode != 0:
        raise SystemExit(f"benchmark step {' '.join(args)} failed:\n{out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1]), wall


def _build_args(src: Path, out: Path, cache: Path, a, *, jobs: int | None = None, scheduler: str | None = None):
    args = ["--one", str(src), "--out", str(out), "--cache", str(cache), "--models", a.models,
            "--jobs", str(jobs or a.jobs), "--threads", str(a.threads)]
    return args + (["--scheduler", scheduler] if scheduler else [])


def _same_bytes(a: Path, b: Path) -> bool:
    names = sorted(p.name for p in a.iterdir())
    return names == sorted(p.name for p in b.iterdir()) and all(
        (a / n).read_bytes() == (b / n).read_bytes() for n in names)


def bench_size(n: int, tmp: Path, a) -> dict:
    """Cold build, warm rebuild and one-article-added rebuild of ``n`` articles, each in a fresh process."""
    src, cache = write_corpus(n, tmp / f"in{n}"), tmp / f"cache{n}"
    cold, cold_wall = _in_subprocess(_build_args(src, tmp / f"cold{n}", cache, a))
    warm, warm_wall = _in_subprocess(_build_args(src, tmp / f"warm{n}", cache, a))
    (src / f"{n:05d}.txt").write_text(synthesise(n + 1)[n], encoding="utf-8")
    more, more_wall = _in_subprocess(_build_args(src, tmp / f"more{n}", cache, a))
    (src / f"{n:05d}.txt").unlink()   # back to the n articles, for the parallel builds
    row = {**cold, "size": n, "cold_wall_s": cold_wall, "warm_wall_s": warm_wall, "rebuild_ratio": cold_wall / warm_wall,
           "warm_outputs_reused": warm["outputs_reused"], "warm_heavy_imported": warm["heavy_imported"],
           "warm_same_bytes": _same_bytes(tmp / f"cold{n}", tmp / f"warm{n}"),
           "add_one_parsed": more["parsed"], "add_one_wall_s": more_wall}
    for w in _warnings(row, n):
        print(f"WARNING: {w}", file=sys.stderr)
    return row


def _warnings(row: dict, n: int) -> list[str]:
    out = []
    if row["articles"] != n:
        out.append(f"asked for {n} articles, the build kept {row['articles']} ({row['skipped']} skipped)")
    if row["sentences"] == 0:
        out.append(f"the {n}-article build found no sentences: the rates are meaningless")
    if not row.get("warm_outputs_reused", True):
        out.append(f"the rebuild of the unchanged {n} articles did not reuse the outputs")
    if not row.get("warm_same_bytes", True):
        out.append(f"the rebuild of {n} articles wrote different bytes")
    return out


def bench_parallel(n: int, tmp: Path, a) -> list[dict]:
    """A ``--jobs 2`` build and a Dask ``local:2`` build of ``n`` articles (cold caches)."""
    src = tmp / f"in{n}" if (tmp / f"in{n}").is_dir() else write_corpus(n, tmp / f"in{n}")
    rows = []
    serial = tmp / f"cold{n}"
    for label, jobs, scheduler in (("--jobs 2", 2, None), ("--scheduler local:2", 1, "local:2")):
        try:
            r, wall = _in_subprocess(_build_args(src, tmp / f"par-{jobs}-{bool(scheduler)}", tmp / f"pcache{label}", a,
                                                 jobs=jobs, scheduler=scheduler))
        except SystemExit as exc:   # e.g. dask not installed (the 'scale' extra)
            print(f"WARNING: {label} build failed: {str(exc).splitlines()[-1]}", file=sys.stderr)
            continue
        r.update(label=label, size=n, wall_s=wall,
                 same_bytes=_same_bytes(serial, tmp / f"par-{jobs}-{bool(scheduler)}") if serial.is_dir() else None)
        rows.append(r)
    return rows


def _table(rows: list[dict], cols: list[tuple[str, str, str]]) -> str:
    def cell(r, k, f):
        v = r.get(k)
        return "-" if v is None or v != v else format(v, f) if f else str(v)
    widths = [max(8, len(h)) for h, _, _ in cols]
    lines = ["  ".join(f"{h:>{w}}" for (h, _, _), w in zip(cols, widths))]
    for r in rows:
        lines.append("  ".join(f"{cell(r, k, f):>{w}}" for (_, k, f), w in zip(cols, widths)))
    return "\n".join(lines)


BUILD_COLS = [("articles", "articles", "d"), ("sentences", "sentences", "d"), ("art/s", "articles_per_s", ".2f"),
              ("sent/s", "sentences_per_s", ".1f"), ("load s", "load_s", ".1f"), ("parser s", "parser_s", ".1f"),
              ("parse rest s", "parse_rest_s", ".2f"), ("extract s", "extract_s", ".2f"), ("graph s", "graph_s", ".2f"),
              ("export s", "export_s", ".2f"), ("outside parser", "outside_parser_share", ".1%"),
              ("build/parse", "build_over_parse", ".2f"), ("cpu s", "cpu_s", ".1f"),
              ("parser cpu s", "parser_cpu_s", ".1f"), ("build/parse cpu", "build_over_parse_cpu", ".2f"),
              ("peak MB", "peak_mb", ".0f")]
REBUILD_COLS = [("articles", "size", "d"), ("cold s", "cold_wall_s", ".1f"), ("warm s", "warm_wall_s", ".2f"),
                ("cold/warm", "rebuild_ratio", ".1f"), ("same bytes", "warm_same_bytes", ""),
                ("torch/stanza imported", "warm_heavy_imported", ""), ("+1 parsed", "add_one_parsed", "d"),
                ("+1 s", "add_one_wall_s", ".1f")]
PAR_COLS = [("build", "label", ""), ("articles", "articles", "d"), ("sentences", "sentences", "d"),
            ("art/s", "articles_per_s", ".2f"), ("sent/s", "sentences_per_s", ".1f"), ("wall s", "wall_s", ".1f"),
            ("cpu s", "cpu_s", ".1f"), ("workers cpu s", "workers_cpu_s", ".1f"), ("peak MB", "peak_mb", ".0f"), ("worker peak MB", "worker_peak_mb", ".0f"),
            ("same bytes as serial", "same_bytes", "")]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m kg.bench", description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="10,100", help="comma-separated corpus sizes [10,100]")
    ap.add_argument("--parallel-size", type=int, default=None,
                    help="corpus size of the --jobs 2 and Dask rows [the largest size up to 100; 0: skip them]")
    ap.add_argument("--models", default="bundled")
    ap.add_argument("--jobs", type=int, default=1, help="parsing processes of the per-size builds [1]")
    ap.add_argument("--threads", type=int, default=1, help="torch threads per parsing process [1]")
    ap.add_argument("--no-throughput", action="store_true", help="skip the parser-alone measurements")
    ap.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    ap.add_argument("--one", help=argparse.SUPPRESS)          # internal: one build, JSON out
    ap.add_argument("--out", help=argparse.SUPPRESS)
    ap.add_argument("--cache", help=argparse.SUPPRESS)
    ap.add_argument("--scheduler", help=argparse.SUPPRESS)
    ap.add_argument("--throughput-only", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.one is not None:
        print(json.dumps(run_build(Path(a.one), Path(a.out), Path(a.cache), models=a.models, jobs=a.jobs,
                                   threads=a.threads, scheduler=a.scheduler)))
        return 0
    if a.throughput_only:
        print(json.dumps(parse_throughput(a.models)))
        return 0
    sizes = [int(s) for s in a.sizes.split(",") if s.strip()]
    par = a.parallel_size if a.parallel_size is not None else max([s for s in sizes if s <= 100] or [0])
    result: dict = {"settings": {"jobs": a.jobs, "threads": a.threads, "models": a.models,
                                 "OMP_NUM_THREADS": os.environ.get("OMP_NUM_THREADS", "1"), "cpus": os.cpu_count()}}
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        builds = []
        for n in sizes:
            print(f"building {n} articles: cold, unchanged, one added...", file=sys.stderr)
            builds.append(bench_size(n, Path(tmp), a))
        result["builds"] = builds
        print(f"\nFirst build, empty cache (--jobs {a.jobs}, {a.threads} torch thread(s); load excluded from the rates; "
              "build/parse = build time / parser time, same run)")
        print(_table(builds, BUILD_COLS))
        print("\nRebuilds (whole-process wall clock): the unchanged corpus, then with one article added")
        print(_table(builds, REBUILD_COLS))
        if len(builds) > 1:
            base = min(builds, key=lambda r: abs(r["size"] - 100))
            big = max(builds, key=lambda r: r["size"])
            if big is not base:
                print(f"peak memory {big['size']} vs {base['size']} articles: {big['peak_mb'] / base['peak_mb']:.2f}x")
        if par:
            print(f"\nparallel builds of {par} articles...", file=sys.stderr)
            result["parallel"] = bench_parallel(par, Path(tmp), a)
            print(f"\nParallel first builds of {par} articles (cold cache; wall s: the whole process; "
                  f"cpu s: the build's process, workers cpu s: its worker processes, model loads included; the "
                  f"rates leave out a model load made in the build's process: --jobs 1, and --jobs 2, whose "
                  f"workers are forked with its parser)")
            print(_table(result["parallel"], PAR_COLS))
    if not a.no_throughput:
        print("\nmeasuring the parser alone...", file=sys.stderr)
        result["parser"] = _in_subprocess(["--throughput-only", "--models", a.models])[0]
        print("\nParser alone (200 sentences of the project's articles, one per paragraph)")
        print(_table(result["parser"], [("threads", "threads", "d"), ("load s", "load_s", ".1f"),
                                        ("sent/s", "sentences_per_s", ".1f"), ("tokens/s", "tokens_per_s", ".0f")]))
    if a.json:
        Path(a.json).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
