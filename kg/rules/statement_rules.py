"""Statement rules (commitments, quotations, events, instruments)."""
from __future__ import annotations

STATEMENT_RULES: tuple = ()
