"""Frozen records that flow through the pipeline. No I/O, no third-party imports.

One :class:`Document` value flows through small stages and gains layers:
``sentences`` (parse) -> ``mentions`` -> ``entities`` (resolve) -> ``assertions``
(rules). A layer that is ``None`` has not been produced yet.

Assertion kinds and their roles (``Assertion.args``; entity references are
entity keys, everything else is a plain string, "" when unknown):

``holds``       person, title (base title, e.g. "Wali Kota", "Ketua Bawaslu"),
                qualifier ("Pj" | "Pjs" | "Plt" | "Plh" | ""), region (key),
                organization (key), date (ISO date the holding was observed), written (the
                title as the article writes it, with its body or region: "Kapolres MBD")
``commitment``  actor (key), topic (scheme notation), kind (pledge | instruction |
                appeal | target | action), polarity ("positive" | "negative"),
                modality ("harus", "jangan", "akan", ...), target ("86 persen"),
                addressees ("camat; lurah")
``quote``       speaker (key or ""), text (the quoted words)
``event``       kind (meeting | visit | election | hearing | socialisation | other),
                date (ISO), place (text), place_region (key), participants ("k1; k2"), label
``instrument``  identifier, kind ("Surat Edaran"), issuer (key or text), date (ISO), label
``member``      organization (key), parent (key): a regional branch or unit of a body
``acts_with``   organization (key), partner (key): bodies acting together
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

__all__ = ["Word", "Sentence", "Mention", "Entity", "Provenance", "Assertion", "Document",
           "ASSERTION_ROLES"]

ASSERTION_ROLES: dict[str, tuple[str, ...]] = {
    "holds": ("person", "title", "qualifier", "region", "organization", "date", "written"),
    "commitment": ("actor", "topic", "kind", "polarity", "modality", "target", "addressees"),
    "quote": ("speaker", "text"),
    "event": ("kind", "date", "place", "place_region", "participants", "label"),
    "instrument": ("identifier", "kind", "issuer", "date", "label"),
    "member": ("organization", "parent"),
    "acts_with": ("organization", "partner"),
}


@dataclass(frozen=True)
class Word:
    """One syntactic word, mirroring the CoNLL-U columns we use."""
    id: int                      # 1-based; head == 0 means root
    text: str
    lemma: str = "_"
    upos: str = "_"
    xpos: str = "_"
    feats: str = "_"
    head: int = 0
    deprel: str = "_"
    ner: str = "O"               # BIOES/BIO tag of the token the word belongs to
    start_char: int | None = None  # offsets into Document.text
    end_char: int | None = None


@dataclass(frozen=True)
class Sentence:
    sent_id: str
    text: str
    words: tuple[Word, ...]
    start_char: int | None = None
    end_char: int | None = None
    paragraph: int = 0

    def word(self, wid: int) -> Word:
        return self.words[wid - 1]

    def children(self, wid: int) -> tuple[Word, ...]:
        """The words whose head is ``wid``, in order. The rules ask ~30 times per sentence: the
        words are grouped by head at the first call and kept beside the fields (not one of them:
        equality, hashing and the JSON record are unchanged)."""
        kids = self.__dict__.get("_children")
        if kids is None:
            grouped: dict[int, list[Word]] = {}
            for w in self.words:
                grouped.setdefault(w.head, []).append(w)
            kids = {head: tuple(ws) for head, ws in grouped.items()}
            object.__setattr__(self, "_children", kids)
        return kids.get(wid, ())


@dataclass(frozen=True)
class Mention:
    """A span of words that names something."""
    sent_id: str
    word_ids: tuple[int, ...]
    text: str
    kind: str                    # person | organization | region | title | other
    start_char: int | None = None
    end_char: int | None = None


@dataclass(frozen=True)
class Entity:
    """A thing named in a document, after alias merging."""
    key: str                     # stable across documents, e.g. "person:budi-utama"
    kind: str                    # person | organization | region
    name: str                    # fullest form, honorifics stripped
    aliases: tuple[str, ...] = ()
    attrs: tuple[tuple[str, str], ...] = ()   # ("code", "19.71"), ("level", "kota"), ("full", ...)
    mentions: tuple[Mention, ...] = ()
    why: str = ""                # how the mentions were merged (explainable resolution)

    def attr(self, name: str, default: str = "") -> str:
        return next((v for k, v in self.attrs if k == name), default)


@dataclass(frozen=True)
class Provenance:
    doc_id: str
    sent_id: str
    start_char: int              # evidence span in Document.text
    end_char: int
    text: str                    # the sentence (or passage) the fact came from
    rule: str                    # registry name of the rule that fired
    confidence: float = 1.0


@dataclass(frozen=True)
class Assertion:
    kind: str                    # a key of ASSERTION_ROLES
    args: tuple[tuple[str, str], ...]
    provenance: Provenance

    def arg(self, role: str, default: str = "") -> str:
        return next((v for k, v in self.args if k == role), default)


@dataclass(frozen=True)
class Document:
    doc_id: str                  # the input file name (dcterms:identifier)
    text: str
    meta: Mapping[str, str] = field(default_factory=dict)   # title, url, date, publisher, source
    sentences: tuple[Sentence, ...] | None = None
    mentions: tuple[Mention, ...] | None = None
    entities: tuple[Entity, ...] | None = None
    assertions: tuple[Assertion, ...] | None = None

    def layers(self) -> frozenset[str]:
        return frozenset(n for n in ("sentences", "mentions", "entities", "assertions")
                         if getattr(self, n) is not None)
