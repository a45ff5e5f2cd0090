"""A coded Document → the rows it adds to each table (plain dicts, cheap to pickle).

This runs in the worker processes, so everything per document (flattening actors, cutting
evidence sentences, the MinHash signature) is done in parallel and the single writer only
inserts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from rasd.model import Document, Mention

_ACTOR_FIELDS = ("code", "text", "type", "country", "sector", "name", "name_ar")


@dataclass(slots=True)
class Coded:
    """One document's rows."""

    document: dict[str, Any]
    mentions: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)


def _actor(prefix: str, m: Mention | None) -> dict[str, Any]:
    return {f"{prefix}_{f}": (getattr(m, f) if m else None) for f in _ACTOR_FIELDS}


def _date(value: str | None) -> str | None:
    """ISO dates only: a malformed date in the input must not fail the batch insert."""
    from datetime import date

    if not value:
        return None
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


def document_rows(doc: Document, signature: bytes | None = None) -> Coded:
    text = doc.text
    row = {
        "id": doc.id, "url": doc.url, "source": doc.source, "published": _date(doc.published),
        "title": getattr(doc, "title", None), "author": getattr(doc, "author", None),
        "origin": getattr(doc, "origin", None), "language": doc.language, "text": text,
        "n_sentences": len(doc.sentences), "n_dropped": len(doc.dropped),
        "n_mentions": len(doc.entities), "n_events": len(doc.events), "error": doc.error,
        "signature": signature, "ingested_at": datetime.now().replace(microsecond=0),
    }
    mentions = [{"doc_id": doc.id, "n": n, "text": m.text, "start": m.start, "end": m.end,
                 "type": m.type, "code": m.code, "country": m.country, "sector": m.sector,
                 "name": m.name, "name_ar": m.name_ar} for n, m in enumerate(doc.entities)]
    events = []
    for e in doc.events:
        s = doc.sentences[e.sentence] if 0 <= e.sentence < len(doc.sentences) else None
        loc = e.location
        events.append({
            "id": e.id, "doc_id": doc.id, "sentence": e.sentence,
            "sentence_start": s.start if s else None, "sentence_end": s.end if s else None,
            "sentence_text": text[s.start:s.end] if s else None,
            "trigger_text": e.trigger.text, "trigger_start": e.trigger.start,
            "trigger_end": e.trigger.end, "cameo": e.cameo, "root": e.root,
            "plover": e.plover, "plover_mode": e.plover_mode, "quad_class": e.quad_class,
            "goldstein": float(e.goldstein), **_actor("source", e.source),
            **_actor("target", e.target), "date": _date(e.date),
            "location_name": loc.name if loc else None,
            "location_country": loc.country if loc else None,
            "location_lat": loc.lat if loc else None, "location_lon": loc.lon if loc else None,
            "negated": e.negated, "modality": e.modality, "confidence": float(e.confidence),
        })
    return Coded(row, mentions, events)
