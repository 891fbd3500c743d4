"""Fakes for the build tests: a parser, pipeline, corpus index, graph builder and exporters
that need no models, so input handling, caching, parallelism and output safety are tested alone.

Everything here is module-level so it pickles into worker processes.
"""
from __future__ import annotations

import re
from dataclasses import replace

from kg.build import Engine as _Engine  # the real class, even when a test patches kg.build.Engine
from kg.model import Assertion, Document, Entity, Provenance, Sentence, Word

PARSE_CALLS: list[int] = []     # number of texts per parse_many call, in this process


class FakeParser:
    """One sentence per line; words split on spaces; capitalised words are PROPN/S-PER."""
    version = "fake-1"

    def __init__(self, models="bundled", threads=1):
        self.models = models

    def parse_many(self, texts):
        PARSE_CALLS.append(len(texts))
        return [self._parse(t) for t in texts]

    def _parse(self, text):
        if "PARSER-CRASH" in text:
            raise RuntimeError("fake parser crash")
        sents = []
        for pi, m in enumerate(re.finditer(r"[^\n]+", text), start=1):
            words = []
            for wi, w in enumerate(re.finditer(r"\S+", m.group()), start=1):
                cap = w.group()[:1].isupper()
                words.append(Word(id=wi, text=w.group(), lemma=w.group().lower(), upos="PROPN" if cap else "NOUN",
                                  head=0 if wi == 1 else 1, deprel="root" if wi == 1 else "dep",
                                  ner="S-PER" if cap else "O", start_char=m.start() + w.start(),
                                  end_char=m.start() + w.end()))
            if words:
                sents.append(Sentence(sent_id=f"s{len(sents) + 1}", text=m.group(), words=tuple(words),
                                      start_char=m.start(), end_char=m.end(), paragraph=pi))
        return tuple(sents)


def fake_factory(models, threads=1):
    return FakeParser(models, threads)


def fake_pipeline(doc: Document) -> Document:
    """Capitalised words are people; a sentence with 'akan' is a commitment of its first person."""
    ents, asserts = {}, []
    for s in doc.sentences:
        people = [w.text.strip(".,") for w in s.words if w.upos == "PROPN"]
        for p in people:
            ents.setdefault(p, Entity(key=f"person:{p.lower()}", kind="person", name=p))
        if people and any(w.lemma == "akan" for w in s.words):
            prov = Provenance(doc.doc_id, s.sent_id, s.start_char, s.end_char, s.text, "fake")
            asserts.append(Assertion("commitment", (("actor", f"person:{people[0].lower()}"),
                                                    ("topic", "voter-participation")), prov))
    return replace(doc, mentions=(), entities=tuple(ents.values()), assertions=tuple(asserts))


class FakeCorpus:
    def __init__(self):
        self.order = []

    def add(self, doc):
        self.order.append(doc.doc_id)
        return doc

    def renames(self):
        return {}


class FakeBuilder:
    """An rdflib graph: documents, people and commitments."""

    def __init__(self, min_confidence=0.0):
        import rdflib

        self.g = rdflib.Graph()
        self.g.bind("ex", "http://example.org/")

    def add(self, doc):
        import rdflib

        ex = rdflib.Namespace("http://example.org/")
        d = ex[f"doc/{doc.doc_id}"]
        self.g.add((d, rdflib.RDF.type, ex.Article))
        for e in doc.entities:
            self.g.add((d, ex.mentions, ex[e.key.replace(":", "/")]))
            self.g.add((ex[e.key.replace(":", "/")], rdflib.RDFS.label, rdflib.Literal(e.name)))
        for a in doc.assertions:
            self.g.add((ex[a.arg("actor").replace(":", "/")], ex.commits, rdflib.Literal(a.arg("topic"))))

    def finish(self, renames):
        return self.g


def _turtle(graph, fh):
    graph.serialize(destination=fh, format="longturtle", canon=True)


def _ntriples(graph, fh):
    graph.serialize(destination=fh, format="nt", encoding="utf-8")


EXPORTERS = {"turtle": (".ttl", _turtle), "ntriples": (".nt", _ntriples)}


def engine(**kw):
    """A build Engine made of fakes (fresh corpus and builder each call)."""
    args = dict(parser_factory=fake_factory, model_version="fake-1", pipeline=fake_pipeline,
                corpus=FakeCorpus(), builder=FakeBuilder(), exporters=EXPORTERS)
    args.update(kw)
    return _Engine(**args)


ARTICLE = ("Ketua KPU Budi Utama mengatakan bahwa pemilu akan digelar dengan aman.\n"
           "Menurut dia, seluruh petugas di tingkat kecamatan dan kelurahan sudah siap "
           "untuk bekerja pada hari pemungutan suara yang akan datang.\n")


def article(i: int) -> str:
    """A distinct Indonesian-looking article."""
    return ARTICLE.replace("Budi Utama", f"Budi Nomor{i}")


class SlowParser(FakeParser):
    """Writes ``<marker>.<n>`` after each batch and sleeps from the second batch on: a run to kill midway."""

    def __init__(self, models="bundled", threads=1):
        super().__init__(models, threads)
        self.calls = 0

    def parse_many(self, texts):
        import os
        import time

        out = super().parse_many(texts)
        self.calls += 1
        marker = os.environ["KG_TEST_MARKER"]
        open(f"{marker}.{self.calls}", "w").close()
        if self.calls >= 2:
            time.sleep(60)
        return out


def slow_factory(models, threads=1):
    return SlowParser(models, threads)


class KillingParser(FakeParser):
    """Dies like an OOM kill (SIGKILL of its own process) on a text holding WORKER-KILL."""

    def parse_many(self, texts):
        import os
        import signal

        if any("WORKER-KILL" in t for t in texts):
            os.kill(os.getpid(), signal.SIGKILL)
        return super().parse_many(texts)


def killing_factory(models, threads=1):
    return KillingParser(models, threads)


class PidParser(SlowParser):
    """A SlowParser whose marker files hold the worker's pid."""

    def parse_many(self, texts):
        import os

        marker = os.environ["KG_TEST_MARKER"]
        with open(f"{marker}.pid.{os.getpid()}", "w") as fh:
            fh.write(str(os.getpid()))
        return super().parse_many(texts)


def pid_factory(models, threads=1):
    return PidParser(models, threads)


LOADS: list[int] = []     # the pid of each counting_factory call made in this process


def counting_factory(models, threads=1):
    """A FakeParser whose loads are counted in the process that made them."""
    import os

    LOADS.append(os.getpid())
    return FakeParser(models, threads)
