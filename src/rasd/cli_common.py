"""What every `rasd` command shares: one-line messages, date options, the progress line."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

import typer


def err(msg: str) -> None:
    typer.echo(f"rasd: {msg}", err=True)


def check_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise typer.BadParameter(f"'{value}' is not a date in YYYY-MM-DD form") from None


@contextmanager
def progress() -> Iterator[Any]:
    """A live documents / events / documents-per-second line on stderr, on a terminal."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), TextColumn("{task.completed} documents"),
                  TextColumn("{task.fields[events]} events"),
                  TextColumn("{task.fields[rate]:.1f} documents/s"), TimeElapsedColumn(),
                  console=Console(stderr=True), transient=True) as bar:
        yield bar
