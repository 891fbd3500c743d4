"""``kg build``: inputs -> graph files. (Owned by the robustness/IO work.)"""
from __future__ import annotations

COMMANDS: tuple = ()
