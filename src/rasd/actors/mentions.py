"""Mentions stage: lexicon matches composed into actors.

A role noun followed by a country adjective, a country, a seat of power or an organisation
becomes one actor (`الرئيس الأمريكي` → USAGOV, `المتحدث باسم الكرملين` → RUSGOV), and a person's
name right after such a title joins it (`الرئيس الأمريكي جو بايدن`). People resolve to the code
of their role on the article's date.
"""

from __future__ import annotations

from dataclasses import replace

from rasd.actors.grammar import FORMER, KIN, definite, gap_ok, is_body, is_definite_adjective
from rasd.actors.lexicon import ActorEntry, actor_matcher, written_with_ta
from rasd.actors.names import add_names, crowds
from rasd.lexicons import words_of
from rasd.model import ActorSpan, Document, Mention, Token
from rasd.ontology import SECTORS
from rasd.text.calendar import YEAR_NOUNS, month_names
from rasd.text.matcher import QUOTE_PAIRS, Match, PhraseMatcher
from rasd.text.normalize import clitic_variants, key, surface_offset

# Kinds that can complete a role noun: «الرئيس الأمريكي», «وزير خارجية روسيا».
_OWNER_KINDS = ("nisba", "country", "seat", "org", "place")
_ARMED_SECTORS = ("MIL", "COP", "SPY")
_STATE_SECTORS = ("GOV", "ELI", "MIL", "COP", "SPY", "LEG", "JUD")
_GUNMEN = frozenset(key(w) for w in ("مسلحو", "مسلحي", "مقاتلو", "مقاتلي"))
_STATE_BODIES = frozenset(key(w) for w in ("حكومة", "وزارة", "برلمان", "رئاسة"))
_SUPPORTERS = frozenset(key(w) for w in ("أنصار", "مناصرو", "مناصري", "مؤيدو", "مؤيدي"))


# the last word of a role noun written with its pronoun («ولي عهده»): no construct follows
_POSSESSED = frozenset(key(w) for w in ("عهده", "عهدها"))


def _owner_agrees(tokens: list[Token], agent: Match[ActorEntry], owner: Match[ActorEntry]
                  ) -> bool:
    """«الرئيس الأمريكي» and «وزير خارجية روسيا», not «الوزير لبنان».

    An adjective agrees with its noun in definiteness; a genitive owner (a country, a seat,
    an organisation) follows a noun in the construct state, which has no article.
    """
    # «نظيره», «ولي عهده» are definite through their pronoun suffix.
    head_definite = definite(tokens[agent.end - 1]) or agent.value.sector == "=" \
        or tokens[agent.end - 1].key in _POSSESSED
    if owner.value.kind == "nisba":
        return head_definite == definite(tokens[owner.start]) and _same_case(tokens, agent,
                                                                             owner)
    if owner.value.kind == "org" and owner.end - owner.start == 1 and \
            tokens[owner.start].key.endswith(("يون", "يين")) and \
            head_definite == definite(tokens[owner.start]):
        # a group named by its nisba plural is also an adjective: «المسلحون الحوثيون»,
        # «مسلحون حوثيون»
        return _same_case(tokens, agent, owner)
    if owner.value.kind == "country" and head_definite and definite(tokens[owner.start]) \
            and tokens[owner.end - 1].key.endswith(("يه", "ي")):
        # «الحكومة السعودية», «الجيش البوروندي»: the country's name is also its adjective
        return True
    if owner.proclitics == "ل":
        return head_definite  # «الأمين العام للأمم المتحدة»
    head = tokens[agent.end - 1].key
    if len(head) >= 5 and head.endswith(("ون", "ين")):
        return False  # a sound plural keeps its nun only outside a construct: «مستوطنون المواطنين»
    return not head_definite


def _same_case(tokens: list[Token], agent: Match[ActorEntry], owner: Match[ActorEntry]
               ) -> bool:
    """A sound plural adjective agrees with its noun in case: «اتهم المسؤولون الحوثيين»
    is two actors."""
    head, adj = tokens[agent.end - 1].key, tokens[owner.start].key
    return not (len(head) >= 5 and head.endswith(("ون", "ين")) and adj.endswith(("ون", "ين"))
                and head[-2:] != adj[-2:])


# «وزير الاقتصاد الألماني», «وزيرة العمل والشؤون الاجتماعية اللبنانية», «وزير حقوق الإنسان
# اليمني»: a minister's portfolio, a genitive (itself a construct or not), may stand
# between the minister (in the construct state, so without the article) and the country
# adjective.
_MINISTER = frozenset(key(w) for w in ("وزير", "وزيرة", "وزارة", "وزراء"))


