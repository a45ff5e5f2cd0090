"""An ingested article: a `Document` plus what readers know about the page it came from.

The rasd/1 model has no title, author or origin; readers of HTML, feeds and crawls do know
them, and the store keeps them, so they ride along on this subclass. The pipeline sees an
ordinary Document (stages return the object they were given, so these fields survive).
"""

from __future__ import annotations

from dataclasses import dataclass

from rasd.model import Document


@dataclass
class Article(Document):
    title: str | None = None
    author: str | None = None
    origin: str | None = None  # where it was read: "file", "file:line" or "file#record"


def with_title(title: str | None, text: str) -> str:
    """The text to code: the title as its first line unless the text already starts with it."""
    title = (title or "").strip()
    if title and not text.lstrip().startswith(title):
        return title + "\n" + text
    return text


def iso_date(value: object) -> str | None:
    """`YYYY-MM-DD` from a date, datetime or date-like string, else None."""
    from datetime import date, datetime

    if isinstance(value, datetime | date):
        return value.isoformat()[:10]
    if isinstance(value, str) and len(value) >= 10:
        try:
            return date.fromisoformat(value[:10]).isoformat()
        except ValueError:
            return None
    return None
