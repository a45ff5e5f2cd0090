"""The DuckDB schema: documents, their actor mentions and events; stories built from them.

One file holds everything (`rasd.duckdb` by default), so a project's data travels as one file
that DuckDB, pandas (`duckdb.connect(f).sql(...).df()`), R or the DuckDB CLI can open.

- `documents`: one row per stored article (its cleaned text, metadata, `error` if it could
  not be coded, and its MinHash `signature` for near-duplicate detection);
- `mentions`: every actor mention of every document (offsets into `documents.text`);
- `events`: every coded event, with its actors flattened into `source_*` / `target_*`
  columns and its evidence sentence, so a query needs no JSON;
- `clusters`, `story_events`, `stories`: rebuilt after each ingest by `rasd.store.stories`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rasd.errors import RasdError

SCHEMA_VERSION = "1"
DEFAULT_DB = "rasd.duckdb"


class StoreError(RasdError):
    """The database cannot be opened, is in use, or lacks what a command needs."""

    exit_code = 2


_ACTOR = ("code", "text", "type", "country", "sector", "name", "name_ar")
ACTOR_COLUMNS = {f"{side}_{c}": "VARCHAR" for side in ("source", "target") for c in _ACTOR}

TABLES: dict[str, dict[str, str]] = {
    "documents": {
        "id": "VARCHAR PRIMARY KEY", "url": "VARCHAR", "source": "VARCHAR",
        "published": "DATE", "title": "VARCHAR", "author": "VARCHAR", "origin": "VARCHAR",
        "language": "VARCHAR", "text": "VARCHAR", "n_sentences": "INTEGER",
        "n_dropped": "INTEGER", "n_mentions": "INTEGER", "n_events": "INTEGER",
        "error": "VARCHAR", "signature": "BLOB", "ingested_at": "TIMESTAMP",
    },
    "mentions": {
        "doc_id": "VARCHAR", "n": "INTEGER", "text": "VARCHAR", "start": "INTEGER",
        "end": "INTEGER", "type": "VARCHAR", "code": "VARCHAR", "country": "VARCHAR",
        "sector": "VARCHAR", "name": "VARCHAR", "name_ar": "VARCHAR",
    },
    "events": {
        "id": "VARCHAR", "doc_id": "VARCHAR", "sentence": "INTEGER",
        "sentence_start": "INTEGER", "sentence_end": "INTEGER", "sentence_text": "VARCHAR",
        "trigger_text": "VARCHAR", "trigger_start": "INTEGER", "trigger_end": "INTEGER",
        "cameo": "VARCHAR", "root": "VARCHAR", "plover": "VARCHAR", "plover_mode": "VARCHAR",
        "quad_class": "TINYINT", "goldstein": "DOUBLE", **ACTOR_COLUMNS, "date": "DATE",
        "location_name": "VARCHAR", "location_country": "VARCHAR", "location_lat": "DOUBLE",
        "location_lon": "DOUBLE", "negated": "BOOLEAN", "modality": "VARCHAR",
        "confidence": "DOUBLE",
    },
}


def _ddl(name: str, columns: dict[str, str]) -> str:
    cols = ", ".join(f'"{c}" {t}' for c, t in columns.items())
    return f"CREATE TABLE IF NOT EXISTS {name} ({cols})"


def connect(path: str | Path, read_only: bool = False) -> Any:
    """Open (and, for writing, create) a rasd database; one clear error if it cannot be."""
    import duckdb

    path = Path(path)
    if read_only and not path.exists():
        raise StoreError(f"{path}: no such database; create it with `rasd ingest PATH --db "
                         f"{path}`")
    try:
        con = duckdb.connect(str(path), read_only=read_only)
    except duckdb.IOException as e:
        if "lock" in str(e).lower():
            raise StoreError(f"{path}: the database is in use by another process "
                             "(a running `rasd ingest`?)") from None
        raise StoreError(f"{path}: cannot open the database: {e}") from None
    except duckdb.Error as e:
        raise StoreError(f"{path}: not a rasd database: {e}") from None
    if not read_only:
        create(con)
    elif not has_table(con, "documents"):
        con.close()
        raise StoreError(f"{path}: not a rasd database (no documents table)")
    return con


def create(con: Any) -> None:
    con.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    for name, columns in TABLES.items():
        con.execute(_ddl(name, columns))
    con.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", [SCHEMA_VERSION])


def has_table(con: Any, name: str) -> bool:
    return bool(con.execute("SELECT count(*) FROM information_schema.tables "
                            "WHERE table_name = ?", [name]).fetchall()[0][0])
