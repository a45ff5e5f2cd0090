"""Actors the lexicons do not name: unknown people after a title (from the learned tagger,
rasd.ner) and crowds standing for people («تظاهر الآلاف»)."""

from __future__ import annotations

from rasd.actors.grammar import APPOSITION, definite, gap_ok, is_body
from rasd.lexicons import words_of
from rasd.model import ActorSpan, Document, Mention, Token

_NER_TYPES = {"PERS": "PER", "LOC": "LOC", "ORG": "ORG"}
_CROWD_WORDS = frozenset({"الالاف", "الاف", "المييات", "مييات", "العشرات", "عشرات", "الملايين",
                          "ملايين", "الوف", "الالوف"})


def crowds(doc: Document, spans: list[ActorSpan]) -> list[ActorSpan]:
    """«تظاهر الآلاف احتجاجا», «عشرات من أعضاء الحزب»: a count standing for people is a
    crowd of civilians (CVL), when no noun follows it."""
    tokens = doc.tokens
    taken = {i for s in spans for i in range(s.first, s.end)}
    stops = words_of("preposition") | words_of("boundary") | \
        words_of("skip")
    starts = {s.first for s in spans if s.mention.code}  # an uncoded name is not an actor
    out = list(spans)
    for i, t in enumerate(tokens):
        if i in taken or t.key not in _CROWD_WORDS:
            continue
        if i + 1 < len(tokens) and tokens[i + 1].key == "من" and any(
                j in starts for j in range(i + 2, i + 4)):
            continue  # «عشرات من أنصار المعارضة»: the actor named after the count
        nxt = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].sentence == t.sentence \
            else None
        if nxt is not None and not (nxt.key in stops or not nxt.key.isalnum()
                                    or nxt.key.startswith(("احتجاج", "تنديد", "للمطالب"))):
            continue
        m = Mention(doc.text[t.start:t.end], t.start, t.end, "MISC", "CVL", None, "CVL")
        out.append(ActorSpan(m, i, i + 1, "", True))
    return sorted(out, key=lambda s: s.first)


def _may_start_name(tokens: list[Token], i: int, starts: set[int]) -> bool:
    """Could token i (allowing one comma before it) begin a person's name?"""
    if i < len(tokens) and tokens[i].key in APPOSITION:
        i += 1
    if i >= len(tokens) or i in starts:
        return False
    from rasd.ner.lexicon import never_in_a_name

    k = tokens[i].key
    if not k.isalpha() or len(k) < 2 or k.startswith("ال") or never_in_a_name(k):
        return False
    return not any(k in words_of(c)
                   for c in ("boundary", "preposition", "skip", "quantity", "complementiser"))


def _joined_by_and(k: str) -> bool:
    """«يلتقي رئيس الشيشان وسمير جعجع»: a name after و is another person, not the name of the
    role before it, unless the word is a given name that begins with و («وليد», «وائل»)."""
    return k.startswith("و") and k not in words_of("w_names")


def _particle(tokens: list[Token], i: int, text: str) -> bool:
    """«فإن», «إن» at the head of a tagged name are the particle before it: «وبحسب
    المخابرات فإن جون …». «فان» without its hamza is also Dutch "Van" («فان رومبوي»), so it
    is the particle only before a word with the article («فان الفضلي»)."""
    k = tokens[i].key
    if k in words_of("complementiser"):
        return True
    return k == "فان" and ("إ" in text[tokens[i].start:tokens[i].end]
                          or definite(tokens[i + 1]))


_NOUN_AND_PRONOUN = ("ته", "تها", "تهم", "تهما")  # «استقالته», «زيارتها»


def add_names(doc: Document, spans: list[ActorSpan], use_ner: bool) -> list[ActorSpan]:
    """Names the lexicons do not know, from the learned tagger (rasd.ner), in the sentences
    where a role is mentioned.

    A person's name right after a role («وزير الخارجية الروسي سيرغي لافروف») joins it: the
    role gives the code, the name the text. Other names become PER / ORG / LOC mentions
    without a code (entities, not yet actors).
    """
    if not use_ner or not doc.tokens:
        return spans
    from rasd.ner import tag

    tokens = doc.tokens
    # The tagger costs more than the rest of the pipeline: it reads only the sentences where
    # a word that could begin a name follows a role with no name of its own.
    starts = {s.first for s in spans}
    wanted = {tokens[s.first].sentence for s in spans
              if s.role and s.mention.type != "PER" and _may_start_name(tokens, s.end, starts)}
    if not wanted:
        return spans
    by_start = {t.start: i for i, t in enumerate(tokens)}
    by_end = {t.end: i for i, t in enumerate(tokens)}
    taken = {i for s in spans for i in range(s.first, s.end)}
    out = list(spans)
    for start, end, typ in tag([t for t in tokens if t.sentence in wanted]):
        first, last = by_start.get(start), by_end.get(end)
        if first is None or last is None or typ not in _NER_TYPES:
            continue
        while first < last and _particle(tokens, first, doc.text):
            first += 1
            start = tokens[first].start
        if typ == "PERS":
            from rasd.ner.lexicon import never_in_a_name

            while last > first and tokens[last].key.endswith(_NOUN_AND_PRONOUN) \
                    and never_in_a_name(tokens[last].key):
                # «الأمير فهد استقالته»: a noun with a pronoun, only ever seen outside names
                last -= 1
                end = tokens[last].end
        if any(i in taken for i in range(first, last + 1)):
            continue
        host = None
        if typ == "PERS":
            host = next((s for s in out if s.mention.sector and s.mention.type != "PER"
                         and s.role and not s.counterpart and s.end <= first
                         and not is_body(tokens[s.first], s.proclitics)
                         and any(definite(t) for t in tokens[s.first:first])
                         and gap_ok(tokens, s.end, first, allow_comma=True)
                         and not _joined_by_and(tokens[first].key)
                         and tokens[s.first].sentence == tokens[first].sentence), None)
        if host is not None:
            m = host.mention
            host.mention = Mention(doc.text[m.start:end], m.start, end, "PER", m.code,
                                   m.country, m.sector, None, doc.text[start:end])
            host.end = last + 1
        else:
            mention = Mention(doc.text[start:end], start, end, _NER_TYPES[typ])
            out.append(ActorSpan(mention, first, last + 1, "", False))
        taken.update(range(first, last + 1))
    return sorted(out, key=lambda s: s.first)
