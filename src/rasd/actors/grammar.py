"""Small facts of Arabic noun phrases that actor composition relies on."""

from __future__ import annotations

from rasd.lexicons import words_of
from rasd.model import Token
from rasd.text.normalize import key

APPOSITION = {"،", ","}
RELATIVE = frozenset(key(w) for w in ("الذي", "التي"))
KIN = frozenset(key(w) for w in ("بن", "ابن", "بنت"))  # «فيصل بن تركي» is a name
# «الرئيس الأمريكي السابق»: a former office holder is an elite (ELI), not the government.
FORMER = frozenset({"السابق", "السابقه", "الاسبق", "السابقين", "السابقون", "سابق", "سابقه"})


# adjectives of agencies that are no nisba: «المخابرات العامة الأردنية», «القوات الخاصة»,
# «هيئة الأركان المشتركة الباكستانية»
_AGENCY_ADJECTIVES = frozenset({"العام", "العامه", "الخاص", "الخاصه", "العليا", "الاعلي",
                                "المشترك", "المشتركه"})


_STATES = key("دول")  # «وزراء خارجية دول مجلس التعاون»: see `gap_ok`
# sites in the plural, which no role heads in a construct
_PLURAL_SITES = frozenset(key(w) for w in (
    "مواقع", "مقرات", "معسكرات", "منازل", "مخازن", "قواعد", "مراكز", "ثكنات", "حواجز", "نقاط"))


def is_definite_adjective(t: Token) -> bool:
    """«الحكومية», «العسكرية»: a modifier that may stand between a role noun and its country."""
    k = t.key
    return (k.startswith("ال") and k.endswith(("ي", "يه", "يون", "يين")) and len(k) > 4) \
        or k in _AGENCY_ADJECTIVES


_DEPUTIES = frozenset(key(w) for w in ("نائب", "النائب"))
ORDINALS = frozenset(key(w) for w in ("الأول", "الثاني", "الثالث", "الرابع", "الخامس",
                                      "السادس", "الثانية"))


def deputy_end(tokens: list[Token], j: int) -> int | None:
    """After «نائب», «النائب الثاني» at token j, where the office deputised starts («نائب
    رئيس مجلس الوزراء», «النائب الثاني لرئيس مجلس الوزراء»), or None."""
    if j >= len(tokens) or tokens[j].key not in _DEPUTIES:
        return None
    return j + 2 if j + 1 < len(tokens) and tokens[j + 1].key in ORDINALS else j + 1


DEFINITE = ("ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل", "وبال", "فبال")


def definite(t: Token) -> bool:
    return t.key.startswith(DEFINITE)


def gap_ok(tokens: list[Token], a: int, b: int, allow_comma: bool = False) -> bool:
    """May tokens [a, b) stand inside one actor: adjectives, or «محافظة» before a place?"""
    gap = tokens[a:b]
    if len(gap) > 2:
        return False
    if allow_comma and len(gap) == 1 and gap[0].key in APPOSITION:
        return True
    places = words_of("place")
    # a place noun in the gap is a construct head («قائد شرطة محافظة البصرة»), never definite
    # («زار الوزير العاصمة الفرنسية»: the capital is what was visited), nor sites in the
    # plural, which no role heads: «قصفت طائرات التحالف مواقع الحوثيين» hits their positions;
    # nor after a sound plural, which keeps its nun only outside a construct («هاجم مسلحون
    # قرية تشادية»: the village is Chadian, not the gunmen)
    head = tokens[a - 1].key if a > 0 else ""
    construct = not (len(head) >= 5 and head.endswith(("ون", "ين")))
    # «وزراء خارجية دول مجلس التعاون», «سفراء دول الاتحاد الأوروبي»: the member states
    # of a body are the body
    return all(is_definite_adjective(t) or (construct and t.key in places and not definite(t)
                                            and t.key not in _PLURAL_SITES)
               or (construct and t.key == _STATES) or t.key in FORMER for t in gap)


def is_body(t: Token, proclitics: str) -> bool:
    """«الوفد», «القوات»: a definite body, which a name after it never explains («هنأ الوفد
    خادم الحرمين» names two actors, where «قوات صالح» are his)."""
    return t.key[len(proclitics):] in words_of("collective")
