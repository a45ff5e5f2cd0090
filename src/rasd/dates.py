"""Time stage: event dates resolved against the article date.

Handles explicit dates with month names in the three Arabic naming systems (يناير / كانون
الثاني / جانفي) and either digit set, and the relative expressions of news copy: اليوم،
أمس، أول أمس، غدا، الأسبوع الماضي، and weekdays («يوم الثلاثاء», «الثلاثاء المقبل»).
An event takes the date expressed in its sentence (the one nearest its trigger), else the
article's date.
"""

from __future__ import annotations

import contextlib
import re
from datetime import date, timedelta

from rasd.events.frames import AGO, IN_IT, clause, gloss_end
from rasd.events.lexicon import trigger_lexicon
from rasd.events.sources import RESULT_VERBS
from rasd.model import Document, Token
from rasd.text.calendar import YEAR_NOUNS, month_names, weekday_names
from rasd.text.normalize import key

# places and events named by a date: «شارع 26 سبتمبر», «ميدان 6 أكتوبر», «ثورة 25 يناير»
_NAMED_BY_DATE = {"شارع", "ميدان", "جسر", "ساحه", "حي", "مدينه", "جامعه", "مستشفي", "مطار",
                  "ملعب", "ثوره", "حرب", "انتفاضه", "حركه", "تيار", "قوي"}
_RELATIVE = {"اليوم": 0, "امس": -1, "البارحه": -1, "غدا": 1, "الليله": 0}
_PAST = {"الماضي", "الماضيه", "المنصرم", "الفايت"}
_NEXT = {"المقبل", "المقبله", "القادم", "القادمه"}


def _parse_date(s: str | None) -> date | None:
    if not s:
        return None
    try:
        return date.fromisoformat(s[:10])
    except ValueError:
        return None


def _stem(k: str) -> str:
    return k[1:] if k[:1] in ("و", "ف", "ب") and len(k) > 3 else k


def _month_at(tokens: list[Token], j: int, hi: int) -> tuple[int, int] | None:
    """(month, tokens used) for a month name at token j (two-word names first)."""
    months = month_names()
    if j + 1 < hi:
        two = f"{tokens[j].key} {tokens[j + 1].key}"
        if two in months:
            return months[two], 2
    k = tokens[j].key
    if k in months:
        return months[k], 1
    if _stem(k) in months:
        return months[_stem(k)], 1
    return None


def _month_end(tokens: list[Token], j: int, hi: int, used: int) -> int:
    """Where a month name at j ends, with its other names: «أكتوبر (تشرين الأول)»,
    «سبتمبر/أيلول»."""
    end = j + used
    while end < hi:
        if tokens[end].key in ("/", "(", ")", "،", ","):
            end += 1
        elif (other := _month_at(tokens, end, hi)) is not None:
            end += other[1]
        else:
            break
    return end


def _month_year(month: int, after: str, ref: date) -> int:
    """The year of a month named without one: «سبتمبر الماضي» said in July 2015 is in
    2014, «أغسطس المقبل» in 2015; a bare month is the last one of that name."""
    if after in _NEXT:
        return ref.year if month > ref.month else ref.year + 1
    if after in _PAST:
        return ref.year if month < ref.month else ref.year - 1
    return ref.year if month <= ref.month else ref.year - 1


def _day_of_month(tokens: list[Token], j: int, hi: int, ref: date) -> date | None:
    """The day at token j of this month, the last or the next, named by the month's
    position: «في 29 الحالي», «3 من الشهر الماضي»."""
    k = j + 1
    if k < hi and tokens[k].key == "من":
        k += 1
    if k < hi and tokens[k].key == "الشهر":
        k += 1
    if k >= hi:
        return None
    after = tokens[k].key
    year, month = ref.year, ref.month
    if after in _PAST:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    elif after in _NEXT:
        year, month = (year, month + 1) if month < 12 else (year + 1, 1)
    elif after not in _THIS:
        return None
    with contextlib.suppress(ValueError):
        return date(year, month, int(tokens[j].key))
    return None


def _year_at(tokens: list[Token], j: int, hi: int, old: bool = False) -> int | None:
    """A year at token j: 1900–2100, or any four digits after «عام» (`old`: «عام 1889»)."""
    if j < hi and tokens[j].key.isdigit() and len(tokens[j].key) == 4:
        y = int(tokens[j].key)
        return y if (1000 if old else 1900) <= y <= 2100 else None
    return None


