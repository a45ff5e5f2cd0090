"""Coreference stage: actors resolved from earlier mentions in the same document.

- A role noun alone («الرئيس», «وزير الخارجية») after a mention of the same role with a
  country takes that mention's code: «قال الرئيس المصري ... وأضاف الرئيس» → EGYGOV. A role
  with a name takes the last such mention with that name, else the last with none.
- «نظيره الروسي» takes the sector of the actor it is the counterpart of: the nearest
  preceding actor of the sentence that has one.
- A name first seen in full after a title («وزير الخارجية الروسي سيرغي لافروف») makes its
  last word an alias: a later «لافروف» is the same actor.
- «الحركة», «الحزب», «التنظيم», «الجماعة», «الجبهة» alone stand for the last organisation
  named with that head noun: «حركة حماس ... وقالت الحركة في بيان» → PSEREB.
- «المملكة», «السلطنة» alone are the kingdom (sultanate) the document names most.
- «التحالف» alone is the military coalition named before it («طيران التحالف العربي»).
- «بلاده», «حكومته», and forces owned by a pronoun in what is said («قالت إسرائيل إن
  قواتها»), are those of the nearest actor before them that the pronoun fits.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

from rasd.actors.grammar import KIN, ORDINALS, RELATIVE, definite, deputy_end
from rasd.model import ActorSpan, Document, Mention, Token
from rasd.ontology import ARMED, STATE_ORGANS
from rasd.text.normalize import clitic_variants, key

BARE_ROLE_REACH = 2000  # characters back in which a role's antecedent is looked for


def _antecedent(name: str | None, earlier: list[ActorSpan]) -> ActorSpan | None:
    """The mention a bare role stands for: the last one, or for a role with a name («الرئيس
    يوهانس فيرتانين»), the last with that name, else the last with none: a president named
    after «الرئيس الأميركي جون سميث» is another president."""
    if not name:
        return earlier[-1]
    last = key(name.split()[-1])
    named = [a for a in earlier if a.mention.name_ar]
    return next((a for a in reversed(named) if key(a.mention.name_ar.split()[-1]) == last),
                next((a for a in reversed(earlier) if not a.mention.name_ar), None))


def _head_word(role: str) -> str:
    return key(role.split()[0]).removeprefix("ال")


# One-word roles news uses alone for the office named in full before: «وزارة الخارجية
# الفلسطينية ... وأدانت الوزارة». Not «الرئيس» after «رئيس الوزراء», nor «القوات» after
# «قوات النظام» (the next forces named are often the other side's).
OFFICE_HEADS = frozenset(key(w) for w in ("وزارة", "وزير"))


_BULLETS = frozenset({"*", "•"})
# the regime and its forces («قوات النظام», «طيران النظام», «القوات الحكومية»), by role
_REGIME_SIDES = {"النظام": "قوات النظام", "قوات النظام": "النظام"}


def _items(tokens: list[Token]) -> list[int]:
    """The item of a digest each token stands in: a new one begins at each sentence that
    opens with a bullet («* كراتشي - «الشرق الأوسط»: …»). One item in most documents."""
    out, item = [], 0
    for i, t in enumerate(tokens):
        if t.key in _BULLETS and (i == 0 or tokens[i - 1].sentence != t.sentence):
            item += 1
        out.append(item)
    return out


def _take(s: ActorSpan, a: Mention) -> None:
    """The bare role `s` stands for the actor of mention `a`."""
    s.mention = replace(s.mention, code=a.code, country=a.country, sector=a.sector,
                        name=a.name, name_ar=a.name_ar,
                        type=a.type if a.type == "PER" else s.mention.type)
    s.usable = True


def _resolve_bare_roles(spans: list[ActorSpan], tokens: list[Token]) -> None:
    """A bare role takes the last mention of its role with a country in its item of the
    document; «الوزارة» and «الوزير» failing that the last one headed by their word. (The
    stories of a digest are apart: «قوات الأمن الهندية» in one is not «قوات الأمن» of the
    next, on Pakistan.)"""
    by_role: dict[str, list[ActorSpan]] = {}
    by_head: dict[str, list[ActorSpan]] = {}
    items = _items(tokens) if any(t.key in _BULLETS for t in tokens) else None
    item = 0
    for s in spans:
        if items is not None and items[s.first] != item:
            item = items[s.first]
            by_role.clear()
            by_head.clear()
        earlier = None
        if s.bare_role and s.role:
            earlier = by_role.get(s.role)
            if earlier is None and (head := _head_word(s.role)) in OFFICE_HEADS \
                    and key(s.mention.text).removeprefix("ال") == head:  # not «الوزراء»
                earlier = by_head.get(head)
        if not earlier and s.bare_role and s.role in _REGIME_SIDES and s.mention.sector and (
                kin := by_role.get(_REGIME_SIDES[s.role])) \
                and s.mention.start - kin[-1].mention.end <= BARE_ROLE_REACH:
            # «قوات النظام السوري … ويقصف النظام»: the regime and its forces are one state's
            c = kin[-1].mention.country
            s.mention = replace(s.mention, code=c + s.mention.sector, country=c)
            s.usable = True
        elif earlier:
            ante = _antecedent(s.mention.name_ar, earlier)
            if ante is not None and s.mention.start - ante.mention.end <= BARE_ROLE_REACH:
                _take(s, ante.mention)
        elif s.role and (s.mention.country or (s.mention.code or "").startswith("IGO")):
            # «الأمين العام للأمم المتحدة … وقال الأمين العام»: a body's office too
            by_role.setdefault(s.role, []).append(s)
            by_head.setdefault(_head_word(s.role), []).append(s)


def _resolve_headline_roles(spans: list[ActorSpan], tokens: list[Token]) -> None:
    """«ولي العهد يستقبل وزير الخارجية المصري»: a bare role in the headline, with none
    before it, is the first of its role with a country that the text below names."""
    head = tokens[0].sentence
    # «وزير الدفاع يعقد اجتماعا مع وزير الدفاع الأمريكي»: not the other one it names
    named = {(s.role, s.mention.code) for s in spans
             if tokens[s.first].sentence == head and s.mention.country}
    below: dict[str, ActorSpan] = {}
    for s in spans:
        if tokens[s.first].sentence != head and s.role and s.mention.country \
                and (s.role, s.mention.code) not in named:
            below.setdefault(s.role, s)
    for s in spans:
        if tokens[s.first].sentence != head:
            break
        if s.bare_role and s.role and not s.mention.country \
                and (a := below.get(s.role)) is not None \
                and a.mention.start - s.mention.end <= BARE_ROLE_REACH:
            _take(s, a.mention)


def _resolve_conjoined_roles(spans: list[ActorSpan]) -> None:
    """«خادم الحرمين وولي العهد»: a role with no country joined by و right after an
    office holder of a country is that country's (a foreign one would be named so)."""
    for prev, s in pairwise(spans):
        p, m = prev.mention, s.mention
        if s.role and m.country is None and m.sector and s.proclitics == "و" \
                and prev.end == s.first and p.country and p.sector == m.sector \
                and p.code == p.country + p.sector:
            s.mention = replace(m, code=p.country + m.sector, country=p.country)


