"""Readers: files, folders, JSON Lines and stdin → Documents (errors become `error` fields)."""

from rasd.ingest.readers import read_paths, read_text_file

__all__ = ["read_paths", "read_text_file"]