def _explicit_follows(tokens: list[Token], j: int, hi: int) -> bool:
    """Does a day and month follow within two tokens? Then they date the weekday before
    them: «يوم الجمعة 21 يوليو 1905» is not last Friday."""
    for d in range(j, min(hi, j + 3)):
        k = tokens[d].key
        if k.isdigit() and 1 <= int(k) <= 31 and d + 1 < hi:
            m_at = d + 2 if tokens[d + 1].key == "من" else d + 1
            return m_at < hi and _month_at(tokens, m_at, hi) is not None
    return False


def _range_to_next(tokens: list[Token], j: int, hi: int) -> bool:
    """Does a range that ends in «المقبل» go on from token j: «30 تشرين الثاني (نوفمبر)
    و11 كانون الأول (ديسمبر) المقبل»?"""

    def joins(k: str) -> bool:
        return k in ("و", "الي", "حتي") or (k.startswith("و") and k[1:].isdigit())

    if j >= hi or not joins(tokens[j].key):
        return False
    i = j
    while i < min(hi, j + 9):
        k = tokens[i].key
        if k in _NEXT:
            return True
        if (month := _month_at(tokens, i, hi)) is not None:
            i += month[1]
        elif k.isdigit() or k in ("(", ")") or joins(k):
            i += 1
        else:
            return False
    return False


def find_dates(tokens: list[Token], lo: int, hi: int, ref: date | None
               ) -> list[tuple[int, date]]:
    """(token index, date) of each time expression in tokens [lo, hi)."""
    out: list[tuple[int, date]] = []
    days = weekday_names()
    j = lo
    while j < hi:
        k = tokens[j].key
        # Explicit: 13 أبريل 2021 / 13 من أبريل / ١٣ نيسان (أبريل) 2021; not a name
        # («شارع 26 سبتمبر», «ثورة 25 يناير»)
        if k.isdigit() and 1 <= int(k) <= 31 and not (
                j > lo and _stem(tokens[j - 1].key) in _NAMED_BY_DATE):
            m_at = j + 1
            if m_at < hi and tokens[m_at].key == "من":
                m_at += 1
            month = _month_at(tokens, m_at, hi) if m_at < hi else None
            if month is not None:
                y_at = _month_end(tokens, m_at, hi, month[1])  # «أكتوبر (تشرين الأول) 2003»
                if y_at < hi and tokens[y_at].key in YEAR_NOUNS \
                        and _year_at(tokens, y_at + 1, hi, old=True) is not None:
                    y_at += 1  # «28 يونيو عام 2014»
                year = _year_at(tokens, y_at, hi)
                if year is None and ref is not None:
                    year = ref.year
                    after = tokens[y_at].key if y_at < hi else ""
                    if _range_to_next(tokens, y_at, hi):
                        after = "المقبل"  # «بين 30 نوفمبر و11 ديسمبر المقبل»
                    with contextlib.suppress(ValueError):
                        when = date(year, month[0], int(k))
                        if after in _NEXT and when < ref:
                            year += 1  # «6 يناير المقبل» said in December
                        elif after not in _NEXT | _THIS and when > ref + timedelta(days=2):
                            year -= 1  # but «30 يوليو الحالي» is this year's
                if year is not None:
                    with contextlib.suppress(ValueError):  # 31 February is not a date
                        out.append((j, date(year, month[0], int(k))))
                j = y_at + 1
                continue
            if ref is not None and (when := _day_of_month(tokens, j, hi, ref)) is not None:
                out.append((j, when))  # «في 29 الحالي», «يوم 3 الشهر الماضي»
                j += 2
                continue
        if ref is not None:
            s = _stem(k)
            nxt = tokens[j + 1].key if j + 1 < hi else ""
            if s in ("اول", "أول") and nxt in ("امس", "من"):
                out.append((j, ref - timedelta(days=2)))
                j += 3 if nxt == "من" else 2
                continue
            if s in ("الاسبوع", "الشهر", "العام") and nxt in _PAST:
                if s == "الاسبوع":
                    out.append((j, ref - timedelta(days=7)))
                j += 2
                continue
            if s in _RELATIVE:
                out.append((j, ref + timedelta(days=_RELATIVE[s])))
            elif (s in days or k in days) and not _explicit_follows(tokens, j + 1, hi) and (
                    s.startswith("ال") or (j > lo and _stem(tokens[j - 1].key) == "يوم")):
                # a weekday without the article only after «يوم»: «أحد» is "one of",
                # «اثنين» "two"
                wd = days.get(s, days.get(k))
                assert wd is not None
                delta = (ref.weekday() - wd) % 7
                when = ref - timedelta(days=delta)
                if nxt in _NEXT:
                    when = ref + timedelta(days=(wd - ref.weekday()) % 7 or 7)
                elif nxt in _PAST and delta == 0:
                    when = ref - timedelta(days=7)
                out.append((j, when))
        j += 1
    return out


