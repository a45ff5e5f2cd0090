"""Segment stage: sentences and tokens, each with character offsets into `Document.text`."""

from __future__ import annotations

import re

from rasd.model import Document, Sentence, Token
from rasd.text.normalize import TOKEN_RE, key

# A sentence ends at . ! ? ؟ (and any closing quotes after them) followed by space or the end.
_END_RE = re.compile(r"[.!?؟…]+[\"”»’)]*(?=\s|$)")


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text`; a line break always ends one (headings are their own sentence)."""
    out: list[Sentence] = []
    pos = 0
    for line in text.split("\n"):
        line_start, line_end = pos, pos + len(line)
        pos = line_end + 1
        cuts = [m.end() + line_start for m in _END_RE.finditer(line)]
        start = line_start
        for end in [*cuts, line_end]:
            s, e = start, end
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                out.append(Sentence(s, e))
            start = end
    return out


def tokenize(text: str) -> list[Token]:
    return [Token(m.start(), m.end(), key(m.group())) for m in TOKEN_RE.finditer(text)]


def segment(doc: Document) -> Document:
    doc.sentences = split_sentences(doc.text)
    tokens = tokenize(doc.text)
    si = 0
    sents = doc.sentences
    for t in tokens:
        while si < len(sents) - 1 and t.start >= sents[si].end:
            si += 1
        t.sentence = si
    doc.tokens = tokens
    return doc
