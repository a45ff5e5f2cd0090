"""Coding throughput on one core over the news sample (a benchmark, not a test).

    python benchmarks/throughput.py [PATH.jsonl.gz] [--limit N]

Prints articles/s and sentences/s for the full pipeline, and for a bare normalise-and-
tokenise pass over the same text (the floor any coder pays), with their ratio.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from pathlib import Path

from rasd.model import Document
from rasd.pipeline import run, warm_up
from rasd.settings import Settings
from rasd.text.segment import split_sentences, tokenize

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / \
    "saudinewsnet-2015-07.jsonl.gz"


def load(path: Path, limit: int | None) -> list[Document]:
    docs = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            text = "\n".join(x for x in (rec.get("title"), rec.get("text")) if x)
            docs.append(Document(id=str(rec["id"]), raw=text, published=rec.get("published")))
            if limit and len(docs) >= limit:
                break
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--no-ner", action="store_true", help="leave the learned NER tagger out")
    args = ap.parse_args()
    docs = load(args.path, args.limit)
    chars = sum(len(d.raw) for d in docs)

    t0 = time.perf_counter()
    warm_up()
    load_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    n_sent = 0
    for d in docs:
        n_sent += len(split_sentences(d.raw))
        tokenize(d.raw)
    bare_s = time.perf_counter() - t0

    settings = Settings(ner=not args.no_ner)
    t0 = time.perf_counter()
    n_events = n_errors = n_coded_sent = 0
    for d in docs:
        out = run(Document(id=d.id, raw=d.raw, published=d.published), settings)
        n_events += len(out.events)
        n_errors += out.error is not None
        n_coded_sent += len(out.sentences)
    full_s = time.perf_counter() - t0

    print(f"articles: {len(docs):,}  characters: {chars:,}  sentences: {n_coded_sent:,}")
    print(f"lexicon load: {load_s:.2f}s (once per process)")
    print(f"bare normalise+tokenise: {len(docs) / bare_s:,.0f} articles/s, "
          f"{n_sent / bare_s:,.0f} sentences/s")
    print(f"full pipeline:          {len(docs) / full_s:,.0f} articles/s, "
          f"{n_coded_sent / full_s:,.0f} sentences/s  ({full_s:.1f}s)")
    print(f"pipeline / bare time ratio: {full_s / bare_s:.1f}x")
    print(f"events: {n_events:,} ({n_events / len(docs):.2f} per article), "
          f"documents with errors: {n_errors}")


if __name__ == "__main__":
    main()
