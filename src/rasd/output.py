"""JSON Lines output, written atomically: a file appears whole or not at all."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from types import TracebackType
from typing import IO, Any


class JsonlWriter:
    """Write dicts as JSON Lines to `path` (via a temporary file renamed on success) or stdout."""

    def __init__(self, path: Path | None, indent: int | None = None):
        self.path = path
        self.indent = indent
        self._fh: IO[str] | None = None
        self._tmp: str | None = None

    def __enter__(self) -> JsonlWriter:
        if self.path is None:
            self._fh = sys.stdout
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, self._tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp",
                                             dir=self.path.parent)
            self._fh = os.fdopen(fd, "w", encoding="utf-8")
        return self

    def write(self, record: dict[str, Any]) -> None:
        assert self._fh is not None
        self._fh.write(json.dumps(record, ensure_ascii=False, indent=self.indent))
        self._fh.write("\n")

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._fh is None:
            return
        if self.path is None:
            self._fh.flush()
            return
        self._fh.close()
        assert self._tmp is not None
        if exc_type is None:
            os.replace(self._tmp, self.path)
        else:
            os.unlink(self._tmp)