def resolve_dates(doc: Document, history: bool = False) -> Document:
    """Date each event; without `history`, drop the events their clause places more than a
    year before the article («اغتيل عام 1989», «في أواخر التسعينات»): news that mentions
    them tells them as background, not as events of its day. So are sums over a period
    («حتى الآن», «منذ عام 2002»)."""
    ref = _parse_date(doc.published)
    tokens = doc.tokens
    bounds: dict[int, tuple[int, int]] = {}
    for i, t in enumerate(tokens):
        lo, _ = bounds.get(t.sentence, (i, i))
        bounds[t.sentence] = (lo, i + 1)
    kept = []
    # per sentence: its dates, its periods, where a heading date ends
    per_sentence: dict[int, tuple[list[tuple[int, date]], list[tuple[int, date, date]],
                                  int]] = {}
    for e in doc.events:
        lo, hi = bounds.get(e.sentence, (0, 0))
        if e.sentence not in per_sentence:
            days = find_dates(tokens, lo, hi, ref)
            # the year of «21 مايو 2005» is that day's, not the whole of 2005
            per_sentence[e.sentence] = (days, [
                (j, first, d) for j, first, d in _periods(tokens, lo, hi, ref)
                if not any(fj < j <= fj + 6 and fd.year == d.year for fj, fd in days)],
                _dateline_end(tokens, lo, hi))
        found, periods, head = per_sentence[e.sentence]
        trig = next((i for i in range(lo, hi) if tokens[i].start >= e.trigger.start), lo)
        if ref is not None and e.modality in ("asserted", "reported"):
            # what has happened is not dated after the article: «أعلن الجيش حالة الاستنفار
            # قبيل الافتتاح المقرر في 6 أغسطس المقبل»
            found = [(j, d) for j, d in found if d <= ref + timedelta(days=1)]
        # «يهنئ بذكرى ثورة 23 يوليو 1952»: the day an anniversary commemorates is no date
        found = [(j, d) for j, d in found if _anchors_event(tokens, j, lo)]
        if spans := [(d, d) for j, d in found if j < head] + [
                (first, d) for j, first, d in periods if j < head]:
            # «1967 - بدء تظاهرات … استمرت حتى 30 تموز/يوليو»: a date heading the sentence
            # is its time, and a day or month named after it is within it («وفي عام 2021
            # قتل مسلحون 20 مدنيا في 10 أبريل»), or was read with the wrong year; not a
            # day told from the article's («واليوم أبدى الرئيس غضبه»)
            found = [(j, d) for j, d in found
                     if j < head or _within(tokens, j, hi, d, d, spans)]
            periods = [(j, first, d) for j, first, d in periods
                       if j < head or _within(tokens, j, hi, first, d, spans)]
        if found:
            _, when = min(found, key=lambda x: abs(x[0] - trig))
            e.date = when.isoformat()
        elif ref is not None and any(not first <= ref <= d for j, first, d in periods
                                     if _anchors_event(tokens, j, lo)):
            # «1944 - انفجار قنبلة …», «في سبتمبر الماضي»: another year or month, day
            # unknown: no date
            e.date = None
        else:
            e.date = ref.isoformat() if ref else None
        if history or ref is None:
            kept.append(e)
            continue
        if (e.root == "18" or (e.root == "19" and e.cameo[:3] not in _HOLDING)) \
                and e.modality in ("asserted", "reported") \
                and e.target is not None and _THOUSANDS.search(key(e.target.text)):
            # «وقتل أكثر من 3200 شخص في القتال»: a toll of thousands sums a war up (not a
            # crowd that holds a square, nor a mass killing, root 20)
            continue
        c_lo, c_hi = clause(tokens, lo, hi, trig)  # «…، الذي أطاحه انقلاب عام 2006»
        while c_lo - 2 >= lo and tokens[c_lo - 1].key in ("،", ",") \
                and _result_opens(tokens, c_lo, hi):
            # «في عملية تفجير عام 2006، أدت إلى أعمال عنف وأسفرت عن مقتل الآلاف»: a toll
            # has the time of the act it results from
            c_lo = clause(tokens, lo, hi, c_lo - 2)[0]
        if trig + 1 < hi and tokens[trig + 1].key in IN_IT and c_lo - 2 >= lo:
            # «معارك منذ أكثر من عام، قتل فيها العشرات»: «فيها» is the clause before, whose
            # time the deaths share
            c_lo = clause(tokens, lo, hi, c_lo - 2)[0]
        while c_hi < hi and (after := gloss_end(tokens, c_hi, hi)) is not None and after < hi:
            # a gloss in brackets ends no clause: «قتلت 30 من جبهة النصرة (تنظيم القاعدة
            # في بلاد الشام) خلال 10 أشهر»
            c_hi = clause(tokens, lo, hi, after)[1]
        while c_hi + 2 < hi and tokens[c_hi].key in ("،", ",") and (
                tokens[c_hi + 1].key in AGO or (tokens[c_hi + 1].key == "في" and (
                    tokens[c_hi + 2].key in month_names() or tokens[c_hi + 2].key.isdigit()
                    or tokens[c_hi + 2].key in YEAR_NOUNS))):
            # «تعرض للاختطاف …، قبل نحو أربع سنوات، في فبراير 2003،»: a time phrase set off
            # by commas after the clause is its time (not one with a verb: «، قبل أن يقتل»;
            # nor «، في إشارة إلى هجوم عام 2005»)
            n_hi = clause(tokens, lo, hi, c_hi + 1)[1]
            if n_hi - c_hi > SET_OFF_LEN or any(_verb_at(tokens, x, hi)  # «قبل» is one
                                                for x in range(c_hi + 2, n_hi)):
                break
            c_hi = n_hi
        if c_hi + 1 < hi and tokens[c_hi].key in _WHICH_WAS and e.modality in (
                "asserted", "reported") and ((tokens[c_hi - 1].end == e.trigger.end
                                              and not _verb_at(tokens, trig, hi))
                                             or _in_act_before(tokens, trig, c_hi)):
            # «خلال الهجوم الذي شنه متمردون في سبتمبر 2013»: a relative clause right after
            # a past act named by a noun dates it (after a verb it tells of its subject or
            # object: «اعتقلت حماس التي قمعت في 2009 …»; «رفع الحظر الذي فرضه كينيدي في
            # 1962» dates the embargo)
            c_hi = clause(tokens, lo, hi, c_hi + 1)[1]
        # one token past the clause: «منذ أن بدأ» ends it at «أن»
        if _aggregate(tokens, c_lo, min(hi, c_hi + 1), material=e.root >= "14"):
            continue
        if any((tokens[j].key.removeprefix("و"), tokens[j + 1].key) in _ONCE
               for j in range(c_lo, min(hi, c_hi) - 1)):
            continue  # «ألقت الشرطة ذات مرة القبض على شخص»: an anecdote, undated
        dated = [*found, *((j, d) for j, _, d in periods)]
        anchors = [(j, d) for j, d in dated
                   if (c_lo <= j < c_hi and _anchors_event(tokens, j, c_lo)) or j < head]
        if not anchors and c_lo - 2 >= lo and tokens[c_lo - 1].key in _WHEN_CLAUSE:
            # «كما حدث العام الماضي عندما استشهد مدنيون»: a «when» clause has the time of
            # the clause it tells the moment of
            p_lo = clause(tokens, lo, hi, c_lo - 2)[0]
            anchors = [(j, d) for j, d in dated
                       if p_lo <= j < c_lo and _anchors_event(tokens, j, p_lo)]
        if not anchors:
            if not any(t.key in _THEN or t.key.removeprefix("و") in _THEN
                       for t in tokens[c_lo:c_hi]):
                kept.append(e)  # not «عندما استجاب الوزير وقتها لمطالبه»: a time told
            continue            # before, undated, in the background
        j_near, latest = min(anchors, key=lambda x: abs(x[0] - trig))
        # a year alone, not the year of a month before it («في مايو 2020»)
        if any(j == j_near and (d - first).days >= 364 and not first <= ref <= d
               and not any(0 < j - m <= 2 for m, _, _ in periods)
               for j, first, d in periods):
            continue  # «وفي عام 2007 وقع أكثر من 140 هجوما»: a year's sum or its background
        if latest >= ref - timedelta(days=HISTORY_DAYS):
            kept.append(e)
    doc.events = kept
    return doc


