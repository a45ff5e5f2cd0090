"""Distributional word clusters for the NER tagger, learned from the training sentences only.

Each word seen at least `min_count` times is described by the words around it (counts of the
most frequent words one and two places to its left and right), weighted by positive pointwise
mutual information and reduced by SVD; spherical K-means then groups the words at several
granularities. A word's cluster code is "a.b.c", one cluster number per granularity, so that
the tagger can use coarse and fine classes of a word and its neighbours.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np

SIZES = (24, 96, 384)


def _kmeans(x: np.ndarray, k: int, rnd: np.random.Generator, iters: int = 25) -> np.ndarray:
    """Spherical K-means (rows of `x` have unit length); k-means++ seeding."""
    n = len(x)
    k = min(k, n)
    centres = [x[rnd.integers(n)]]
    d = 1 - x @ centres[0]
    for _ in range(1, k):
        p = np.maximum(d, 0) ** 2
        p = p / p.sum() if p.sum() > 0 else np.full(n, 1 / n)
        c = x[rnd.choice(n, p=p)]
        centres.append(c)
        d = np.minimum(d, 1 - x @ c)
    cen = np.array(centres)
    lab = np.zeros(n, dtype=int)
    for _ in range(iters):
        new = np.argmax(x @ cen.T, axis=1)
        if _ and np.array_equal(new, lab):
            break
        lab = new
        sums = np.zeros_like(cen)
        np.add.at(sums, lab, x)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        cen = np.where(norms > 0, sums / np.maximum(norms, 1e-12), cen)
    return lab


def word_clusters(sents: Sequence[Sequence[str]], sizes: Sequence[int] = SIZES,
                  min_count: int = 2, n_context: int = 800, dim: int = 80,
                  seed: int = 1) -> dict[str, str]:
    """Word → its cluster code ("a.b.c") from the sentences of keys `sents`."""
    freq = Counter(k for s in sents for k in s)
    vocab = sorted((w for w, c in freq.items() if c >= min_count), key=lambda w: (-freq[w], w))
    if len(vocab) < 2:
        return {}
    ctx = {w: i for i, w in enumerate(vocab[:n_context])}
    nc = len(ctx) + 2  # plus sentence start and end
    row = {w: i for i, w in enumerate(vocab)}
    m = np.zeros((len(vocab), 4 * nc))
    for s in sents:
        pad = ["<s>", "<s>", *s, "</s>", "</s>"]
        for i, w in enumerate(s):
            r = row.get(w)
            if r is None:
                continue
            j = i + 2
            for slot, off in enumerate((-2, -1, 1, 2)):
                n = pad[j + off]
                c = ctx.get(n, nc - 2 if n == "<s>" else nc - 1 if n == "</s>" else None)
                if c is not None:
                    m[r, slot * nc + c] += 1.0 if abs(off) == 1 else 0.5
    total = m.sum()
    pw = m.sum(axis=1, keepdims=True)
    pc = m.sum(axis=0, keepdims=True) ** 0.75
    pc = pc / pc.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log((m / total) / ((pw / total) * pc))
    ppmi = np.where(np.isfinite(pmi) & (pmi > 0), pmi, 0.0)
    val, vec = np.linalg.eigh(ppmi.T @ ppmi)  # right singular vectors, ascending
    x = ppmi @ vec[:, ::-1][:, :dim]  # u * s: the words in the top `dim` directions
    x = x / np.sqrt(np.sqrt(np.maximum(val[::-1][:dim], 1e-12)))  # u * sqrt(s)
    x /= np.linalg.norm(x, axis=1, keepdims=True) + 1e-12
    rnd = np.random.default_rng(seed)
    labels = [_kmeans(x, k, rnd) for k in sizes]
    return {w: ".".join(str(lab[i]) for lab in labels) for i, w in enumerate(vocab)}
