"""Matching keys for Arabic text.

The text itself is never rewritten: `key()` maps a token's surface form to the form the
lexicons are matched on, and every span keeps pointing into the original cleaned text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_DROP = {c: None for c in range(0x064B, 0x0660)}  # harakat, shadda, sukun, hamza marks
_DROP.update({0x0670: None, 0x0640: None})  # superscript alef, tatweel
_DROP.update({c: None for c in range(0x06D6, 0x06EE)})  # Quranic annotation marks
_DROP.update({0x200C: None, 0x200D: None, 0x200E: None, 0x200F: None, 0xFEFF: None})

_MAP = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ئ": "ي",
    "ة": "ه", "ۀ": "ه",
    "ؤ": "و",
    "ک": "ك",
}
_TABLE = str.maketrans({**{k: v for k, v in _MAP.items()}, **_DROP})
_TABLE.update({0x0660 + i: ord(str(i)) for i in range(10)})  # Arabic-Indic digits
_TABLE.update({0x06F0 + i: ord(str(i)) for i in range(10)})  # Eastern (Persian) digits
# Presentation forms («ﻃﻴﺮﺍﻥ», pasted from old PDFs and sites) read as the letters they draw;
# not the ligatures of whole phrases («ﷺ»), which would put spaces inside one key
_TABLE.update({c: form.translate(_TABLE) for c in (*range(0xFB50, 0xFE00), *range(0xFE70, 0xFEFF))
               if (form := unicodedata.normalize("NFKC", chr(c))) != chr(c) and " " not in form})


def key(text: str) -> str:
    """The matching key of `text`: no diacritics or tatweel, unified letter forms, 0-9 digits."""
    return text.translate(_TABLE).lower()


# A word is a run of letters/digits with the marks that may sit inside an Arabic word.
_MARKS = "\u064b-\u065f\u0670\u0640\u06d6-\u06ed\u200c\u200d"
TOKEN_RE = re.compile(
    rf"[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.,٫][0-9\u0660-\u0669\u06f0-\u06f9]+)*"
    rf"|[^\W\d_][^\W_{_MARKS}]*(?:[{_MARKS}]+[^\W_]*)*"
    rf"|[^\s]"
)

# Proclitic chains: conjunction (و ف), preposition (ب ك ل), article (ال); ل + ال is written لل.
_CONJ = ("", "و", "ف")
_PREP = ("", "ب", "ك", "ل")


def _chains() -> list[tuple[str, str, bool]]:
    out = []
    for c in _CONJ:
        for p in _PREP:
            for art in (False, True):
                if not (c or p or art):
                    continue
                chain = c + ("لل" if p == "ل" and art else p + ("ال" if art else ""))
                out.append((chain, c + p, art))
    return sorted(out, key=lambda x: -len(x[0]))


CHAINS = _chains()


@lru_cache(maxsize=200_000)
def clitic_variants(k: str) -> tuple[tuple[str, str, int], ...]:
    """Readings of key `k` as (stem, proclitics, lead), the unsegmented reading first.

    `proclitics` are the conjunction and preposition letters stripped («وب», «ل»), without
    the article; `lead` is how many characters of `k` precede the part a mention covers.
    The stem of a chain ending in the article is offered both with and without ال, so that
    «بالكرملين» can reach «الكرملين» and «الروسية» can reach «روسيه». Callers accept a
    reading only when the stem is a known entry: this is what keeps «لبنان» and «واشنطن» whole.
    """
    out: dict[str, tuple[str, int]] = {k: ("", 0)}
    for chain, proclitics, art in CHAINS:
        if len(k) - len(chain) >= 2 and k.startswith(chain):
            rest = k[len(chain):]
            lead = len(proclitics) if not art or not chain.endswith("لل") else len(chain)
            if art:
                out.setdefault("ال" + rest, (proclitics, lead))
                out.setdefault(rest, (proclitics, lead))
            else:
                out.setdefault(rest, (proclitics, len(chain)))
    return tuple((stem, p, lead) for stem, (p, lead) in out.items())


PRONOUN_SUFFIXES = ("ه", "ها", "هم", "هما", "هن", "ي", "نا", "كم", "ك")


@lru_cache(maxsize=16)
def _longest_first(suffixes: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted((*suffixes, "ا"), key=len, reverse=True))


def strip_suffix(k: str, suffixes: tuple[str, ...] = PRONOUN_SUFFIXES) -> list[str]:
    """Stems of `k` without one attached pronoun or tanween alef (longest suffix first)."""
    out = []
    for s in _longest_first(suffixes):
        if len(k) - len(s) >= 2 and k.endswith(s):
            stem = k[: -len(s)]
            out.append(stem)
            if stem.endswith("ت") and s != "ا":  # ta marbuta before a pronoun: رغبتها → رغبه
                out.append(stem[:-1] + "ه")
    return out


def surface_offset(surface: str, n_key_chars: int) -> int:
    """Index in `surface` after its first `n_key_chars` characters that survive `key()`."""
    if n_key_chars <= 0:
        return 0
    seen = 0
    for i, ch in enumerate(surface):
        if ch.translate(_TABLE):
            seen += 1
            if seen == n_key_chars:
                return i + 1
    return len(surface)
