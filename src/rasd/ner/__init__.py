"""A small learned named-entity tagger for Arabic news (PERS, LOC, ORG, MISC).

An averaged structured perceptron over BIO tags (`perceptron.py`), with features from
normalised keys, clitic-stripped stems, affixes, neighbouring words, the project's actor
lexicons, where words stood inside entity spans of the training data and runs of definite
words (`features.py`). The shipped model, `model.json.gz` beside this file, is loaded on
the first call. Types are ANERcorp's: PERS, LOC, ORG, MISC (country adjectives are not
entities in that scheme).

    >>> from rasd.ner import tag
    >>> text = "قال الرئيس الفرنسي إيمانويل ماكرون إن ..."
    >>> [(text[s:e], t) for s, e, t in tag(text)]            # doctest: +SKIP
    [('إيمانويل ماكرون', 'PERS')]

Train (the shipped model was trained this way, on the whole file; see README "Measured"):

    PYTHONHASHSEED=1 python -m rasd.ner.train --data ../shared/data/anercorp/train.conll \\
        --dev-fraction 0 --out src/rasd/ner/model.json.gz

`--dev-fraction 0.2` (the default) holds out the last 20% of the file (sequentially) and
reports span scores on it, for development. Score any CoNLL file with
`rasd eval ner FILE.conll`.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path

from rasd.model import Token
from rasd.ner.conll import SENTENCE_END, bio_spans, spans_to_bio
from rasd.ner.features import (
    classes,
    document_context,
    name_spans,
    second_pass_features,
    sentence_parts,
)
from rasd.ner.perceptron import Perceptron
from rasd.text.segment import split_sentences, tokenize

__all__ = ["load_model", "model_path", "tag", "tag_keys"]

MODEL_FILE = "model.json.gz"


def model_path() -> Path:
    return Path(str(resources.files("rasd.ner"))) / MODEL_FILE


@lru_cache(maxsize=4)
def load_model(path: str | None = None) -> Perceptron:
    """The tagger's weights (the shipped model unless `path` is given), loaded once."""
    return Perceptron.load(path or model_path())


def tag_keys(sentences: Sequence[Sequence[str]], model: Perceptron | None = None
             ) -> list[list[str]]:
    """BIO tags for the sentences of one document, each a list of normalised token keys
    (`rasd.text.normalize.key`). Mentions of a word anywhere in the document share evidence."""
    m = model or load_model()
    doc = document_context(sentences)
    parts = [sentence_parts(keys, lex=m.lexicon, doc=doc, tables=m.tables)
             for keys in sentences]
    tags = [m.predict_parts(pk, extra) for pk, extra in parts]
    if m.second is not None:
        extra2 = second_pass_features(sentences, [extra for _, extra in parts], tags)
        tags = [m.second.predict_parts(pk, extra)
                for (pk, _), extra in zip(parts, extra2, strict=True)]
    return [widen_to_names(keys, t) for keys, t in zip(sentences, tags, strict=True)]


def widen_to_names(keys: Sequence[str], tags: Sequence[str]) -> list[str]:
    """The tags with predicted spans that lie inside a multi-word name of the name lists
    (same type, not a '~' spelling) widened to the whole name: «كي مون» → «بان كي مون»."""
    spans = set(bio_spans(tags))
    if not spans:
        return list(tags)
    for a, b, typ in name_spans(keys):
        while a < b and "TITLE" in classes(keys[a]):  # «البابا …», «الشيخ …»: not the name
            a += 1
        if b - a < 2 or typ.endswith("~") or (a, b, typ) in spans:
            continue
        inside = [s for s in spans if s[0] < b and a < s[1]]
        if inside and all(s[2] == typ and a <= s[0] and s[1] <= b for s in inside):
            spans.difference_update(inside)
            spans.add((a, b, typ))
    return spans_to_bio(len(tags), sorted(spans))


def _runs(tokens: Sequence[Token], cuts: Sequence[int] = ()) -> list[tuple[int, int]]:
    """Index ranges of sentences: at a change of `Token.sentence`, after sentence-final
    punctuation, and before each token start in `cuts`."""
    out, s = [], 0
    ci, cuts = 0, sorted(cuts)
    for i, t in enumerate(tokens):
        while ci < len(cuts) and cuts[ci] <= t.start:
            if i > s:
                out.append((s, i))
                s = i
            ci += 1
        if i > s and t.sentence != tokens[i - 1].sentence:
            out.append((s, i))
            s = i
        if t.key in SENTENCE_END:
            out.append((s, i + 1))
            s = i + 1
    if s < len(tokens):
        out.append((s, len(tokens)))
    return out


def tag(text_or_tokens: str | Sequence[Token], model: Perceptron | None = None
        ) -> list[tuple[int, int, str]]:
    """Named entities as (start, end, type) character offsets, end exclusive.

    The input is one document. Given a string, it is split into sentences and tokens as the
    pipeline does; given `rasd.model.Token`s (e.g. `Document.tokens`), their keys, sentence
    numbers and offsets are used. Types: PERS, LOC, ORG, MISC.
    """
    if isinstance(text_or_tokens, str):
        tokens = tokenize(text_or_tokens)
        cuts = [s.start for s in split_sentences(text_or_tokens)]
    else:
        tokens, cuts = list(text_or_tokens), []
    runs = _runs(tokens, cuts)
    tags = tag_keys([[t.key for t in tokens[a:b]] for a, b in runs], model)
    out = []
    for (a, _), sent_tags in zip(runs, tags, strict=True):
        for s, e, typ in bio_spans(sent_tags):
            out.append((tokens[a + s].start, tokens[a + e - 1].end, typ))
    return out
