"""Token features for the NER tagger, computed from normalised keys only.

A token's own features (key, clitic-stripped stem, its proclitics, affixes, shape) are cached
per key; context features add the neighbouring keys and stems, and gazetteer features say
where the project's actor lexicons (countries, seats, organisations, people, nisba
adjectives, role nouns) match the sentence, clitics stripped as the matcher does.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from rasd.model import Token
from rasd.text.normalize import clitic_variants

# A CoNLL file without document breaks is read as documents of this many sentences.
DOC_SENTENCES = 20

# What a lexicon entry's kind says about an ANERcorp-style type.
_GAZ_KIND = {"person": "PER", "country": "LOC", "seat": "SEAT", "org": "ORG",
             "nisba": "NORP", "agent": "AGT"}


@lru_cache(maxsize=1)
def _matcher():  # type: ignore[no-untyped-def]
    from rasd.actors.lexicon import actor_matcher

    return actor_matcher()


def gazetteer(keys: Sequence[str]) -> list[str]:
    """Per token: '' or 'KIND-B' / 'KIND-I' for the lexicon match covering it."""
    out = [""] * len(keys)
    tokens = [Token(0, 0, k) for k in keys]
    for m in _matcher().find_all(tokens):
        kind = _GAZ_KIND.get(m.value.kind, "X")
        out[m.start] = kind + "-B"
        for j in range(m.start + 1, m.end):
            out[j] = kind + "-I"
    return out


def _shape(k: str) -> str:
    if k.isdigit():
        return "D" + str(min(len(k), 4))
    if any(c.isdigit() for c in k):
        return "d"
    if k.isascii() and k.isalpha():
        return "L"
    if not k or not k[0].isalnum():
        return "P"
    return "A" + str(min(len(k), 8))


@lru_cache(maxsize=200_000)
def word(k: str) -> tuple[str, tuple[str, ...]]:
    """(stem, own features) of key `k`; the stem has its longest clitic chain removed."""
    stem = min((v[0] for v in clitic_variants(k)), key=len)
    pre = k[: len(k) - len(stem)]
    sh = _shape(k)
    feats = ["w=" + k, "s=" + stem, "p=" + pre, "sh=" + sh,
             "x1=" + k[-1:], "x2=" + k[-2:], "x3=" + k[-3:],
             "a2=" + stem[:2], "a3=" + stem[:3], "sx2=" + stem[-2:]]
    if sh[0] == "A" and stem.endswith(("ي", "يه", "يون", "يين")):
        feats.append("nisba")
    return stem, tuple(feats)


def word_lexicon(sents: Sequence[Sequence[tuple[str, str]]], min_count: int = 1
                 ) -> dict[str, str]:
    """Stem → the BIO tag it most often has in `sents` ((key, tag) pairs), with a share
    bucket: 'B-PERS:h' (70% or more of its occurrences), 'B-PERS:m' (30% or more)."""
    counts: dict[str, dict[str, int]] = {}
    for s in sents:
        for k, t in s:
            c = counts.setdefault(word(k)[0], {})
            c[t] = c.get(t, 0) + 1
    out = {}
    for stem, c in counts.items():
        n = sum(c.values())
        if n < min_count:
            continue
        t, m = max(c.items(), key=lambda x: x[1])
        share = m / n
        if share >= 0.3:
            out[stem] = f"{t}:{'h' if share >= 0.7 else 'm'}{'1' if n == 1 else ''}"
    return out


def document_context(sents: Sequence[Sequence[str]], cap: int = 8
                     ) -> dict[str, tuple[str, ...]]:
    """Stem → the words seen around it anywhere in the document (its `cap` most frequent
    left and right neighbours), so that every mention of a name shares the evidence of the
    others («قال الونسو» in one sentence helps «الونسو» in the next)."""
    left: dict[str, dict[str, int]] = {}
    right: dict[str, dict[str, int]] = {}
    for keys in sents:
        stems = [word(k)[0] for k in keys]
        for i, s in enumerate(stems):
            if len(s) < 3:
                continue
            if i > 0:
                d = left.setdefault(s, {})
                d[keys[i - 1]] = d.get(keys[i - 1], 0) + 1
            if i + 1 < len(keys):
                d = right.setdefault(s, {})
                d[keys[i + 1]] = d.get(keys[i + 1], 0) + 1
    out: dict[str, tuple[str, ...]] = {}
    for s in sorted(left.keys() | right.keys()):
        feats = []
        for prefix, d in (("dl=", left.get(s)), ("dr=", right.get(s))):
            if d and len(d) > 1:
                top = sorted(d.items(), key=lambda x: -x[1])[:cap]
                feats.extend(prefix + k for k, _ in top)
        if feats:
            out[s] = tuple(feats)
    return out


def sentence_features(keys: Sequence[str], gaz: Sequence[str] | None = None,
                      lex: dict[str, str] | None = None,
                      doc: dict[str, tuple[str, ...]] | None = None) -> list[list[str]]:
    """Feature strings for every token of one sentence of keys."""
    n = len(keys)
    gaz = gazetteer(keys) if gaz is None else gaz
    info = [word(k) for k in keys]
    stems = [s for s, _ in info]
    lx = ["", "", *((lex.get(s, "") for s in stems) if lex else [""] * n), "", ""]
    pk = ["<s2>", "<s>", *keys, "</s>", "</s2>"]
    ps = ["<s2>", "<s>", *stems, "</s>", "</s2>"]
    pg = ["", "", *gaz, "", ""]
    out = []
    for i in range(n):
        j = i + 2
        f = ["b", *info[i][1],
             "w-1=" + pk[j - 1], "w+1=" + pk[j + 1], "w-2=" + pk[j - 2], "w+2=" + pk[j + 2],
             "s-1=" + ps[j - 1], "s+1=" + ps[j + 1],
             "ww-1=" + pk[j - 1] + "|" + pk[j], "ww+1=" + pk[j] + "|" + pk[j + 1],
             "x2-1=" + pk[j - 1][-2:], "x2+1=" + pk[j + 1][-2:]]
        if pg[j]:
            f.append("g=" + pg[j])
            f.append("gw=" + pg[j] + "|" + ps[j])
        if pg[j - 1]:
            f.append("g-1=" + pg[j - 1])
        if pg[j + 1]:
            f.append("g+1=" + pg[j + 1])
        f.append("L=" + lx[j])
        f.append("L-1=" + lx[j - 1])
        f.append("L+1=" + lx[j + 1])
        f.append("LL=" + lx[j - 1] + "|" + lx[j])
        if doc:
            f.extend(doc.get(stems[i], ()))
        out.append(f)
    return out
