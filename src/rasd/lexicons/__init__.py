"""Lexicon data files and the one reader they all go through.

Bundled files live beside this module. A user folder (the `RASD_LEXICONS` environment
variable) may hold files with the same relative names; their rows are read after the
bundled ones, so loaders that keep the last entry for a key let users override.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from rasd.errors import LexiconError


@dataclass(frozen=True, slots=True)
class Row:
    fields: tuple[str, ...]
    path: str
    line: int

    def where(self) -> str:
        return f"{self.path}:{self.line}"


def bundled_dir() -> Path:
    return Path(str(resources.files("rasd.lexicons")))


def user_dir() -> Path | None:
    d = os.environ.get("RASD_LEXICONS")
    return Path(d) if d else None


def lexicon_files(pattern: str) -> list[Path]:
    """Bundled then user files matching the glob `pattern` (e.g. "triggers/*.tsv")."""
    out = sorted(bundled_dir().glob(pattern))
    ud = user_dir()
    if ud is not None and ud.is_dir():
        out += sorted(ud.glob(pattern))
    return out


def read_file(path: Path, min_fields: int = 2) -> Iterator[Row]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise LexiconError(f"{path}: cannot read lexicon file: {e}") from e
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = tuple(f.strip() for f in line.rstrip("\n").split("\t"))
        if len(fields) < min_fields:
            raise LexiconError(
                f"{path}:{n}: expected at least {min_fields} tab-separated columns, "
                f"found {len(fields)}"
            )
        yield Row(fields, str(path), n)


def read_tsv(pattern: str, min_fields: int = 2) -> Iterator[Row]:
    """Rows of every bundled and user file matching `pattern`, in that order."""
    for path in lexicon_files(pattern):
        yield from read_file(path, min_fields)


def alternatives(field: str) -> list[str]:
    return [a.strip() for a in field.split("|") if a.strip() and a.strip() != "-"]
