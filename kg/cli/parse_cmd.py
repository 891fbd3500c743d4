"""``kg parse``: raw text -> CoNLL-U or JSON (cached)."""
from __future__ import annotations

COMMANDS: tuple = ()
