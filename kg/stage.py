"""The stage contract: a stage is a pure function ``Document -> Document`` that
declares the layers it requires and provides; :class:`Pipeline` checks the order
when it is built. Stages import this module; the assembler
(:mod:`kg.pipeline`) imports the stages, so the direction is
assembler -> stages -> contract.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable

from kg.errors import PipelineError
from kg.model import Document

__all__ = ["Stage", "Pipeline", "stage"]


@dataclass(frozen=True)
class Stage:
    name: str
    requires: frozenset[str]
    provides: frozenset[str]
    fn: Callable[[Document], Document]

    def __call__(self, doc: Document) -> Document:
        return self.fn(doc)


def stage(name: str, *, requires: Iterable[str], provides: Iterable[str]):
    """Decorator turning ``fn(doc) -> doc`` into a :class:`Stage`."""
    def wrap(fn: Callable[[Document], Document]) -> Stage:
        return Stage(name, frozenset(requires), frozenset(provides), fn)
    return wrap


class Pipeline:
    """Run stages in order; refuse an order whose requirements are not met."""

    def __init__(self, stages: Iterable[Stage], *, initial: Iterable[str] = ("sentences",)):
        self.stages = tuple(stages)
        have = set(initial)
        for i, st in enumerate(self.stages):
            missing = st.requires - have
            if missing:
                providers = [s.name for s in self.stages[i + 1:] if s.provides & missing]
                hint = f" Add {providers[0]!r} before {st.name!r}." if providers else ""
                raise PipelineError(
                    f"Stage {st.name!r} requires layers {sorted(st.requires)}; provided so far: "
                    f"{sorted(have)}; missing: {sorted(missing)}.{hint}")
            have |= st.provides

    def __call__(self, doc: Document) -> Document:
        for st in self.stages:
            doc = st(doc)
        return doc