def _mark_appositions(spans: list[ActorSpan], tokens: list[Token]) -> None:
    """«حيدر العبادي رئيس الوزراء»: a name and a bare office of its sector right after it,
    in the singular, are one person, so the office is no second party («استقبل الملك
    سلمان رئيس الوزراء البريطاني», «دعا كيري الصحافيين», «وزراء الصحة»: others)."""
    holder = None  # the name the titles are of
    chain = -1  # where the last apposition ended: «ولي العهد نائب رئيس مجلس الوزراء
    # وزير الداخلية» are all titles of the name before them
    for prev, s in pairwise(spans):
        p, m = prev.mention, s.mention
        # «… النائب الثاني لرئيس مجلس الوزراء»: the office deputised, after «نائب»
        deputy = s.first == deputy_end(tokens, chain if chain >= 0 else prev.end)
        office = s.role is not None and (not s.proclitics or (deputy and s.proclitics == "ل")) \
            and m.country is None and m.sector == p.sector
        named = office and (prev.end == s.first or deputy) and p.type == "PER" \
            and not prev.role and tokens[s.first].key[len(s.proclitics):].removeprefix("ال") \
            == _head_word(s.role)
        chained = chain >= 0 and (s.first == chain or deputy)
        if office and (named or chained):
            if named:
                holder = p
            s.usable = False
            if holder is not None:  # «حيدر العبادي رئيس الوزراء»: the office is his country's
                s.mention = replace(m, code=holder.code, country=holder.country)
            chain = s.end
        else:
            chain = -1


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


