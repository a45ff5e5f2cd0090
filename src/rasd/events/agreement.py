"""Does an actor agree with a verb? Gender and number read from an actor's head word.

A verb before its subject agrees with it in gender («قالت الحكومة», «قال الرئيس»), and a
verb after its subject in number too («المتظاهرون رشقوا»): a noun that does not agree with
the verb next to it is not its subject («ودعا إسرائيل لوقف الترحيل»: he called on Israel).
"""

from __future__ import annotations

from rasd.actors.mentions import HONORIFIC_WORDS
from rasd.events.triggers import TriggerMatch
from rasd.events.verb_forms import feminine_singular, masculine_singular, verb_at
from rasd.lexicons import words_of
from rasd.model import ActorSpan, Token
from rasd.text.normalize import key

# states whose names are feminine without «ة» or «ا» (most others are masculine: لبنان,
# العراق, الأردن, السودان, اليمن)
_FEMININE_STATES = frozenset(key(w) for w in (
    "إسرائيل", "مصر", "إيران", "تونس", "قطر", "الصين", "الهند", "فلسطين", "الجزائر", "ليبيا",
    "الكويت", "عمان", "اليابان", "بريطانيا", "الولايات المتحدة"))
_MASCULINE_HEADS = frozenset(key(w) for w in (
    "الرئيس", "رئيس", "الوزير", "وزير", "الملك", "الأمير", "المتحدث", "السفير", "المبعوث",
    "الأمين", "أمين", "القائد", "المدير", "الزعيم", "النائب", "المسؤول", "الناطق", "الجنرال",
    "انتحاري", "الانتحاري", "مسلح", "المسلح", "مهاجم", "المهاجم", "ضابط", "الضابط", "جندي",
    "الجندي", "شرطي", "الشرطي", "رجل", "الرجل", "شاب", "الشاب", "طفل", "الطفل", "صحفي",
    "الصحفي", "ناشط", "الناشط", "قيادي", "القيادي"))
_BROKEN_PLURALS = frozenset(key(w) for w in (
    "رجال", "عناصر", "أفراد", "جنود", "ضباط", "أعضاء", "نواب", "وزراء", "طلاب", "سكان", "أهالي"))
_FORCES = key("قوات")  # the one plural in «ات» of four letters that heads actors
_PLURALS_IN_TA = frozenset(key(w) for w in (
    "قادة", "طلبة", "قضاة", "ساسة", "دعاة", "حماة", "غزاة", "رعاة", "ولاة", "رماة", "بغاة"))


def first_word(tokens: list[Token], s: ActorSpan) -> int:
    """The first word of an actor after its honorific: «فخامة الرئيس» → «الرئيس»."""
    j = s.first
    while j + 1 < s.end and \
            tokens[j].key[len(s.proclitics) if j == s.first else 0:] in HONORIFIC_WORDS:
        j += 1
    return j


def head_index(tokens: list[Token], s: ActorSpan) -> int:
    """The first word of an actor after its honorific and its count: «نحو مائة متظاهر»,
    «مئات من المتظاهرين»."""
    counts = words_of("quantity")
    j = first_word(tokens, s)
    while j + 1 < s.end and (tokens[j].key.isdigit() or tokens[j].key in counts
                             or tokens[j].key == "من"):
        j += 1
    return j


def plural_noun(s: ActorSpan, tokens: list[Token]) -> bool:
    """Does the actor's head word end in a sound plural (قوات, المتظاهرون, الحوثيين), or is it
    a broken plural of people («رجال الأمن», «عناصر الشرطة»)?"""
    i = first_word(tokens, s)
    k = tokens[i].key[len(s.proclitics) if i == s.first else 0:]
    bare = k.removeprefix("ال")
    if (bare in _BROKEN_PLURALS or bare.removesuffix("ا") in _BROKEN_PLURALS) \
            and s.role is not None:
        return True  # «جنودا»: with the accusative's alif too
    if len(k) < 4 or not k.endswith(("ون", "ين", "ات")) or k in _MASCULINE_HEADS:
        return False  # «الأمين العام» only ends like a plural
    # a role noun, a state («الولايات المتحدة») or a nisba plural («الحوثيون»); not a name
    # that only ends like a plural («يعالون», «البنتاغون»)
    return s.role is not None or s.mention.type == "GPE" or k[-3] == "ي"


def sound_masculine_plural(s: ActorSpan, tokens: list[Token]) -> bool:
    """Is the actor headed, after its count, by a sound masculine plural of people («10
    مسلحين», «المتظاهرون»)? A feminine verb never has one for its subject («وقتلت 10
    مسلحين»: she killed them), where a broken plural may («هاجمت عناصر مسلحة»)."""
    i = head_index(tokens, s)
    k = tokens[i].key[len(s.proclitics) if i == s.first else 0:].removeprefix("ال")
    return s.role is not None and len(k) >= 5 and k.endswith(("ين", "ون"))


