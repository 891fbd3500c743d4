"""Where the project's data files live (ontology, queries, lexicons, models)."""
from __future__ import annotations

from pathlib import Path

__all__ = ["PACKAGE_DIR", "DATA_DIR", "ontology_dir", "queries_dir"]

PACKAGE_DIR = Path(__file__).parent
DATA_DIR = PACKAGE_DIR / "data"


def ontology_dir() -> Path:
    """``ontology/`` beside the package (the repository layout; installs are editable)."""
    return PACKAGE_DIR.parent / "ontology"


def queries_dir() -> Path:
    return ontology_dir() / "queries"