# «بلاده», «حكومتها»: a country or government owned by a pronoun → the sector it names
# (None: the country itself).
_OWNED_STATE = {key(w + p): sector for w, sector in (("بلاد", None), ("دولت", None),
                                                     ("حكومت", "GOV"))
                for p in ("ه", "ها", "هم")}
_OWNED_ENDS = tuple(_OWNED_STATE)


def _possessed(doc: Document, table: dict[str, object], ends: tuple[str, ...]
               ) -> Iterator[tuple[int, str, str, int]]:
    """(token, stem, proclitics, lead) of each word no actor covers whose clitic reading is
    one of `table`'s possessed forms («بلاده», «قواتها»)."""
    tokens = doc.tokens
    found = [i for i, t in enumerate(tokens) if t.key.endswith(ends)]
    if not found:
        return
    taken = {i for s in doc.actor_spans for i in range(s.first, s.end)}
    for i in found:
        if i in taken:
            continue
        reading = next(((stem, proclitics, lead) for stem, proclitics, lead
                        in clitic_variants(tokens[i].key) if stem in table), None)
        if reading is not None:
            yield i, *reading


def _owned_span(doc: Document, i: int, proclitics: str, lead: int, typ: str, code: str,
                country: str | None, sector: str | None) -> ActorSpan:
    t = doc.tokens[i]
    start = t.start + lead
    m = Mention(doc.text[start:t.end], start, t.end, typ, code, country, sector)
    return ActorSpan(m, i, i + 1, proclitics, True, implied="owned")


def _owned_states(doc: Document) -> list[ActorSpan]:
    """«قال وزير الخارجية الإيراني إن بلاده …»: «بلاده» (his country) is the country of
    the nearest person or office holder before it in the sentence, «حكومته» its
    government. Not a state named before («إن إيران تهدد بلاده»: not Iran's), and not
    «بلادنا», whose «we» is a speaker the sentence may not name."""
    tokens, spans = doc.tokens, doc.actor_spans
    out = []
    for i, stem, proclitics, lead in _possessed(doc, _OWNED_STATE, _OWNED_ENDS):
        owner = next((x for x in reversed(spans) if x.end <= i
                      and tokens[x.first].sentence == tokens[i].sentence
                      and (x.mention.type == "PER" or x.role)), None)
        if owner is None or owner.mention.country is None:
            continue
        country, sector = owner.mention.country, _OWNED_STATE[stem]
        out.append(_owned_span(doc, i, proclitics, lead, "ORG" if sector else "GPE",
                               country + (sector or ""), country, sector))
    return out


# «قواتها», «مقاتليه», «عناصرهم»: forces owned by a pronoun → the owner's armed side
_FORCES = ("قوات", "جنود", "مقاتلي", "مقاتلو", "عناصر", "مسلحي", "مسلحو", "أفراد")
_THAT = frozenset(key(w) for w in ("أن", "إن", "بأن", "وأن", "وإن"))
_OWNED_FORCES = {key(w + p): (key(w), p) for w in _FORCES for p in ("ه", "ها", "هم")}
_STATE_FORCES = frozenset(key(w) for w in ("قوات", "جنود"))
_OWNED_FORCE_ENDS = tuple(_OWNED_FORCES)


