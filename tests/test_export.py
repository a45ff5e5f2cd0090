"""Exports: JSONL, CSV with BOM, Parquet by year/month, GDELT 2.0 (61 columns), PLOVER."""

import csv
import json

import pytest
from typer.testing import CliRunner

from rasd.cli import app
from rasd.store import connect, ingest
from rasd.store.export import export
from rasd.store.gdelt import COLUMNS, actor_fields

runner = CliRunner()

ARTICLES = [
    {"id": "a1", "url": "https://a.example.org/1", "source": "a", "published": "2024-05-07",
     "text": "اتهمت روسيا أوكرانيا بقصف المدينة.\nوفرضت الولايات المتحدة عقوبات على روسيا."},
    {"id": "b1", "url": "https://b.example.org/1", "source": "b", "published": "2024-05-08",
     "text": "اتهمت روسيا أوكرانيا بقصف المدينة أمس."},
    {"id": "c1", "source": "c", "published": "2024-06-02",
     "text": "استقبل الرئيس المصري نظيره الفرنسي في القاهرة."},
]


@pytest.fixture
def db(tmp_path):
    src = tmp_path / "news.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ARTICLES),
                   encoding="utf-8")
    path = tmp_path / "r.duckdb"
    ingest([str(src)], path)
    return path


def test_jsonl_events_with_story_ids(db, tmp_path):
    out = tmp_path / "events.jsonl"
    n = export(connect(db, read_only=True), "jsonl", out)
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert n == len(rows) == 4
    assert {r["cameo"] for r in rows} == {"1123", "163", "043"}
    accusations = [r for r in rows if r["cameo"] == "1123"]
    assert len({r["story_id"] for r in accusations}) == 1  # one story, two articles
    assert accusations[0]["url"] == "https://a.example.org/1"
    assert accusations[0]["sentence_text"] == "اتهمت روسيا أوكرانيا بقصف المدينة."


def test_csv_is_utf8_with_bom_and_readable(db, tmp_path):
    out = tmp_path / "events.csv"
    export(connect(db, read_only=True), "csv", out, table="stories")
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 3
    acc = next(r for r in rows if r["cameo"] == "1123")
    assert acc["source_text"] == "روسيا" and acc["num_articles"] == "2"
    assert len(acc["mentions"].split("|")) == 2
    assert not list(tmp_path.glob(".*.tmp"))  # written atomically


def test_parquet_partitioned_by_year_and_month(db, tmp_path):
    import pyarrow.dataset as ds

    out = tmp_path / "events"
    export(connect(db, read_only=True), "parquet", out)
    parts = {p.relative_to(out).parent.as_posix() for p in out.rglob("*.parquet")}
    assert parts == {"year=2024/month=5", "year=2024/month=6"}
    table = ds.dataset(out, format="parquet", partitioning="hive").to_table()
    assert table.num_rows == 4
    months = sorted(zip(table["cameo"].to_pylist(), table["month"].to_pylist(), strict=True))
    assert months == [("043", 6), ("1123", 5), ("1123", 5), ("163", 5)]
    # exporting again replaces the folder rather than adding to it
    export(connect(db, read_only=True), "parquet", out)
    assert ds.dataset(out, format="parquet", partitioning="hive").to_table().num_rows == 4


def test_gdelt_61_columns(db, tmp_path):
    out = tmp_path / "events.gdelt.tsv"
    n = export(connect(db, read_only=True), "gdelt", out)
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()]
    assert n == len(rows) == 3 and all(len(r) == 61 for r in rows)
    col = {name: i for i, name in enumerate(COLUMNS)}
    acc = next(r for r in rows if r[col["EventCode"]] == "1123")
    assert acc[col["SQLDATE"]] == "20240507" and acc[col["MonthYear"]] == "202405"
    assert acc[col["Actor1Code"]] == "RUS" and acc[col["Actor2CountryCode"]] == "UKR"
    assert acc[col["Actor1Name"]] == "RUSSIA"
    assert (acc[col["EventBaseCode"]], acc[col["EventRootCode"]]) == ("112", "11")
    assert acc[col["QuadClass"]] == "3"
    assert (acc[col["NumMentions"]], acc[col["NumSources"]], acc[col["NumArticles"]]) == (
        "2", "2", "2")
    assert acc[col["AvgTone"]] == "" and acc[col["ActionGeo_Lat"]] == ""
    assert acc[col["SOURCEURL"]] == "https://a.example.org/1"
    assert len(acc[col["DATEADDED"]]) == 14 and int(acc[col["GLOBALEVENTID"]]) > 0
    meet = next(r for r in rows if r[col["EventCode"]] == "043")
    assert meet[col["Actor1Type1Code"]] == "GOV"


def test_gdelt_actor_codes_of_organisations():
    assert actor_fields("IGOUNO", "United Nations", "الأمم المتحدة", None)[:4] == [
        "IGOUNO", "UNITED NATIONS", "", "UNO"]
    assert actor_fields("IGOUNO", None, None, None)[7] == "IGO"
    assert actor_fields("RUSMIL", "Russia", "روسيا", "RUS")[2:8] == [
        "RUS", "", "", "", "", "MIL"]
    assert actor_fields(None, None, None, None) == [""] * 10


def test_plover_records(db, tmp_path):
    out = tmp_path / "events.plover.jsonl"
    export(connect(db, read_only=True), "plover", out)
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    acc = next(r for r in records if r["cameo"] == "1123")
    assert acc["event_type"] == "ACCUSE" and acc["quad_code"] == "VERBAL CONFLICT"
    assert acc["actor_country"] == "RUS" and acc["recipient_country"] == "UKR"
    assert acc["actor_name_raw"] == "روسيا" and acc["event_date"] == "2024-05-07"
    assert acc["num_articles"] == 2 and len(acc["mentions"]) == 2
    assert {m["doc_id"] for m in acc["mentions"]} == {"a1", "b1"}
    assert all(m["sentence"].startswith("اتهمت روسيا أوكرانيا") for m in acc["mentions"])


def test_export_cli_to_stdout_and_errors(db, tmp_path):
    result = runner.invoke(app, ["export", "--format", "csv", "--table", "documents",
                                 "--db", str(db)])
    assert result.exit_code == 0 and result.stdout.startswith("\ufeffid,")
    assert "signature" not in result.stdout.splitlines()[0]
    assert "cluster" in result.stdout.splitlines()[0]
    result = runner.invoke(app, ["export", "--format", "parquet", "--db", str(db)])
    assert result.exit_code != 0
    result = runner.invoke(app, ["export", "--format", "xml", "--db", str(db)])
    assert result.exit_code != 0
