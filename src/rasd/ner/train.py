"""Train the NER tagger on a CoNLL file and report span scores on a held-out part.

    PYTHONHASHSEED=1 python -m rasd.ner.train --data ../shared/data/anercorp/train.conll \\
        --out src/rasd/ner/model.json.gz [--dev-fraction 0.2] [--epochs 6] [--second-pass 5]
        [--clusters] [--min-count 1]

The held-out part is the last `--dev-fraction` of the file's sentences, taken sequentially.
With `--dev-fraction 0` the model is trained on the whole file and nothing is scored.
The tagger is trained `--seeds` times (default 3) in different orders and the weights are
averaged: single orders differ by up to 0.01 F1 on the held-out part, and the average scores
like their ensemble. Runs are reproducible (set PYTHONHASHSEED to be sure).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

from rasd.ner.clusters import word_clusters
from rasd.ner.conll import bio_spans, read_conll, spans_to_bio
from rasd.ner.features import (
    DOC_SENTENCES,
    document_context,
    second_pass_features,
    sentence_features,
    span_lexicon,
    word_lexicon,
)
from rasd.ner.perceptron import Perceptron, average, train
from rasd.text.normalize import key


def split(sents: list, dev_fraction: float) -> tuple[list, list]:
    """Train and development sentences: the last `dev_fraction` of tokens, sequentially."""
    if dev_fraction <= 0:
        return sents, []
    total = sum(len(s) for s in sents)
    seen, cut = 0, len(sents)
    for i, s in enumerate(sents):
        if seen >= total * (1 - dev_fraction):
            cut = i
            break
        seen += len(s)
    return sents[:cut], sents[cut:]


def keyed(sents: list[list[tuple[str, str]]]) -> list[list[tuple[str, str]]]:
    """(key, tag) sentences, stray I- tags repaired to B-."""
    out = []
    for s in sents:
        tags = spans_to_bio(len(s), bio_spans([t for _, t in s]))
        out.append([(key(tok), t) for (tok, _), t in zip(s, tags, strict=True)])
    return out


def doc_ranges(n: int, start: int = 0) -> list[tuple[int, int]]:
    """Sentence index ranges of the documents `featurise` reads `n` sentences as."""
    return [(start + a, start + min(a + DOC_SENTENCES, n)) for a in range(0, n, DOC_SENTENCES)]


def with_second_pass(sents: list[list[tuple[str, str]]],
                     data: list[tuple[list[list[str]], list[str]]],
                     ranges: list[tuple[int, int]], first: list[list[str]]
                     ) -> list[tuple[list[list[str]], list[str]]]:
    """Second-pass training or scoring data, given the first pass's tags per sentence."""
    out = []
    for a, b in ranges:
        keys = [[k for k, _ in s] for s in sents[a:b]]
        feats = second_pass_features(keys, [f for f, _ in data[a:b]], first[a:b])
        out.extend((f, g) for f, (_, g) in zip(feats, data[a:b], strict=True))
    return out


def featurise(sents: list[list[tuple[str, str]]], lex: dict[str, str],
              tables: dict[str, dict[str, str]] | None = None
              ) -> list[tuple[list[list[str]], list[str]]]:
    """Features of each sentence; documents are blocks of DOC_SENTENCES sentences."""
    out = []
    for a in range(0, len(sents), DOC_SENTENCES):
        block = [[k for k, _ in s] for s in sents[a:a + DOC_SENTENCES]]
        doc = document_context(block)
        out.extend((sentence_features(keys, lex=lex, doc=doc, tables=tables), [t for _, t in s])
                   for keys, s in zip(block, sents[a:a + DOC_SENTENCES], strict=True))
    return out


def tables_for(sents: list[list[tuple[str, str]]], clusters: dict[str, str] | None
               ) -> dict[str, dict[str, str]]:
    """The model's lookup tables learned from `sents`: span flags, and the given clusters."""
    out = {"spans": span_lexicon(sents)}
    if clusters:
        out["clusters"] = clusters
    return out


