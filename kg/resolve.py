"""Merge mentions into entities (stub until the extractor lands)."""
from __future__ import annotations

from dataclasses import replace

from kg.model import Document
from kg.pipeline import stage

__all__ = ["resolve"]


@stage("resolve", requires={"sentences", "mentions"}, provides={"entities"})
def resolve(doc: Document) -> Document:
    return replace(doc, entities=())
