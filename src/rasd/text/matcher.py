"""Longest-match phrase lookup over token keys, with clitic stripping on the first word.

Lexicon phrases are stored as tuples of normalised keys. A phrase matches at token `i` when
some clitic reading of token `i` (see `clitic_variants`) is its first key and the following
tokens' keys are the rest. Only readings whose stem is a known first word are tried, so a
clitic is stripped only when what remains is a known entry.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Generic, TypeVar

from rasd.model import Token
from rasd.text.normalize import TOKEN_RE, clitic_variants, key

T = TypeVar("T")
_VERBAL = frozenset({"", "و", "ف", "ل", "ول", "فل"})
# Quotation marks, opening → closing (a straight mark does both)
QUOTE_PAIRS = {"«": "»", "“": "”", '"': '"'}
# Quotation marks inside a phrase are read through: تنظيم «القاعدة», «حزب الله».
_QUOTES = frozenset(QUOTE_PAIRS) | frozenset(QUOTE_PAIRS.values())


def phrase_key(text: str) -> tuple[str, ...]:
    """The key tuple of a lexicon phrase, tokenised exactly as document text is."""
    return tuple(key(m.group()) for m in TOKEN_RE.finditer(text))


@dataclass(frozen=True, slots=True)
class Match(Generic[T]):
    start: int  # token index, inclusive
    end: int  # token index, exclusive
    value: T
    proclitics: str  # conjunction/preposition clitics on the first token, e.g. "وب", "ل"
    lead: int  # characters of the first token's key before the matched part


class PhraseMatcher(Generic[T]):
    def __init__(self) -> None:
        self._phrases: dict[tuple[str, ...], T] = {}
        self._max_len: dict[str, int] = {}
        # token key → its clitic readings that begin a phrase: most keys begin none, and
        # most tokens repeat a key seen before
        self._starts: dict[str, tuple[tuple[str, str, int, int], ...]] = {}

    def __len__(self) -> int:
        return len(self._phrases)

    def __contains__(self, phrase: tuple[str, ...]) -> bool:
        return phrase in self._phrases

    def add(self, phrase: tuple[str, ...], value: T) -> None:
        """Add or replace `phrase` (a later entry for the same phrase wins)."""
        if not phrase:
            return
        self._phrases[phrase] = value
        self._starts.clear()
        first = phrase[0]
        self._max_len[first] = max(self._max_len.get(first, 0), len(phrase))

    def get(self, phrase: tuple[str, ...]) -> T | None:
        return self._phrases.get(phrase)

    def match_at(self, tokens: Sequence[Token], i: int, stop: int | None = None,
                 verbal: bool = False) -> Match[T] | None:
        """The longest phrase starting at token `i` (ending before `stop`), or None.

        With `verbal`, the first word may carry only و ف ل (no article, no ب or ك), as verbs do.
        """
        stop = len(tokens) if stop is None else stop
        best: Match[T] | None = None
        k = tokens[i].key
        starts = self._starts.get(k)
        if starts is None:
            if len(self._starts) > 200_000:
                self._starts.clear()
            starts = self._starts[k] = tuple(
                (stem, proclitics, lead, n) for stem, proclitics, lead in clitic_variants(k)
                if (n := self._max_len.get(stem)))
        for stem, proclitics, lead, n_max in starts:
            if verbal and (proclitics not in _VERBAL or k != proclitics + stem):
                continue
            n_top = min(n_max, stop - i)
            if n_top > 1 and (tokens[i + 1].key in _QUOTES
                              or (n_top > 2 and tokens[i + 2].key in _QUOTES)):
                best = self._quoted(tokens, i, stop, stem, n_max, proclitics, lead, best)
                continue
            for n in range(n_top, 0, -1):
                if best is not None and n <= best.end - best.start:
                    break
                value = self._phrases.get((stem, *(t.key for t in tokens[i + 1:i + n])))
                if value is not None:
                    best = Match(i, i + n, value, proclitics, lead)
                    break
        return best

    def _quoted(self, tokens: Sequence[Token], i: int, stop: int, stem: str, n_max: int,
                proclitics: str, lead: int, best: Match[T] | None) -> Match[T] | None:
        """`match_at` reading through quotation marks: حركة «حماس» is حركة حماس."""
        after = list(islice((j for j in range(i + 1, stop) if tokens[j].key not in _QUOTES),
                            n_max - 1))
        for n in range(len(after) + 1, 0, -1):
            end = after[n - 2] + 1 if n > 1 else i + 1
            if best is not None and end - i <= best.end - best.start:
                break
            value = self._phrases.get((stem, *(tokens[j].key for j in after[:n - 1])))
            if value is not None:
                if end < stop and tokens[end].key in _QUOTES and \
                        any(tokens[j].key in QUOTE_PAIRS for j in range(i, end)):
                    end += 1  # حركة «حماس» keeps its closing mark
                return Match(i, end, value, proclitics, lead)
        return best

    def find_all(self, tokens: Sequence[Token], start: int = 0, stop: int | None = None
                 ) -> list[Match[T]]:
        """Non-overlapping longest matches, left to right."""
        stop = len(tokens) if stop is None else stop
        out: list[Match[T]] = []
        i = start
        while i < stop:
            m = self.match_at(tokens, i, stop)
            if m is None:
                i += 1
            else:
                out.append(m)
                i = m.end
        return out
