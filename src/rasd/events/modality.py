"""Negation and modality of a trigger, from the words before it (lexicons/modality.tsv)."""

from __future__ import annotations

from functools import lru_cache

from rasd.events.conjugate import verb_forms
from rasd.events.frames import is_boundary, is_preposition
from rasd.lexicons import alternatives, problem, read_tsv, words_of
from rasd.model import Token
from rasd.text.calendar import weekday_names
from rasd.text.matcher import phrase_key
from rasd.text.normalize import key

# Words that may stand between a negation and its verb: «لم يتم اعتقال», «لن يكون قد».
_LIGHT = frozenset({"يتم", "تم", "يجر", "يجري", "جري", "يكن", "تكن", "يكون", "تكون", "قد",
                    "بعد", "ان", "يعد", "تعد", "سوى", "من", "المتوقع", "متوقع", "المقرر",
                    "مقرر", "المنتظر", "منتظر", "الوارد", "وارد", "المرجح", "مرجح",
                    "هناك", "هنالك", "ثمة", "يوجد", "توجد"})  # «لم تكن هناك سيارة مفخخة»
_CONJ = ("و", "ف")
NEGATION_WINDOW = 4
MODAL_WINDOW = 6
REFUSED_REACH = 4  # «رفضت الحكومة المصرية قبول»: the verb, its subject, what it refuses
POSSIBLE_WINDOW = 7  # «ضربة جوية روسية أو تركية محتملة»


@lru_cache(maxsize=1)
def modal_words() -> dict[str, str]:
    """Normalised word → "negated" | "threatened" | "proposed" | "intended" | "hypothetical"
    and the classes the functions below read ("possible", "hedge", "prevented", …)."""
    out: dict[str, str] = {}
    for row in read_tsv("modality.tsv", 3):
        modality, kind, pattern = row.fields[:3]
        if kind == "verb":
            for form in verb_forms(pattern):
                out.setdefault(form, modality)
        else:
            for alt in alternatives(pattern):
                p = phrase_key(alt)
                if len(p) != 1:
                    problem(row.where(), f"'{alt}' is not one word, so it can never match")
                    continue
                out.setdefault(p[0], modality)
    return out


def _word(t: Token) -> str | None:
    words = modal_words()
    k = t.key
    if k in words:
        return words[k]
    if k[:1] in _CONJ and k[1:] in words:
        return words[k[1:]]
    return None


def is_negation(t: Token) -> bool:
    """Is the token a negation word (لم، لن، لا، ليس، عدم، دون، with و or ف)?"""
    return _word(t) == "negated"


_USUALLY = frozenset(key(w) for w in ("عادة", "وعادة"))
# «يقصف النظام بانتظام», «تنفي ذلك باستمرار»: with an imperfect, a standing habit; with a
# perfect («قصفت باستمرار طوال الليل») what went on did happen
_CONSTANTLY = frozenset(key(w) for w in ("بانتظام", "باستمرار", "دائما", "دوما", "يوميا",
                                         "أسبوعيا", "شهريا", "سنويا"))
_USUALLY_OR_CONSTANTLY = _USUALLY | _CONSTANTLY
# «كل يوم», «كل أسبوع», «بشكل يومي»: two words that tell a standing habit with an imperfect
_ALL = key("كل")
_EVERY = {_ALL: frozenset(key(w) for w in ("يوم", "أسبوع", "شهر", "عام", "سنة", "جمعة", "ليلة",
                                           "صباح", "مساء")),
          key("بشكل"): frozenset(key(w) for w in ("يومي", "أسبوعي", "شهري", "سنوي", "دوري",
                                                  "منتظم", "متكرر"))}
# «في كل عيد», «في كل مرة»: a sentence's frame of habit, whatever the tense
EVERY_REACH = 30  # tokens back from an act to a sentence's «في كل عيد»
_IN = frozenset(key(w) for w in ("في", "وفي"))
_EVERY_TIME = _EVERY[_ALL] | frozenset(key(w) for w in ("عيد", "مرة", "مناسبة"))
# «المشتبه به», «متهم فيه»: with its pronoun the word names a person, not what is alleged
_SUSPECT_NOUN = frozenset(key(w) for w in ("به", "بها", "بهم", "بهما", "فيه", "فيها", "فيهم"))
# belonging to a group: what a suspicion says of the doers, not of their act
_BELONGING = frozenset(key(w) for w in (
    "ينتمي", "ينتمون", "ينتميان", "تنتمي", "بانتمائه", "بانتمائهم", "بانتمائها", "بانتمائهما",
    "لانتمائه", "لانتمائهم"))
