"""Stable document ids: the same article gets the same id on every run and from every format.

An id is what makes ingest idempotent: a document whose id is already stored is not coded
again. A record's own `id` wins; otherwise the id comes from the article's URL (so the same
page read from a saved file, a feed and a crawl is stored once), and only then from its text.
"""

from __future__ import annotations

import hashlib
from urllib.parse import urlsplit, urlunsplit


def _digest(data: str) -> str:
    return hashlib.blake2b(data.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def text_id(text: str) -> str:
    """Id of a document known only by its text."""
    return _digest(text)


def canonical_url(url: str) -> str:
    """The URL with case-insensitive parts lowered and the fragment removed."""
    parts = urlsplit(url.strip())
    path = parts.path or "/"
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, parts.query, ""))


def url_id(url: str) -> str:
    """Id of a document known by its URL: `u` + a hash of the canonical URL."""
    return "u" + _digest(canonical_url(url))[:15]


def source_from_url(url: str | None) -> str | None:
    """The publishing site of a URL: its host without `www.` (`aawsat.com`)."""
    if not url:
        return None
    host = urlsplit(url.strip()).hostname or ""
    return host.removeprefix("www.") or None


def stable_id(url: str | None, text: str) -> str:
    return url_id(url) if url else text_id(text)
