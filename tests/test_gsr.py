import csv

import pytest

from rasd.evaluate.gsr import evaluate_folder, format_report

ROWS = [
    ("a-1", "yes", "شن الجيش الإسرائيلي غارات على مواقع حزب الله في لبنان."),
    ("a-2", "yes", "قتل شخص في حادث سير على الطريق السريع."),  # missed by design: no actor
    ("a-3", "easy no", "افتتح الرئيس المصري مصنعا جديدا في القاهرة."),
    ("a-4", "difficult no", "هدد الجيش الإسرائيلي بقصف مواقع حزب الله."),
    ("a-5", "ambiguous", "شن الجيش الإسرائيلي غارات على غزة."),
]


def write(path, rows, event_type):
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "event_type", "label", "accept", "reject", "total", "text"])
        for rid, label, text in rows:
            w.writerow([rid, event_type, label, 0, 0, 3, text])


def test_scores_count_positives_negatives_and_leave_out_ambiguous(tmp_path):
    write(tmp_path / "assault_gsr.csv", ROWS, "ASSAULT")
    [t] = evaluate_folder(tmp_path).types
    c = t.all
    assert (c.tp, c.fn, c.fp, c.tn) == (1, 1, 0, 2)
    assert (c.precision, c.recall) == (1.0, 0.5)
    assert t.difficult_no == 1 and t.difficult_no_fp == 0  # a threat is not an attack
    assert "ASSAULT" in format_report(evaluate_folder(tmp_path))


def test_folder_without_files_is_a_clear_error(tmp_path):
    from rasd.errors import InputError

    with pytest.raises(InputError, match=r"assault_gsr\.csv"):
        evaluate_folder(tmp_path)


def test_dev_set_runs_when_present(shared_data):
    report = evaluate_folder(shared_data / "arabic_event_gsr" / "dev")
    assert {t.plover for t in report.types} == {"ASSAULT", "PROTEST"}


def test_the_article_date_comes_from_the_row_id():
    from rasd.evaluate.gsr import published
    assert published("AAW_ARB_20080617.0109-103") == "2008-06-17"
    assert published("row-7") is None


def test_sentences_that_cannot_be_coded_are_reported(tmp_path):
    write(tmp_path / "assault_gsr.csv", [*ROWS, ("a-6", "yes", "not Arabic at all")], "ASSAULT")
    report = evaluate_folder(tmp_path)
    [t] = report.types
    assert [rid for rid, _e in t.failed] == ["a-6"] and t.all.fn == 2
    assert "1 sentences could not be coded" in format_report(report)


def test_one_annotators_expected_score_is_reported_beside_the_coders(tmp_path):
    # a "yes" row had every annotator accept; the "difficult no" one of three
    accept = {"yes": 3, "difficult no": 1, "easy no": 0, "ambiguous": 1}
    with (tmp_path / "assault_gsr.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "event_type", "label", "accept", "reject", "total", "text"])
        for rid, label, text in ROWS:
            w.writerow([rid, "ASSAULT", label, accept[label], 3 - accept[label], 3, text])
    report = evaluate_folder(tmp_path)
    a = report.types[0].annotator.rounded()
    # two yes rows (2 expected acceptances), one third of the difficult no: P = 2 / (2 + 1/3)
    assert a == {"precision": 0.8571, "recall": 1.0, "f1": 0.9231}
    assert "one annotator drawn at random" in format_report(report)


def test_rows_without_annotator_counts_give_no_reference(tmp_path):
    with (tmp_path / "assault_gsr.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "label", "text"])
        w.writerows([(rid, label, text) for rid, label, text in ROWS])
    report = evaluate_folder(tmp_path)
    assert report.types[0].annotator is None
    assert report.to_dict()["ASSAULT"]["annotator"] is None