# the act a toll was suffered in: «قتلوا في مذبحة سربرنيتشا التي …»
_ACT_NOUNS = frozenset(key(w) for w in (
    "الهجوم", "الهجمات", "هجوم", "التفجير", "التفجيرات", "تفجير", "الانفجار", "انفجار",
    "القصف", "قصف", "الغارة", "الغارات", "غارة", "المجزرة", "مجزرة", "المذبحة", "مذبحة"))
_IN_ACT = frozenset(key(w) for w in ("في", "خلال", "جراء", "إثر", "اثر"))


def _in_act_before(tokens: list[Token], trig: int, rel: int) -> bool:
    """«قتل ثلاثة أشخاص في مجزرة قانا التي ارتكبتها القوات الإسرائيلية عام 1996»: is
    the relative at token rel right after the act, with its name, that the toll at token
    trig after it was suffered in? Then the relative clause dates the toll too."""
    for j in (rel - 1, rel - 2):
        if trig < j - 1 and tokens[j].key in _ACT_NOUNS and tokens[j - 1].key in _IN_ACT:
            return True
    return False


def _within(tokens: list[Token], j: int, hi: int, first: date, last: date,
            spans: list[tuple[date, date]]) -> bool:
    """Is the date at token j within one of the spans, or not a calendar date at all?"""
    return any(a <= first and last <= b for a, b in spans) or not (
        tokens[j].key.isdigit() or _month_at(tokens, j, hi) is not None)


