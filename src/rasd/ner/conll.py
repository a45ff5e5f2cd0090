"""CoNLL files (`TOKEN TAG` a line) and BIO tags ↔ entity spans.

ANERcorp-style files have no sentence breaks; `sentences()` cuts after sentence-final
punctuation tokens (and at blank lines, when a file has them).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from rasd.errors import InputError

SENTENCE_END = frozenset({".", "!", "?", "؟", "…"})
TYPES = ("PERS", "LOC", "ORG", "MISC")


def read_conll(path: str | Path) -> list[list[tuple[str, str]]]:
    """Sentences of (token, tag) pairs from a CoNLL file; the tag is the last field."""
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"cannot read CoNLL file {p}: {e}") from None
    sents: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    for n, line in enumerate(lines, 1):
        parts = line.split()
        if not parts:  # a blank line ends a sentence
            if cur:
                sents.append(cur)
                cur = []
            continue
        if len(parts) == 1:
            if parts[0] == "O" or parts[0][:2] in ("B-", "I-"):
                continue  # a tag with an empty (invisible) token
            raise InputError(f"{p}:{n}: expected 'TOKEN TAG', got {line!r}")
        tag = parts[-1]
        if tag != "O" and not (tag[:2] in ("B-", "I-") and len(tag) > 2):
            raise InputError(f"{p}:{n}: '{tag}' is not a BIO tag")
        token = "".join(parts[:-1]).replace("\u200f", "").replace("\u200e", "")
        if not token:
            continue
        cur.append((token, tag))
        if token in SENTENCE_END:
            sents.append(cur)
            cur = []
    if cur:
        sents.append(cur)
    return sents


def bio_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """(start, end, type) token spans, end exclusive, from BIO tags.

    As in conlleval, an I- tag that does not continue a span of its type starts a new one.
    """
    out: list[tuple[int, int, str]] = []
    start, typ = -1, ""
    for i, tag in enumerate(tags):
        if tag.startswith("I-") and typ == tag[2:]:
            continue
        if typ:
            out.append((start, i, typ))
        if tag.startswith(("B-", "I-")):
            start, typ = i, tag[2:]
        else:
            start, typ = -1, ""
    if typ:
        out.append((start, len(tags), typ))
    return out


def spans_to_bio(n: int, spans: Iterable[tuple[int, int, str]]) -> list[str]:
    tags = ["O"] * n
    for s, e, t in spans:
        tags[s] = "B-" + t
        for i in range(s + 1, e):
            tags[i] = "I-" + t
    return tags