def _forces_of(owner: ActorSpan, noun: str) -> str | None:
    """The code of an actor's own forces: an armed group's or a force's are itself
    («حزب الله … مقاتليه», «الجيش … عناصره»), a state's or its government's forces and
    soldiers are its military («إسرائيل … قواتها» → ISRMIL; a ministry's «عناصرها» are its
    staff); others have none."""
    m = owner.mention
    if m.sector in ARMED or (m.code or "").startswith("IMG"):
        return m.code
    if noun in _STATE_FORCES and m.country and (
            m.sector in STATE_ORGANS or (m.type == "GPE" and m.code == m.country)):
        return m.country + "MIL"
    return None


def _owner_agrees(owner: ActorSpan, pronoun: str, tokens: list[Token], text: str) -> bool:
    """Does the owner take the pronoun: «ها» a feminine or a plural of things («إسرائيل»,
    «الحكومة», «القوات»), «هم» a plural of people, «ه» the rest?"""
    from rasd.events.agreement import feminine, feminine_plural, plural_noun
    from rasd.events.speech import speech_kind

    if pronoun == "ها":
        # «قالت حماس إن مقاتليها»: a name with no «ة» is feminine when its verb is
        before = tokens[owner.first - 1] if owner.first > 0 else None
        return feminine(owner, tokens, text) or feminine_plural(owner, tokens) or (
            before is not None and before.key.endswith("ت") and speech_kind(before) is not None)
    plural = plural_noun(owner, tokens) and not feminine_plural(owner, tokens)
    if pronoun == "هم":
        return plural
    return not plural and not feminine(owner, tokens, text) \
        and not feminine_plural(owner, tokens)


def _owned_forces(doc: Document) -> list[ActorSpan]:
    """«قالت إسرائيل إن قواتها قتلت», «أعلن حزب الله أن مقاتليه»: forces owned by a
    pronoun, opening what someone says, are those of the nearest actor before them in the
    sentence that takes the pronoun (mostly the speaker), when it is a state or an armed
    side (see `_forces_of`). Elsewhere the owner is too often another: «تسلمت مصر في
    فرنسا فرقاطة … قواتها البحرية» are Egypt's."""
    tokens, spans = doc.tokens, doc.actor_spans
    out = []
    for i, stem, proclitics, lead in _possessed(doc, _OWNED_FORCES, _OWNED_FORCE_ENDS):
        if i == 0 or tokens[i - 1].key not in _THAT:
            continue
        noun, pronoun = _OWNED_FORCES[stem]
        owner = next((x for x in reversed(spans) if x.end <= i and x.usable
                      and tokens[x.first].sentence == tokens[i].sentence
                      and _owner_agrees(x, pronoun, tokens, doc.text)), None)
        code = _forces_of(owner, noun) if owner is not None else None
        if owner is None or code is None:
            continue
        sector = code[3:6] if len(code) >= 6 and not code.startswith("IMG") else None
        out.append(_owned_span(doc, i, proclitics, lead, "ORG", code, owner.mention.country,
                               sector or owner.mention.sector))
    return out


# the word before a surname that makes it part of a compound name («عبد العزيز», «نصر الله»)
_COMPOUND = KIN | frozenset(key(w) for w in ("عبد", "أبو", "نصر", "الحمد", "العبد", "ولي"))
_NAME_TITLES = frozenset(key(w) for w in ("الملك", "الملكة", "الأمير", "خادم"))