def _result_opens(tokens: list[Token], i: int, hi: int) -> bool:
    """Does the clause at token i open with a verb of result («أدت إلى», «مما أسفر عن»)?"""
    if i < hi and tokens[i].key in ("ما", "مما") and i + 1 < hi:
        i += 1
    return i < hi and tokens[i].key.removeprefix("و") in RESULT_VERBS


def _verb_at(tokens: list[Token], i: int, hi: int) -> bool:
    return trigger_lexicon().verbs.match_at(tokens, i, hi, verbal=True) is not None


HISTORY_DAYS = 365
_HOLDING = {"191", "192"}  # blockade, occupation
# a count of thousands: «3200», «8,000», «ثمانية آلاف», «ألفي», «مليون»
_THOUSANDS = re.compile(r"(?<!\S)(?:\d{1,3}(?:[,.]\d{3})+|\d{4,}|[وب]?(?:ال)?(?:الف|الاف|الفي|"
                        r"الفين|الفا|مليون|ملايين))(?!\S)")
SET_OFF_LEN = 8  # tokens of a time phrase set off by commas, with its first comma
_WHICH_WAS = {"التي", "الذي"}  # token keys
_WHEN_CLAUSE = {"عندما", "وعندما", "حينما"}  # not «حين»: «في حين» is "whereas"
# «التسعينات», «التسعينيات», «تسعينيات القرن الماضي» → the last year of the decade
_DECADES = {f"{article}{tens}{ya}ات": last
            for tens, last in (("عشرين", 1929), ("ثلاثين", 1939), ("اربعين", 1949),
                               ("خمسين", 1959), ("ستين", 1969), ("سبعين", 1979),
                               ("ثمانين", 1989), ("تسعين", 1999))
            for article in ("ال", "") for ya in ("", "ي")}
_FROM = {"منذ", "ومنذ"}
_SINCE = _FROM | {"حتي", "وحتي"}
# a bare four-digit number is a year only after these («عام 2005», «في 1996», «مايو 2005»),
# not in «نحو 2000 معتقل»
# «في صيف 2011»: a season names its year
_SEASONS = {"صيف", "ربيع", "خريف", "شتاء", "الصيف", "الربيع", "الخريف", "الشتاء"}
_YEAR_WORDS = YEAR_NOUNS | _SEASONS | {"في", "وفي", "خلال", "بين", "و", "-", "(", ")"}
_OVER_A_YEAR = [["اكثر", "من", "عام"], ["اكثر", "من", "سنه"]]  # «قبل أكثر من عام»
_YEARS_AGO = {"سنوات", "اعوام", "عاما", "عامين", "سنتين", "عقود", "عقد", "عقدين", "قرون", "قرن"}


# history told as a whole: «في أوقات مختلفة», «على مر العصور», «عبر التاريخ»
_ACROSS_TIME = {("في", "اوقات", w) for w in ("مختلفه", "متفرقه", "متعدده", "سابقه")} | {
    ("علي", "مر", w) for w in ("التاريخ", "العصور", "السنين", "القرون", "الزمن", "السنوات")}
_ACROSS_AGES = {("عبر", w) for w in ("التاريخ", "العصور", "القرون")}
_THEN = frozenset(key(w) for w in ("وقتها", "آنذاك", "حينها", "حينذاك", "وقتذاك", "يومها",
                                   "يومذاك"))
_ONCE = {("ذات", w) for w in ("مره", "يوم", "ليله", "صباح", "مساء")}  # once, one day
_SO_FAR = {("حتي", "الان"), ("حتي", "اليوم"), ("وحتي", "الان"), ("وحتي", "اليوم")}
_DURING = {"خلال", "وخلال", "طوال", "وطوال"}
_OVER = {("علي", "مدي"), ("وعلي", "مدي")}
_THROUGH = {"طوال", "وطوال"}
_IN = {"في", "وفي"}
# spans of weeks or more: «خلال ثلاثة أشهر», «خلال الأشهر الماضية», «طوال السنوات»
_LONG_SPANS = {"اشهر", "شهور", "الاشهر", "الشهور", "شهرين", "اسابيع", "الاسابيع", "سنوات",
               "السنوات", "اعوام", "الاعوام", "عامين", "سنتين", "عقود", "العقود"}
