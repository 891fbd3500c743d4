"""``member``: a regional branch or unit and the body it belongs to.

The parent comes from the organisation lexicon: a branch of a national body
("Bawaslu Kota Pangkalpinang" -> Bawaslu), a regional unit of its government
("Bakesbangpol Kota Pekalongan" -> Pemkot Pekalongan), a command of a force
("Polres Pekalongan Kota" -> Polri). Resolution stores it as the entity attr
``parent``; this rule states it with the first mention as evidence.
"""
from __future__ import annotations

from collections.abc import Iterator

from kg.model import Assertion, Document, Provenance
from kg.rules.registry import rule

__all__ = ["org_branch"]


@rule("org_branch", requires=("sentences", "entities"))
def org_branch(doc: Document) -> Iterator[Assertion]:
    """A regional branch of a body is a member of that body.

    Motivating sentence: "Ketua Bawaslu Kota Pangkalpinang, Imam Ghazali, mengungkapkan ..."
    -> member(Bawaslu Kota Pangkalpinang, Bawaslu).
    """
    sents = {s.sent_id: s for s in doc.sentences or ()}
    for e in doc.entities or ():
        parent = e.attr("parent")
        if e.kind != "organization" or not parent or not e.mentions:
            continue
        m = e.mentions[0]
        sent = sents.get(m.sent_id)
        # the region is written in the name ("Bawaslu Kota X") or only inferred from the article
        placed = e.attr("region_from") == "article" and len(e.mentions) == 1
        yield Assertion("member", (("organization", e.key), ("parent", parent)), Provenance(
            doc.doc_id, m.sent_id, m.start_char or 0, m.end_char or 0,
            sent.text if sent else m.text, "org_branch", 0.7 if placed else 1.0))
