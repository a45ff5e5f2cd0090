"""Readers: files, folders, globs and stdin in every supported format → Documents.

Errors become `error` fields naming the file (and line or record); the run goes on.
"""

from rasd.ingest.article import Article
from rasd.ingest.readers import read_paths, read_text_file

__all__ = ["Article", "read_paths", "read_text_file"]