_ONE_SPAN = {"شهر", "عام", "سنه"}  # with «ونصف»: a month and a half, a year and a half
_PARTS_OF_YEAR = {"النصف", "الربع"}  # «النصف الأول من العام»: a half or a quarter
_COUNTED_SPANS = {"عاما", "شهرا", "اسبوعا", "سنه"}  # after a number: «خلال 12 عاما»
_PAST_SPAN = {"الماضيه", "الماضي", "الاخيره", "الاخير", "المنصرمه", "السابقه"}
# counts of a span, before a masculine («ثلاثة أشهر») or a feminine noun («ست سنوات»)
_SPAN_COUNTS = {"ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه", "تسعه", "عشره", "بضعه",
                "عده", "ثلاث", "اربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر", "بضع"}
_DUAL_YEARS = {"عامين", "سنتين", "عقدين", "عقود"}  # «منذ عامين»
_FIRST = {"اول", "الاول", "اولي", "الاولي", "لاول", "باول", "كاول"}
# «أعنف هجوم منذ بدء المواجهات»: the worst since a time compares, it sums nothing up
_SUPERLATIVES = {k for w in ("اعنف", "اسوا", "ادمي", "اشد", "اكبر", "اخطر", "اضخم")
                 for k in (w, "ال" + w, "ل" + w, "ب" + w, "و" + w)}
_COMPARING = _FIRST | _SUPERLATIVES
# «منذ عام» alone is "for a year"; «منذ اندلاع الصراع», «منذ أن بدأ» sum the whole conflict
_PERIOD_START = {"بدايه", "مطلع", "اوايل", "بدء", "اندلاع", "انطلاق", "نشوب", "تسلم", "تسلمه",
                 "توليه", "تولي", "وصوله"}


def _compared(tokens: list[Token], lo: int, hi: int) -> bool:
    """Does a first or a superlative among tokens [lo, hi) compare with a time rather than
    sum up since it: «أول زيارة منذ 1959», «أعنف هجوم منذ بدء المواجهات»?"""
    return any(t.key in _COMPARING for t in tokens[lo:hi])


