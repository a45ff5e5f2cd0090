"""CSV, Parquet and JSON Lines with a text column; folders, glob patterns and stable ids."""

import csv
import gzip
import json

import pytest

from rasd.errors import InputError
from rasd.ingest.ids import text_id, url_id
from rasd.ingest.readers import read_paths

ROWS = [
    {"url": "https://a.example.org/1", "title": "اتهام", "published": "2024-05-07",
     "source": "a", "text": "اتهمت روسيا أوكرانيا بقصف المدينة.\nوقالت إن القصف استمر ساعات."},
    {"url": "", "title": "", "published": "", "source": "",
     "text": "فرضت الولايات المتحدة عقوبات على روسيا."},
]


def write_csv(path, rows, bom=True):
    with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)


def test_csv_with_bom_and_multiline_text(tmp_path):
    f = tmp_path / "articles.csv"
    write_csv(f, ROWS)
    first, second = read_paths([str(f)])
    assert first.error is None and first.id == url_id("https://a.example.org/1")
    assert first.raw == "اتهام\n" + ROWS[0]["text"]
    assert first.published == "2024-05-07" and first.source == "a"
    assert first.origin == f"{f}:3"  # the record ends on line 3 (its text has two lines)
    assert second.id == text_id(second.raw) and second.url is None
    assert second.published is None


def test_csv_without_the_text_column_is_one_error(tmp_path):
    f = tmp_path / "wrong.csv"
    write_csv(f, [{"headline": "x", "body": "اتهمت روسيا أوكرانيا."}])
    [doc] = read_paths([str(f)])
    assert doc.error == (f"{f}: no 'text' column (columns: headline, body); name the text "
                         "column with --text-column")
    [doc] = read_paths([str(f)], text_column="body")
    assert doc.error is None and doc.raw == "اتهمت روسيا أوكرانيا."


def test_parquet_rows(tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    f = tmp_path / "articles.parquet"
    pq.write_table(pa.Table.from_pylist(ROWS), f)
    docs = list(read_paths([str(f)]))
    assert [d.id for d in docs] == [url_id(ROWS[0]["url"]), text_id(ROWS[1]["text"])]
    assert docs[1].origin == f"{f}#row2"
    pq.write_table(pa.Table.from_pylist([{"body": "x"}]), tmp_path / "nocol.parquet")
    [bad] = read_paths([str(tmp_path / "nocol.parquet")])
    assert "no 'text' column" in bad.error


def test_truncated_gzip_keeps_the_lines_before_and_names_the_line(tmp_path):
    lines = [json.dumps({"id": f"n{i}", "text": "اتهمت روسيا أوكرانيا بقصف المدينة. " * 40},
                        ensure_ascii=False) for i in range(30)]
    data = gzip.compress("\n".join(lines).encode("utf-8"))
    f = tmp_path / "cut.jsonl.gz"
    f.write_bytes(data[: len(data) * 2 // 3])
    docs = list(read_paths([str(f)]))
    good = [d for d in docs if not d.error]
    [bad] = [d for d in docs if d.error]
    assert 0 < len(good) < 30 and [d.id for d in good] == [f"n{i}" for i in range(len(good))]
    assert bad.error.startswith(f"{f}:{len(good) + 1}: cannot read further")


def test_folders_recursively_and_glob_patterns(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.txt").write_text("اتهمت روسيا أوكرانيا.", encoding="utf-8")
    (tmp_path / "a" / "b" / "two.txt").write_text("فرضت الولايات المتحدة عقوبات على روسيا.",
                                                  encoding="utf-8")
    (tmp_path / "a" / "b" / "notes.md").write_text("not an article", encoding="utf-8")
    write_csv(tmp_path / "a" / "b" / "rows.csv", ROWS)
    docs = list(read_paths([str(tmp_path / "a")]))
    assert len(docs) == 4 and all(not d.error for d in docs)
    docs = list(read_paths([str(tmp_path / "a" / "**" / "*.txt")]))
    assert sorted(d.raw for d in docs) == sorted(["اتهمت روسيا أوكرانيا.",
                                                  "فرضت الولايات المتحدة عقوبات على روسيا."])
    with pytest.raises(InputError, match="no files match"):
        list(read_paths([str(tmp_path / "*.warc")]))


def test_text_files_get_text_ids_in_a_store_so_equal_names_do_not_collide(tmp_path):
    for sub, text in (("x", "اتهمت روسيا أوكرانيا."), ("y", "أدانت مصر الهجوم.")):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "1.txt").write_text(text, encoding="utf-8")
    assert [d.id for d in read_paths([str(tmp_path)])] == ["1", "1"]  # rasd code: file names
    ids = [d.id for d in read_paths([str(tmp_path)], name_ids=False)]
    assert ids == [text_id("اتهمت روسيا أوكرانيا."), text_id("أدانت مصر الهجوم.")]


def test_the_same_url_gets_the_same_id_in_every_format(tmp_path):
    url = "https://News.Example.org/world/1#comments"
    (tmp_path / "a.jsonl").write_text(
        json.dumps({"url": url, "text": "اتهمت روسيا أوكرانيا."}, ensure_ascii=False) + "\n",
        encoding="utf-8")
    write_csv(tmp_path / "b.csv", [{"url": "https://news.example.org/world/1",
                                    "text": "اتهمت روسيا أوكرانيا بقصف المدينة."}])
    ids = {d.id for d in read_paths([str(tmp_path)])}
    assert ids == {url_id("https://news.example.org/world/1")}