def _portfolio(tokens: list[Token], agent: Match[ActorEntry], owner: Match[ActorEntry]) -> bool:
    gap = tokens[agent.end:owner.start]
    # «وزارة العمل السعودية»: a country whose name is also its adjective
    adjective = owner.value.kind == "nisba" or (
        owner.value.kind == "country" and tokens[owner.end - 1].key.endswith(("يه", "ي")))
    return (adjective and definite(tokens[owner.start])
            and agent.end - agent.start == 1 and tokens[agent.start].key in _MINISTER
            and 1 <= len(gap) <= 3 and gap[-1].key.startswith(("ال", "وال"))
            and all(t.key.isalpha() and t.key not in words_of("preposition")
                    for t in gap))


# «رئيس وزراء الجمهورية اليونانية», «ملك المملكة الأردنية الهاشمية»: a role in the
# construct state before a state named by its form of government and its adjective
_STATE_FORMS = frozenset(key(w) for w in ("الجمهورية", "المملكة", "السلطنة", "الإمارة", "الدولة"))


def _state_form(tokens: list[Token], agent: Match[ActorEntry], owner: Match[ActorEntry]) -> bool:
    return owner.value.kind == "nisba" and owner.start == agent.end + 1 \
        and tokens[agent.end].key in _STATE_FORMS and definite(tokens[owner.start]) \
        and not definite(tokens[agent.end - 1])


def _member_of(tokens: list[Token], a: int, b: int) -> bool:
    """A role and an organisation joined by في / من, with at most one word besides."""
    gap = [t.key for t in tokens[a:b]]
    return 1 <= len(gap) <= 2 and gap[-1] in ("في", "من") and all(
        k.isalpha() and k not in ("في", "من") for k in gap[:-1])


def _adjectives_only(tokens: list[Token], a: int, b: int) -> bool:
    """The lam of possession follows the whole definite role («الأمين العام للأمم المتحدة»);
    after a place noun it owns the place: «قصفت المقاتلات مواقع للحوثيين» hits Houthi
    positions, the jets are not the Houthis'."""
    return all(is_definite_adjective(t) or t.key in FORMER for t in tokens[a:b])


_MARKS = {**QUOTE_PAIRS, "(": ")"}  # a name set in quotation marks or brackets


def _marked_start(tokens: list[Token], m: Match[ActorEntry]) -> tuple[int, str]:
    """Where a name begins with the quotation mark or bracket it is set in, and the lam of
    possession written apart before the mark («مسلحو «داعش»», «عناصر (داعش)», «رئيس
    المكتب السياسي لـ«حماس»»): (m.start, m.proclitics) for a name not so set."""
    i = m.start
    if m.proclitics or i == 0 or m.end >= len(tokens) \
            or tokens[m.end].key != _MARKS.get(tokens[i - 1].key):
        return i, m.proclitics
    if i >= 2 and tokens[i - 2].key == "ل":
        return i - 2, "ل"
    return i - 1, ""


def _group(matches: list[Match[ActorEntry]], tokens: list[Token]) -> list[list[Match]]:
    """Adjacent matches that form one actor: role nouns, then an owner, then a person."""
    groups: list[list[Match]] = []
    for m in matches:
        kind = m.value.kind
        if groups:
            g = groups[-1]
            kinds = [x.value.kind for x in g]
            last = g[-1]
            # a quoted or bracketed owner joins its role as a bare one does
            start, proclitics = _marked_start(tokens, m) if kind in _OWNER_KINDS \
                else (m.start, m.proclitics)
            if kind == "person" and "person" not in kinds and "agent" in kinds and gap_ok(
                    tokens, last.end, m.start, allow_comma=True) and not m.proclitics \
                    and not (len(g) == 1 and is_body(tokens[last.start], last.proclitics)):
                # «الرئيس الأمريكي جو بايدن», «قوات صالح»; but «هنأ الوفد خادم الحرمين» is
                # two actors: a definite body is never a title
                g.append(m)
                continue
            if (kinds[-1] == "agent" and (kind in _OWNER_KINDS or kind == "agent")
                    # a genitive or an adjective takes no clitic, except the lam of
                    # possession: «الأمين العام للأمم المتحدة»
                    and (not proclitics or (proclitics == "ل" and kind != "nisba"
                                            and definite(tokens[last.end - 1])
                                            and _adjectives_only(tokens, last.end, start)))
                    and ((gap_ok(tokens, last.end, start) and _owner_agrees(tokens, last, m))
                         or _portfolio(tokens, last, m) or _state_form(tokens, last, m))):
                g.append(m)
                continue
            if kinds[-1] == "agent" and kind == "org" and not proclitics and \
                    _member_of(tokens, last.end, start) and \
                    tokens[last.start].key.removeprefix("ال") not in _STATE_BODIES:
                # «مسؤول بارز في حركة حماس», «انتحاري من تنظيم داعش», «وفد من حركة حماس»;
                # a state's body is no member: «مناشدة حكومة مالي من «اليونسكو»» asks UNESCO
                g.append(m)
                continue
            if kinds == ["agent"] and kind == "agent" and not m.proclitics and \
                    m.start == last.end + 1 and tokens[last.end].key == "من" and \
                    last.end - last.start == 1 and not definite(tokens[last.start]) and (
                        m.value.sector in _ARMED_SECTORS or (
                            m.value.sector is None and last.value.sector in ("UAF", "REB"))):
                # «قوات من جيش الاحتلال الإسرائيلي»: a part of an armed whole; so are «33
                # مسلحا من مسلحي «داعش»» (members, who belong to what follows); «طلب عدد من
                # قادة الحزبين من الرئيس» asks the president
                g.append(m)
                continue
        groups.append([m])
    return groups


