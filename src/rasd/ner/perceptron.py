"""An averaged structured perceptron over BIO tags, with first-order Viterbi decoding.

Pure Python: emission weights are sparse (feature → (tag, weight) pairs), transitions a
small matrix, and an I- tag may follow only B- or I- of its own type.
"""

from __future__ import annotations

import gzip
import json
import random
from collections.abc import Callable, Sequence
from pathlib import Path

from rasd.ner.conll import TYPES

TAGS = ("O", *(p + t for t in TYPES for p in ("B-", "I-")))
NEG = -1e9


def _allowed_prev(tags: Sequence[str]) -> list[list[int]]:
    out = []
    for t in tags:
        if t.startswith("I-"):
            out.append([i for i, p in enumerate(tags) if p[2:] == t[2:]])
        else:
            out.append(list(range(len(tags))))
    return out


class Perceptron:
    """Weights of a trained tagger; `predict` gives the best BIO tag sequence."""

    def __init__(self, tags: Sequence[str] = TAGS,
                 weights: dict[str, tuple[tuple[int, float], ...]] | None = None,
                 trans: list[list[float]] | None = None, start: list[float] | None = None,
                 meta: dict[str, object] | None = None,
                 lexicon: dict[str, str] | None = None) -> None:
        self.tags = tuple(tags)
        n = len(self.tags)
        self.weights = weights or {}
        self.trans = trans or [[0.0] * n for _ in range(n)]
        self.start = start or [0.0] * n
        self.meta = meta or {}
        self.lexicon = lexicon or {}  # stem → its usual tag in the training data
        self._prev = _allowed_prev(self.tags)
        for i, t in enumerate(self.tags):  # a span never starts with I-
            if t.startswith("I-"):
                self.start[i] = NEG

    def emissions(self, feats: Sequence[Sequence[str]]) -> list[list[float]]:
        n, w = len(self.tags), self.weights
        out = []
        for fs in feats:
            s = [0.0] * n
            for f in fs:
                pairs = w.get(f)
                if pairs:
                    for t, v in pairs:
                        s[t] += v
            out.append(s)
        return out

    def predict(self, feats: Sequence[Sequence[str]]) -> list[str]:
        return [self.tags[i] for i in viterbi(self.emissions(feats), self.trans, self.start,
                                              self._prev)]

    def save(self, path: str | Path) -> None:
        data = {"format": "rasd-ner-perceptron/1", "tags": list(self.tags), "meta": self.meta,
                "lexicon": self.lexicon,
                "start": [0.0 if v == NEG else round(v, 3) for v in self.start],
                "trans": [[round(v, 3) for v in row] for row in self.trans],
                "weights": {f: [x for tv in pairs for x in tv]
                            for f, pairs in self.weights.items()}}
        raw = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        Path(path).write_bytes(gzip.compress(raw, compresslevel=9, mtime=0))

    @classmethod
    def load(cls, path: str | Path) -> Perceptron:
        data = json.loads(gzip.decompress(Path(path).read_bytes()).decode("utf-8"))
        weights = {f: tuple(zip(flat[0::2], flat[1::2], strict=True))
                   for f, flat in data["weights"].items()}
        return cls(data["tags"], weights, data["trans"], data["start"], data.get("meta"),
                   data.get("lexicon"))


def viterbi(em: list[list[float]], trans: list[list[float]], start: list[float],
            prev: list[list[int]]) -> list[int]:
    if not em:
        return []
    n = len(start)
    rng = range(n)
    delta = [em[0][t] + start[t] for t in rng]
    back: list[list[int]] = []
    for e in em[1:]:
        nd, bp = [], []
        for t in rng:
            best, arg = NEG * 10, 0
            for p in prev[t]:
                v = delta[p] + trans[p][t]
                if v > best:
                    best, arg = v, p
            nd.append(best + e[t])
            bp.append(arg)
        delta = nd
        back.append(bp)
    t = max(rng, key=delta.__getitem__)
    path = [t]
    for bp in reversed(back):
        t = bp[t]
        path.append(t)
    path.reverse()
    return path


def train(data: Sequence[tuple[Sequence[Sequence[str]], Sequence[str]]], epochs: int = 10,
          seed: int = 1, min_weight: float = 0.0, log: Callable[[str], object] = print,
          on_epoch: Callable[[Perceptron], object] | None = None) -> Perceptron:
    """Train on (sentence features, gold tags) pairs; returns the averaged weights."""
    tags = TAGS
    idx = {t: i for i, t in enumerate(tags)}
    n = len(tags)
    model = Perceptron(tags)
    prev = model._prev
    w: dict[str, list[float]] = {}
    u: dict[str, list[float]] = {}
    trans = [[0.0] * n for _ in range(n)]
    utrans = [[0.0] * n for _ in range(n)]
    start = list(model.start)
    ustart = [0.0] * n
    gold = [[idx[t] for t in tags_] for _, tags_ in data]
    order = list(range(len(data)))
    rnd = random.Random(seed)
    c = 1
    for epoch in range(epochs):
        rnd.shuffle(order)
        errors = 0
        for k in order:
            feats, g = data[k][0], gold[k]
            em = []
            for fs in feats:
                s = [0.0] * n
                for f in fs:
                    wf = w.get(f)
                    if wf is not None:
                        for t in range(n):
                            s[t] += wf[t]
                em.append(s)
            p = viterbi(em, trans, start, prev)
            if p != g:
                for i, (gi, pi) in enumerate(zip(g, p, strict=True)):
                    if gi != pi:
                        errors += 1
                        for f in feats[i]:
                            wf = w.get(f)
                            if wf is None:
                                wf = w[f] = [0.0] * n
                                u[f] = [0.0] * n
                            uf = u[f]
                            wf[gi] += 1
                            uf[gi] += c
                            wf[pi] -= 1
                            uf[pi] -= c
                    if i == 0:
                        if gi != pi:
                            start[gi] += 1
                            ustart[gi] += c
                            start[pi] -= 1
                            ustart[pi] -= c
                    elif gi != pi or g[i - 1] != p[i - 1]:
                        trans[g[i - 1]][gi] += 1
                        utrans[g[i - 1]][gi] += c
                        trans[p[i - 1]][pi] -= 1
                        utrans[p[i - 1]][pi] -= c
            c += 1
        log(f"epoch {epoch + 1}: {errors} token errors, {len(w)} features")
        if on_epoch is not None:
            on_epoch(_averaged(tags, w, u, trans, utrans, start, ustart, c, min_weight))
    return _averaged(tags, w, u, trans, utrans, start, ustart, c, min_weight)


def _averaged(tags: Sequence[str], w: dict[str, list[float]], u: dict[str, list[float]],
              trans: list[list[float]], utrans: list[list[float]], start: list[float],
              ustart: list[float], c: int, min_weight: float) -> Perceptron:
    n = len(tags)
    weights: dict[str, tuple[tuple[int, float], ...]] = {}
    for f, wf in w.items():
        uf = u[f]
        pairs = tuple((t, round(wf[t] - uf[t] / c, 3)) for t in range(n))
        pairs = tuple((t, v) for t, v in pairs if abs(v) > min_weight)
        if pairs:
            weights[f] = pairs
    avg_trans = [[trans[a][b] - utrans[a][b] / c for b in range(n)] for a in range(n)]
    avg_start = [start[t] - ustart[t] / c if start[t] > NEG / 2 else NEG for t in range(n)]
    return Perceptron(tags, weights, avg_trans, avg_start)
