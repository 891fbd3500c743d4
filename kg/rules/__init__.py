"""Relation-extraction rules, one file per rule (file name = rule name = function name), and the ``extract`` stage.

``ALL_RULES`` is explicit and ordered (no registration by import side effect):
entity-level rules (posts, memberships) first, then statement rules
(commitments, quotations, events, instruments, joint actions). The ``extract`` stage requires
the union of the layers its rules declare, so :class:`kg.stage.Pipeline`
refuses an order that would run a rule before the layers it reads.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Iterable

from kg.errors import UnknownRuleError
from kg.model import Document
from kg.rules import commitment, event, holds_office, instrument, joint_action, org_branch, quote
from kg.rules.registry import RULES, Rule, rule
from kg.stage import Stage

__all__ = ["ALL_RULES", "RULES", "Rule", "rule", "extract", "extract_stage", "select_rules"]

ALL_RULES: tuple[Rule, ...] = (
    holds_office.holds_office, org_branch.org_branch,                      # entity-level
    commitment.commitment, quote.quote, event.event, instrument.instrument,  # statements
    joint_action.joint_action,
)


def select_rules(names: Iterable[str] | None = None) -> tuple[Rule, ...]:
    """The rules named (in the order given), or all of them; an unknown name lists the available ones."""
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
    """The stage running ``rules`` (default: all); it requires every layer they declare."""
    names = None if rules is None else tuple(rules)
    chosen = select_rules(names)  # fails early on an unknown name
    requires = frozenset().union(*(r.requires for r in chosen)) if chosen else frozenset({"sentences"})
    return Stage("extract", requires, frozenset({"assertions"}), lambda d: extract(d, rules=names))
