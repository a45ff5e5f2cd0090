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

import numpy as np

from rasd.ner.conll import TYPES
from rasd.ner.features import context

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
                 lexicon: dict[str, str] | None = None,
                 second: Perceptron | None = None,
                 tables: dict[str, dict[str, str]] | None = None) -> None:
        self.tags = tuple(tags)
        n = len(self.tags)
        self._weights: dict[str, tuple[tuple[int, float], ...]] | None = weights or {}
        self.trans = trans or [[0.0] * n for _ in range(n)]
        self.start = start or [0.0] * n
        self.meta = meta or {}
        self.lexicon = lexicon or {}  # stem → its usual tag in the training data
        self.second = second  # a second-pass model that sees this one's document predictions
        self.tables = tables or {}  # 'clusters' (key → code), 'spans' (stem → span flags)
        self._prev = _allowed_prev(self.tags)
        self._index: dict[str, int] | None = None
        self._mat: np.ndarray = np.zeros((0, 0))
        self._ctx_rows: dict[str, tuple[tuple[int, ...], ...]] = {}
        for i, t in enumerate(self.tags):  # a span never starts with I-
            if t.startswith("I-"):
                self.start[i] = NEG

    @property
    def weights(self) -> dict[str, tuple[tuple[int, float], ...]]:
        """Feature → its (tag, weight) pairs; for a loaded model, rebuilt from the matrix
        (loading keeps only the matrix, a tenth of the memory of these tuples)."""
        if self._weights is None:
            index, mat = self._index or {}, self._mat
            self._weights = {f: tuple((t, float(v)) for t, v in enumerate(mat[i]) if v)
                             for f, i in index.items()}
        return self._weights

    def _matrix(self) -> tuple[dict[str, int], np.ndarray]:
        """Feature → row of a dense weight matrix (row 0 is zeros, for unknown features)."""
        if self._index is None:
            index = {f: i for i, f in enumerate(self.weights, 1)}
            mat = np.zeros((len(index) + 1, len(self.tags)))
            for f, pairs in self.weights.items():
                row = mat[index[f]]
                for t, v in pairs:
                    row[t] = v
            self._index, self._mat = index, mat
        return self._index, self._mat

    def emissions(self, feats: Sequence[Sequence[str]]) -> list[list[float]]:
        if not feats:
            return []
        index, mat = self._matrix()
        get = index.get
        rows: list[int] = []
        starts: list[int] = []
        for fs in feats:
            starts.append(len(rows))
            rows.extend([get(f, 0) for f in fs] or [0])
        return np.add.reduceat(mat[rows], starts).tolist()

    def predict_parts(self, pk: Sequence[str], extra: Sequence[Sequence[str]]) -> list[str]:
        """`predict` on features given as `rasd.ner.features.sentence_parts` gives them: the
        same result, faster, as what each key's `context` features weigh is cached."""
        if not extra:
            return []
        index, mat = self._matrix()
        get = index.get
        cache = self._ctx_rows
        if len(cache) > 300_000:
            cache.clear()
        rs = []
        for k in pk:
            r = cache.get(k)
            if r is None:
                r = cache[k] = tuple(tuple(i for f in g if (i := get(f, 0)))
                                     for g in context(k))
            rs.append(r)
        rows: list[int] = []
        starts: list[int] = []
        for i, f in enumerate(extra):
            starts.append(len(rows))
            rows.append(0)
            rows.extend(rs[i + 2][0])
            rows.extend(rs[i + 1][1])
            rows.extend(rs[i + 3][2])
            rows.extend(rs[i][3])
            rows.extend(rs[i + 4][4])
            rows.extend([get(x, 0) for x in f])
        em = np.add.reduceat(mat[rows], starts).tolist()
        return [self.tags[i] for i in viterbi(em, self.trans, self.start, self._prev)]

    def predict(self, feats: Sequence[Sequence[str]]) -> list[str]:
        return [self.tags[i] for i in viterbi(self.emissions(feats), self.trans, self.start,
                                              self._prev)]

    def to_dict(self) -> dict[str, object]:
        data: dict[str, object] = {
            "format": "rasd-ner-perceptron/1", "tags": list(self.tags), "meta": self.meta,
            "lexicon": self.lexicon,
            "start": [0.0 if v == NEG else round(v, 3) for v in self.start],
            "trans": [[round(v, 3) for v in row] for row in self.trans],
            "weights": {f: [x for tv in pairs for x in tv] for f, pairs in self.weights.items()}}
        if self.tables:
            data["tables"] = self.tables
        if self.second is not None:
            data["second"] = self.second.to_dict()
        return data

    def save(self, path: str | Path) -> None:
        raw = json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"))
        Path(path).write_bytes(gzip.compress(raw.encode("utf-8"), compresslevel=9, mtime=0))

    @classmethod
    def from_dict(cls, data: dict) -> Perceptron:  # type: ignore[type-arg]
        second = cls.from_dict(data["second"]) if data.get("second") else None
        tags = data["tags"]
        model = cls(tags, None, data["trans"], data["start"], data.get("meta"),
                    data.get("lexicon"), second, data.get("tables"))
        flat_weights = data["weights"]
        index = {f: i for i, f in enumerate(flat_weights, 1)}
        mat = np.zeros((len(index) + 1, len(tags)))
        for f, flat in flat_weights.items():
            mat[index[f], flat[0::2]] = flat[1::2]
        model._index, model._mat, model._weights = index, mat, None
        return model

    @classmethod
    def load(cls, path: str | Path) -> Perceptron:
        return cls.from_dict(json.loads(gzip.decompress(Path(path).read_bytes()).decode("utf-8")))


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


def average(models: Sequence[Perceptron]) -> Perceptron:
    """One model whose weights are the mean of `models`' (same tags and features, trained
    in different orders): as the taggers are linear, it scores as their ensemble would, at
    the cost of one. The second passes are averaged too; lexicon, tables and meta come from
    the first model."""
    first = models[0]
    n = len(first.tags)
    k = len(models)
    sums: dict[str, list[float]] = {}
    for m in models:
        for f, pairs in m.weights.items():
            row = sums.setdefault(f, [0.0] * n)
            for t, v in pairs:
                row[t] += v / k
    weights = {f: pairs for f, row in sums.items()
               if (pairs := tuple((t, round(v, 3)) for t, v in enumerate(row) if round(v, 3)))}
    trans = [[sum(m.trans[a][b] for m in models) / k for b in range(n)] for a in range(n)]
    start = [sum(m.start[t] for m in models) / k for t in range(n)]
    seconds = [m.second for m in models if m.second is not None]
    second = average(seconds) if len(seconds) == k else None
    return Perceptron(first.tags, weights, trans, start, dict(first.meta), first.lexicon,
                      second, first.tables)