_SENIOR = frozenset(key(w) for w in ("كبار", "أبرز"))


def _counted(tokens: list[Token], i: int, lo: int = 0) -> bool:
    """Does a number or a count word stand right before token i, or a quoted number
    («مقتل «17» حوثيا»: a headline quotes its count)?"""
    return i > lo and ((tokens[i - 1].key.isdigit() and not _year(tokens, i - 1, lo))
                       or tokens[i - 1].key in words_of("quantity")
                       or _quoted_count(tokens, i, lo))


def _year(tokens: list[Token], i: int, lo: int) -> bool:
    """Is the number at token i a year, after a month or «عام» («في مايو 2020 وزير …»)?"""
    return i > lo and (tokens[i - 1].key in month_names() or tokens[i - 1].key in YEAR_NOUNS)


def _quoted_count(tokens: list[Token], i: int, lo: int) -> bool:
    return i - 3 >= lo and tokens[i - 2].key.isdigit() \
        and _MARKS.get(tokens[i - 3].key) == tokens[i - 1].key


def _counted_nisba(tokens: list[Token], i: int) -> bool:
    """«24 عراقيا»: a nisba in the accusative singular after a number counts people (the
    form numbers from 11 to 99 take), not an adjective."""
    return tokens[i].key.endswith("يا") and _counted(tokens, i)


