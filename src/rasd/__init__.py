"""rasd: Arabic news → CAMEO/PLOVER event data, every record traceable to its sentence.

    >>> import rasd
    >>> doc = rasd.code_text("اتصل الرئيس الأمريكي بنظيره الروسي.", published="2021-04-13")
    >>> [(e.source.code, e.target.code, e.cameo) for e in doc.events]
    [('USAGOV', 'RUSGOV', '041')]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from rasd.ingest.readers import text_id
from rasd.model import Document, Event, Mention
from rasd.pipeline import run, run_all
from rasd.settings import Settings

__version__ = "0.1.0"
__all__ = ["Document", "Event", "Mention", "Settings", "code_documents", "code_text"]


def code_text(text: str, published: str | None = None, *, id: str | None = None,
              settings: Settings | None = None) -> Document:
    """Code one article's text. `published` (YYYY-MM-DD) anchors relative dates and roles."""
    return run(Document(id=id or text_id(text), raw=text, published=published), settings)


def code_documents(docs: Iterable[Document | dict[str, Any]],
                   settings: Settings | None = None) -> Iterator[Document]:
    """Code a stream of Documents or dicts with `text` (and `id`, `url`, `source`,
    `published`), lazily, one at a time."""
    from rasd.ingest.readers import _doc_from_record

    def as_docs() -> Iterator[Document]:
        for n, d in enumerate(docs):
            yield d if isinstance(d, Document) else _doc_from_record(d, f"item {n}", None)

    return run_all(as_docs(), settings)
