"""`rasd ingest`: read, code (in N processes) and store documents, idempotently and resumably.

Why it survives `kill -9` at any point: a document's row, its mentions and its events are
written in one transaction together with every other document of the same batch, so after a
crash a document is either wholly stored or not at all (DuckDB replays its write-ahead log on
the next open). A new run asks the store which ids it already holds and codes only the rest,
so it redoes nothing committed and loses nothing that was not. The same id met twice in one
run is stored once.
"""

from __future__ import annotations

import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rasd.model import Document
from rasd.settings import Settings
from rasd.store.rows import Coded, document_rows

WINDOW = 512  # documents read ahead and checked against the store in one query
CHUNK = 16  # documents sent to a worker at a time
COMMIT_DOCS = 500  # documents per transaction …
COMMIT_SECONDS = 2.0  # … or fewer, when this long has passed since the last commit


@dataclass
class IngestSummary:
    read: int = 0  # documents read from the inputs (input errors included)
    stored: int = 0  # new documents stored by this run
    already_stored: int = 0  # skipped: stored by an earlier run
    repeated: int = 0  # skipped: the same id earlier in this run
    input_errors: int = 0  # unreadable input, reported and not stored
    coding_errors: int = 0  # stored with an `error` (empty, not Arabic, too long…)
    events: int = 0
    seconds: float = 0.0
    documents_total: int = 0
    stories: int = 0
    clusters: int = 0  # clusters of two or more near-duplicate articles
    errors: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.stored / self.seconds if self.seconds else 0.0


Progress = Callable[[int, int], None]  # (documents stored, events stored) so far


def code_batch(docs: list[Document], settings: Settings) -> list[Coded]:
    """Code documents and turn them into rows; runs in a worker process (or inline)."""
    from rasd.dedup import signature
    from rasd.pipeline import run

    out = []
    for doc in docs:
        doc = run(doc, settings)
        sig = signature(doc.text) if not doc.error and doc.text else None
        out.append(document_rows(doc, sig))
    return out


def _init_worker(parent: int) -> None:
    import threading

    from rasd.pipeline import warm_up

    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    warm_up()


def _exit_with_parent(parent: int) -> None:
    """A worker whose parent was killed (`kill -9`) would wait on its pipes forever: leave."""
    while True:
        time.sleep(0.5)
        if os.getppid() != parent:
            os._exit(1)


class _Writer:
    """Buffers rows and commits them in transactions of whole documents."""

    def __init__(self, con: Any, commit_docs: int = COMMIT_DOCS,
                 committed: Callable[[int], None] | None = None):
        self.con = con
        self.commit_docs = commit_docs
        self.committed = committed
        self.total = 0
        self.buffer: list[Coded] = []
        self.last_commit = time.monotonic()

    def add(self, coded: list[Coded]) -> None:
        self.buffer.extend(coded)
        if (len(self.buffer) >= self.commit_docs
                or time.monotonic() - self.last_commit >= COMMIT_SECONDS):
            self.flush()

    def flush(self) -> None:
        if not self.buffer:
            return
        import pyarrow as pa

        tables = {
            "documents": [c.document for c in self.buffer],
            "mentions": [m for c in self.buffer for m in c.mentions],
            "events": [e for c in self.buffer for e in c.events],
        }
        self.con.begin()
        try:
            for name, rows in tables.items():
                if rows:
                    self.con.register("_batch", pa.Table.from_pylist(rows))
                    self.con.execute(f"INSERT INTO {name} BY NAME SELECT * FROM _batch")
                    self.con.unregister("_batch")
            self.con.commit()
        except BaseException:
            self.con.rollback()
            raise
        self.total += len(self.buffer)
        self.buffer.clear()
        self.last_commit = time.monotonic()
        if self.committed:
            self.committed(self.total)


