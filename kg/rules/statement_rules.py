"""Statement rules (commitments, quotations, events, instruments), in run order."""
from __future__ import annotations

from kg.rules.commitment import commitments
from kg.rules.events import events
from kg.rules.instruments import instruments
from kg.rules.quotes import quotes

__all__ = ["STATEMENT_RULES"]

STATEMENT_RULES: tuple = (commitments, quotes, events, instruments)