def _mention(group: list[Match[ActorEntry]], tokens: list[Token], text: str,
             date: str | None) -> ActorSpan:
    entries = [m.value for m in group]
    start_tok, end_tok = group[0].start, group[-1].end
    opening = tokens[group[-1].start - 1].key if len(group) > 1 else ""
    if opening in _MARKS and end_tok < len(tokens) and tokens[end_tok].key == _MARKS[opening]:
        end_tok += 1  # «مسلحو «داعش»»: the mark the name opened with closes it
    # The mention text leaves out the clitics of the first token (و، ب، ل...) but keeps ال.
    first = tokens[start_tok]
    start = first.start + surface_offset(text[first.start:first.end], group[0].lead)
    end = tokens[end_tok - 1].end
    agents = [e for e in entries if e.kind == "agent"]
    owner = next((e for e in entries if e.kind in _OWNER_KINDS), None)
    person = next((e for e in entries if e.kind == "person"), None)
    # «جنديان من الجيش العراقي»: a part of a force, which gives it its role
    partitive = len(group) > 1 and group[0].value.kind == group[1].value.kind == "agent" \
        and group[1].start == group[0].end + 1 and tokens[group[0].end].key == "من"
    # the last role with a sector: «33 مسلحا من مسلحيهم» are still gunmen
    sector = next((a.sector for a in reversed(agents) if a.sector is not None), None)
    if sector == "OPP" and len(agents) > 1 and (
            tokens[start_tok].key[group[0].lead:] in _GUNMEN
            or any(a.sector in ("UAF", "REB", "MIL") for a in agents[:-1])):
        # «مسلحو المعارضة السورية», «قوات المعارضة»: the opposition's gunmen and forces
        # are rebels
        sector = "REB"
    if agents and agents[0].sector == "CVL" and not partitive:
        sector = "CVL"  # «أهالي العسكريين اللبنانيين» are the soldiers' families: civilians
    counterpart = sector == "="
    if counterpart:
        sector = None
    country = owner.country if owner else None
    if owner is not None and owner.kind == "org" and owner.code:
        # A body's people act for it: «المتحدث باسم حماس», «مسؤول في حزب الله».
        code: str | None = owner.code
        sector = code[3:6] if len(code) >= 6 and code[3:6] in SECTORS else sector
    elif country and sector:
        code = country + sector
    elif owner is not None and not agents:
        code = None if owner.kind == "place" else owner.code  # a place is not an actor
    else:
        code = country or sector
    loyal = False  # forces of a former office holder: «السابق» is his, not theirs
    if person is not None:
        person_code = person.code_on(date)
        if person_code and len(person_code) >= 6 and sector in _ARMED_SECTORS \
                and person_code[3:6] not in _ARMED_SECTORS:
            # «قوات الرئيس بشار الأسد»: a leader's forces are his country's armed sector
            code = person_code[:3] + sector
        elif person_code and (len(person_code) > 3 or not sector):
            code = person_code
        elif person_code and sector:
            # Out of office but named by a title («الرئيس علي عبد الله صالح» in 2015): a
            # former office holder, an elite of their country; forces still under their
            # command fight for them, not for the state: rebels («قوات علي عبد الله صالح»)
            loyal = sector in _ARMED_SECTORS
            code = person_code + ("REB" if loyal else "ELI")
        if code and code[:3] not in SECTORS and not code.startswith(("IGO", "NGO", "IMG")):
            country = code[:3]
        if code and len(code) >= 6:
            sector = code[3:6]
        name, name_ar, typ = person.name, person.name_ar, "PER"
    elif owner is not None:
        name, name_ar = owner.name, owner.name_ar
        typ = "ORG" if agents else owner.type
    else:
        name, name_ar, typ = (agents[0].name if agents else None), None, "ORG"
    if owner is not None and owner.kind == "seat" and not agents:
        sector = owner.sector
    if code and len(code) >= 6 and sector is None and code[3:6].isalpha():
        sector = code[3:6]
    if country and not loyal and (any(t.key in FORMER for t in tokens[start_tok:end_tok]) or (
            end_tok < len(tokens) and tokens[end_tok].key in FORMER)):
        code, sector = country + "ELI", "ELI"
    if sector in _STATE_SECTORS and len(group) > 1 \
            and tokens[group[0].start].key[group[0].lead:] in _SUPPORTERS:
        # «أنصار الرئيس المصري», «أنصار بوتين», «أنصار الوزير»: a leader's supporters are
        # his country's people, not its government (a body's are the body: «أنصار حماس»)
        code, sector, typ = (country or "") + "CVL", "CVL", "ORG"
    mention = Mention(text[start:end], start, end, typ, code, country, sector, name, name_ar)
    usable = bool(code) and not (
        len(entries) == 1 and entries[0].kind == "nisba" and not entries[0].people
        and not _counted_nisba(tokens, start_tok)) and not (
        owner is not None and owner.kind == "place" and not agents)
    if counterpart:
        usable = country is not None
    # members take the role of the body they belong to: «عناصر الميليشيات» → «الميليشيات»
    role = group[1].value.name_ar if partitive else next(
        (a.name_ar for a in agents if a.sector is not None), agents[0].name_ar) \
        if agents else None
    bare = bool(agents) and owner is None and person is None and not counterpart
    return ActorSpan(mention, start_tok, end_tok, group[0].proclitics, usable, counterpart,
                     role, bare)


def _heads_unknown_body(span: ActorSpan, tokens: list[Token], hi: int) -> bool:
    """«رئيس جمعية المستثمرين», «رئيس الهيئة العامة للرياضة»: a role noun in the construct
    state heads the body its genitive names; a body the lexicons do not know gives the role
    no sector (a president of a society is no state official)."""
    if not span.bare_role or span.mention.sector != "GOV" or span.end >= hi \
            or definite(tokens[span.end - 1]):
        return False  # «أطباء قسم الطوارئ» are doctors all the same
    return tokens[span.end].key.removeprefix("ال") in words_of("body")


def _place_with_adjective(span: ActorSpan, tokens: list[Token], lo: int, text: str
                          ) -> ActorSpan:
    """«مدينة أوكرانية», «مواقع عسكرية سورية»: a place noun and a country adjective are a
    place of that country, which can be the target of an attack."""
    m = span.mention
    if span.usable or m.type != "NORP" or m.country is None:
        return span
    places = words_of("place")
    j = span.first - 1
    if j > lo and tokens[j - 1].key in places and (
            tokens[j].key.endswith(("يه", "ي"))  # an adjective: «مواقع عسكرية سورية»
            or tokens[span.first].key.startswith("ال")):  # a name: «مدينة خاركيف الأوكرانية»
        j -= 1
    if j < lo or tokens[j].key not in places:
        return span
    start = tokens[j].start
    place = Mention(text[start:m.end], start, m.end, "GPE", m.country, m.country, None,
                    None, m.name_ar)
    return ActorSpan(place, j, span.end, "", True)