def _alias_names(doc: Document) -> list[ActorSpan]:
    """Later bare surnames of people first named in full: with an unknown-name title, or
    known people whose surname has the article («نوري المالكي» … «تصريحات المالكي»; not
    «آل سعود», nor a name the lexicons give alone, as «العبادي»)."""
    aliases: dict[str, Mention] = {}
    first_in: dict[str, int] = {}  # the sentence a known person is first named in full in
    for s in doc.actor_spans:
        m = s.mention
        if m.type != "PER" or not m.code:
            continue
        surname = doc.tokens[s.end - 1].key
        if m.name is None and s.end - s.first >= 3 and len(surname) >= 3:
            aliases[surname] = m
        elif m.name_ar and len(words := [key(w) for w in m.name_ar.split()]) >= 2 \
                and surname == words[-1] and surname.startswith("ال") and len(surname) >= 5 \
                and words[-2] not in _COMPOUND and words[0] not in _NAME_TITLES \
                and surname not in ORDINALS:
            aliases.setdefault(surname, m)
            first_in.setdefault(surname, doc.tokens[s.first].sentence)
    if not aliases:
        return []
    taken = {i for s in doc.actor_spans for i in range(s.first, s.end)}
    out = []
    for i, t in enumerate(doc.tokens):
        if i in taken:
            continue
        for stem, proclitics, lead in clitic_variants(t.key):
            ante = aliases.get(stem)
            # before the full name too: in the headline, and for a known person in the
            # sentence that names him («… لترشيح ميقاتي، والتمسك بترشيح الرئيس سعد الحريري»)
            if ante is not None and (ante.start < t.start or t.sentence in (
                    first_in.get(stem), doc.tokens[0].sentence)):
                start = t.start + lead
                m = replace(ante, text=doc.text[start:t.end], start=start, end=t.end)
                out.append(ActorSpan(m, i, i + 1, proclitics, True))
                break
    return out


# Head nouns of organisation names that news uses alone for the organisation named before.
ORG_HEADS = frozenset(key(w) for w in ("حركة", "حزب", "تنظيم", "جماعة", "جبهة"))


@lru_cache(maxsize=1)
def _org_heads() -> dict[tuple[str | None, str | None], frozenset[str]]:
    """(code, name) of each organisation → the head nouns its names begin with."""
    from rasd.actors.lexicon import actor_matcher

    out: dict[tuple[str | None, str | None], set[str]] = {}
    for phrase, e in actor_matcher()._phrases.items():
        if e.kind == "org" and phrase[0] in ORG_HEADS:
            out.setdefault((e.code, e.name), set()).add(phrase[0])
    return {k: frozenset(v) for k, v in out.items()}


# Heads that, with no organisation named before, still stand for one the reader is meant
# to know («وخطفت الحركة عشرات العمال»): an armed group the lexicons do not name, which the
# coder keeps only as the doer of violence. Not «الحزب»: a party acts politically.
_UNNAMED_HEADS = frozenset(key(w) for w in ("حركة", "تنظيم", "جماعة", "جبهة"))
_HEAD_ENDS = tuple(ORG_HEADS)
_RESPONSIBILITY = key("المسؤولية")


def _unnamed_group(doc: Document, i: int, proclitics: str, lead: int) -> ActorSpan:
    t = doc.tokens[i]
    start = t.start + lead
    m = Mention(doc.text[start:t.end], start, t.end, "ORG", "UAF", None, "UAF",
                "unidentified group")
    return ActorSpan(m, i, i + 1, proclitics, True, implied="group")


