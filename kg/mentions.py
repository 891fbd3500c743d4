"""Find name mentions in parsed sentences (stub until the extractor lands)."""
from __future__ import annotations

from dataclasses import replace

from kg.model import Document
from kg.pipeline import stage

__all__ = ["find_mentions"]


@stage("mentions", requires={"sentences"}, provides={"mentions"})
def find_mentions(doc: Document) -> Document:
    return replace(doc, mentions=())