_TEN = frozenset(key(w) for w in ("عشر", "عشرة"))
_TEEN_UNITS = frozenset(key(w) for w in ("أحد", "إحدى", "اثنا", "اثني", "اثنتا", "اثنتي"))


def _with_count(span: ActorSpan, tokens: list[Token], lo: int, text: str) -> ActorSpan:
    """«مئات المتظاهرين», «الآلاف من المحتجين», «40 متظاهرا»: the count joins the group."""
    j = span.first
    if j - 3 >= lo and tokens[j - 1].key in _SENIOR and tokens[j - 2].key == "من":
        j -= 1  # «اثنين من كبار قادة تنظيم داعش»
    if j - 4 >= lo and tokens[j - 1].key == "من" and _quoted_count(tokens, j - 1, lo):
        j -= 4  # «مقتل «19» من عناصر داعش»: a headline quotes its count
    elif j - 2 >= lo and tokens[j - 1].key == "من" and _counted(tokens, j - 1, lo):
        j -= 2
    elif _counted(tokens, j, lo) and not span.proclitics:
        j -= 3 if _quoted_count(tokens, j, lo) else 1
    else:
        return span
    while _counted(tokens, j, lo):
        j -= 3 if _quoted_count(tokens, j, lo) else 1  # «نحو 40 متظاهرا», «أكثر من «3» آلاف»
    if j > lo and tokens[j].key in _TEN and tokens[j - 1].key in _TEEN_UNITS:
        j -= 1  # «أحد عشر شخصا», «اثنا عشر جنديا»: one number
    first = tokens[j]
    start = first.start
    m = span.mention
    mention = Mention(text[start:m.end], start, m.end, m.type, m.code, m.country, m.sector,
                      m.name, m.name_ar)
    return ActorSpan(mention, j, span.end, "", span.usable, span.counterpart, span.role,
                     span.bare_role)


def _coordinated_adjectives(spans: list[ActorSpan], matches: list[Match[ActorEntry]],
                            tokens: list[Token], text: str) -> list[ActorSpan]:
    """«القوات الأمريكية والبريطانية»: a role with two country adjectives is two actors."""
    out: list[ActorSpan] = []
    for s in spans:
        out.append(s)
        if not s.mention.sector or s.mention.type == "PER" or not s.mention.country:
            continue
        nxt = next((m for m in matches if m.start == s.end), None)
        while nxt is not None and nxt.value.kind == "nisba" and nxt.proclitics == "و":
            country = nxt.value.country
            start = tokens[nxt.start].start + surface_offset(
                text[tokens[nxt.start].start:tokens[nxt.start].end], nxt.lead)
            m = s.mention
            mention = Mention(text[start:tokens[nxt.end - 1].end], start,
                              tokens[nxt.end - 1].end, m.type, (country or "") + m.sector,
                              country, m.sector, None, nxt.value.name_ar)
            out.append(ActorSpan(mention, nxt.start, nxt.end, "و", True, False, s.role))
            end = nxt.end
            nxt = next((x for x in matches if x.start == end), None)
    return out


def _split_agents(matches: list[Match[ActorEntry]], tokens: list[Token], lo: int, hi: int
                  ) -> list[Match[ActorEntry]]:
    """An agent phrase with the country adjective inside it: «طائرة أمريكية بدون طيار»,
    «قوات أمريكية خاصة». The head before the adjective and the words after it form an agent
    of the lexicon; the adjective, stretched over those words, is its owner."""
    matcher = actor_matcher()
    taken = {k for m in matches for k in range(m.start, m.end)}
    out: list[Match[ActorEntry]] = []
    for m in matches:
        h = m.start - 1
        if m.value.kind == "nisba" and not m.proclitics and h >= lo and h not in taken:
            for n in (3, 2, 1):
                tail = range(m.end, min(hi, m.end + n))
                if len(tail) < n or taken.intersection(tail):
                    continue
                head = tokens[h]
                agent = matcher.get((head.key, *(tokens[k].key for k in tail)))
                if agent is not None and agent.kind == "agent" and agent.sector:
                    out.append(Match(h, m.start, agent, "", 0))
                    m = Match(m.start, m.end + n, m.value, m.proclitics, m.lead)
                    break
        out.append(m)
    return out