def _windows(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    window: list[Document] = []
    for doc in docs:
        window.append(doc)
        if len(window) >= size:
            yield window
            window = []
    if window:
        yield window


def _to_code(con: Any, docs: Iterable[Document], summary: IngestSummary,
             on_error: Callable[[str], None]) -> Iterator[Document]:
    """The documents that still need coding: readable, not stored, not seen in this run."""
    seen: set[str] = set()
    for window in _windows(docs, WINDOW):
        ids = [d.id for d in window if not d.error]
        stored = {r[0] for r in con.execute(
            "SELECT id FROM documents WHERE id IN (SELECT unnest(?::VARCHAR[]))",
            [ids]).fetchall()} if ids else set()
        for doc in window:
            summary.read += 1
            if doc.error:
                summary.input_errors += 1
                summary.errors.append(doc.error)
                on_error(doc.error)
            elif doc.id in stored:
                summary.already_stored += 1
            elif doc.id in seen:
                summary.repeated += 1
            else:
                seen.add(doc.id)
                yield doc


def _chunks(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    yield from _windows(docs, size)


def _coded(todo: Iterable[Document], settings: Settings, jobs: int) -> Iterator[list[Coded]]:
    """Coded chunks in input order; with jobs > 1 a bounded number are in flight at once."""
    if jobs <= 1:
        from rasd.pipeline import warm_up

        warm_up()
        for chunk in _chunks(todo, CHUNK):
            yield code_batch(chunk, settings)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from rasd.pipeline import warm_up

    warm_up()  # a broken lexicon stops the run here, with its file and line, not in a worker

    # spawn, not fork: the parent holds an open DuckDB connection and its threads
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker,
                             initargs=(os.getpid(),),
                             mp_context=multiprocessing.get_context("spawn")) as pool:
        pending: deque[Any] = deque()
        for chunk in _chunks(todo, CHUNK):
            pending.append(pool.submit(code_batch, chunk, settings))
            while len(pending) >= 3 * jobs:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def ingest(paths: list[str], db: str | Path, settings: Settings | None = None, *,
           jobs: int = 1, published: str | None = None, text_column: str = "text",
           progress: Progress | None = None, on_error: Callable[[str], None] | None = None,
           commit_every: int = COMMIT_DOCS,
           committed: Callable[[int], None] | None = None) -> IngestSummary:
    """Read `paths`, code what the store at `db` does not yet hold, store it, rebuild stories.

    Input errors are reported through `on_error` (and counted), never stored, so a fixed
    file is read again on the next run; documents that fail coding are stored with `error`.
    `commit_every`: documents per transaction (at most; a commit also happens every
    COMMIT_SECONDS), the most a killed run can lose; `committed` hears the number of
    documents this run has committed after each transaction.
    """
    from rasd.errors import InputError
    from rasd.ingest.readers import expand, read_paths
    from rasd.store.schema import connect
    from rasd.store.stories import rebuild

    settings = settings or Settings()
    summary = IngestSummary()
    report = on_error or (lambda _msg: None)
    paths = list(expand(paths))  # a missing path or empty pattern stops the run before it starts
    for p in paths:
        if p != "-" and not Path(p).exists():
            raise InputError(f"{p}: no such file or folder")
    docs = read_paths(paths, published, name_ids=False, text_column=text_column)
    started = time.perf_counter()
    con = connect(db)
    try:
        writer = _Writer(con, max(1, commit_every), committed)
        todo = _to_code(con, docs, summary, report)
        try:
            for coded in _coded(todo, settings, max(1, jobs)):
                writer.add(coded)
                summary.stored += len(coded)
                summary.events += sum(len(c.events) for c in coded)
                summary.coding_errors += sum(c.document["error"] is not None for c in coded)
                if progress:
                    progress(summary.stored, summary.events)
        finally:  # on Ctrl-C too: what was coded is kept
            writer.flush()
        summary.seconds = time.perf_counter() - started
        summary.documents_total = con.execute("SELECT count(*) FROM documents").fetchall()[0][0]
        built = rebuild(con, force=summary.stored > 0)
        summary.stories, summary.clusters = built
    finally:
        con.close()
    return summary


def db_size(db: str | Path) -> int:
    """Bytes on disk of the database and its write-ahead log."""
    path = Path(db)
    return sum(os.path.getsize(p) for p in (path, Path(f"{path}.wal")) if p.exists())
