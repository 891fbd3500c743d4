"""Entity-level rules (posts held, organisation branches), in the order they run."""
from __future__ import annotations

from kg.rules.holds_office import holds_office
from kg.rules.org_branch import org_branch

__all__ = ["ENTITY_RULES"]

ENTITY_RULES: tuple = (holds_office, org_branch)
