"""The embedded store: a DuckDB file of documents, mentions, events and stories.

`ingest()` fills it (idempotent, resumable, N processes); `rasd.store.query` answers the
analysts' first questions; `rasd.store.export` writes JSONL, CSV, Parquet, GDELT and PLOVER.
Everything heavy (duckdb, pyarrow, datasketch) is imported inside the functions that use it.
"""

from rasd.store.load import IngestSummary, ingest
from rasd.store.schema import DEFAULT_DB, StoreError, connect

__all__ = ["DEFAULT_DB", "IngestSummary", "StoreError", "connect", "ingest"]
