"""Clean stage: drop boilerplate and repeated lines, reporting each with its reason."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import lru_cache

from rasd.lexicons import problem, read_tsv
from rasd.model import Document, Dropped
from rasd.text.calendar import month_names, weekday_names
from rasd.text.normalize import TOKEN_RE, key

_PUNCT_RE = re.compile(r"[\W_]+")
_URL_RE = re.compile(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?$", re.I)
# Words that may sit in a dateline next to the date itself.
_DATE_WORDS = {"ص", "م", "ه", "هـ", "الساعه", "بتوقيت", "gmt", "نشر", "في", "تاريخ", "اخر",
               "تحديث", "النشر", "منذ", "دقيقه", "دقائق", "ساعه", "ساعات", "يوم", "ايام"}


@dataclass(frozen=True)
class BoilerplateRules:
    prefix: tuple[str, ...]
    line: frozenset[str]
    footer: frozenset[str]
    short: tuple[str, ...]
    tail: tuple[str, ...]  # as written: they end the article even inside a line


def _squash(text: str) -> str:
    """Line key for comparisons: normalised, punctuation and spacing removed."""
    return _PUNCT_RE.sub("", key(text))


@lru_cache(maxsize=1)
def rules() -> BoilerplateRules:
    kinds: dict[str, list[str]] = {"prefix": [], "line": [], "footer": [], "short": [],
                                   "tail": []}
    for row in read_tsv("boilerplate.tsv"):
        if row.fields[0] not in kinds:
            problem(row.where(), f"unknown kind '{row.fields[0]}' "
                                 f"(expected one of {', '.join(kinds)})")
            continue
        kinds[row.fields[0]].append(
            row.fields[1] if row.fields[0] == "tail" else _squash(row.fields[1]))
    return BoilerplateRules(
        prefix=tuple(kinds["prefix"]),
        line=frozenset(kinds["line"]),
        footer=frozenset(kinds["footer"]),
        short=tuple(kinds["short"]),
        tail=tuple(kinds["tail"]),
    )


def _is_dateline(line: str) -> bool:
    months, days = month_names(), weekday_names()
    split_months = _split_month_words()
    words = []
    for m in TOKEN_RE.finditer(line):
        w = key(m.group())
        if not w.isalnum():
            continue
        if not (w.isdigit() or w in months or w in days or w in _DATE_WORDS
                or w in split_months):
            return False  # most lines: the first word that is no date word ends the check
        words.append(w)
    if not words or not any(w.isdigit() for w in words):
        return False
    joined = " ".join(words)
    for m in months:  # two-word months (كانون الثاني) become one word
        if " " in m and m in joined:
            joined = joined.replace(m, "month")
    return all(w.isdigit() or w in months or w in days or w in _DATE_WORDS or w == "month"
               for w in joined.split())


@lru_cache(maxsize=1)
def _split_month_words() -> frozenset[str]:
    return frozenset(w for m in month_names() if " " in m for w in m.split())


def boilerplate_reason(line: str, r: BoilerplateRules) -> str | None:
    """Why `line` is boilerplate ("boilerplate" or "footer"), or None if it is content."""
    sq = _squash(line)
    if not sq:
        return None
    if sq in r.footer:
        return "footer"
    if sq in r.line or sq.startswith(r.prefix):
        return "boilerplate"
    if len(line.split()) <= 8 and any(p in sq for p in r.short):
        return "boilerplate"
    if _URL_RE.match(line.strip()) or _is_dateline(line):
        return "boilerplate"
    return None


def clean_text(raw: str) -> tuple[str, list[Dropped]]:
    """The article's text without boilerplate and repeated lines, and what was dropped."""
    r = rules()
    kept: list[str] = []
    dropped: list[Dropped] = []
    seen: set[str] = set()
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    ending: list[str] = []
    for i, line in enumerate(lines):
        at = min((p for t in r.tail if (p := line.find(t)) != -1), default=-1)
        if at != -1:
            # «… لأخذ علاج راكبة. رابط الخبر بصحيفة الوئام: …»: a link line, even run into
            # the last paragraph, ends the article
            lines, ending = [*lines[:i], line[:at]], [line[at:], *lines[i + 1:]]
            break
    for i, line in enumerate(lines):
        line = line.strip()
        if not line:
            continue
        if "&" in line:
            # feeds and exports often keep the HTML escapes: «&quot;داعش ليبيا&quot; يخطف»
            line = html.unescape(line)
        reason = boilerplate_reason(line, r)
        if reason == "footer":
            # A comments heading ends the article: what follows it is reader comments.
            dropped.append(Dropped(line, "boilerplate"))
            dropped.extend(Dropped(rest.strip(), "boilerplate")
                           for rest in lines[i + 1:] if rest.strip())
            break
        if reason:
            dropped.append(Dropped(line, reason))
            continue
        sq = _squash(line)
        if sq in seen:
            dropped.append(Dropped(line, "repeated"))
            continue
        seen.add(sq)
        kept.append(line)
    dropped.extend(Dropped(x.strip(), "boilerplate") for x in ending if x.strip())
    return "\n".join(kept), dropped


def clean(doc: Document) -> Document:
    doc.text, doc.dropped = clean_text(doc.raw)
    return doc
