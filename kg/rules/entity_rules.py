"""Entity-level rules (posts held, organisation branches). Filled in by the extractor work."""
from __future__ import annotations

ENTITY_RULES: tuple = ()