_PATRONYMS = KIN | {key("آل")}


def _with_patronyms(span: ActorSpan, spans_at: set[int], tokens: list[Token], text: str
                    ) -> ActorSpan:
    """«الأمير محمد بن نايف بن عبدالعزيز»: a person's name goes on through «بن X», «آل X»
    past what the lexicons list, so that a title after it stands right after the name."""
    end = span.end
    while end + 1 < len(tokens) and tokens[end].key in _PATRONYMS \
            and tokens[end + 1].sentence == tokens[span.first].sentence \
            and tokens[end + 1].key.isalpha() and end + 1 not in spans_at:
        end += 2
    if end == span.end:
        return span
    m = span.mention
    return replace(span, end=end, mention=replace(m, text=text[m.start:tokens[end - 1].end],
                                                  end=tokens[end - 1].end))


def _appositions(spans: list[ActorSpan], tokens: list[Token], text: str) -> list[ActorSpan]:
    """«توني بلير رئيس الوزراء البريطاني السابق»: a former office of the person's country
    right after a named person out of office, or the office the person holds, is that
    person (one actor), not a second actor. Another office there is another person:
    «استقبل خادم الحرمين الشريفين ملك إسبانيا», and «انتقد ترامب الرئيس الأمريكي» when he
    is not the president."""
    out: list[ActorSpan] = []
    for s in spans:
        a = out[-1] if out else None
        if a is None or a.mention.type != "PER":
            out.append(s)
            continue
        own = s.mention.country == a.mention.country and (
            s.mention.code == a.mention.code
            or (s.mention.sector == "ELI" and not a.mention.sector))
        # «الأمير فيصل بن بندر أمير منطقة الرياض»: the office of his title
        titled = a.mention.country is None and a.role == s.role
        if s.first == a.end and s.mention.type == "PER" and not s.proclitics \
                and a.mention.code and s.mention.code == a.mention.code \
                and tokens[a.first].sentence == tokens[s.first].sentence:
            # «خادم الحرمين الشريفين الملك سلمان»: one person named twice (two office
            # holders with one code would be no party to an act of each other anyway)
            a.mention = replace(a.mention, text=text[a.mention.start:s.mention.end],
                                end=s.mention.end)
            a.end = s.end
            continue
        if s.first == a.end and s.role and not s.proclitics \
                and (a.mention.name or a.mention.name_ar or titled) \
                and s.mention.type != "PER" and s.mention.country and (own or titled) \
                and tokens[a.first].sentence == tokens[s.first].sentence:
            m, o = a.mention, s.mention
            specific = o if (o.sector and not m.sector) or not m.country else m
            a.mention = Mention(text[m.start:o.end], m.start, o.end, "PER", specific.code,
                                m.country or o.country, specific.sector, m.name, m.name_ar)
            a.end = s.end
            a.bare_role = False
            continue
        out.append(s)
    return out


# «نجل ضابط أمن», «شقيق الرئيس»: a relative named through an actor is not that actor
_KIN_NOUNS = frozenset(key(w) for w in (
    "نجل", "نجلة", "شقيق", "شقيقة", "زوجة", "أرملة", "والد", "والدة", "حفيد", "أقارب",
    "أسرة", "عائلة", "ذوي", "ذوو"))


_RESPONSIBLE = frozenset(key(w) for w in ("المسؤول", "المسؤولين", "المسؤولون", "المسؤولة",
                                          "المسئول", "المسئولين", "المسئولون"))
_FOR_IT = frozenset(key(w) for w in ("عنه", "عنها", "عنهم", "عنهما"))


def _culprits(s: ActorSpan, tokens: list[Token]) -> ActorSpan:
    """«المسؤولين عن الهجوم», «المسؤولين عنها»: those responsible for an act or a crime
    are whoever did it (UAF), not officials."""
    j = s.end
    if not s.bare_role or s.end - s.first != 1 or j >= len(tokens) \
            or tokens[s.first].key[len(s.proclitics):] not in _RESPONSIBLE \
            or tokens[j].sentence != tokens[s.first].sentence:
        return s
    if not (tokens[j].key in _FOR_IT or (tokens[j].key == "عن" and j + 1 < len(tokens)
                                          and tokens[j + 1].key in words_of("culpable"))):
        return s
    return replace(s, mention=replace(s.mention, code="UAF", sector="UAF", country=None))


def _kin_of(s: ActorSpan, tokens: list[Token]) -> bool:
    return s.first > 0 and not s.proclitics and tokens[s.first - 1].key.removeprefix(
        "و") in _KIN_NOUNS and tokens[s.first - 1].sentence == tokens[s.first].sentence


