"""Lexicon data files and the one reader they all go through.

Bundled files live beside this module. A user folder (the `RASD_LEXICONS` environment
variable, or `rasd code --lexicons DIR`) may hold files with the same relative names; their
rows are read after the bundled ones, so an entry there adds to or overrides the bundled one.

A malformed entry never stops coding: the loaders report it through `problem()` (a warning
naming file and line) and skip it. `rasd lexicon check` collects every such problem, and more.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

log = logging.getLogger("rasd.lexicons")


@dataclass(frozen=True, slots=True)
class Row:
    fields: tuple[str, ...]
    path: str
    line: int

    def where(self) -> str:
        return f"{self.path}:{self.line}"

    @property
    def user(self) -> bool:
        """Does this row come from the user's folder rather than the package?"""
        return not self.path.startswith(str(bundled_dir()))


@dataclass(frozen=True, slots=True)
class Problem:
    where: str  # "path:line" or "path"
    message: str
    level: str = "error"  # "error": the entry is skipped; "warning": it is used but suspect

    def __str__(self) -> str:
        return f"{self.where}: {self.level}: {self.message}"


_collecting: list[list[Problem]] = []


def problem(where: str, message: str, level: str = "error") -> None:
    """Report a lexicon problem: collected under `collect_problems()`, else logged."""
    p = Problem(where, message, level)
    if _collecting:
        _collecting[-1].append(p)
    else:
        log.warning("%s", p)


@contextmanager
def collect_problems() -> Iterator[list[Problem]]:
    found: list[Problem] = []
    _collecting.append(found)
    try:
        yield found
    finally:
        _collecting.pop()


def bundled_dir() -> Path:
    return Path(str(resources.files("rasd.lexicons")))


def user_dir() -> Path | None:
    d = os.environ.get("RASD_LEXICONS")
    return Path(d) if d else None


def lexicon_files(pattern: str) -> list[Path]:
    """Bundled then user files matching the glob `pattern` (e.g. "triggers/*.tsv")."""
    out = sorted(bundled_dir().glob(pattern))
    ud = user_dir()
    if ud is not None:
        if ud.is_dir():
            out += sorted(ud.glob(pattern))
        else:
            problem(str(ud), "the user lexicon folder (RASD_LEXICONS) does not exist")
    return out


def read_file(path: Path, min_fields: int = 2) -> Iterator[Row]:
    """Rows of one TSV file; unreadable files and short rows are reported and skipped."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        problem(str(path), f"cannot read lexicon file: {e}")
        return
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = tuple(f.strip() for f in line.split("\t"))
        if len(fields) < min_fields:
            problem(f"{path}:{n}", f"expected at least {min_fields} tab-separated columns, "
                                   f"found {len(fields)}")
            continue
        yield Row(fields, str(path), n)


def read_tsv(pattern: str, min_fields: int = 2) -> Iterator[Row]:
    """Rows of every bundled and user file matching `pattern`, in that order."""
    for path in lexicon_files(pattern):
        yield from read_file(path, min_fields)


def alternatives(field: str) -> list[str]:
    return [a.strip() for a in field.split("|") if a.strip() and a.strip() != "-"]


@lru_cache(maxsize=1)
def function_words() -> dict[str, frozenset[str]]:
    """category → normalised words, from function_words.tsv (shared by several stages)."""
    from rasd.text.normalize import key

    out: dict[str, set[str]] = {}
    for row in read_tsv("function_words.tsv", 2):
        out.setdefault(row.fields[0], set()).update(key(w) for w in row.fields[1].split())
    return {k: frozenset(v) for k, v in out.items()}


# The categories of function_words.tsv the code reads: a category the file lacks or the code
# does not know is a mistake (`rasd lexicon check` reports it), and asking for an unknown
# one raises, so a misspelt name cannot silently read as no words.
FUNCTION_WORD_CATEGORIES = frozenset({
    "adverbial", "allies", "body", "boundary", "collective", "complementiser", "construct",
    "culpable",
    "detachment", "document", "fiction", "fiction_pairs", "invited", "machine", "occasion",
    "often", "passive", "people_in_at", "phrase_end", "place", "preposition", "pronoun_particle",
    "quantity", "resumptive", "site", "skip", "time", "topic", "unit", "victims", "w_names",
})


def words_of(category: str) -> frozenset[str]:
    """The normalised function words of one category of function_words.tsv."""
    if category not in FUNCTION_WORD_CATEGORIES:
        raise KeyError(f"unknown function-word category {category!r}")
    return function_words().get(category, frozenset())


def clear_caches() -> None:
    """Forget every loaded lexicon (after RASD_LEXICONS changes, or in `lexicon check`)."""
    from rasd.actors.lexicon import actor_matcher, written_with_ta
    from rasd.events.coder import _accusing
    from rasd.events.frames import _times_of_day, skip_words
    from rasd.events.lexicon import accident_words, support_verbs, trigger_lexicon
    from rasd.events.modality import modal_words
    from rasd.events.sources import _before_object
    from rasd.events.speech import speech_words
    from rasd.text.clean import rules

    for f in (actor_matcher, function_words, support_verbs, accident_words, trigger_lexicon,
              modal_words, speech_words, rules, skip_words, _times_of_day, _accusing,
              _before_object, written_with_ta):
        f.cache_clear()
