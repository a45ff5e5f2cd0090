"""The store: idempotent ingest, N processes, bad input end to end, queries."""

import gzip
import json
import sys

import pytest
from typer.testing import CliRunner

from rasd.cli import app, main
from rasd.store import connect, ingest
from rasd.store.query import actors, dyad, evidence, roots, stories

runner = CliRunner()

ARTICLES = [
    {"id": "a1", "url": "https://a.example.org/1", "source": "a", "published": "2024-05-07",
     "text": "اتهمت روسيا أوكرانيا بقصف المدينة.\nوفرضت الولايات المتحدة عقوبات على روسيا."},
    {"id": "b1", "url": "https://b.example.org/1", "source": "b", "published": "2024-05-08",
     "text": "اتهمت روسيا أوكرانيا بقصف المدينة أمس."},
    {"id": "c1", "source": "c", "published": "2024-05-20",
     "text": "اتهمت روسيا أوكرانيا بقصف محطة الكهرباء."},
    {"id": "d1", "source": "d", "published": "2024-05-08",
     "text": "استقبل الرئيس المصري نظيره الفرنسي في القاهرة."},
    {"id": "e1", "source": "e", "published": "2024-05-08", "text": "This is not Arabic."},
]


def jsonl(path, records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")
    return path


def counts(db):
    con = connect(db, read_only=True)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("documents", "mentions", "events", "stories")}
    finally:
        con.close()


def test_ingest_stores_documents_mentions_events_once(tmp_path):
    src = jsonl(tmp_path / "news.jsonl", ARTICLES)
    db = tmp_path / "r.duckdb"
    first = ingest([str(src)], db)
    assert (first.stored, first.already_stored, first.coding_errors) == (5, 0, 1)
    after_first = counts(db)
    assert after_first["documents"] == 5 and after_first["events"] == first.events >= 5
    # the same input again, and the same documents inside a second file: nothing new
    again = ingest([str(src), str(jsonl(tmp_path / "copy.jsonl", ARTICLES[:2]))], db)
    assert (again.stored, again.already_stored) == (0, 7)
    assert counts(db) == after_first
    # the same document twice in one run is stored once
    db2 = tmp_path / "r2.duckdb"
    twice = ingest([str(src), str(src)], db2)
    assert (twice.stored, twice.repeated) == (5, 5) and counts(db2) == after_first


def test_rows_keep_offsets_and_evidence(tmp_path):
    db = tmp_path / "r.duckdb"
    ingest([str(jsonl(tmp_path / "n.jsonl", ARTICLES))], db)
    con = connect(db, read_only=True)
    for text, s0, s1, t0, t1, trig, sentence in con.execute(
            "SELECT d.text, sentence_start, sentence_end, trigger_start, trigger_end, "
            "trigger_text, sentence_text FROM events e JOIN documents d ON d.id = e.doc_id"
    ).fetchall():
        assert text[s0:s1] == sentence and text[t0:t1] == trig
    for text, start, end, surface in con.execute(
            "SELECT d.text, m.start, m.end, m.text FROM mentions m "
            "JOIN documents d ON d.id = m.doc_id").fetchall():
        assert text[start:end] == surface
    err = con.execute("SELECT error FROM documents WHERE id = 'e1'").fetchone()[0]
    assert err.startswith("not Arabic")


def test_jobs_2_stores_what_jobs_1_stores(tmp_path):
    src = jsonl(tmp_path / "n.jsonl", ARTICLES * 1)
    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    ingest([str(src)], one, jobs=1)
    ingest([str(src)], two, jobs=2)
    sql = ("SELECT id, doc_id, cameo, source_code, target_code, date FROM events "
           "ORDER BY id")
    a, b = connect(one, read_only=True), connect(two, read_only=True)
    assert a.execute(sql).fetchall() == b.execute(sql).fetchall()
    assert counts(one) == counts(two)