def feminine(s: ActorSpan, tokens: list[Token], text: str) -> bool:
    """Is the actor a feminine singular: a noun in «ة» («الحكومة المصرية»), or a state
    or capital whose name is feminine («إسرائيل», «روسيا», «واشنطن»)?"""
    t = tokens[head_index(tokens, s)]
    head = text[t.start:t.end]
    if s.role is not None:
        # not a count («ثلاثة أشخاص») or a broken plural in «ة» («قادة الاتحاد»)
        return head.endswith("ة") and t.key[len(s.proclitics):].removeprefix("ال") \
            not in _PLURALS_IN_TA and not plural_noun(s, tokens)
    if s.mention.type != "GPE":
        return False
    name = t.key[len(s.proclitics):]
    return head.endswith(("ة", "ا")) or name in _FEMININE_STATES or (
        s.mention.sector == "GOV" and s.end - s.first == 1)  # a capital: «واشنطن»


def feminine_plural(s: ActorSpan, tokens: list[Token]) -> bool:
    """Is the actor headed by a sound feminine plural of things or bodies («شركات
    الإنترنت», «السلطات», «القوات»)? Such a subject takes a feminine verb («طالبت
    الشركات»); people in «ات» («قيادات», «شخصيات») may take either."""
    t = tokens[head_index(tokens, s)]
    k = t.key[len(s.proclitics):].removeprefix("ال")
    return (len(k) > 4 or k == _FORCES) and k.endswith("ات") \
        and k not in words_of("people_in_at") \
        and (s.role is not None or s.mention.type in ("ORG", "GPE"))


def masculine(s: ActorSpan, tokens: list[Token]) -> bool:
    """Is the actor headed by a masculine singular title or attacker («الرئيس الأمريكي»,
    «انتحاري»)?"""
    i = first_word(tokens, s)
    return tokens[i].key[len(s.proclitics) if i == s.first else 0:] in _MASCULINE_HEADS


def disagrees_before(s: ActorSpan, tm: TriggerMatch, tokens: list[Token]) -> bool:
    """Is `s`, right before a one-word verb, of another number or gender than the verb
    («بين المحتجين وقوات الاحتلال رشق خلالها المحتجون»: a plural before «رشق»; a masculine
    noun before «اتهمت»: «بهجوم انتحاري اتهمت السلطات»)?"""
    return tm.head[1] - tm.head[0] == 1 and (
        (plural_noun(s, tokens) and masculine_singular(tm, tokens))
        or (masculine(s, tokens) and feminine_singular(tm, tokens)))


def _like_a_verbal_noun(tm: TriggerMatch, tokens: list[Token]) -> bool:
    """May the verb's word also be its verbal noun? The perfect of a bare three-letter verb
    («رفض», «نفى») and of the forms in «ت» («تدخل») may; an imperfect («يدعو»), a derived
    perfect («أدان»: «إدانة», «طالب»: «مطالبة») or one in «ا» («دعا»: «دعوة») may not."""
    k, perfect, _ = verb_at(tm, tokens)
    if k != perfect:
        return False
    return not (perfect.endswith("ا") or (len(perfect) >= 4 and not perfect.startswith("ت")))


def disagrees_after(s: ActorSpan, tm: TriggerMatch, tokens: list[Token], text: str,
                    opens_sentence: bool) -> bool:
    """Is `s`, right after the verb, of the other gender («ودعا إسرائيل لوقف الترحيل»,
    «واتهمت الرئيس الأمريكي»)? A feminine plural of things counts only after a verb that
    opens its sentence («كما طالب شركات الإنترنت») or that no verbal noun is spelt like
    («ودعا السلطات إلى»): elsewhere the verb's form may be its verbal noun's («رغم نفي
    السلطات», «أن رفض الولايات المتحدة»), whose genitive is the doer."""
    return s.first == tm.head[1] and (
        (masculine_singular(tm, tokens) and (
            feminine(s, tokens, text) or ((opens_sentence or not _like_a_verbal_noun(tm, tokens))
                                          and feminine_plural(s, tokens))))
        or (feminine_singular(tm, tokens) and (
            masculine(s, tokens) or sound_masculine_plural(s, tokens))))


def agrees_with_verb(s: ActorSpan, tm: TriggerMatch, tokens: list[Token], text: str) -> bool:
    """May `s` be the subject of a singular verb in the third person: a masculine verb with
    no feminine or plural noun («واتهم» and «الرئيس»), a feminine one with a feminine
    noun or a plural of things («واتهمت» and «الحكومة», «السلطات»)?"""
    if masculine_singular(tm, tokens):
        return not feminine(s, tokens, text) and not plural_noun(s, tokens)
    return feminine_singular(tm, tokens) and (
        feminine(s, tokens, text) or feminine_plural(s, tokens))
