"""CSV and Parquet files with a text column → Articles, one per row.

A file without the text column is one error (naming the columns it has), not one error per
row. CSV is read as UTF-8 (a BOM is allowed, since spreadsheets write one) and may be gzipped.
"""

from __future__ import annotations

import csv
import gzip
import io
import sys
from collections.abc import Iterator
from pathlib import Path

from rasd.ingest.article import Article
from rasd.ingest.records import TEXT_COLUMN, article_from_record


def _no_column(name: str, column: str, columns: list[str]) -> Article:
    shown = ", ".join(columns[:12]) or "none"
    return Article(id=name, origin=name,
                   error=f"{name}: no {column!r} column (columns: {shown}); "
                         f"name the text column with --text-column")


def read_csv(path: Path, published: str | None = None,
             text_column: str = TEXT_COLUMN) -> Iterator[Article]:
    name = str(path)
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    opener = gzip.open if path.name.endswith(".gz") else open
    line = 1
    try:
        with opener(path, "rb") as raw:
            reader = csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8-sig", newline=""))
            columns = list(reader.fieldnames or [])
            if text_column not in columns:
                yield _no_column(name, text_column, columns)
                return
            for rec in reader:
                where = f"{name}:{reader.line_num}"
                line = reader.line_num
                yield article_from_record(rec, where, published, text_column)
    except UnicodeDecodeError as e:
        yield Article(id=f"{name}:{line + 1}", origin=name,
                      error=f"{name}: not valid UTF-8 after line {line} ({e.reason}); "
                            "rest of the file skipped")
    except (OSError, EOFError, csv.Error) as e:
        yield Article(id=f"{name}:{line + 1}", origin=name,
                      error=f"{name}: unreadable after line {line} ({e}); rest skipped")


def read_parquet(path: Path, published: str | None = None,
                 text_column: str = TEXT_COLUMN) -> Iterator[Article]:
    import pyarrow.parquet as pq

    name = str(path)
    row = 0
    try:
        pf = pq.ParquetFile(path)
        columns = list(pf.schema_arrow.names)
        if text_column not in columns:
            yield _no_column(name, text_column, columns)
            return
        wanted = [c for c in columns if c in {text_column, "id", "title", "url", "source",
                                                "published", "date", "author"}]
        for batch in pf.iter_batches(batch_size=1024, columns=wanted):
            for rec in batch.to_pylist():
                row += 1
                yield article_from_record(rec, f"{name}#row{row}", published, text_column)
    except Exception as e:  # pyarrow raises many types for damaged files
        yield Article(id=f"{name}#row{row + 1}", origin=name,
                      error=f"{name}: unreadable Parquet after row {row} "
                            f"({type(e).__name__}: {e}); rest skipped")
