"""Place stage: where each event happened, from the places its sentence names.

An event takes the place introduced by «في» (or «بـ») nearest its trigger in the same
sentence, preferring one after the trigger («قصفت الطائرات مواقع في إدلب»). Cities,
provinces and capitals give their country; coordinates are not known (null). A
government, authorities or police with no country where an act of protest or force happens
are that country's.
"""

from __future__ import annotations

from dataclasses import replace

from rasd.lexicons import words_of
from rasd.model import ActorSpan, Document, Location, Mention

_PLACE_TYPES = ("LOC", "GPE")
# Institutions that stay in their country, unlike office holders who travel («استقبل الرئيس
# في باريس …»): a government, its authorities and its police protested against or acting
# where an act of protest, coercion or force happens are that country's.
_TERRITORIAL = frozenset({"government", "authorities", "police, security forces"})
_MATERIAL_ROOTS = frozenset({"14", "17", "18", "19", "20"})


def _of_country(m: Mention | None, country: str) -> Mention | None:
    if m is None or m.country or m.name not in _TERRITORIAL or not m.sector:
        return m
    return replace(m, code=country + m.sector, country=country)


def _is_place(span: ActorSpan, doc: Document) -> bool:
    m = span.mention
    if m.type not in _PLACE_TYPES or m.sector not in (None, "GOV"):
        return False
    if "ب" in span.proclitics:
        return True
    i = span.first
    if i > 1 and doc.tokens[i - 1].key in words_of("place"):
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
        if m.country and e.root in _MATERIAL_ROOTS:
            # «تظاهر الآلاف في الخرطوم ضد الحكومة»: Sudan's government
            e.source, e.target = _of_country(e.source, m.country), _of_country(e.target,
                                                                                m.country)
    return doc
