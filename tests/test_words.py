"""kg.lang.words: the person-noun table and the lists derived from it."""
from __future__ import annotations

from kg.lang import words


def test_person_noun_table_gives_each_list():
    assert {"wakil", "pengamat", "caleg", "kongres"} <= words.NOT_NAME_NOUNS
    assert {"artis", "istri", "pengamat"} <= words.OCCUPATION_NOUNS
    assert {"warga", "pedagang", "penyandang"} <= words.PERSON_NOUNS
    assert {"caleg", "calon", "cabup", "bakal"} <= words.CANDIDACIES


def test_person_noun_jobs_keep_lists_apart():
    # "Menteri Tedjo": never a name word, but no occupation written in lower case before a name
    assert "menteri" in words.NOT_NAME_NOUNS and "menteri" not in words.OCCUPATION_NOUNS
    # "calon" opens a candidacy but may be a name word nowhere else than after a name ("Calon" stays out)
    assert "calon" in words.CANDIDACIES and "calon" not in words.NOT_NAME_NOUNS
    # meetings are no persons, only no name
    assert "kongres" not in words.PERSON_NOUNS | words.OCCUPATION_NOUNS | words.CANDIDACIES


def test_person_noun_table_has_one_entry_per_word_and_known_jobs():
    jobs = {j for js in words._PERSON_NOUN_JOBS.values() for j in js}
    assert jobs <= {words._NOT_NAME, words._BEFORE, words._AFTER, words._CANDIDACY, words._ONE, words._NAMED}
    assert all(w == w.lower() and " " not in w for w in words._PERSON_NOUN_JOBS)


def test_one_name_nouns_leave_out_residents_and_institution_nouns():
    # "warga Sleman" (a place), "guru SD", "relawan Projo" (a body): no one-word name after these
    assert "petugas" in words.ONE_NAME_NOUNS and "pedagang" in words.ONE_NAME_NOUNS
    assert not {"warga", "penduduk", "guru", "relawan"} & words.ONE_NAME_NOUNS
    assert {"korban", "utusan", "warga"} <= words.NAMED_NOUNS
