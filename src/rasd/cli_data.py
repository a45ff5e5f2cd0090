"""`rasd ingest`, `rasd query …` and `rasd export`: the store's commands, thin as the rest.

Each command parses its options, calls one function of `rasd.store` and prints; the main app
in `rasd.cli` registers them.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Annotated, Any

import typer

from rasd.cli_common import check_date, err, progress
from rasd.settings import Settings

DB_HELP = "The DuckDB database file."
LOG_SECONDS = 30.0  # progress lines on a non-terminal stderr, at most this often
DbOption = Annotated[Path, typer.Option("--db", help=DB_HELP)]
CsvOption = Annotated[bool, typer.Option("--csv", help="Print CSV instead of a table.")]
SinceOption = Annotated[str | None, typer.Option("--from", help="First date, YYYY-MM-DD.")]
UntilOption = Annotated[str | None, typer.Option("--to", help="Last date, YYYY-MM-DD.")]

query_app = typer.Typer(help="Ask a rasd database the first questions: dyads, actors, roots, "
                             "stories, evidence.", no_args_is_help=True)





def ingest(
    paths: Annotated[list[str], typer.Argument(
        help="Files, folders (read recursively) or glob patterns: .txt, .jsonl(.gz), "
             ".csv(.gz), .parquet, .html, .rss/.atom/.xml, .warc(.gz).")],
    db: DbOption = Path("rasd.duckdb"),
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1,
                                      help="Code in N processes.")] = 1,
    published: Annotated[str | None, typer.Option(
        "--date", help="Date YYYY-MM-DD for documents that carry none.",
        callback=check_date)] = None,
    text_column: Annotated[str, typer.Option(
        help="The article column of CSV and Parquet files.")] = "text",
    min_confidence: Annotated[float, typer.Option(
        help="Leave out events below this confidence (0-1).", min=0.0, max=1.0)] = 0.0,
    keep_negated: Annotated[bool, typer.Option(
        help="Also store negated acts, with negated: true.")] = False,
    history: Annotated[bool, typer.Option(
        help="Also store events dated over a year before the article (history, "
             "chronologies) and sums over a period («حتى الآن», «منذ عام 2002»).")] = False,
    max_chars: Annotated[int, typer.Option(
        help="Documents longer than this are stored with an error, not coded.")] =
        Settings.max_chars,
    commit_every: Annotated[int, typer.Option(
        min=1, help="Documents per transaction: the most a killed run has to redo.")] = 500,
) -> None:
    """Code articles and store documents, mentions and events in a DuckDB database.

    Idempotent and resumable: documents already stored are skipped, so a run that was
    killed is finished by running it again. Near-duplicate articles and story-level events
    are rebuilt at the end.

    Example: rasd ingest crawl/*.warc.gz feeds/ --db news.duckdb --jobs 4
    """
    from rasd.store.load import db_size
    from rasd.store.load import ingest as run_ingest

    settings = Settings(min_confidence=min_confidence, keep_negated=keep_negated,
                        history=history,
                        max_chars=max_chars)
    started = time.perf_counter()
    with progress() as bar:
        task = bar.add_task("ingest", total=None, events=0, rate=0.0) if bar else None

        def advance(stored: int, events: int) -> None:
            if bar is not None and task is not None:
                rate = stored / max(time.perf_counter() - started, 1e-9)
                bar.update(task, completed=stored, events=events, rate=rate)

        last_line = [0.0]

        def committed(total: int) -> None:
            """Without a terminal (logs, batch jobs): a line at the first commit, then every
            LOG_SECONDS, so a log shows the run is alive and how far it got."""
            now = time.perf_counter()
            if bar is None and (last_line[0] == 0.0 or now - last_line[0] >= LOG_SECONDS):
                last_line[0] = now
                err(f"committed {total:,} document(s), "
                    f"{total / max(now - started, 1e-9):.1f} documents/s")

        s = run_ingest(paths, db, settings, jobs=jobs, published=published,
                       text_column=text_column, progress=advance, on_error=err,
                       commit_every=commit_every, committed=committed)
    err(f"stored {s.stored:,} new document(s) with {s.events:,} event(s) in {s.seconds:.1f}s "
        f"({s.rate:.1f} documents/s); skipped {s.already_stored:,} already stored"
        + (f" and {s.repeated:,} repeated" if s.repeated else "")
        + f"; {s.input_errors:,} unreadable input(s), {s.coding_errors:,} stored with an error")
    err(f"{db}: {s.documents_total:,} documents, {s.stories:,} story-level events, "
        f"{s.clusters:,} clusters of near-duplicate articles, "
        f"{db_size(db) / 1e6:.1f} MB")


def _print(result: Any, as_csv: bool, title: str) -> None:
    if as_csv:
        import csv

        w = csv.writer(sys.stdout)
        w.writerow(result.columns)
        w.writerows(result.rows)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title)
    for c in result.columns:
        table.add_column(c, overflow="fold")
    for r in result.rows:
        table.add_row(*("" if v is None else str(v) for v in r))
    Console().print(table)


def _open(db: Path) -> Any:
    from rasd.store.schema import connect

    return connect(db, read_only=True)


@query_app.command("dyad")
def query_dyad(
    a: Annotated[str, typer.Argument(help="First actor code (prefix: RUS covers RUSGOV).")],
    b: Annotated[str, typer.Argument(help="Second actor code.")],
    by: Annotated[str, typer.Option(help="Period: day, week, month or year.")] = "week",
    directed: Annotated[bool, typer.Option(help="Only events from A to B.")] = False,
    since: SinceOption = None, until: UntilOption = None,
    db: DbOption = Path("rasd.duckdb"), as_csv: CsvOption = False,
) -> None:
    """Events between two actors per period: counts per QuadClass and summed Goldstein.

    Example: rasd query dyad RUS USA --by week --db news.duckdb
    """
    from rasd.store.query import dyad

    con = _open(db)
    _print(dyad(con, a, b, by, directed, check_date(since), check_date(until)), as_csv,
           f"{a.upper()} {'→' if directed else '↔'} {b.upper()} by {by}")


@query_app.command("actors")
def query_actors(
    top: Annotated[int, typer.Option(help="How many actors.")] = 20,
    since: SinceOption = None, until: UntilOption = None,
    db: DbOption = Path("rasd.duckdb"), as_csv: CsvOption = False,
) -> None:
    """The most active actors, as source and as target of events.

    Example: rasd query actors --top 10 --db news.duckdb
    """
    from rasd.store.query import actors

    _print(actors(_open(db), top, check_date(since), check_date(until)), as_csv,
           "most active actors")


@query_app.command("roots")
def query_roots(
    by: Annotated[str, typer.Option(help="Period: day, week, month or year.")] = "day",
    since: SinceOption = None, until: UntilOption = None,
    db: DbOption = Path("rasd.duckdb"), as_csv: CsvOption = False,
) -> None:
    """Events per CAMEO root code and period.

    Example: rasd query roots --by day --csv --db news.duckdb > roots.csv
    """
    from rasd.store.query import roots

    _print(roots(_open(db), by, check_date(since), check_date(until)), as_csv,
           f"events by root and {by}")


@query_app.command("stories")
def query_stories(
    actor: Annotated[str | None, typer.Option(help="Only stories with this actor.")] = None,
    root: Annotated[str | None, typer.Option(help="Only this CAMEO root, e.g. 19.")] = None,
    limit: Annotated[int, typer.Option(help="How many stories.")] = 50,
    since: SinceOption = None, until: UntilOption = None,
    db: DbOption = Path("rasd.duckdb"), as_csv: CsvOption = False,
) -> None:
    """Story-level events, most reported first, with the ids that `evidence` takes.

    Example: rasd query stories --actor RUS --root 11 --db news.duckdb
    """
    from rasd.store.query import stories

    _print(stories(_open(db), actor, root, limit, check_date(since), check_date(until)),
           as_csv, "story-level events")


@query_app.command("evidence")
def query_evidence(
    event_id: Annotated[str, typer.Argument(help="A story id (s…) or an event id.")],
    db: DbOption = Path("rasd.duckdb"), as_csv: CsvOption = False,
) -> None:
    """The sentences that report one event, from every article that reported it.

    Example: rasd query evidence s3b1f0c9a2e4d5f6 --db news.duckdb
    """
    from rasd.store.query import evidence

    _print(evidence(_open(db), event_id), as_csv, f"evidence for {event_id}")


def export(
    fmt: Annotated[str, typer.Option(
        "--format", "-f", help="jsonl, csv (UTF-8 with BOM), parquet (a folder partitioned "
                               "by year and month), gdelt (GDELT 2.0 event table, 61 "
                               "tab-separated columns) or plover (POLECAT-style JSON Lines).")
                   ] = "jsonl",
    output: Annotated[Path | None, typer.Option(
        "-o", "--output", help="File (folder for parquet), written atomically; default "
                               "stdout.")] = None,
    table: Annotated[str, typer.Option(
        help="For jsonl/csv/parquet: events, stories, documents or mentions.")] = "events",
    db: DbOption = Path("rasd.duckdb"),
) -> None:
    """Export a database's events (or stories, documents, mentions) for other tools.

    Example: rasd export --format parquet -o events/ --db news.duckdb
    """
    from rasd.store.export import export as run_export

    n = run_export(_open(db), fmt, output, table)
    err(f"wrote {n:,} row(s)" + (f" to {output}" if output else ""))
