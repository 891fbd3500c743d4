"""The ``quote`` rule: direct quotations with their speakers."""
from __future__ import annotations

from collections.abc import Iterator

from kg.extract.entity_index import EntityIndex
from kg.model import Assertion, Document, Provenance
from kg.rules.registry import rule
from kg.rules.support.syntax import TitleHolders, Timeline, sentence_at
from kg.rules.support.quotations import find_quotations, quoted_ranges

__all__ = ["quote"]


@rule("quote", requires=("sentences", "entities"))
def quote(doc: Document) -> Iterator[Assertion]:
    """Direct quotations (“…”) attributed to a speaker.

    Motivating sentence (seed 000): “Mari kita jaga netralitas ini, agar pekerjaan
    kita tidak terganggu. ...,” pungkasnya. -> speaker: the last person named
    before the quotation (``-nya``); ``tegas Budi`` names the speaker directly;
    ``Ia menambahkan ..., “...”`` attributes before the quotation. A quotation
    may run over paragraphs and skip inserted "Baca Juga:" lines. Real pages slip:
    a speaker named short of a letter (``tutup Ronal``), a description closed by a
    demonstrative (``tegas Politikus PDIP ini``), a missing opening or closing mark,
    or an opening mark typed as the closing one are read as the writer meant them.
    """
    index = EntityIndex.of(doc)
    timeline = Timeline.of(doc, index, quoted_ranges(doc.text))
    for q in find_quotations(doc.text, timeline, TitleHolders(doc, index)):
        sent = sentence_at(doc, q.start)
        speaker = q.speaker.key if q.speaker is not None else ""
        yield Assertion(
            kind="quote",
            args=(("speaker", speaker), ("text", q.text)),
            provenance=Provenance(
                doc_id=doc.doc_id, sent_id=sent.sent_id if sent else "", start_char=q.start,
                end_char=q.end, text=sent.text if sent else q.text, rule="quote",
                confidence=q.confidence))
