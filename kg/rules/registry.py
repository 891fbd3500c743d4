"""The rule registry: small, named rules that yield assertions.

A rule is ``fn(doc) -> Iterator[Assertion]`` over a document that has at
least the layers in ``requires``. Its docstring's first line is its summary
(``kg rules`` prints it) and the docstring quotes the sentence that
motivated it.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from kg.model import Assertion, Document

__all__ = ["Rule", "RULES", "rule"]

RuleFn = Callable[[Document], Iterator[Assertion]]


@dataclass(frozen=True)
class Rule:
    name: str
    fn: RuleFn
    requires: frozenset[str]

    @property
    def summary(self) -> str:
        return (self.fn.__doc__ or "").strip().splitlines()[0] if self.fn.__doc__ else ""


RULES: dict[str, Rule] = {}


def rule(name: str, *, requires: Iterable[str] = ("sentences", "entities")):
    """Register ``fn`` under ``name``; a duplicate name, a non-callable or a docstring without
    its motivating sentence fails at import."""
    def wrap(fn: RuleFn) -> Rule:
        if name in RULES:
            raise ValueError(f"rule {name!r} is registered twice")
        if not callable(fn):
            raise TypeError(f"rule {name!r} must be callable, got {type(fn).__name__}")
        if "Motivating sentence" not in (fn.__doc__ or ""):
            raise ValueError(f"rule {name!r} needs a docstring quoting its motivating sentence "
                             f"(a paragraph starting 'Motivating sentence')")
        r = Rule(name, fn, frozenset(requires))
        RULES[name] = r
        return r
    return wrap