def jackknife(sents: list[list[tuple[str, str]]], folds: int,
              clusters: dict[str, str] | None = None
              ) -> list[tuple[list[list[str]], list[str]]]:
    """Training features where each block's word lexicon comes from the other blocks, so the
    tagger learns how far to trust the lexicon on words it has not been trained on."""
    out = []
    size = -(-len(sents) // folds)
    for a in range(0, len(sents), size):
        rest = sents[:a] + sents[a + size:]
        out.extend(featurise(sents[a:a + size], word_lexicon(rest), tables_for(rest, clusters)))
    return out


def prune(data: list[tuple[list[list[str]], list[str]]], min_count: int
          ) -> list[tuple[list[list[str]], list[str]]]:
    """Training data without the features seen in fewer than `min_count` tokens."""
    from collections import Counter

    n = Counter(f for fs, _ in data for tok in fs for f in tok)
    return [([[f for f in tok if n[f] >= min_count] for tok in fs], g) for fs, g in data]


def jackknife_ranges(n: int, folds: int) -> list[tuple[int, int]]:
    size = -(-n // folds)
    return [r for a in range(0, n, size) for r in doc_ranges(min(size, n - a), a)]


def train_passes(train_s: list[list[tuple[str, str]]],
                 data: list[tuple[list[list[str]], list[str]]], args: argparse.Namespace,
                 seed: int, on_epoch: Callable[[Perceptron], object] | None = None
                 ) -> Perceptron:
    """The first pass trained on `data` in the order `seed` gives, and the second pass
    trained on out-of-fold first-pass tags (`args.second_pass` folds)."""
    model = train(data, epochs=args.epochs, min_weight=args.min_weight, seed=seed,
                  log=lambda m: print(m, file=sys.stderr), on_epoch=on_epoch)
    if args.second_pass:
        first: list[list[str]] = []
        size = -(-len(data) // args.second_pass)
        for a in range(0, len(data), size):
            fold = train(data[:a] + data[a + size:], epochs=args.epochs, seed=seed,
                         log=lambda m: None)
            first.extend(fold.predict(f) for f, _ in data[a:a + size])
        data2 = with_second_pass(train_s, data, jackknife_ranges(len(train_s), args.folds),
                                 first)
        model.second = train(data2, epochs=args.epochs, min_weight=args.min_weight,
                             seed=seed, log=lambda m: print(m, file=sys.stderr))
    return model


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m rasd.ner.train", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", required=True, type=Path, help="CoNLL file: TOKEN TAG a line")
    ap.add_argument("--out", type=Path, help="where to write the model (.json.gz)")
    ap.add_argument("--dev-fraction", type=float, default=0.2)
    ap.add_argument("--epochs", type=int, default=6)
    ap.add_argument("--folds", type=int, default=10,
                    help="blocks for the jackknifed word-lexicon features")
    ap.add_argument("--min-weight", type=float, default=0.0,
                    help="drop averaged weights at or below this magnitude")
    ap.add_argument("--second-pass", type=int, default=5, metavar="FOLDS",
                    help="train a second pass on out-of-fold first-pass tags from this many "
                         "blocks (0: one pass only)")
    ap.add_argument("--clusters", action="store_true",
                    help="add distributional word clusters of the training words as features "
                         "(no gain on the held-out part, see README)")
    ap.add_argument("--min-count", type=int, default=1,
                    help="drop features seen in fewer training tokens than this")
    ap.add_argument("--seed", type=int, default=1, help="seed of the first training order")
    ap.add_argument("--seeds", type=int, default=3,
                    help="train this many times in different orders and average the weights")
    ap.add_argument("--verbose", action="store_true", help="score the dev part every epoch")
    args = ap.parse_args(argv)

    from rasd.evaluate.ner import format_report, score_tags

    t0 = time.perf_counter()
    train_s, dev_s = split(keyed(read_conll(args.data)), args.dev_fraction)
    clusters = word_clusters([[k for k, _ in s] for s in train_s]) if args.clusters else None
    data = jackknife(train_s, args.folds, clusters)
    if args.min_count > 1:
        data = prune(data, args.min_count)
    lex = word_lexicon(train_s)
    tables = tables_for(train_s, clusters)
    n_tok = sum(len(s) for s in train_s)
    print(f"train: {len(train_s)} sentences, {n_tok} tokens; dev: {len(dev_s)} sentences, "
          f"{sum(len(s) for s in dev_s)} tokens ({time.perf_counter() - t0:.1f} s)",
          file=sys.stderr)
    dev_data = featurise(dev_s, lex, tables)
    gold = [t for _, t in dev_data]

    def on_epoch(m: Perceptron) -> None:
        f1 = score_tags(gold, [m.predict(f) for f, _ in dev_data]).micro.f1
        print(f"  dev micro F1 {f1:.4f}", file=sys.stderr)

    models = []
    for seed in range(args.seed, args.seed + args.seeds):
        print(f"training order {seed}", file=sys.stderr)
        models.append(train_passes(train_s, data, args, seed,
                                   on_epoch if dev_s and args.verbose else None))
        print(f"  done ({time.perf_counter() - t0:.1f} s)", file=sys.stderr)
    model = average(models)
    model.lexicon = lex
    model.tables = tables
    model.meta = {"data": Path(args.data).name, "train_sentences": len(train_s),
                  "clusters": args.clusters, "min_count": args.min_count,
                  "train_tokens": n_tok, "dev_fraction": args.dev_fraction,
                  "epochs": args.epochs, "second_pass": args.second_pass,
                  "seed": args.seed, "seeds": args.seeds}
    print(f"trained in {time.perf_counter() - t0:.1f} s, {len(model.weights)} features",
          file=sys.stderr)
    if dev_s:
        from rasd.ner import tag_keys

        pred = []
        for a, b in doc_ranges(len(dev_s)):
            pred.extend(tag_keys([[k for k, _ in s] for s in dev_s[a:b]], model))
        print(format_report(score_tags(gold, pred)))
    if args.out:
        model.save(args.out)
        print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
