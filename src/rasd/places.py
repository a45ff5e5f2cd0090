"""Place stage: where each event happened, from the places its sentence names.

An event takes the place introduced by «في» (or «بـ») nearest its trigger in the same
sentence, preferring one after the trigger («قصفت الطائرات مواقع في إدلب»). Cities,
provinces and capitals give their country; coordinates are not known (null).
"""

from __future__ import annotations

from rasd.lexicons import function_words
from rasd.model import ActorSpan, Document, Location

_PLACE_TYPES = ("LOC", "GPE")


def _is_place(span: ActorSpan, doc: Document) -> bool:
    m = span.mention
    if m.type not in _PLACE_TYPES or m.sector not in (None, "GOV"):
        return False
    if "ب" in span.proclitics:
        return True
    i = span.first
    if i > 1 and doc.tokens[i - 1].key in function_words().get("place", frozenset()):
        i -= 1  # «في جنوب لبنان»
    return i > 0 and doc.tokens[i - 1].key == "في"


def locate_events(doc: Document) -> Document:
    if not doc.events:
        return doc
    by_sentence: dict[int, list[ActorSpan]] = {}
    for s in doc.actor_spans:
        if _is_place(s, doc):
            by_sentence.setdefault(doc.tokens[s.first].sentence, []).append(s)
    for e in doc.events:
        places = by_sentence.get(e.sentence)
        if not places:
            continue
        after = [p for p in places if p.mention.start >= e.trigger.end]
        pick = min(after or places, key=lambda p: abs(p.mention.start - e.trigger.start))
        m = pick.mention
        e.location = Location(name=m.text, country=m.country)
    return doc