def _aggregate(tokens: list[Token], lo: int, hi: int, material: bool = True) -> bool:
    """Does the clause sum events up over a period rather than report one: «قتل 13 جنديا
    حتى الآن هذا الشهر», «قتلوا في تفجيرات بالي منذ عام 2002», «قتل 750 شخصا خلال ثلاثة
    أشهر»? Spans of weeks or more count only for `material` acts (protests, force): a
    statement about them is made today («اتهم … بتكثيف الهجمات في الأسابيع الماضية»)."""
    for j in range(lo, hi - 1):
        pair = (tokens[j].key, tokens[j + 1].key)
        if material and (pair in _OVER or pair[0] in _THROUGH):
            # «على مدى أسابيع», «طوال أشهر», «على مدى ثلاثة أعوام»: over a span
            span = [t.key for t in tokens[j + (2 if pair in _OVER else 1):j + 4]]
            if span[:1] and (span[0] in _LONG_SPANS or (
                    len(span) > 1 and span[1] in _LONG_SPANS | _COUNTED_SPANS
                    and (span[0].isdigit() or span[0] in _SPAN_COUNTS))):
                return True
        if pair in _SO_FAR:
            return True
        if material and ((pair[0].removeprefix("و"), pair[1]) in _ACROSS_AGES or (
                j + 2 < hi and (pair[0].removeprefix("و"), pair[1], tokens[j + 2].key)
                in _ACROSS_TIME)):
            return True  # «احتلت ألبانيا في أوقات مختلفة من قبل اليونان وإيطاليا»
        if material and pair[0] in _DURING | _IN and pair[1] in _LONG_SPANS and (
                j + 2 < hi and (tokens[j + 2].key in _PAST_SPAN
                                or tokens[j + 2].key.removeprefix("ال") in _SPAN_COUNTS)):
            # «في السنوات الأخيرة», «خلال الأشهر الماضية», «خلال الأشهر التسعة الأولى»
            return True
        if material and pair[0] in _DURING | _IN and pair[1] in _PARTS_OF_YEAR and j + 2 < hi \
                and tokens[j + 2].key in _FIRST | {"الثاني"}:
            return True  # «خلال النصف الأول من العام», «في الربع الثاني»
        if material and pair[0] in _DURING and pair[1] in _ONE_SPAN and j + 2 < hi \
                and tokens[j + 2].key == "ونصف":
            return True  # «قتل أكثر من 700 شخص خلال شهر ونصف»
        if material and pair[0] in _DURING | _IN and j + 2 < hi \
                and tokens[j + 2].key in _LONG_SPANS | _COUNTED_SPANS \
                and ((count := pair[1].removeprefix("ال")).isdigit() or count in _SPAN_COUNTS):
            # «قتل 750 شخصا خلال ثلاثة أشهر», «خلال الـ12 عاما», «في 10 أشهر», «خلال
            # الأربعة الأشهر الماضية»
            return True
        if material and pair[0] in _FROM and j + 1 < hi \
                and _month_at(tokens, j + 1, hi) is not None \
                and not _compared(tokens, max(lo, j - 8), j):
            # «قتلت 223 عنصرا خلال 112 عملية منذ إبريل الماضي»: since a month (not since a
            # day of it: «يشن الجيش منذ 11 يوليو حملة قصف» goes on)
            return True
        if material and pair[0] in _FROM \
                and [t.key for t in tokens[j + 1:j + 4]] in _OVER_A_YEAR \
                and not _compared(tokens, max(lo, j - 8), j):
            return True  # «معارك منذ أكثر من عام قتل فيها العشرات»
        if material and pair[0] in _FROM and (pair[1] in _DUAL_YEARS or (
                j + 2 < hi and tokens[j + 2].key in _YEARS_AGO
                and (pair[1].isdigit() or pair[1] in _SPAN_COUNTS))):
            return True  # «تمردها المستمر منذ ست سنوات أدى إلى مقتل 15 ألف شخص»
        year = _year_at(tokens, j + (2 if pair[1] in ("عام", "العام") else 1), hi)
        if pair[0] in _FROM and (pair[1] in _PERIOD_START or pair[1] == "ان"
                                 or year is not None) \
                and not _compared(tokens, max(lo, j - 8), j):
            # but «أول زيارة منذ 1959», «الأولى من نوعها منذ العام 2003», «أعنف هجوم
            # منذ بدء المواجهات»
            return True
    return False


_DATELINE_MARKS = {"-", "–", "—", ":"}
_BULLETS = {"*", "-", "–", "•", "ـ"}
_DATE_WORDS = {"عام", "العام", "من", "(", ")", "/"}
_YEAR_OPENERS = {"في", "وفي", "عام", "وعام"}  # a sentence that opens with «(و)في عام 1889»


def _dateline_end(tokens: list[Token], lo: int, hi: int) -> int:
    """Where a heading date ends: «2008 - الصين وروسيا توقعان …», «21 ديسمبر: مقتل …» (a
    line of a timeline) dates every event of its line. `lo` when there is none."""
    start = lo + 1 if lo < hi and tokens[lo].key in _BULLETS else lo
    end = _heading_date_end(tokens, start, hi)
    if end == start and start < hi and tokens[start].key in _YEAR_OPENERS:
        # «وفي أولى ليالي رمضان، في 28 يونيو عام 2014، قامت …»: a time phrase set off by
        # commas may stand before the date
        comma = next((j for j in range(start + 1, min(hi, start + SET_OFF_LEN))
                      if tokens[j].key in ("،", ",")), None)
        if comma is not None and not any(_verb_at(tokens, j, hi) for j in range(start, comma)):
            end = _heading_date_end(tokens, comma + 1, hi)
            return lo if end == comma + 1 else end
    return lo if end == start else end


def _heading_date_end(tokens: list[Token], start: int, hi: int) -> int:
    """Where a date phrase from `start` that heads a sentence ends; `start` if none does."""
    lo = start
    j, dated = start, False
    while j < min(hi, start + 10):
        k = tokens[j].key
        if dated and (k in _DATELINE_MARKS or (k in ("،", ",") and j > start + 1)):
            return j  # «وفي عام 2009، وقعت …» too: the phrase heads the sentence
        if k.isdigit():
            j, dated = j + 1, True
        elif k in _DATE_WORDS or (j == start and k in _YEAR_OPENERS) or (
                j == start + 1 and k in _SEASONS and tokens[start].key in _YEAR_OPENERS):
            j += 1
        elif (month := _month_at(tokens, j, hi)) is not None:
            j, dated = j + month[1], True
        elif dated and tokens[start].key in _YEAR_OPENERS:
            return j  # «وفي عام 1889 أجريت مقابلة …، أبدى السلطان غضبه»: no comma needed
        else:
            return lo
    return lo


