"""org_branch: a regional branch or unit is a member of its parent body."""
from __future__ import annotations

import pytest
from entity_helpers import resolved

from kg.rules import extract


def _members(doc):
    return sorted((a.arg("organization"), a.arg("parent"), a.provenance.confidence)
                  for a in extract(doc, rules=["org_branch"]).assertions)


@pytest.mark.parametrize("sent, expected", [
    ("Ketua Bawaslu Kota Pangkalpinang hadir .", [("org:bawaslu-kota-pangkal-pinang", "org:bawaslu", 1.0)]),
    ("Polres Pekalongan Kota siaga .", [("org:polres-kota-pekalongan", "org:polri", 1.0)]),
    ("Pemkot Pekalongan dan Bakesbangpol Kota Pekalongan hadir .",
     [("org:bakesbangpol-kota-pekalongan", "org:pemkot-pekalongan", 1.0)]),
])
def test_org_branch_member(sent, expected):
    assert _members(resolved(sent)) == expected


@pytest.mark.parametrize("sent", [
    "TNI dan Polri menjaga keamanan .",        # national bodies
    "Pemkot Pekalongan meningkatkan kewaspadaan .",  # a government is not a branch
    "Desk Pilkada wajib melapor .",            # a named team has no parent body
])
def test_org_branch_none(sent):
    assert _members(resolved(sent)) == []


def test_org_branch_inferred_region_is_less_certain():
    doc = resolved("Warga Kota Pangkalpinang datang .", "Kejari bekerja keras .")
    assert _members(doc) == [("org:kejari-kota-pangkal-pinang", "org:kejaksaan", 0.7)]
