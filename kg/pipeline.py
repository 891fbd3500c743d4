"""The default per-document order of stages, for parsed documents.

Parsing is not a stage here: it is batched and cached by :mod:`kg.nlp.batch`,
which hands documents that already carry ``sentences`` to :func:`default_pipeline`.
"""
from __future__ import annotations

from typing import Iterable

from kg.extract.mentions import find_mentions
from kg.extract.meta import article_meta
from kg.extract.resolve import resolve
from kg.rules import extract_stage
from kg.stage import Pipeline

__all__ = ["default_pipeline"]


def default_pipeline(rules: Iterable[str] | None = None) -> Pipeline:
    """article_meta -> mentions -> resolve -> extract (the rules), for parsed documents.

    Article metadata (publisher, date from the dateline) comes first: posts take the
    article date as the date the holding was observed, and events resolve relative dates
    ("Jumat lalu") against it.
    """
    return Pipeline([article_meta, find_mentions, resolve, extract_stage(rules)])
