"""Commands over a built graph: query, validate, draw, serve, stats, export."""
from __future__ import annotations

COMMANDS: tuple = ()
