"""Read articles from files, folders, glob patterns and stdin, in every format rasd knows.

| suffix | reader |
|---|---|
| .txt | one article per file |
| .jsonl .ndjson (.gz) | one article per line: `text` [`id` `title` `url` `source` `published`] |
| .csv (.gz), .parquet | one article per row, same fields, text column named by `text_column` |
| .html .htm .xhtml | one article per page, main text and metadata via trafilatura |
| .rss .atom .xml | one article per feed entry, via feedparser |
| .warc .warc.gz | one article per HTML response record, via fastwarc |

Folders are read recursively (files with these suffixes, in name order). A document that
cannot be read comes out with an `error` naming its file (and line or record); the run goes on.
"""

from __future__ import annotations

import glob
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO

from rasd.errors import InputError
from rasd.ingest.article import Article
from rasd.ingest.ids import text_id
from rasd.ingest.records import TEXT_COLUMN, article_from_record
from rasd.model import Document

__all__ = ["FORMATS", "read_jsonl", "read_paths", "read_text_file", "text_id"]

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
FORMATS: dict[str, tuple[str, ...]] = {
    "warc": (".warc", ".warc.gz"),
    "jsonl": JSONL_SUFFIXES,
    "csv": (".csv", ".csv.gz"),
    "parquet": (".parquet",),
    "html": (".html", ".htm", ".xhtml"),
    "feed": (".rss", ".atom", ".xml"),
    "text": (".txt",),
}
_GLOB_CHARS = set("*?[")


def format_of(path: Path) -> str | None:
    name = path.name.lower()
    for fmt, suffixes in FORMATS.items():
        if name.endswith(suffixes):
            return fmt
    return None


def _decode(data: bytes, name: str) -> tuple[str | None, str | None]:
    if b"\x00" in data[:8192]:
        return None, f"{name}: binary file, not UTF-8 text"
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as e:
        return None, f"{name}: not valid UTF-8 (byte {e.start}: {e.reason})"


def read_text_file(path: Path, published: str | None = None, name_id: bool = True
                   ) -> Document:
    """One article from a UTF-8 text file; its id is the file name (or its text's hash)."""
    try:
        data = path.read_bytes()
    except OSError as e:
        return Article(id=str(path), origin=str(path),
                       error=f"{path}: cannot read: {e.strerror or e}")
    text, err = _decode(data, str(path))
    doc_id = path.stem if name_id or err else text_id(text or "")
    return Article(id=doc_id, raw=text or "", published=published, origin=str(path), error=err)


def _doc_from_record(rec: object, where: str, published: str | None) -> Document:
    return article_from_record(rec, where, published)


def read_jsonl(stream: IO[bytes], name: str, published: str | None = None
               ) -> Iterator[Document]:
    import json

    n = 0
    try:
        for n, raw in enumerate(stream, 1):
            where = f"{name}:{n}"
            if not raw.strip():
                continue
            line, err = _decode(raw, where)
            if err:
                yield Article(id=where, origin=where, error=err)
                continue
            try:
                rec = json.loads(line or "")
            except json.JSONDecodeError as e:
                yield Article(id=where, origin=where,
                              error=f"{where}: not valid JSON ({e.msg} at column {e.colno})")
                continue
            yield _doc_from_record(rec, where, published)
    except (OSError, EOFError) as e:  # truncated or corrupt gzip, unreadable file
        where = f"{name}:{n + 1}"
        yield Article(id=where, origin=where,
                      error=f"{where}: cannot read further ({e}); rest of the file skipped")


def _jsonl_file(path: Path, published: str | None, **_: object) -> Iterator[Document]:
    import gzip

    opener = gzip.open if path.name.endswith(".gz") else open
    try:
        with opener(path, "rb") as fh:
            yield from read_jsonl(fh, str(path), published)
    except OSError as e:
        yield Article(id=str(path), origin=str(path), error=f"{path}: cannot read: {e}")


def _html_file(path: Path, published: str | None, **_: object) -> Iterator[Document]:
    from rasd.ingest.html import article_from_html

    try:
        data = path.read_bytes()
    except OSError as e:
        yield Article(id=str(path), origin=str(path), error=f"{path}: cannot read: {e}")
        return
    yield article_from_html(data, str(path), fallback_date=published)


def _feed_file(path: Path, published: str | None, **_: object) -> Iterator[Document]:
    from rasd.ingest.feeds import read_feed

    try:
        data = path.read_bytes()
    except OSError as e:
        yield Article(id=str(path), origin=str(path), error=f"{path}: cannot read: {e}")
        return
    yield from read_feed(data, str(path), published)


def _warc_file(path: Path, published: str | None, **_: object) -> Iterator[Document]:
    from rasd.ingest.warc import read_warc

    try:
        yield from read_warc(path, published)
    except OSError as e:
        yield Article(id=str(path), origin=str(path), error=f"{path}: cannot read: {e}")


def _csv_file(path: Path, published: str | None, text_column: str = TEXT_COLUMN,
              **_: object) -> Iterator[Document]:
    from rasd.ingest.tables import read_csv

    yield from read_csv(path, published, text_column)


def _parquet_file(path: Path, published: str | None, text_column: str = TEXT_COLUMN,
                  **_: object) -> Iterator[Document]:
    from rasd.ingest.tables import read_parquet

    yield from read_parquet(path, published, text_column)


def _text_file(path: Path, published: str | None, name_ids: bool = True,
               **_: object) -> Iterator[Document]:
    yield read_text_file(path, published, name_ids)


_READERS: dict[str, Callable[..., Iterator[Document]]] = {
    "warc": _warc_file, "jsonl": _jsonl_file, "csv": _csv_file, "parquet": _parquet_file,
    "html": _html_file, "feed": _feed_file, "text": _text_file,
}


def _read_path(path: Path, published: str | None, **options: object) -> Iterator[Document]:
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and format_of(p))
        for f in files:
            yield from _read_path(f, published, **options)
        return
    yield from _READERS[format_of(path) or "text"](path, published, **options)


def expand(paths: Iterable[str]) -> Iterator[str]:
    """Each path, with glob patterns (`crawl/*.warc.gz`, `news/**/*.html`) expanded."""
    for p in paths:
        if p == "-" or Path(p).exists() or not _GLOB_CHARS & set(p):
            yield p
            continue
        matches = sorted(glob.glob(p, recursive=True))
        if not matches:
            raise InputError(f"{p}: no files match this pattern")
        yield from matches


def read_paths(paths: Iterable[str], published: str | None = None,
               stdin: IO[bytes] | None = None, *, name_ids: bool = True,
               text_column: str = TEXT_COLUMN) -> Iterator[Document]:
    """Documents from each path in turn; `-` is stdin (JSON Lines if it starts with `{`).

    `name_ids`: a .txt file's id is its name (for `rasd code`); otherwise its text's hash, so
    two folders with a `1.txt` each do not collide in a store.
    """
    for p in expand(paths):
        if p == "-":
            data = (stdin or sys.stdin.buffer).read()
            if data.lstrip()[:1] == b"{":
                import io

                yield from read_jsonl(io.BytesIO(data), "<stdin>", published)
            else:
                text, err = _decode(data, "<stdin>")
                doc_id = "stdin" if name_ids or err else text_id(text or "")
                yield Article(id=doc_id, raw=text or "", published=published, origin="<stdin>",
                              error=err)
            continue
        path = Path(p)
        if not path.exists():
            raise InputError(f"{p}: no such file or folder")
        yield from _read_path(path, published, name_ids=name_ids, text_column=text_column)
