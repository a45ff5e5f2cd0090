"""HTML pages → Articles: main text, title, date, author and URL via trafilatura.

trafilatura removes navigation, related-link boxes and comment sections by their markup; the
Arabic boilerplate cleaner of the pipeline still runs on what it keeps, catching the
«اقرأ أيضا» lines that sit in the article body itself.

Encoding is taken from the HTTP header (crawls) or the page's own `<meta charset>`. A page
whose bytes do not match what it declares is reported, not guessed at: decoding Arabic with
the wrong table gives plausible-looking mojibake that would then be coded as text.
"""

from __future__ import annotations

import codecs
import re

from rasd.ingest.article import Article, iso_date, with_title
from rasd.ingest.ids import source_from_url, stable_id

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_UTF8 = "utf-8"


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first few kilobytes (BOM or `<meta>`), if any."""
    if data.startswith(codecs.BOM_UTF8):
        return _UTF8
    m = _META_CHARSET.search(data[:8192])
    return m.group(1).decode("ascii", "replace") if m else None


def decode_html(data: bytes, where: str, charset: str | None = None
                ) -> tuple[str | None, str | None]:
    """Decode page bytes by their declared charset → (text, None) or (None, error)."""
    charset = charset or declared_charset(data)
    if charset is None:
        try:
            return data.decode("utf-8-sig"), None
        except UnicodeDecodeError as e:
            return None, f"{where}: no charset declared and not UTF-8 (byte {e.start})"
    try:
        name = codecs.lookup(charset).name
    except LookupError:
        return None, f"{where}: unknown declared charset {charset!r}"
    if name == _UTF8:
        try:
            return data.decode("utf-8-sig"), None
        except UnicodeDecodeError as e:
            return None, (f"{where}: declared charset {charset} does not match its bytes "
                          f"(invalid UTF-8 at byte {e.start})")
    if not data.isascii():
        try:
            data.decode(_UTF8)
        except UnicodeDecodeError:
            pass
        else:
            return None, (f"{where}: declared charset {charset} does not match its bytes "
                          f"(they are UTF-8)")
    try:
        return data.decode(name), None
    except UnicodeDecodeError as e:
        return None, (f"{where}: declared charset {charset} does not match its bytes "
                      f"(byte {e.start})")


def extract(html: str, url: str | None = None) -> dict[str, object] | None:
    """trafilatura's main text and metadata of a page, or None when it finds no article."""
    import trafilatura

    found = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_images=False,
        date_extraction_params={"original_date": True, "extensive_search": False})
    if found is None:
        return None
    return found if isinstance(found, dict) else found.as_dict()


def article_from_html(data: bytes, where: str, *, url: str | None = None,
                      charset: str | None = None, fallback_date: str | None = None,
                      source: str | None = None) -> Article:
    """One Article from the bytes of an HTML page; problems become its `error`."""
    html, err = decode_html(data, where, charset)
    if err or html is None:
        return Article(id=where, origin=where, error=err)
    try:
        found = extract(html, url)
    except Exception as e:  # a parser failure on one page must not end the run
        return Article(id=where, origin=where,
                       error=f"{where}: HTML extraction failed: {type(e).__name__}: {e}")
    if not found or not str(found.get("text") or "").strip():
        return Article(id=where, origin=where, error=f"{where}: no article text in the page")
    page_url = url or (found.get("url") if isinstance(found.get("url"), str) else None)
    title = found.get("title") if isinstance(found.get("title"), str) else None
    author = found.get("author") if isinstance(found.get("author"), str) else None
    raw = with_title(title, str(found["text"]))
    return Article(id=stable_id(page_url, raw), raw=raw, url=page_url,
                   source=source or source_from_url(page_url),
                   published=iso_date(found.get("date")) or fallback_date,
                   title=title, author=author, origin=where)
