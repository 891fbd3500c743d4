"""The one module that imports Stanza (lazily, inside functions).

Everything downstream sees :class:`kg.model.Sentence` / :class:`kg.model.Word`.

Model choices (``--models`` on every command that parses):

* ``bundled`` (default): the compact models the project trains and ships in
  ``kg/models/id/`` (see ``kg/models/id/MODEL_CARD.md``). Works offline.
* ``official``: Stanza's own Indonesian models, installed once with
  ``kg models download`` (needs internet). Stanza has no Indonesian NER, so
  the bundled NER model is used with them.
* a directory path holding the same files as ``kg/models/id/``.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from kg.errors import ModelNotAvailableError
from kg.lang.text import pieces
from kg.model import Sentence, Word
from kg.paths import PACKAGE_DIR

__all__ = ["BUNDLED_DIR", "MODEL_FILES", "Parser", "load_parser", "model_version", "official_dir", "resolve_model_dir"]

BUNDLED_DIR = PACKAGE_DIR / "models" / "id"
MODEL_FILES = {"tokenize": "tokenize.pt", "mwt": "mwt.pt", "pos": "pos.pt", "lemma": "lemma.pt",
               "depparse": "depparse.pt", "ner": "ner.pt"}
PROCESSORS = "tokenize,mwt,pos,lemma,depparse,ner"
# Batch sizes measured on 753 sentences of news, samples and test articles (1 thread, CPU time):
# the lemmatiser's seq2seq decodes the unknown words 50 at a time by default (38 batches, 531
# decoder steps): 1000 words per batch cuts lemma time by a third; tokenising 128 paragraphs at a
# time instead of 32 is a little faster. Both give the same CoNLL-U byte for byte.
SPEED_SETTINGS = {"lemma_store_results": True, "lemma_batch_size": 1000, "tokenize_batch_size": 128}
#: The processors whose models can run int8 (``quantize=`` of :func:`load_parser`). An entry is a
#: processor's name (its LSTMs and linear layers quantized), or ``name:lstm`` / ``name:linear`` for
#: one kind only.
QUANTIZABLE = ("tokenize", "mwt", "pos", "lemma", "depparse", "ner")
#: What a build quantizes: nothing, by measurement (docs/scale.md, "Fifth pass"). Only the dependency
#: parser's int8 LSTMs and linear layers kept every CSUI test score (LAS 76.67 -> 76.73, depparse
#: ~0.65x CPU, ~2% of the news CoNLL-U lines changed), but its parses lose commitments the rules find
#: on the float parses (STUDY half 0.958 -> 0.952, an e2e test article); every other processor lowered
#: a score or gained nothing: the tagger (Lemmas, AllTags), the lemmatiser (Lemmas/BLEX by 0.01-0.03),
#: NER (F1 85.79 -> 85.73, LSTMs or linear layers alone too), the tokenizer (a sentence split
#: differently) and MWT (same output, no faster). ``("depparse",)`` is the candidate.
QUANTIZE_DEFAULT: tuple[str, ...] = ()



def official_dir() -> Path:
    """Where ``stanza.download`` puts models (``$STANZA_RESOURCES_DIR`` wins)."""
    env = os.environ.get("STANZA_RESOURCES_DIR")
    if env:
        return Path(env)
    import stanza  # noqa: PLC0415 - only for the version string
    return Path.home() / ".cache" / "stanza" / stanza.__version__ / "resources"


def resolve_model_dir(models: str | os.PathLike | None) -> Path:
    """Map ``bundled`` / a path to a directory of model files, checking each file."""
    if models in (None, "bundled"):
        d = BUNDLED_DIR
    else:
        d = Path(models)
    if not d.is_dir():
        raise ModelNotAvailableError(
            f"model directory {d} does not exist. Use --models bundled (the shipped models), "
            f"--models official after 'kg models download', or train your own with 'kg models train'.")
    for name in MODEL_FILES.values():
        f = d / name
        if not f.is_file() or f.stat().st_size < 1024:
            raise ModelNotAvailableError(
                f"model file {f} is missing or truncated. Reinstall pemilu-kg (git checkout -- kg/models) "
                f"or retrain with 'kg models train --out {d}'.")
    return d


def model_version(models: str | os.PathLike | None = None, quantize: Iterable[str] | None = None) -> str:
    """A short hash of the model files, and of what is quantized (``quantize``, default
    :data:`QUANTIZE_DEFAULT`; int8 models parse a little differently): part of every parse-cache key.

    Hashed once per process and set of files: a build asks for it several times (output
    key, parse cache, parser), and the 21 MB of models are read again only when a file's
    size, modification time or inode changes."""
    if models == "official":
        return _with_quantize("official", quantize)
    d = resolve_model_dir(models)
    names = sorted(MODEL_FILES.values())
    stamp = (str(d.resolve()), *((st.st_size, st.st_mtime_ns, st.st_ino) for st in ((d / n).stat() for n in names)))
    version = _VERSIONS.get(stamp)
    if version is None:
        h = hashlib.sha256()
        for name in names:
            h.update(name.encode())
            h.update((d / name).read_bytes())
        version = _VERSIONS[stamp] = h.hexdigest()[:16]
    return _with_quantize(version, quantize)


def _with_quantize(version: str, quantize: Iterable[str] | None) -> str:
    spec = quantize_spec(quantize)
    return f"{version}+int8:{','.join(spec)}" if spec else version


_VERSIONS: dict[tuple, str] = {}   # model_version's memo: (folder, file stamps) -> version


@dataclass
class Parser:
    """A loaded Stanza pipeline. Build it once per process with :func:`load_parser`."""
    nlp: object
    version: str
    batch_size: int = 64
    chunk_chars: int = 200_000      # most characters per Stanza call

    def parse(self, text: str) -> tuple[Sentence, ...]:
        return self.parse_many([text])[0]

    def parse_many(self, texts: Sequence[str]) -> list[tuple[Sentence, ...]]:
        """Parse several documents in batched Stanza calls (one paragraph per line).

        Paragraphs longer than :data:`kg.lang.text.MAX_PIECE` are parsed in pieces
        (:func:`kg.lang.text.pieces`), and Stanza is given at most ``chunk_chars``
        characters per call, its results converted before the next call: time and memory
        grow linearly with the text, whatever its shape.
        """
        paras = [pieces(t) for t in texts]
        flat = [(i, n, base, p) for i, ps in enumerate(paras) for n, base, p in ps]
        sents: list[list[Sentence]] = [[] for _ in texts]
        start = 0
        while start < len(flat):
            end, size = start, 0
            while end < len(flat) and (end == start or size + len(flat[end][3]) <= self.chunk_chars):
                size += len(flat[end][3])
                end += 1
            self._parse_chunk(flat[start:end], sents)
            start = end
        return [tuple(s) for s in sents]

    def _parse_chunk(self, chunk, sents: list[list[Sentence]]) -> None:
        import stanza  # noqa: PLC0415
        import torch  # noqa: PLC0415

        with torch.inference_mode():   # no autograd bookkeeping at all (Stanza's own no_grad still records versions)
            done = self.nlp.bulk_process([stanza.Document([], text=p) for *_, p in chunk])
        for (i, n, base, _), sdoc in zip(chunk, done):
            sents[i].extend(_convert(sdoc, base, n, len(sents[i])))


def _convert(sdoc, base: int, paragraph: int, n_before: int) -> Iterable[Sentence]:
    for i, s in enumerate(sdoc.sentences, start=n_before + 1):
        words = []
        for tok in s.tokens:
            ner = getattr(tok, "ner", None) or "O"
            for w in tok.words:
                words.append(Word(
                    id=w.id, text=w.text, lemma=w.lemma or "_", upos=w.upos or "_", xpos=w.xpos or "_",
                    feats=w.feats or "_", head=w.head or 0, deprel=w.deprel or "_", ner=ner,
                    start_char=base + tok.start_char, end_char=base + tok.end_char))
        start, end = base + s.tokens[0].start_char, base + s.tokens[-1].end_char
        yield Sentence(sent_id=f"s{i}", text=s.text, words=tuple(words), start_char=start,
                       end_char=end, paragraph=paragraph)


def _quantize_spec(entry: str) -> tuple[str, str]:
    name, _, kind = entry.partition(":")
    if name not in QUANTIZABLE or kind not in ("", "lstm", "linear"):
        raise ValueError(f"cannot quantize {entry!r}: a processor ({', '.join(QUANTIZABLE)}), "
                         f"optionally with ':lstm' or ':linear'")
    return name, kind


def quantize_spec(quantize: Iterable[str] | None) -> tuple[str, ...]:
    """The quantization entries in a canonical order (``None``: :data:`QUANTIZE_DEFAULT`)."""
    entries = QUANTIZE_DEFAULT if quantize is None else tuple(quantize)
    for e in entries:
        _quantize_spec(e)
    return tuple(sorted(set(entries)))


def quantize_processors(nlp, quantize: Iterable[str] | None) -> list[str]:
    """Replace, in place, the ``nn.LSTM``, ``nn.LSTMCell`` and ``nn.Linear`` modules of the named
    processors' models by int8 dynamically quantized ones (``torch.ao.quantization.quantize_dynamic``:
    weights stored as int8, activations quantized per call). Stanza's own wrappers (``PackedLSTM``,
    ``HighwayLSTM``, the seq2seq ``LSTMAttention``) hold plain ``nn.LSTM`` / ``nn.LSTMCell`` modules,
    which are what get replaced; other parameters (embeddings, the biaffine scorers' bilinear
    weights) stay float. ``quantize``: entries as in :data:`QUANTIZABLE` (``None``: the default).
    Returns the processors quantized (those of the entries that this pipeline has)."""
    import torch  # noqa: PLC0415

    kinds = {"": {torch.nn.LSTM, torch.nn.LSTMCell, torch.nn.Linear}, "lstm": {torch.nn.LSTM, torch.nn.LSTMCell},
             "linear": {torch.nn.Linear}}
    done = []
    for entry in quantize_spec(quantize):
        name, kind = _quantize_spec(entry)
        model = getattr(getattr(nlp.processors.get(name), "trainer", None), "model", None)
        if model is None:
            continue
        torch.ao.quantization.quantize_dynamic(model, kinds[kind], dtype=torch.qint8, inplace=True)
        done.append(name)
    return done


def load_parser(models: str | os.PathLike | None = "bundled", *, threads: int = 1,
                quantize: Iterable[str] | None = None) -> Parser:
    """Load the Stanza pipeline once; never downloads anything.

    ``lemma_store_results``: the lemmatiser adds each (word, UPOS) -> lemma its seq2seq model
    predicts to its dictionary, so a word form seen before in this process is looked up
    instead of decoded again (news repeats its vocabulary). The dictionary gives back what
    the model predicted for the same (word, UPOS), so the lemmas are the same.
    :func:`kg.nlp.speed.install` swaps in exact, faster versions of Stanza's tree decoder,
    pairwise scorer and label read-out, its padded-tensor builder and the lemmatiser's
    greedy decoding."""
    import logging  # noqa: PLC0415

    import torch  # noqa: PLC0415
    import stanza  # noqa: PLC0415

    from kg.nlp import speed  # noqa: PLC0415

    speed.install()
    torch.set_num_threads(max(1, threads))
    logging.getLogger("stanza").setLevel(logging.WARNING)
    bundled = resolve_model_dir("bundled" if models == "official" else models)
    ner_path = str(bundled / MODEL_FILES["ner"])
    try:
        if models == "official":
            d = official_dir()
            if not (d / "resources.json").is_file() or not (d / "id").is_dir():
                raise ModelNotAvailableError(
                    f"official Stanza Indonesian models are not installed in {d}. Run 'kg models download' "
                    f"(needs internet) or use --models bundled.")
            nlp = stanza.Pipeline("id", dir=str(d), processors=PROCESSORS, download_method=None,
                                  ner_model_path=ner_path, ner_pretrain_path=None, logging_level="ERROR",
                                  **SPEED_SETTINGS)
            version = "official"
        else:
            p = {k: str(bundled / v) for k, v in MODEL_FILES.items()}
            resources = bundled / "resources.json"
            nlp = stanza.Pipeline(
                lang="id", processors=PROCESSORS, dir=str(bundled), download_method=None,
                resources_filepath=str(resources), allow_unknown_language=True, logging_level="ERROR",
                tokenize_model_path=p["tokenize"], mwt_model_path=p["mwt"], pos_model_path=p["pos"],
                lemma_model_path=p["lemma"], depparse_model_path=p["depparse"], ner_model_path=p["ner"],
                pos_pretrain_path=None, depparse_pretrain_path=None, ner_pretrain_path=None,
                tokenize_pretokenized=False, **SPEED_SETTINGS)
            version = model_version(bundled, ())
    except ModelNotAvailableError:
        raise
    except Exception as exc:  # a corrupt file surfaces as a torch/pickle error
        raise ModelNotAvailableError(
            f"could not load the Stanza models from {bundled}: {type(exc).__name__}: {exc}. "
            f"A model file may be corrupt: reinstall pemilu-kg or retrain with 'kg models train'.") from None
    quantize_processors(nlp, quantize)
    return Parser(nlp=nlp, version=_with_quantize(version, quantize))


# --- evaluation and installation helpers (they need stanza, so they live here) ---

def parse_to_ud_conllu(parser: Parser, text: str) -> str:
    """Parse raw text into Stanza's own CoNLL-U (with multi-word token lines), for
    scoring with the CoNLL 2018 evaluation script."""
    import io  # noqa: PLC0415

    from stanza.utils.conll import CoNLL  # noqa: PLC0415

    doc = parser.nlp(text)
    buf = io.StringIO()
    CoNLL.write_doc2conll(doc, buf)
    return buf.getvalue()


def ner_tags_pretokenized(models: str | os.PathLike | None, sentences: Sequence[Sequence[str]],
                          quantize: Iterable[str] | None = None) -> list[list[str]]:
    """Tag gold-tokenised sentences with the bundled NER model (BIOES tags); ``quantize`` as in
    :func:`load_parser` (only ``ner`` matters here)."""
    import logging  # noqa: PLC0415

    import stanza  # noqa: PLC0415

    logging.getLogger("stanza").setLevel(logging.WARNING)
    d = resolve_model_dir("bundled" if models == "official" else models)
    nlp = stanza.Pipeline(lang="id", processors="tokenize,ner", dir=str(d), download_method=None,
                          resources_filepath=str(d / "resources.json"), allow_unknown_language=True,
                          tokenize_pretokenized=True, ner_model_path=str(d / MODEL_FILES["ner"]),
                          ner_pretrain_path=None, logging_level="ERROR")
    quantize_processors(nlp, [e for e in quantize_spec(quantize) if e.partition(":")[0] == "ner"])
    doc = nlp([list(s) for s in sentences])
    return [[t.ner for t in s.tokens] for s in doc.sentences]


def entity_f1(gold: list[list[str]], pred: list[list[str]]) -> tuple[float, float, float]:
    """Entity-level precision, recall, F1 with Stanza's NER scorer (exact span and type)."""
    from stanza.models.ner.scorer import score_by_entity  # noqa: PLC0415
    from stanza.models.ner.utils import bio2_to_bioes, to_bio2  # noqa: PLC0415

    gold = [bio2_to_bioes(to_bio2(list(s))) for s in gold]
    p, r, f = score_by_entity(pred, gold, verbose=False)[:3]
    return p, r, f


def download_official(model_dir: Path | None = None) -> Path:
    """Fetch Stanza's official Indonesian models (needs internet)."""
    import stanza  # noqa: PLC0415

    d = model_dir or official_dir()
    try:
        stanza.download("id", model_dir=str(d), processors="tokenize,mwt,pos,lemma,depparse")
    except Exception as exc:  # requests.ConnectionError and friends, raised at once offline
        raise ModelNotAvailableError(
            f"could not download the official Stanza Indonesian models into {d}: {type(exc).__name__}. "
            f"This needs internet access; the bundled models (--models bundled) work offline.") from None
    return d
