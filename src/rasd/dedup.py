"""Near-duplicate articles and story-level events.

The same wire story runs on many sites with small edits (a changed headline, a dropped
paragraph, the site's own dateline). Counting each copy as a separate report inflates every
count an analyst makes, so:

1. each article gets a MinHash signature over word shingles of its *normalised* text
   (`rasd.text.normalize.key`: diacritics, tatweel, alef/ya/ta-marbuta forms and digits do not
   make two copies differ); MinHash LSH finds candidate pairs, which are kept when their
   estimated Jaccard similarity reaches the threshold; connected pairs form a cluster, named by
   its smallest document id;
2. the same event reported by several articles — same source actor, target actor and CAMEO
   code, dates within a day — becomes one story-level event that counts its articles, its
   publishing sources, its independent clusters and lists its mentions (GDELT's NumArticles
   and NumSources, computed rather than promised). An unknown actor, or one known only by
   its sector («civilians», «gunmen», «the government» of no named country), is not "the
   same actor" across articles: such events join only copies of their own article (its
   near-duplicate cluster), or a day's unrelated killings of civilians by unnamed gunmen
   would become one story.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from rasd.ontology import SECTORS
from rasd.text.normalize import key

SHINGLE_WORDS = 3
NUM_PERM = 128
THRESHOLD = 0.5  # estimated Jaccard similarity of shingle sets for "the same article"
SEED = 1
SCHEME = "affine32"  # datasketch ≥ 2.0 permutation scheme; stored signatures depend on it
_WORD = re.compile(r"\w+")


def shingles(text: str, k: int = SHINGLE_WORDS) -> set[bytes]:
    """The set of k-word shingles of the normalised text (the words themselves if fewer)."""
    words = _WORD.findall(key(text))
    if len(words) <= k:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + k]).encode("utf-8") for i in range(len(words) - k + 1)}


def signature(text: str) -> bytes | None:
    """MinHash signature of a text as NUM_PERM little-endian uint32 values (None if no words)."""
    sh = shingles(text)
    if not sh:
        return None
    import numpy as np
    from datasketch import MinHash

    m = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    m.update_batch(list(sh))
    return np.asarray(m.hashvalues, dtype="<u4").tobytes()


def _minhash(sig: bytes):  # type: ignore[no-untyped-def]
    import numpy as np
    from datasketch import MinHash

    values = np.frombuffer(sig, dtype="<u4").astype(np.uint32)
    return MinHash(num_perm=NUM_PERM, seed=SEED, hashvalues=values, scheme=SCHEME)


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two signatures."""
    import numpy as np

    return float(np.mean(np.frombuffer(a, "<u4") == np.frombuffer(b, "<u4")))


def clusters(signatures: Iterable[tuple[str, bytes | None]],
             threshold: float = THRESHOLD) -> dict[str, str]:
    """Document id → cluster id (the smallest id among its near-duplicates, else its own)."""
    from datasketch import MinHashLSH

    sigs = {doc_id: sig for doc_id, sig in signatures if sig}
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(x, x) != root:  # path compression
            parent[x], x = root, parent[x]
        return root

    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    hashes = {}
    for doc_id, sig in sigs.items():
        hashes[doc_id] = _minhash(sig)
        lsh.insert(doc_id, hashes[doc_id], check_duplication=False)
    for doc_id, mh in hashes.items():
        for other in lsh.query(mh):
            if other != doc_id and similarity(sigs[doc_id], sigs[other]) >= threshold:
                a, b = find(doc_id), find(other)
                if a != b:
                    parent[max(a, b)] = min(a, b)
    return {doc_id: find(doc_id) for doc_id in sigs}


@dataclass(slots=True)
class EventRef:
    """What story grouping needs to know about one coded event (one mention of it)."""

    id: str
    doc_id: str
    source: str | None  # the article's publisher
    cluster: str | None  # the article's near-duplicate cluster
    actor1: str | None  # source actor code
    actor2: str | None  # target actor code
    cameo: str
    date: date | None


@dataclass
class Story:
    """One event as the world saw it, with every article that reported it."""

    id: str
    actor1: str | None
    actor2: str | None
    cameo: str
    date: date | None  # the first date it was reported for
    last_date: date | None
    mentions: list[str] = field(default_factory=list)  # event ids
    articles: set[str] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)
    clusters: set[str] = field(default_factory=set)

    @property
    def num_articles(self) -> int:
        return len(self.articles)

    @property
    def num_sources(self) -> int:
        return len(self.sources)


def story_id(actor1: str | None, actor2: str | None, cameo: str, day: date | None,
             scope: str = "") -> str:
    data = f"{actor1 or ''}|{actor2 or ''}|{cameo}|{day.isoformat() if day else ''}|{scope}"
    return "s" + hashlib.blake2b(data.encode(), digest_size=8).hexdigest()[:15]


def vague(code: str | None) -> bool:
    """An actor that names no one in particular: unknown, or a bare sector (CVL, UAF)."""
    return code is None or code in SECTORS


def _scope(e: EventRef) -> str:
    """Across articles ('') for named actors; within the article's cluster otherwise."""
    return (e.cluster or e.doc_id) if vague(e.actor1) or vague(e.actor2) else ""


def stories(events: Iterable[EventRef], window_days: int = 1) -> list[Story]:
    """Group event mentions into stories: same actors and code, dates within `window_days`
    of the story's first date (anchored, so a daily series does not chain into one story)."""
    def order(e: EventRef) -> tuple[str, str, str, str, date, str]:
        return (e.actor1 or "", e.actor2 or "", e.cameo, _scope(e), e.date or date.min, e.id)

    out: list[Story] = []
    current: Story | None = None
    current_scope = ""
    window = timedelta(days=window_days)
    for e in sorted(events, key=order):
        same_key = current is not None and (
            current.actor1, current.actor2, current.cameo, current_scope) == (
            e.actor1, e.actor2, e.cameo, _scope(e))
        joins = same_key and current is not None and (
            (current.date is None and e.date is None)
            or (current.date is not None and e.date is not None
                and e.date - current.date <= window))
        if not joins:
            current_scope = _scope(e)
            current = Story(story_id(e.actor1, e.actor2, e.cameo, e.date, current_scope),
                            e.actor1, e.actor2, e.cameo, e.date, e.date)
            out.append(current)
        assert current is not None
        current.mentions.append(e.id)
        current.articles.add(e.doc_id)
        current.sources.add(e.source or e.doc_id)
        current.clusters.add(e.cluster or e.doc_id)
        if e.date is not None:
            current.last_date = e.date
    return out