_MA = key("ما")


def is_negated(tokens: list[Token], head: int, lo: int) -> bool:
    """A negation particle within four tokens before `head`, only light words between
    («لم يتم», «ليس من المتوقع أن»)."""
    j = head - 1
    seen = 0
    while j >= lo and seen < NEGATION_WINDOW:
        if _word(tokens[j]) == "negated" and not (  # «كثيرا ما يشن»: often, no negation
                j > 0 and tokens[j].key == _MA
                and tokens[j - 1].key in words_of("often")):
            return True
        if tokens[j].key not in _LIGHT:
            return False
        seen += 1
        j -= 1
    return False


def habitual(tokens: list[Token], head: int, lo: int, imperfect: bool = False) -> bool:
    """«كثيرا ما يقصف الجيش القرى», «غالبا ما يقع ضحايا في هجمات»: what happens often is
    told as a habit, not as an event (anywhere in the trigger's phrase, from `lo`); so is
    what happens «عادة» (usually), near the trigger («يتوسط الرئيس عادة بين»), and, for an
    imperfect, what happens regularly or always («يقصف النظام بانتظام مناطق», «كل يوم»,
    «بشكل يومي», «سنويا»)."""
    near = _USUALLY_OR_CONSTANTLY if imperfect else _USUALLY
    window = range(max(lo, head - 3), min(len(tokens), head + 5))
    return any(tokens[j].key == _MA and tokens[j - 1].key in words_of("often")
               for j in range(lo + 1, head)) or any(
        tokens[j].key in near and tokens[j].sentence == tokens[head].sentence
        for j in window) or any(
            # «في كل عيد نسمع عن فاجعة … تسببت في مقتل طفل», «في كل مرة تقصف»: whatever the
            # tense, what happens at every such time
            tokens[j].key in _IN and tokens[j + 1].key == _ALL
            and tokens[j + 2].key in _EVERY_TIME
            and tokens[j].sentence == tokens[head].sentence
            for j in range(max(0, head - EVERY_REACH), head - 2)) or (imperfect and any(
            j + 1 < len(tokens) and tokens[j + 1].key in _EVERY.get(tokens[j].key, ())
            and tokens[j].sentence == tokens[head].sentence for j in window))


_EXPOSED = key("تعرض")
_TO = key("إلى")


def exposed(tokens: list[Token], j: int, head: int) -> bool:
    """«تعرض الجنود لهجوم», «تعرض صحافيون إلى ضغوط»: the fifth form of «عرض» (was exposed
    to), spelt as its imperfect «تعرض» (she offers), takes «لـ» or «إلى»."""
    k = tokens[j].key
    return (k[1:] if k[:1] in _CONJ else k) == _EXPOSED and any(
        tokens[x].key[:1] == "ل" or tokens[x].key == _TO
        for x in range(j + 1, min(head + 1, len(tokens))))


def set_off(t: Token) -> bool:
    """A comma, a time word («أمس», «الأربعاء») or another word that may stand between a
    verb and its subject («أيضا»): what a phrase may set off by commas."""
    return t.key in ("،", ",") or t.key in words_of("skip") or t.key in weekday_names()