def test_stories_and_queries(tmp_path):
    db = tmp_path / "r.duckdb"
    ingest([str(jsonl(tmp_path / "n.jsonl", ARTICLES))], db)
    con = connect(db, read_only=True)
    # a1 (May 7) and b1 («أمس» from May 8 = May 7) report one accusation; c1 is another
    accusations = con.execute(
        "SELECT date, num_articles, num_sources, len(mentions) FROM stories "
        "WHERE source_code = 'RUS' AND target_code = 'UKR' ORDER BY date").fetchall()
    assert [(str(d), a, s, m) for d, a, s, m in accusations] == [
        ("2024-05-07", 2, 2, 2), ("2024-05-20", 1, 1, 1)]
    weekly = dyad(con, "rus", "UKR", by="week")
    assert weekly.columns[:3] == ["period", "events", "articles"]
    assert [(r[0], r[1], r[2], r[5]) for r in weekly.rows] == [
        ("2024-05-06", 1, 2, 1), ("2024-05-20", 1, 1, 1)]
    assert dyad(con, "UKR", "RUS", directed=True).rows == []
    assert len(dyad(con, "UKR", "RUS").rows) == 2
    top = actors(con, top=2)
    assert [r[0] for r in top.rows] == ["RUS", "UKR"] and top.rows[0][4] == 3
    by_root = {(r[0], r[1]): r[3] for r in roots(con, by="month").rows}
    assert by_root[("2024-05-01", "11")] == 2
    story = stories(con, actor="RUS", root="11").rows[0]
    assert story[6] == 2  # articles
    ev = evidence(con, story[0])
    assert {r[1] for r in ev.rows} == {"a1", "b1"}
    assert all("اتهمت روسيا أوكرانيا" in r[-1] for r in ev.rows)


def test_cli_bad_inputs_are_reported_and_the_rest_is_stored(tmp_path):
    """The must-show bad inputs, in one folder: each named, skipped; the rest stored."""
    d = tmp_path / "in"
    d.mkdir()
    jsonl(d / "good.jsonl", ARTICLES[:2])
    lines = [json.dumps({"id": f"z{i}", "text": f"اتهمت روسيا أوكرانيا بقصف المدينة {i}. " * 30},
                        ensure_ascii=False) for i in range(20)]
    data = gzip.compress("\n".join(lines).encode("utf-8"))
    (d / "cut.jsonl.gz").write_bytes(data[: len(data) // 2])
    (d / "feed.rss").write_text("<<< not xml", encoding="utf-8")
    (d / "nocol.csv").write_text("\ufeffheadline,body\nx,y\n", encoding="utf-8")
    page = ('<html><head><meta charset="utf-8"><title>خبر</title></head><body><article>'
            '<p>اتهمت روسيا أوكرانيا بقصف المدينة الحدودية صباح اليوم بحسب بيان رسمي.</p>'
            '</article></body></html>')
    (d / "wrong.html").write_bytes(page.encode("cp1256"))
    warc = d / "bad.warc.gz"
    warc.write_bytes(gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\n") + b"\x1f\x8b\x08junk")
    db = tmp_path / "r.duckdb"
    result = runner.invoke(app, ["ingest", str(d), "--db", str(db)])
    assert result.exit_code == 0, result.output
    err = result.stderr
    for name in ("cut.jsonl.gz:", "feed.rss: not an RSS/Atom feed", "nocol.csv: no 'text'",
                 "wrong.html: declared charset utf-8", "bad.warc.gz#record"):
        assert name in err, (name, err)
    stored = counts(db)["documents"]
    kept = sum(1 for line in err.splitlines() if "cut.jsonl.gz" in line)
    assert kept == 1 and 2 < stored < 22  # good.jsonl + the lines before the cut
    assert "stored" in err and "unreadable input" in err


@pytest.mark.parametrize("cmd", [["ingest"], ["export"], ["query", "dyad"], ["query", "actors"],
                                 ["query", "roots"], ["query", "stories"],
                                 ["query", "evidence"]])
def test_store_commands_have_help_with_an_example(cmd):
    result = runner.invoke(app, [*cmd, "--help"])
    assert result.exit_code == 0 and "Example" in result.output


def test_query_cli_csv_and_missing_database(tmp_path):
    db = tmp_path / "r.duckdb"
    ingest([str(jsonl(tmp_path / "n.jsonl", ARTICLES))], db)
    result = runner.invoke(app, ["query", "dyad", "RUS", "UKR", "--by", "day", "--csv",
                                 "--db", str(db)])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0].startswith("period,events,articles,verbal_coop")
    assert result.stdout.splitlines()[1].startswith("2024-05-07,1,2,")
    table = runner.invoke(app, ["query", "actors", "--db", str(db)])
    assert table.exit_code == 0 and "RUS" in table.stdout
    argv = sys.argv  # through main(): one clear line and exit status 2
    sys.argv = ["rasd", "query", "actors", "--db", str(tmp_path / "none.duckdb")]
    try:
        with pytest.raises(SystemExit) as exit_info:
            main()
    finally:
        sys.argv = argv
    assert exit_info.value.code == 2


def test_a_missing_path_stops_the_run_before_anything_is_stored(tmp_path):
    from rasd.errors import InputError

    good = jsonl(tmp_path / "n.jsonl", ARTICLES)
    db = tmp_path / "r.duckdb"
    with pytest.raises(InputError, match="no such file"):
        ingest([str(good), str(tmp_path / "missing.jsonl")], db)
    assert not db.exists()
