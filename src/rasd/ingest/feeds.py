"""RSS and Atom files → Articles, one per entry, via feedparser.

feedparser's HTML sanitiser is turned off: it is slow on long entries and rasd does not
render the HTML, it only takes the text out of it. A file that is not a feed at all (not XML,
or XML without entries) is reported once, with its name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from rasd.ingest.article import Article, with_title
from rasd.ingest.ids import source_from_url, stable_id, text_id

_BLOCK = re.compile(r"(?i)<\s*(?:br|/p|/div|/li|/h[1-6]|/blockquote|/tr)\s*/?\s*>")
_SCRIPT = re.compile(r"(?is)<(script|style)\b.*?</\1\s*>")
_SPACES = re.compile(r"[ \t\u00a0]+")


def html_to_text(fragment: str) -> str:
    """Text of an HTML fragment (an entry's content), one line per block element."""
    if "<" not in fragment:
        return fragment.strip()
    import lxml.html

    marked = _BLOCK.sub(lambda m: m.group(0) + "\n", fragment)
    try:
        tree = lxml.html.fromstring(f"<div>{marked}</div>")
        for bad in tree.xpath("//script|//style"):
            bad.drop_tree()
        text = tree.text_content()
    except Exception:  # malformed markup: fall back to stripping tags
        text = re.sub(r"<[^>]+>", " ", _SCRIPT.sub(" ", marked))
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _entry_text(entry: dict) -> str:
    for item in entry.get("content") or []:
        if item.get("value"):
            return html_to_text(item["value"])
    return html_to_text(entry.get("summary") or entry.get("description") or "")


def _entry_date(entry: dict) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        t = entry.get(key)
        if t:
            try:
                return date(t.tm_year, t.tm_mon, t.tm_mday).isoformat()
            except ValueError:
                continue
    return None


def read_feed(data: bytes, name: str, published: str | None = None) -> Iterator[Article]:
    """One Article per feed entry; a file that is not a feed gives one error Article."""
    import feedparser

    try:
        feed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    except Exception as e:  # feedparser raises little, but a run must not end here
        yield Article(id=name, origin=name, error=f"{name}: not a readable feed: {e}")
        return
    entries = feed.get("entries") or []
    if not entries:
        why = feed.get("bozo_exception") if feed.get("bozo") else "no entries"
        yield Article(id=name, origin=name, error=f"{name}: not an RSS/Atom feed ({why})")
        return
    for n, entry in enumerate(entries, 1):
        where = f"{name}#entry{n}"
        title = (entry.get("title") or "").strip() or None
        text = _entry_text(entry)
        link = entry.get("link") or None
        if not text.strip() and not title:
            yield Article(id=where, origin=where, error=f"{where}: entry has no text")
            continue
        raw = with_title(title, text)
        yield Article(id=stable_id(link, raw) if link else text_id(raw), raw=raw, url=link,
                      source=source_from_url(link) or feed.get("feed", {}).get("title"),
                      published=_entry_date(entry) or published, title=title,
                      author=entry.get("author") or None, origin=where)
