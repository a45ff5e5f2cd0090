"""Coreference stage: actors resolved from earlier mentions in the same document.

- A role noun alone («الرئيس», «وزير الخارجية») after a mention of the same role with a
  country takes that mention's code: «قال الرئيس المصري ... وأضاف الرئيس» → EGYGOV.
- «نظيره الروسي» takes the sector of the actor it is the counterpart of: the nearest
  preceding actor of the sentence that has one.
- A name first seen in full after a title («وزير الخارجية الروسي سيرغي لافروف») makes its
  last word an alias: a later «لافروف» is the same actor.
"""

from __future__ import annotations

from dataclasses import replace

from rasd.model import ActorSpan, Document, Mention, Token
from rasd.text.normalize import clitic_variants

BARE_ROLE_REACH = 2000  # characters back in which a role's antecedent is looked for


def _resolve_bare_roles(spans: list[ActorSpan]) -> None:
    last_by_role: dict[str, ActorSpan] = {}
    for s in spans:
        if s.bare_role and s.role in last_by_role:
            ante = last_by_role[s.role]
            if s.mention.start - ante.mention.end <= BARE_ROLE_REACH:
                a = ante.mention
                s.mention = replace(s.mention, code=a.code, country=a.country, sector=a.sector,
                                    name=a.name, name_ar=a.name_ar,
                                    type=a.type if a.type == "PER" else s.mention.type)
                s.usable = True
        elif s.role and s.mention.country:
            last_by_role[s.role] = s


def _resolve_counterparts(spans: list[ActorSpan], tokens: list[Token]) -> None:
    for i, s in enumerate(spans):
        if not s.counterpart or s.mention.country is None:
            continue
        sentence = tokens[s.first].sentence
        for other in reversed(spans[:i]):
            if tokens[other.first].sentence != sentence:
                break
            if other.mention.sector and not other.counterpart:
                m = s.mention
                s.mention = replace(m, code=m.country + other.mention.sector,
                                    sector=other.mention.sector,
                                    type="PER" if other.mention.type == "PER" else m.type)
                break


def _alias_names(doc: Document) -> list[ActorSpan]:
    """Later bare surnames of people first named in full with an unknown-name title."""
    aliases: dict[str, Mention] = {}
    for s in doc.actor_spans:
        m = s.mention
        if m.type == "PER" and m.name is None and s.end - s.first >= 3 and m.code:
            surname = doc.tokens[s.end - 1].key
            if len(surname) >= 3:
                aliases[surname] = m
    if not aliases:
        return []
    taken = {i for s in doc.actor_spans for i in range(s.first, s.end)}
    out = []
    for i, t in enumerate(doc.tokens):
        if i in taken:
            continue
        for stem, proclitics, lead in clitic_variants(t.key):
            ante = aliases.get(stem)
            if ante is not None and ante.start < t.start:
                start = t.start + lead
                m = replace(ante, text=doc.text[start:t.end], start=start, end=t.end)
                out.append(ActorSpan(m, i, i + 1, proclitics, True))
                break
    return out


def resolve_in_document(doc: Document) -> Document:
    spans = doc.actor_spans
    _resolve_bare_roles(spans)
    _resolve_counterparts(spans, doc.tokens)
    extra = _alias_names(doc)
    if extra:
        spans = sorted([*spans, *extra], key=lambda s: s.first)
        doc.actor_spans = spans
    doc.entities = [s.mention for s in spans]
    return doc
