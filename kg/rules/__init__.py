"""Relation-extraction rules and the ``extract`` stage that runs them.

``ALL_RULES`` is explicit and ordered (no registration by import side effect):
entity-level rules (posts, memberships) first, then statement rules
(commitments, quotations, events, instruments).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Iterable

from kg.errors import UnknownRuleError
from kg.model import Document
from kg.pipeline import Stage
from kg.rules.base import RULES, Rule, rule
from kg.rules.entity_rules import ENTITY_RULES
from kg.rules.statement_rules import STATEMENT_RULES

__all__ = ["ALL_RULES", "RULES", "Rule", "rule", "extract", "extract_stage", "select_rules"]

ALL_RULES: tuple[Rule, ...] = (*ENTITY_RULES, *STATEMENT_RULES)


def select_rules(names: Iterable[str] | None = None) -> tuple[Rule, ...]:
    if names is None:
        return ALL_RULES
    chosen = []
    for n in names:
        if n not in RULES:
            raise UnknownRuleError(f"Unknown rule {n!r}. Available rules: {', '.join(sorted(RULES))}")
        chosen.append(RULES[n])
    return tuple(chosen)


def extract(doc: Document, *, rules: Iterable[str] | None = None) -> Document:
    """Run the selected rules and add the ``assertions`` layer."""
    out = []
    for r in select_rules(rules):
        out.extend(r.fn(doc))
    return replace(doc, assertions=tuple(out))


def extract_stage(rules: Iterable[str] | None = None) -> Stage:
    names = None if rules is None else tuple(rules)
    select_rules(names)  # fail early on an unknown name
    return Stage("extract", frozenset({"sentences", "entities"}), frozenset({"assertions"}),
                 lambda d: extract(d, rules=names))