def _bare_org_heads(doc: Document) -> list[ActorSpan]:
    """«وقالت الحركة»: a definite head noun alone, not followed by another definite word
    («الحركة الإسلامية» is another name), after an organisation named with it; with none
    named before, nor the head noun heard before, an unidentified group."""
    tokens, spans = doc.tokens, doc.actor_spans
    found = [i for i, t in enumerate(tokens) if t.key.endswith(_HEAD_ENDS)]
    if not found:
        return []  # most articles have no such head noun: skip the rest
    heads = _org_heads()
    taken = {i for s in spans for i in range(s.first, s.end)}
    named_orgs = sorted(((s.first, h, s.mention) for s in spans
                         if s.mention.type == "ORG" and s.mention.code and not s.role
                         for h in heads.get((s.mention.code, s.mention.name), ())),
                        key=lambda x: x[0])
    last: dict[str, Mention] = {}
    named: set[str] = set()
    out = []
    k = 0
    for i in found:
        t = tokens[i]
        while k < len(named_orgs) and named_orgs[k][0] <= i:
            last[named_orgs[k][1]] = named_orgs[k][2]
            k += 1
        if not definite(t):
            # «مسلحين من تنظيم داعش … شنه التنظيم»: a name the head began, known or not
            named.update(stem for stem, _, _ in clitic_variants(t.key))
            continue
        if i in taken:
            continue
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is not None and nxt.sentence == t.sentence and definite(nxt) \
                and nxt.key != _RESPONSIBILITY:
            continue  # «الحركة الإسلامية»; not «تبنت الحركة المسؤولية», the claim's object
        variants = [(stem.removeprefix("ال"), proclitics, lead)
                    for stem, proclitics, lead in clitic_variants(t.key)
                    if stem.startswith("ال")]
        for stem, proclitics, lead in variants:
            ante = last.get(stem)
            if ante is not None and t.start - ante.end <= BARE_ROLE_REACH:
                start = t.start + lead
                m = replace(ante, text=doc.text[start:t.end], start=start, end=t.end)
                out.append(ActorSpan(m, i, i + 1, proclitics, True))
                break
        else:
            for stem, proclitics, lead in variants:
                if stem in _UNNAMED_HEADS and stem not in named:
                    out.append(_unnamed_group(doc, i, proclitics, lead))
                    break
    return out


# «وتواصل المملكة تقديم المساعدات»: the kingdom (the sultanate) alone is the one the
# document names most; with two named as often, or none, it stays unresolved.
_BARE_STATES = {key("المملكة"): frozenset({"SAU", "JOR", "MAR", "BHR", "GBR", "ESP", "NLD",
                                          "BEL", "SWE", "NOR", "DNK", "THA"}),
                key("السلطنة"): frozenset({"OMN", "BRN"})}
_BARE_STATE_ENDS = tuple(_BARE_STATES)


def _bare_states(doc: Document) -> list[ActorSpan]:
    tokens, spans = doc.tokens, doc.actor_spans
    found = [i for i, t in enumerate(tokens) if t.key.endswith(_BARE_STATE_ENDS)]
    if not found:
        return []
    named = Counter(s.mention.country for s in spans if s.mention.country)
    taken = {i for s in spans for i in range(s.first, s.end)}
    out = []
    for i in found:
        t = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if i in taken or (nxt is not None and nxt.sentence == t.sentence and definite(nxt)
                          and nxt.key not in RELATIVE):
            continue  # «المملكة الهاشمية»: a name the lexicons may not hold
        reading = next(((stem, p, lead) for stem, p, lead in clitic_variants(t.key)
                        if stem in _BARE_STATES), None)
        if reading is None:
            continue
        stem, proclitics, lead = reading
        ranked = sorted(((named[c], c) for c in _BARE_STATES[stem] if named[c]), reverse=True)
        if not ranked or (len(ranked) > 1 and ranked[0][0] == ranked[1][0]):
            continue
        c = ranked[0][1]
        state = next((s.mention for s in spans if s.mention.code == c), None)
        start = t.start + lead
        out.append(ActorSpan(Mention(doc.text[start:t.end], start, t.end, "GPE", c, c, None,
                                     state.name if state else None,
                                     state.name_ar if state else None),
                             i, i + 1, proclitics, True))
    return out


# «والتحالف يدك مواقع الحوثيين»: the coalition alone is the military one named before it
# («طيران التحالف العربي», «قوات التحالف»); not an alliance («التحالف مع», «هذا التحالف»).
_COALITION = key("التحالف")
_NOT_THE_COALITION = frozenset(key(w) for w in ("مع", "بين", "هذا", "ذلك", "حكومة"))


