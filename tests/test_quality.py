"""kg.quality: the measured part is the even-numbered articles; the table shows every field."""
from __future__ import annotations

from kg.quality import FIELDS, main, news_articles, table


def test_quality_measure_part_is_the_even_numbered_articles(tmp_path):
    for name in ("a01_x.txt", "a02_y.txt", "b14_z.txt", "b15_w.txt", "README.md"):
        (tmp_path / name).write_text("x")
    assert [p.name for p in news_articles(tmp_path, "measure")] == ["a02_y.txt", "b14_z.txt"]
    assert [p.name for p in news_articles(tmp_path, "study")] == ["a01_x.txt", "b15_w.txt"]
    assert len(news_articles(tmp_path, "all")) == 4


def test_quality_table_has_a_row_per_field_and_the_overall_score():
    scores = {"overall_f1": 0.5, "fields": {f: {"precision": 1.0, "recall": 0.25, "f1": 0.4} for f in FIELDS}}
    text = table({"news": scores, "samples": {"overall_f1": 1.0, "fields": {}}})
    assert text.count("1.00 / 0.25 / **0.40**") == len(FIELDS)
    assert "| **overall F1** | **0.50** | **1.00** |" in text and "– / – / –" in text


def test_quality_says_what_it_needs_when_shared_is_missing(tmp_path, capsys):
    assert main(["--shared", str(tmp_path / "nowhere")]) == 2
    assert "needs" in capsys.readouterr().err