def _namesake(s: ActorSpan, tokens: list[Token]) -> bool:
    """«هشام مرسي»: a known person's surname alone after a given name that is not theirs
    (by the tagger's tables) names someone else; «طيب أردوغان» is still Erdoğan."""
    from rasd.ner.lexicon import begins_a_person

    m = s.mention
    if m.type != "PER" or s.end - s.first != 1 or s.proclitics or s.first == 0 \
            or not m.name_ar or tokens[s.first - 1].sentence != tokens[s.first].sentence:
        return False
    prev = tokens[s.first - 1].key
    return prev not in {key(w) for w in m.name_ar.split()} and begins_a_person(prev)


def _hamza_clash(m: Match[ActorEntry], tokens: list[Token], text: str) -> bool:
    """«بأول» (بـ + أول, "first") is not Powell («باول»): keys fold the hamza, but a writer
    who drops a name's hamza never adds one the name lacks."""
    if m.value.type != "PER":
        return False
    words = {key(w): w for w in m.value.name_ar.split()}
    for t in tokens[m.start:m.end]:
        surface, name = text[t.start:t.end], words.get(t.key)
        if name is not None and len(name) == len(surface) and any(
                a in "أإ" and b == "ا" for a, b in zip(surface[1:], name[1:], strict=True)):
            return True
    return False


def _possessive_clash(m: Match[ActorEntry], tokens: list[Token], text: str) -> bool:
    """«رفض طلبه» (his request) is no «طلبة» (students), «شرطه» (his condition) no
    «شرطة»: a one-word role noun the lexicons write with «ة», spelt with «ه» and no
    article, is another word with a pronoun."""
    if m.value.kind != "agent" or m.end - m.start != 1:
        return False
    t = tokens[m.start]
    k = t.key[len(m.proclitics):]
    return k in written_with_ta() and not k.startswith("ال") \
        and text[t.start:t.end].endswith("ه")


# role nouns that are also adjectives: «المدن الرئيسة» (the main cities), «الرئيسة المؤقتة»
_ALSO_ADJECTIVES = frozenset({key("الرئيسة")})
_NOT = key("غير")


def _adjective_use(m: Match[ActorEntry], tokens: list[Token], lo: int,
                   matched: set[int]) -> bool:
    """Is the role noun an adjective of the definite noun before it («بالقاعة الرئيسة»)?"""
    if m.value.kind == "agent" and m.start > lo and tokens[m.start - 1].key == _NOT:
        return True  # «التصريحات غير المسؤولة»: irresponsible, no official
    return m.value.kind == "agent" and tokens[m.start].key in _ALSO_ADJECTIVES \
        and m.start > lo and m.start - 1 not in matched and definite(tokens[m.start - 1])


# Honorifics before an office holder («معالي وزير الخارجية», «صاحب السمو الملكي الأمير»,
# «فخامة الرئيس») are part of the mention, so that a verb before them still finds its
# subject and a preposition before them still governs it («لسمو ولي العهد»).
_HONORIFICS = sorted((tuple(key(w) for w in p.split()) for p in (
    "صاحب السمو الملكي", "صاحبة السمو الملكي", "صاحب السمو", "صاحبة السمو", "صاحب الجلالة",
    "صاحب المعالي", "صاحب الفخامة", "صاحب السعادة", "صاحب الغبطة", "معالي", "فخامة", "سمو",
    "جلالة", "سعادة", "حضرة", "سماحة", "قداسة", "غبطة", "نيافة")), key=len, reverse=True)
_HONORIFIC_CLITICS = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")
HONORIFIC_WORDS = frozenset(w for h in _HONORIFICS for w in h)
_HONORIFIC_ENDS = frozenset(c + h[-1] if len(h) == 1 else h[-1] for h in _HONORIFICS
                            for c in _HONORIFIC_CLITICS)  # the word right before the name


def _with_honorific(span: ActorSpan, tokens: list[Token], text: str) -> ActorSpan:
    m = span.mention
    if span.proclitics or span.first == 0 or not (m.type == "PER" or span.role) \
            or m.sector == "CVL" or tokens[span.first - 1].key not in _HONORIFIC_ENDS:
        return span
    for h in _HONORIFICS:
        first = span.first - len(h)
        if first < 0 or any(tokens[first + n].sentence != tokens[span.first].sentence
                            or tokens[first + n].key != w for n, w in enumerate(h) if n):
            continue
        k = tokens[first].key
        clitics = next((c for c in _HONORIFIC_CLITICS if k == c + h[0]), None)
        if clitics is None:
            continue
        t = tokens[first]
        start = t.start + surface_offset(text[t.start:t.end], len(clitics))
        return replace(span, first=first, proclitics=clitics,
                       mention=replace(m, text=text[start:m.end], start=start))
    return span