def governing_modality(tokens: list[Token], head: int, lo: int) -> str | None:
    """The modality a governing word before `head` in its clause gives it («هدد بفرض»).

    "prevented" («أحبطت الشرطة هجوما», «وقف القصف») means the act did not take place.
    """
    j = head - 1
    seen = 0
    while j >= lo and seen < MODAL_WINDOW:
        if not set_off(tokens[j]):
            seen += 1  # «أحبطت المقاومة، أمس الأربعاء، هجوما»: commas and times are free
        m = _word(tokens[j])
        if m == "stopped":
            m = "prevented" if any(tokens[x].key == "عن" for x in range(j + 1, head)) else None
        elif m == "directed":
            m = "intended" if j + 1 < head and tokens[j + 1].key[:1] == "ب" else None
        elif m == "refused":
            m = "prevented" if head - j <= REFUSED_REACH else None
        elif m == "any":
            # «من أي هجوم», «أي طرف يقتل»: the trigger or what it is said of is any one; not
            # a noun behind a preposition («لم تعلن أي جهة مسؤوليتها عن الهجوم»)
            m = None if any(is_preposition(tokens[x]) for x in range(j + 1, head)) \
                else "hypothetical"
        elif m == "hedge":
            # «يبدو أن …» hedges its clause; «تابعة على ما يبدو للجيش» only the word before
            m = "hypothetical" if tokens[j + 1].key in words_of("complementiser") else None
        elif m == "hypothetical" and j + 1 < head and tokens[j + 1].key in _SUSPECT_NOUN:
            m = None  # «مشتبه به مرتبط بالهجوم»: a suspect, not an act suspected
        elif m == "hypothetical" and any(t.key in _BELONGING
                                         for t in tokens[j + 1:min(head, j + 4)]):
            m = None  # «مسلحين يشتبه بأنهم ينتمون إلى الحركة قتلوا»: who is suspected of what
        elif m == "proposed" and exposed(tokens, j, head):
            m = None
        if m == "prevented" and is_negated(tokens, j, lo):
            return None  # «لم تتوقف عن قصف», «لم يمنع ذلك المتظاهرين»: the act goes on
        if m == "intended" and any(
                _word(tokens[x]) == "prevented" and not is_negated(tokens, x, lo)
                for x in range(max(lo, head - MODAL_WINDOW), j)):
            return "prevented"  # «أحبطت القوات محاولة هجوم»: the attempt was foiled
        if m and m != "negated":
            return m
        if is_boundary(tokens[j]) and tokens[j].key.isalpha() \
                and not tokens[j].key.lstrip("وبل").startswith("ان"):
            # «طريق يهدد سالكيه حيث ناشد الأهالي»: another clause's word; «أن», «بأنهم»
            # open what the governing word says
            return None
        j -= 1
    return None


# «في هجوم انتحاري فيما يبدو», «على ما يبدو»: the phrase before is said with a hedge
_HEDGES = tuple(tuple(key(w) for w in p.split()) for p in (
    "فيما يبدو", "في ما يبدو", "على ما يبدو", "كما يبدو", "حسبما يبدو"))

_NISBA = ("ي", "يه", "يا", "يين", "يون", "يان")  # «هجوم انتحاري», «ضربة جوية أمريكية»


def _hedge(tokens: list[Token], j: int, hi: int) -> bool:
    return any(j + len(h) <= hi and all(tokens[j + n].key == w for n, w in enumerate(h))
               for h in _HEDGES)


def sentence_modality(tokens: list[Token], head: int, lo: int, hi: int, tense: str
                      ) -> str | None:
    """Modality from the rest of the sentence: a condition anywhere in it («سيعيد احتجاز
    الرهينة إذا رفضت الحكومة»), «قد» before an imperfect (may), or a possibility adjective
    in the trigger's noun phrase («ضربة جوية محتملة», «هجوم انتحاري فيما يبدو»)."""
    if tense in ("imperfect", "future") and head > lo and tokens[head - 1].key == "قد":
        return "hypothetical"
    for j in range(head + 1, min(hi, head + POSSIBLE_WINDOW)):
        if _word(tokens[j]) == "possible" or (_hedge(tokens, j, hi) and all(
                tokens[x].key.endswith(_NISBA) for x in range(head + 1, j))):
            return "hypothetical"  # but «قنبلة زرعها فيما يبدو إسلاميون» hedges the doer
        if is_boundary(tokens[j]) or is_preposition(tokens[j]):
            break  # the adjective must belong to the trigger's own noun phrase
    for j in range(lo, hi):
        if _word(tokens[j]) == "condition" and not (tense == "perfect" and j > head):
            # but a past act before the condition is told as done: «هدد الرئيس باستخدام
            # السلاح إذا تعرضت بلاده لهجوم» is a threat made
            return "hypothetical"
    return None


def negated_between(tokens: list[Token], a: int, b: int, names: frozenset[int] = frozenset()
                    ) -> bool:
    """A negation word among tokens [a, b) outside `names` (actor tokens: «طائرة بدون
    طيار»): «أعلنت الحكومة عدم فرض حظر التجول»."""
    return any(is_negation(tokens[j]) for j in range(a, b) if j not in names)
