"""``kg models``: train, evaluate, download."""
from __future__ import annotations

COMMANDS: tuple = ()