# «جماعة حزب الله», «ميليشيا الحوثي»: a word for a group before a known group's name
_GROUP_HEADS = frozenset(key(w) for w in ("جماعة", "حركة", "تنظيم", "ميليشيا", "ميليشيات",
                                          "مليشيا", "مليشيات", "منظمة"))


def _headed_name(matcher: PhraseMatcher[ActorEntry], tokens: list[Token], i: int, hi: int
                 ) -> Match[ActorEntry] | None:
    """The known organisation after a group word, as one match from the group word on."""
    if i + 1 >= hi:
        return None
    k = tokens[i].key
    head = next(((p, lead) for stem, p, lead in clitic_variants(k) if stem in _GROUP_HEADS
                 and not k[:len(k) - len(stem)].endswith("ال")), None)
    if head is None:
        return None
    name = matcher.match_at(tokens, i + 1, hi)
    if name is None or name.value.kind != "org" or name.proclitics:
        return None
    return Match(i, name.end, name.value, *head)


def _lexicon_matches(tokens: list[Token], lo: int, hi: int) -> list[Match[ActorEntry]]:
    """Non-overlapping longest matches, left to right, except that a role phrase gives up its
    last word to a longer name that begins there: «قادة حزب الله» is «قادة» of «حزب الله»,
    not «قادة حزب» (party leaders) and a stray «الله»."""
    matcher = actor_matcher()
    out: list[Match[ActorEntry]] = []
    i = lo
    while i < hi:
        m = matcher.match_at(tokens, i, hi) or _headed_name(matcher, tokens, i, hi)
        if m is None:
            i += 1
            continue
        if m.value.kind == "agent" and m.end - m.start > 1:
            name = matcher.match_at(tokens, m.end - 1, hi)
            if name is not None and name.end > m.end and name.value.kind in _OWNER_KINDS:
                short = matcher.match_at(tokens, i, m.end - 1)
                if short is None:
                    i = m.end - 1
                    continue
                m = short
        out.append(m)
        i = m.end
    return out


def find_mentions(doc: Document, use_ner: bool = True) -> Document:
    tokens = doc.tokens
    spans: list[ActorSpan] = []
    i = 0
    n = len(tokens)
    # Matches never cross sentence boundaries.
    for si in range(len(doc.sentences)):
        j = i
        while j < n and tokens[j].sentence == si:
            j += 1
        found = [m for m in _lexicon_matches(tokens, i, j) if m.value.kind != "none"
                 and not _hamza_clash(m, tokens, doc.text)
                 and not _possessive_clash(m, tokens, doc.text)
                 and not (m.value.counted and not _counted(tokens, m.start, i))]
        matched = {x for m in found for x in range(m.start, m.end)}
        matches = _split_agents([m for m in found if not _adjective_use(m, tokens, i, matched)],
                                tokens, i, j)
        sentence_spans = []
        for g in _group(matches, tokens):
            if all(m.value.kind == "agent" and m.value.sector is None for m in g):
                continue  # «عناصر» with nothing they belong to is no actor
            span = _mention(g, tokens, doc.text, doc.published)
            if _heads_unknown_body(span, tokens, j):
                continue
            span = _place_with_adjective(span, tokens, i, doc.text)
            if span.usable and span.mention.type != "PER":
                span = _with_count(span, tokens, i, doc.text)
            sentence_spans.append(span)
        taken: set[int] = set()
        for span in _coordinated_adjectives(sentence_spans, matches, tokens, doc.text):
            if span.first in taken:
                continue  # the adjective's own NORP span gives way to the actor it makes
            if span.proclitics == "و" and span.mention.sector and span.mention.type != "NORP":
                taken.add(span.first)
            spans.append(span)
        i = j
    spans = add_names(doc, spans, use_ner)
    starts = {s.first for s in spans}
    spans = [_with_patronyms(s, starts, tokens, doc.text) if s.mention.type == "PER" else s
             for s in spans]
    spans = _appositions(spans, tokens, doc.text)
    spans = [_culprits(_with_honorific(s, tokens, doc.text), tokens) for s in spans]
    spans = [replace(s, usable=False) if _kin_of(s, tokens) else s for s in crowds(doc, spans)]
    if use_ner:
        spans = [s for s in spans if not _namesake(s, tokens)]
    doc.actor_spans = spans
    doc.entities = [s.mention for s in spans]
    return doc
