"""Records (a JSON object, a CSV row, a Parquet row) → Articles.

Every tabular format shares this mapping: `text` (or the column the user names) is the article,
`title` is put in front of it, and `id`, `url`, `source`, `published` (or `date`) and `author`
are taken when present.
"""

from __future__ import annotations

from rasd.ingest.article import Article, iso_date, with_title
from rasd.ingest.ids import source_from_url, stable_id

TEXT_COLUMN = "text"


def _str(value: object) -> str | None:
    if value is None:
        return None
    s = str(value).strip()
    return s or None


def article_from_record(rec: object, where: str, published: str | None = None,
                        text_column: str = TEXT_COLUMN) -> Article:
    """One Article from a mapping; a record without a text string gets an `error`."""
    if not isinstance(rec, dict):
        return Article(id=where, origin=where,
                       error=f"{where}: expected a JSON object, got {type(rec).__name__}")
    text = rec.get(text_column)
    if not isinstance(text, str):
        return Article(id=str(rec.get("id") or where), origin=where,
                       error=f"{where}: no {text_column!r} string field")
    title = _str(rec.get("title"))
    raw = with_title(title, text)
    url = rec.get("url") if isinstance(rec.get("url"), str) and rec["url"].strip() else None
    pub = rec.get("published") or rec.get("date") or published
    return Article(
        id=_str(rec.get("id")) or stable_id(url, raw),
        raw=raw,
        url=url,
        source=_str(rec.get("source")) or source_from_url(url),
        published=iso_date(pub) or (str(pub)[:10] if isinstance(pub, str) else None),
        title=title,
        author=_str(rec.get("author")),
        origin=where,
    )
