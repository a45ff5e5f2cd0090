"""Read `.txt` articles, folders of them, and JSON Lines (`id`, `text`, `url`, `source`,
`published`). A document that cannot be read comes out with an `error` field; the run goes on.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from rasd.errors import InputError
from rasd.model import Document

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")


def text_id(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def _decode(data: bytes, name: str) -> tuple[str | None, str | None]:
    if b"\x00" in data[:8192]:
        return None, f"{name}: binary file, not UTF-8 text"
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as e:
        return None, f"{name}: not valid UTF-8 (byte {e.start}: {e.reason})"


def read_text_file(path: Path, published: str | None = None) -> Document:
    """One article from a UTF-8 text file; its id is the file name."""
    try:
        data = path.read_bytes()
    except OSError as e:
        return Document(id=str(path), error=f"{path}: cannot read: {e.strerror or e}")
    text, err = _decode(data, str(path))
    return Document(id=path.stem, raw=text or "", published=published, source=None,
                    url=None, error=err)


def _doc_from_record(rec: object, where: str, published: str | None) -> Document:
    if not isinstance(rec, dict):
        return Document(id=where, error=f"{where}: expected a JSON object, got "
                                         f"{type(rec).__name__}")
    text = rec.get("text")
    title = rec.get("title")
    if not isinstance(text, str):
        return Document(id=str(rec.get("id") or where),
                        error=f"{where}: no 'text' string field")
    if isinstance(title, str) and title.strip() and not text.startswith(title.strip()):
        text = title.strip() + "\n" + text
    pub = rec.get("published") or published
    return Document(
        id=str(rec.get("id") or text_id(text)),
        raw=text,
        url=rec.get("url") if isinstance(rec.get("url"), str) else None,
        source=rec.get("source") if isinstance(rec.get("source"), str) else None,
        published=str(pub)[:10] if pub else None,
    )


def read_jsonl(stream: IO[bytes], name: str, published: str | None = None
               ) -> Iterator[Document]:
    for n, raw in enumerate(stream, 1):
        where = f"{name}:{n}"
        if not raw.strip():
            continue
        line, err = _decode(raw, where)
        if err:
            yield Document(id=where, error=err)
            continue
        try:
            rec = json.loads(line or "")
        except json.JSONDecodeError as e:
            yield Document(id=where, error=f"{where}: not valid JSON ({e.msg} at column "
                                           f"{e.colno})")
            continue
        yield _doc_from_record(rec, where, published)


def _open(path: Path) -> IO[bytes]:
    if path.name.endswith(".gz"):
        import gzip

        return gzip.open(path, "rb")
    return path.open("rb")


def _read_path(path: Path, published: str | None) -> Iterator[Document]:
    if path.is_dir():
        files = sorted(p for p in path.rglob("*")
                       if p.is_file() and (p.suffix == ".txt" or p.name.endswith(JSONL_SUFFIXES)))
        for f in files:
            yield from _read_path(f, published)
    elif path.name.endswith(JSONL_SUFFIXES):
        try:
            with _open(path) as fh:
                yield from read_jsonl(fh, str(path), published)
        except (OSError, EOFError) as e:
            yield Document(id=str(path), error=f"{path}: cannot read: {e}")
    else:
        yield read_text_file(path, published)


def _looks_like_jsonl(data: bytes) -> bool:
    return data.lstrip()[:1] == b"{"


def read_paths(paths: Iterable[str], published: str | None = None,
               stdin: IO[bytes] | None = None) -> Iterator[Document]:
    """Documents from each path in turn; `-` is stdin (JSON Lines if it starts with `{`)."""
    for p in paths:
        if p == "-":
            data = (stdin or sys.stdin.buffer).read()
            if _looks_like_jsonl(data):
                import io

                yield from read_jsonl(io.BytesIO(data), "<stdin>", published)
            else:
                text, err = _decode(data, "<stdin>")
                yield Document(id="stdin", raw=text or "", published=published, error=err)
            continue
        path = Path(p)
        if not path.exists():
            raise InputError(f"{p}: no such file or folder")
        yield from _read_path(path, published)