def _anchors_event(tokens: list[Token], j: int, lo: int) -> bool:
    """Does the time expression at token j date the clause's event? Not when it dates what
    an anniversary commemorates: «يهنئ بذكرى ثورة 23 يوليو 1952»."""
    return not any(t.key.endswith("ذكري") for t in tokens[max(lo, j - 6):j])


def _periods(tokens: list[Token], lo: int, hi: int, ref: date | None
             ) -> list[tuple[int, date, date]]:
    """(token index, first day, last day) of each period named without a day: a month
    («في سبتمبر الماضي», «يونيو 2013»), a year («عام 2005»), a decade («التسعينات»), a
    century («القرن الـ 17»), years ago («قبل عشر سنوات»). «منذ 2003» names when
    something began, not when it happened."""
    out: list[tuple[int, date, date]] = []
    for j in range(lo, hi):
        k = _stem(tokens[j].key)
        prev = tokens[j - 1].key if j > lo else ""
        year = _year_at(tokens, j, hi, old=prev in YEAR_NOUNS)
        since = any(t.key in _SINCE for t in tokens[max(lo, j - 2):j])
        if year is not None and (j == lo or prev in _YEAR_WORDS or prev in month_names()) \
                and not since:
            out.append((j, date(year, 1, 1), date(year, 12, 31)))
        elif (month := _month_period(tokens, j, lo, hi, ref)) is not None and not since:
            out.append((j, *month))
        elif ref is not None and k in YEAR_NOUNS and j + 1 < hi \
                and tokens[j + 1].key in _LAST_YEAR and not since:
            out.append((j, date(ref.year - 1, 1, 1), date(ref.year - 1, 12, 31)))
        elif k in _DECADES:
            out.append((j, date(_DECADES[k] - 9, 1, 1), date(_DECADES[k], 12, 31)))
        elif k == "القرن" and j + 1 < hi and tokens[j + 1].key not in ("الحالي", "الجاري"):
            out.append((j, date(1900, 1, 1), date(1999, 12, 31)))
        elif k in ("قبل", "مرور") and (
                any(t.key in _YEARS_AGO for t in tokens[j + 1:j + 4])
                or [t.key for t in tokens[j + 1:j + 4]] in _OVER_A_YEAR):
            # «قبل عشر سنوات», «بعد مرور ثلاثة أعوام على الهجوم», «قبل أكثر من عام»:
            # years ago
            out.append((j, date(1900, 1, 1), date(1900, 1, 1)))
    return out


# what makes a month name a time phrase (not «مارس» "he practised", «آب» "father")
_MONTH_CUES = {"في", "وفي", "خلال", "شهر", "مطلع", "بدايه", "منتصف", "اواخر", "اوايل",
               "نهايه", "حتي", "وحتي"}
_THIS = {"الحالي", "الجاري"}
_LAST_YEAR = {"الماضي", "الماضيه", "المنصرم", "المنصرمه", "السابق", "السابقه"}  # «العام الماضي»


def _month_period(tokens: list[Token], j: int, lo: int, hi: int, ref: date | None
                  ) -> tuple[date, date] | None:
    """(first, last day) of a month named without a day at token j: «في سبتمبر/أيلول
    الماضي». Not a month of a day's date («21 سبتمبر»), nor its other name."""
    if ref is None or (m := _month_at(tokens, j, hi)) is None:
        return None
    if any(t.key.isdigit() or _month_at(tokens, i, hi) is not None
           for i, t in enumerate(tokens[max(lo, j - 3):j], start=max(lo, j - 3))):
        return None  # «21 سبتمبر», «5 أكتوبر (تشرين الأول)», «سبتمبر/أيلول»
    end = _month_end(tokens, j, hi, m[1])
    after = tokens[end].key if end < hi else ""
    year = _year_at(tokens, end, hi)
    if year is None and after == "من" and end + 2 < hi and tokens[end + 1].key in YEAR_NOUNS:
        # «في نوفمبر من عام 2002», «في أكتوبر من العام الماضي»
        nxt = tokens[end + 2].key
        year = _year_at(tokens, end + 2, hi) or (
            ref.year - 1 if nxt in _LAST_YEAR else ref.year if nxt in _THIS else None)
    prev = tokens[j - 1].key if j > lo else ""
    if year is None and not (prev in _MONTH_CUES or after in _PAST | _NEXT | _THIS):
        return None
    if year is None:
        year = ref.year if after in _THIS else _month_year(m[0], after, ref)
    first = date(year, m[0], 1)
    last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    return first, last

