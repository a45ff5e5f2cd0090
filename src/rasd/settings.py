"""One options object for a run: defaults here, CLI flags fill the same object."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    min_confidence: float = 0.0  # events below this confidence are not reported
    keep_negated: bool = False  # report negated acts too (with negated: true)
    history: bool = False  # report history (over a year before the article) and sums too
    max_chars: int = 2_000_000  # longer documents get an `error` instead of being coded
    min_arabic_ratio: float = 0.2  # share of letters that must be Arabic to code a document
    ner: bool = True  # find names the lexicons do not know with the learned tagger (rasd.ner)