def _bare_coalitions(doc: Document) -> list[ActorSpan]:
    tokens, spans = doc.tokens, doc.actor_spans
    found = [i for i, t in enumerate(tokens) if t.key.endswith(_COALITION)]
    if not found:
        return []
    named = [s for s in spans if s.mention.sector == "MIL" and not s.mention.country
             and any(tokens[j].key.endswith(_COALITION) for j in range(s.first, s.end))]
    taken = {i for s in spans for i in range(s.first, s.end)}
    out = []
    for i in found:
        t = tokens[i]
        ante = next((s for s in reversed(named) if s.end <= i), None)
        if ante is None and t.sentence == tokens[0].sentence:
            # «غارات التحالف تقتل …»: a headline's short name is the one its text then gives
            ante = next((s for s in named if s.first > i), None)
        if ante is None or i in taken or abs(t.start - ante.mention.end) > BARE_ROLE_REACH:
            continue
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        prev = tokens[i - 1] if i > 0 else None
        if (nxt is not None and nxt.sentence == t.sentence and (
                (definite(nxt) and nxt.key not in RELATIVE) or nxt.key in _NOT_THE_COALITION)) \
                or (prev is not None and prev.key in _NOT_THE_COALITION):
            continue  # «التحالف المدني», «التحالف مع الغرب», «هذا التحالف»
        reading = next(((p, lead) for stem, p, lead in clitic_variants(t.key)
                        if stem == _COALITION), None)
        if reading is None:
            continue
        proclitics, lead = reading
        start = t.start + lead
        m = replace(ante.mention, text=doc.text[start:t.end], start=start, end=t.end)
        out.append(ActorSpan(m, i, i + 1, proclitics, True))
    return out


def _resolve_ambiguous_places(spans: list[ActorSpan]) -> None:
    """«طرابلس» is Libya's capital in most news, Lebanon's second city in news about
    Lebanon: a name in several countries takes the one of them the document names most
    (after the other names and adjectives it holds). With no evidence a seat keeps its
    first country; a place then has none."""
    from rasd.actors.lexicon import ambiguous_places

    names = ambiguous_places()
    keys = [s.mention.name_ar or "" for s in spans]
    found = [(s, names[k]) for s, k in zip(spans, keys, strict=True) if k in names]
    if not found:
        return
    named = Counter(s.mention.country for s, k in zip(spans, keys, strict=True)
                    if s.mention.country and k not in names)
    for s, countries in found:
        m = s.mention
        best = max(countries, key=lambda c: (named[c], c == countries[0]))
        if named[best] == 0 and m.type == "LOC":
            best = None
        if best == m.country:
            continue
        if m.sector and s.role:  # «قائد شرطة طرابلس»
            code = best + m.sector if best else m.sector
            s.mention = replace(m, code=code, country=best)
        else:  # the city itself, no seat of power: a place, not an actor
            s.mention = replace(m, type="LOC", code=None, country=best, sector=None)
            s.usable = False


def resolve_in_document(doc: Document) -> Document:
    spans = doc.actor_spans
    _resolve_ambiguous_places(spans)
    _resolve_bare_roles(spans, doc.tokens)
    _resolve_conjoined_roles(spans)
    _mark_appositions(spans, doc.tokens)
    if spans:
        _resolve_headline_roles(spans, doc.tokens)
    _resolve_counterparts(spans, doc.tokens)
    extra = _alias_names(doc) + _bare_org_heads(doc) + _owned_states(doc) \
        + _owned_forces(doc) + _bare_states(doc) + _bare_coalitions(doc)
    if extra:
        spans = sorted([*spans, *extra], key=lambda s: s.first)
        doc.actor_spans = spans
    # an unnamed group is no entity of the document, only a possible party to violence
    doc.entities = [s.mention for s in spans if s.implied != "group"]
    return doc
