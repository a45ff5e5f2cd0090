"""Write a store's tables out: JSONL, CSV, Parquet, GDELT 2.0 and PLOVER/POLECAT JSON.

- jsonl, csv, parquet write one table: `events` (one row per event mention, with its
  article's URL, publisher and date, and its story id), `stories`, `documents` or `mentions`;
- CSV is UTF-8 with a BOM, so spreadsheets show Arabic instead of mojibake;
- Parquet is a folder partitioned by year and month (`year=2024/month=5/…`), which DuckDB,
  Spark and pandas read as one dataset and can prune by date;
- gdelt and plover write story-level events, one line each.
Every file is written atomically.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from rasd.store.files import atomic_dir, atomic_text
from rasd.store.schema import StoreError, has_table

FORMATS = ("jsonl", "csv", "parquet", "gdelt", "plover")
TABLES = ("events", "stories", "documents", "mentions")

_SQL = {
    "events": """
        SELECT e.*, se.story_id, d.url, d.source AS publisher, d.published, d.title,
               coalesce(e.date, d.published) AS _date
        FROM events e JOIN documents d ON d.id = e.doc_id
        LEFT JOIN story_events se ON se.event_id = e.id
        ORDER BY d.published, e.doc_id, e.trigger_start""",
    "stories": "SELECT *, date AS _date FROM stories ORDER BY date, id",
    "documents": """
        SELECT d.* EXCLUDE (signature), c.cluster, c.cluster_size, d.published AS _date
        FROM documents d LEFT JOIN clusters c ON c.doc_id = d.id ORDER BY d.published, d.id""",
    "mentions": """
        SELECT m.*, d.published AS _date FROM mentions m JOIN documents d ON d.id = m.doc_id
        ORDER BY d.published, m.doc_id, m.n""",
}


def _rows(con: Any, sql: str, args: list[Any] | None = None) -> Iterator[dict[str, Any]]:
    cur = con.execute(sql, args or [])
    names = [d[0] for d in cur.description]
    while batch := cur.fetchmany(5000):
        for r in batch:
            yield dict(zip(names, r, strict=True))


def _plain(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _need(con: Any, *tables: str) -> None:
    for t in tables:
        if not has_table(con, t):
            raise StoreError(f"the database has no {t} table yet; run `rasd ingest` on it")


def export(con: Any, fmt: str, out: Path | None, table: str = "events") -> int:
    """Write `table` (or story-level events for gdelt/plover) in `fmt`; returns rows written."""
    if fmt not in FORMATS:
        raise StoreError(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    if table not in TABLES:
        raise StoreError(f"--table must be one of {', '.join(TABLES)}, not {table!r}")
    _need(con, "documents", "events", "stories", "story_events", "clusters")
    if fmt == "gdelt":
        return _gdelt(con, out)
    if fmt == "plover":
        return _plover(con, out)
    if fmt == "parquet":
        if out is None:
            raise StoreError("--format parquet writes a folder: give it with -o FOLDER")
        return _parquet(con, _SQL[table], out)
    rows = (dict((k, v) for k, v in r.items() if k != "_date") for r in _rows(con, _SQL[table]))
    n = 0
    if fmt == "jsonl":
        with atomic_text(out) as fh:
            for r in rows:
                fh.write(json.dumps({k: _plain(v) for k, v in r.items()}, ensure_ascii=False))
                fh.write("\n")
                n += 1
        return n
    with atomic_text(out, bom=True) as fh:
        writer: Any = None
        for r in rows:
            if writer is None:
                writer = csv.writer(fh)
                writer.writerow(r.keys())
            writer.writerow(["|".join(v) if isinstance(v, list) else _plain(v)
                             for v in r.values()])
            n += 1
        if writer is None:  # an empty table still gets its header
            cur = con.execute(f"SELECT * FROM ({_SQL[table]}) LIMIT 0")
            csv.writer(fh).writerow([d[0] for d in cur.description if d[0] != "_date"])
    return n


def _parquet(con: Any, sql: str, out: Path) -> int:
    n = con.execute(f"SELECT count(*) FROM ({sql})").fetchall()[0][0]
    with atomic_dir(out) as tmp:
        con.execute(
            f"COPY (SELECT * EXCLUDE (_date), coalesce(year(_date), 0) AS year, "
            f"coalesce(month(_date), 0) AS month FROM ({sql})) TO '{_sql_path(tmp)}' "
            "(FORMAT parquet, PARTITION_BY (year, month), OVERWRITE_OR_IGNORE)")
    return n


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


_STORIES_WITH_DOC = """
    SELECT s.*, d.ingested_at FROM stories s JOIN documents d ON d.id = s.first_doc
    ORDER BY s.date, s.id"""


def _gdelt(con: Any, out: Path | None) -> int:
    from rasd.store.gdelt import row

    n = 0
    with atomic_text(out) as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        for s in _rows(con, _STORIES_WITH_DOC):
            writer.writerow(row(s))
            n += 1
    return n


_MENTIONS = """
    SELECT se.story_id, list(struct_pack(
        event_id := e.id, doc_id := e.doc_id, url := d.url, source := d.source,
        date := strftime(coalesce(e.date, d.published), '%Y-%m-%d'), trigger := e.trigger_text,
        sentence := e.sentence_text) ORDER BY d.published, e.doc_id) AS mentions
    FROM story_events se JOIN events e ON e.id = se.event_id JOIN documents d ON d.id = e.doc_id
    GROUP BY se.story_id"""


def _plover(con: Any, out: Path | None) -> int:
    from rasd.store.plover import record

    sql = f"""
        SELECT s.*, m.mentions AS mention_list FROM stories s
        JOIN ({_MENTIONS}) m ON m.story_id = s.id ORDER BY s.date, s.id"""
    n = 0
    with atomic_text(out) as fh:
        for s in _rows(con, sql):
            fh.write(json.dumps(record(s, s["mention_list"]), ensure_ascii=False))
            fh.write("\n")
            n += 1
    return n
