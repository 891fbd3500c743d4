"""Where the project's data files live (ontology, queries, lexicons, models).

``ontology/`` sits at the repository root (beside ``kg/``). An editable install
(``make install``) finds it there; a regular install carries it as data files
under ``<prefix>/share/pemilu-kg/ontology`` (setup.cfg ``data_files``);
``$KG_ONTOLOGY_DIR`` overrides both.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

__all__ = ["PACKAGE_DIR", "DATA_DIR", "ontology_dir", "queries_dir"]

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"


def ontology_dir() -> Path:
    env = os.environ.get("KG_ONTOLOGY_DIR")
    if env:
        return Path(env)
    for cand in (PACKAGE_DIR.parent / "ontology", Path(sys.prefix) / "share" / "pemilu-kg" / "ontology"):
        if (cand / "kg.ttl").is_file():
            return cand
    return PACKAGE_DIR.parent / "ontology"


def queries_dir() -> Path:
    return ontology_dir() / "queries"
