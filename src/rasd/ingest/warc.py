"""WARC and WARC.gz news crawls → Articles, one per HTML response record, via fastwarc.

Crawls are large and often damaged: a gzip member is corrupt, a record is cut short, the
file ends mid-record. A damaged record is reported with its number and byte offset, and
reading resumes at the next record boundary, so one bad record costs one article, not the
rest of the file. Records that are not HTML responses (images, JSON, robots.txt, requests,
metadata) are not articles and are passed over silently.
"""

from __future__ import annotations

import mmap
from collections.abc import Iterator
from pathlib import Path

from rasd.ingest.article import Article, iso_date
from rasd.ingest.html import article_from_html

_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_MAGIC = b"WARC/1."
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _next_boundary(data: mmap.mmap | bytes, after: int, gz: bool) -> int:
    """Offset of the first record start strictly after `after`, or -1."""
    if gz:
        return data.find(_GZIP_MAGIC, after + 1)
    pos = after
    while True:
        pos = data.find(_WARC_MAGIC, pos + 1)
        if pos <= 0 or data[pos - 1:pos] == b"\n":
            return pos


def _article(rec: object, where: str) -> Article | None:
    """The Article of one response record, None when it is not HTML, or an error Article."""
    from fastwarc.warc import WarcRecordType

    headers = rec.headers  # type: ignore[attr-defined]
    if headers.get("Content-Length") is None:
        return Article(id=where, origin=where, error=f"{where}: truncated or malformed record "
                                                     "header")
    if rec.record_type != WarcRecordType.response:  # type: ignore[attr-defined]
        return None
    uri = headers.get("WARC-Target-URI")
    if not uri:
        return Article(id=where, origin=where, error=f"{where}: response without a target URI")
    ctype = (rec.http_content_type or "").lower()  # type: ignore[attr-defined]
    expected = rec.content_length  # type: ignore[attr-defined]
    if ctype and not ctype.startswith(_HTML_TYPES):
        return None
    body = rec.reader.read()  # type: ignore[attr-defined]
    if len(body) < expected:
        return Article(id=where, origin=where,
                       error=f"{where}: record cut short ({len(body):,} of {expected:,} bytes)")
    if not ctype and b"<html" not in body[:2048].lower():
        return None
    status = rec.http_headers.status_code if rec.http_headers else None  # type: ignore
    if status is not None and status != 200:
        return None
    crawl_date = None
    try:
        crawl_date = iso_date(rec.record_date)  # type: ignore[attr-defined]
    except Exception:  # a malformed WARC-Date is not worth losing the article for
        crawl_date = None
    return article_from_html(body, where, url=uri,
                             charset=rec.http_charset,  # type: ignore[attr-defined]
                             fallback_date=crawl_date)


def _record_end(data: mmap.mmap, rec: object, gz: bool) -> int:
    """Where the record after `rec` should start (for naming the one that fails to parse)."""
    pos = rec.stream_pos  # type: ignore[attr-defined]
    if gz:
        return _next_boundary(data, pos, gz)
    try:
        length = int(rec.headers.get("Content-Length") or -1)  # type: ignore[attr-defined]
    except ValueError:
        return -1
    head_end = data.find(b"\r\n\r\n", pos)
    return head_end + 4 + length + 4 if head_end >= 0 and length >= 0 else -1


def read_warc(path: Path, published: str | None = None) -> Iterator[Article]:
    """Articles from the HTML responses of a WARC file; damaged records become errors."""
    from fastwarc.warc import ArchiveIterator

    name = str(path)
    gz = path.name.endswith(".gz")
    with path.open("rb") as fh:
        if path.stat().st_size == 0:
            yield Article(id=name, origin=name, error=f"{name}: empty WARC file")
            return
        data = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        try:
            n = 0  # records met so far, damaged ones included
            start = 0
            while start >= 0:
                fh.seek(start)
                current, next_start = -1, start
                try:
                    for rec in ArchiveIterator(fh, parse_http=True):
                        n += 1
                        current = rec.stream_pos
                        where = f"{name}#record{n}@{current}"
                        art = _article(rec, where)
                        next_start = _record_end(data, rec, gz)
                        current = -1
                        if art is not None:
                            if art.published is None:
                                art.published = published
                            yield art
                    break
                except OSError as e:
                    if current >= 0:  # failed inside a record whose header was read
                        bad = current
                    else:  # failed on the header of the record after the last good one
                        n += 1
                        bad = next_start if next_start >= start else start
                    where = f"{name}#record{n}@{bad}"
                    yield Article(id=where, origin=where,
                                  error=f"{where}: unreadable record ({e}); skipped")
                    start = _next_boundary(data, bad, gz)
        finally:
            data.close()
