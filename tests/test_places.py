"""Villages and districts next to names: a place the article names with a level word is not
part of a person's name, and a kecamatan-level body is placed in its kecamatan."""
from __future__ import annotations

from entity_helpers import doc_of
from kg.extract.mentions import find_mentions
from kg.extract.resolve import resolve
from kg.rules import extract


def _extracted(*sentences):
    return extract(resolve(find_mentions(doc_of(*sentences))), rules=["holds_office"])


def test_village_named_with_a_level_word_is_stripped_from_a_person_and_the_post_found():
    doc = _extracted("PPS Kelurahan Wonosari melatih|VERB petugas .",
                     "Ketua PPS Wonosari Budi Santoso mengatakan|VERB pelatihan dimulai|VERB .")
    names = [e.name for e in doc.entities if e.kind == "person"]
    assert names == ["Budi Santoso"]
    holds = [a for a in doc.assertions if a.kind == "holds"]
    assert [a.arg("title") for a in holds] == ["Ketua PPS"]


def test_a_name_is_left_whole_when_the_article_names_no_such_place():
    doc = _extracted("Ketua PPS Wonosari Budi Santoso mengatakan|VERB pelatihan dimulai|VERB .")
    assert [e.name for e in doc.entities if e.kind == "person"] == ["Wonosari Budi Santoso"]


def test_kecamatan_body_is_placed_in_its_kecamatan():
    doc = _extracted("Ketua Panwascam Ngaliyan , Siti Rohmah , mengatakan|VERB APK melanggar|VERB aturan .",
                     "Pilkada Kota Semarang berlangsung|VERB aman|ADJ .")
    orgs = {e.key for e in doc.entities if e.kind == "organization"}
    assert "org:panwascam-ngaliyan" in orgs
    assert [a.arg("region") for a in doc.assertions if a.kind == "holds"] == ["region:33.74.15"]
