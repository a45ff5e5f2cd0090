"""Time stage: event dates resolved against the article date.

Handles explicit dates with month names in the three Arabic naming systems (يناير / كانون
الثاني / جانفي) and either digit set, and the relative expressions of news copy: اليوم،
أمس، أول أمس، غدا، الأسبوع الماضي، and weekdays («يوم الثلاثاء», «الثلاثاء المقبل»).
An event takes the date expressed in its sentence (the one nearest its trigger), else the
article's date.
"""

from __future__ import annotations

import contextlib
from datetime import date, timedelta

from rasd.model import Document, Token
from rasd.text.calendar import month_names, weekday_names

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


def _year_at(tokens: list[Token], j: int, hi: int) -> int | None:
    if j < hi and tokens[j].key.isdigit() and len(tokens[j].key) == 4:
        y = int(tokens[j].key)
        return y if 1900 <= y <= 2100 else None
    return None


def find_dates(tokens: list[Token], lo: int, hi: int, ref: date | None
               ) -> list[tuple[int, date]]:
    """(token index, date) of each time expression in tokens [lo, hi)."""
    out: list[tuple[int, date]] = []
    days = weekday_names()
    j = lo
    while j < hi:
        k = tokens[j].key
        # Explicit: 13 أبريل 2021 / 13 من أبريل / ١٣ نيسان (أبريل) 2021
        if k.isdigit() and 1 <= int(k) <= 31:
            m_at = j + 1
            if m_at < hi and tokens[m_at].key == "من":
                m_at += 1
            month = _month_at(tokens, m_at, hi) if m_at < hi else None
            if month is not None:
                y_at = m_at + month[1]
                while (y_at < hi and tokens[y_at].key in ("/", "(", ")", "،", ",")) or (
                        y_at < hi and _month_at(tokens, y_at, hi) is not None):
                    y_at += 1
                year = _year_at(tokens, y_at, hi)
                if year is None and ref is not None:
                    year = ref.year
                    with contextlib.suppress(ValueError):
                        if date(year, month[0], int(k)) > ref + timedelta(days=2):
                            year -= 1
                if year is not None:
                    with contextlib.suppress(ValueError):  # 31 February is not a date
                        out.append((j, date(year, month[0], int(k))))
                j = y_at + 1
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
            elif s in days or k in days:
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


def resolve_dates(doc: Document) -> Document:
    ref = _parse_date(doc.published)
    tokens = doc.tokens
    bounds: dict[int, tuple[int, int]] = {}
    for i, t in enumerate(tokens):
        lo, _ = bounds.get(t.sentence, (i, i))
        bounds[t.sentence] = (lo, i + 1)
    for e in doc.events:
        lo, hi = bounds.get(e.sentence, (0, 0))
        found = find_dates(tokens, lo, hi, ref)
        if found:
            trig = next((i for i in range(lo, hi) if tokens[i].start >= e.trigger.start), lo)
            _, when = min(found, key=lambda x: abs(x[0] - trig))
            e.date = when.isoformat()
        elif ref is not None and _other_year(tokens, lo, hi, ref.year):
            e.date = None  # «1944 - انفجار قنبلة …»: another year, day unknown: no date
        else:
            e.date = ref.isoformat() if ref else None
    return doc


def _other_year(tokens: list[Token], lo: int, hi: int, year: int) -> bool:
    """Does the sentence name a year other than the article's (a history, a timeline)?"""
    return any(_year_at(tokens, j, hi) not in (None, year) for j in range(lo, hi))
