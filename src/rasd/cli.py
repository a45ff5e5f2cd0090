"""The `rasd` command: a thin layer that parses options, calls the library and prints."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Annotated

import typer

from rasd.cli_common import check_date, err, progress
from rasd.cli_data import export, ingest, query_app
from rasd.errors import InputError, RasdError
from rasd.settings import Settings

app = typer.Typer(
    name="rasd",
    help="Arabic news → CAMEO/PLOVER event data (schema rasd/1).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(help="Measure rasd against labelled data.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")
lexicon_app = typer.Typer(help="Inspect and validate the lexicons.", no_args_is_help=True)
app.add_typer(lexicon_app, name="lexicon")





@app.command()
def code(
    paths: Annotated[list[str], typer.Argument(
        help="UTF-8 .txt articles, folders of them, .jsonl files, or - for stdin.")],
    output: Annotated[Path | None, typer.Option(
        "-o", "--output", help="Write JSON Lines here (atomically) instead of stdout.")] = None,
    published: Annotated[str | None, typer.Option(
        "--date", help="Article date YYYY-MM-DD for plain text input.",
        callback=check_date)] = None,
    min_confidence: Annotated[float, typer.Option(
        help="Leave out events below this confidence (0-1).", min=0.0, max=1.0)] = 0.0,
    keep_negated: Annotated[bool, typer.Option(
        help="Also report negated acts, with negated: true.")] = False,
    history: Annotated[bool, typer.Option(
        help="Also report events dated over a year before the article (history, "
             "chronologies) and sums over a period («حتى الآن», «منذ عام 2002»).")] = False,
    ner: Annotated[bool, typer.Option(
        help="Find names the lexicons do not know with the learned tagger (slower).")] = True,
    max_chars: Annotated[int, typer.Option(
        help="Documents longer than this get an error instead of being coded.")] =
        Settings.max_chars,
    pretty: Annotated[bool, typer.Option(help="Indent the JSON (one document per block).")
                      ] = False,
    lexicons: Annotated[Path | None, typer.Option(
        "--lexicons", help="A folder of user lexicon files that add to or override the "
                           "bundled ones (also: $RASD_LEXICONS).")] = None,
) -> None:
    """Code articles into rasd/1 JSON Lines: one object per document, events included.
    Paths may be glob patterns (quote them: 'news/**/*.txt').

    Example: rasd code examples/summit-call.txt --date 2021-04-14
    """
    from rasd.ingest.readers import expand, read_paths
    from rasd.output import JsonlWriter
    from rasd.pipeline import run_all, warm_up

    try:  # a missing path or a pattern that matches nothing stops before any coding
        paths = list(expand(paths))
    except InputError as e:
        err(str(e))
        raise typer.Exit(2) from None
    for p in paths:
        if p != "-" and not Path(p).exists():
            err(f"{p}: no such file or folder")
            raise typer.Exit(2)
    settings = Settings(min_confidence=min_confidence, keep_negated=keep_negated,
                        history=history,
                        max_chars=max_chars, ner=ner)
    if lexicons is not None:
        import os

        from rasd.lexicons import clear_caches

        os.environ["RASD_LEXICONS"] = str(lexicons)
        clear_caches()
    warm_up()
    n_docs = n_events = n_errors = 0
    started = time.perf_counter()
    with JsonlWriter(output, indent=2 if pretty else None) as out, progress() as bar:
        task = bar.add_task("coding", total=None, events=0, rate=0.0) if bar else None
        for doc in run_all(read_paths(paths, published), settings):
            out.write(doc.to_dict())
            n_docs += 1
            n_events += len(doc.events)
            if doc.error:
                n_errors += 1
                err(f"{doc.id}: {doc.error}")
            if bar is not None and task is not None:
                rate = n_docs / max(time.perf_counter() - started, 1e-9)
                bar.update(task, advance=1, events=n_events, rate=rate)
    elapsed = time.perf_counter() - started
    err(f"coded {n_docs} document(s), {n_events} event(s), {n_errors} with errors, "
         f"in {elapsed:.1f}s")


@eval_app.command("gsr")
def eval_gsr(
    folder: Annotated[Path, typer.Argument(
        help="Folder with assault_gsr.csv and/or protest_gsr.csv.")],
    json_out: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    errors: Annotated[int, typer.Option(
        help="Also list up to N misclassified sentences per type.")] = 0,
) -> None:
    """Score ASSAULT and PROTEST detection on Arabic event gold-standard sentences.

    Example: rasd eval gsr ../shared/data/arabic_event_gsr/dev
    """
    from rasd.evaluate.gsr import evaluate_folder, format_report

    report = evaluate_folder(folder)
    if json_out:
        typer.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        typer.echo(format_report(report, errors))


@eval_app.command("ner")
def eval_ner(
    file: Annotated[Path, typer.Argument(
        help="CoNLL file, one 'TOKEN TAG' a line (BIO tags: PERS, LOC, ORG, MISC).")],
    json_out: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    held_out: Annotated[float, typer.Option(
        help="Score only the last FRACTION of the file (the part training held out).")] = 0.0,
    model: Annotated[Path | None, typer.Option(
        help="A model file from python -m rasd.ner.train; default: the shipped one.")] = None,
) -> None:
    """Score the NER tagger: span precision, recall and F1 per type on a CoNLL file.

    The shipped model was trained on ANERcorp's training file: score it on other text, or
    score a model trained with --dev-fraction on the part it held out (a warning says when
    the model saw the text being scored).

    Example: rasd eval ner ../shared/data/anercorp/train.conll --held-out 0.2 --model dev.json.gz
    """
    from rasd.evaluate.ner import evaluate_file, format_report

    report = evaluate_file(file, model, held_out)
    if json_out:
        typer.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        typer.echo(format_report(report))


@eval_app.command("sentences")
def eval_sentences(
    files: Annotated[list[Path] | None, typer.Argument(
        help="Sentence tables (TSV: id, published, sentence, expected); default: the "
             "project's own suite.")] = None,
    failures: Annotated[bool, typer.Option(help="List the sentences that disagree.")] = True,
) -> None:
    """Run the validation suite of sentences with expected events; report agreement by root.

    Example: rasd eval sentences my_sentences.tsv
    """
    from rasd.evaluate.sentences import default_paths, format_outcomes, read_cases, run_cases

    paths = files or default_paths()
    if not paths:
        raise InputError("no sentence tables given and the bundled suite is missing")
    typer.echo(format_outcomes(run_cases(read_cases(paths)), failures))


@lexicon_app.command("check")
def lexicon_check(
    user: Annotated[Path | None, typer.Option(
        "--user", help="A user lexicon folder to check with the bundled files "
                       "(default: $RASD_LEXICONS).")] = None,
    warnings: Annotated[bool, typer.Option(help="Also list warnings.")] = True,
) -> None:
    """Validate the bundled and user lexicons: unknown codes, bad dates, overlapping terms,
    duplicates, entries that can never match. Exit status 1 if there are errors.

    Example: rasd lexicon check --user ~/my-lexicons
    """
    import os

    from rasd.lexicons.check import check_all

    if user is not None:
        os.environ["RASD_LEXICONS"] = str(user)
    problems = check_all()
    errors = [p for p in problems if p.level == "error"]
    for p in problems:
        if warnings or p.level == "error":
            typer.echo(str(p))
    typer.echo(f"{len(errors)} error(s), {len(problems) - len(errors)} warning(s)", err=True)
    if errors:
        raise typer.Exit(1)


app.command()(ingest)
app.add_typer(query_app, name="query")
app.command()(export)


def main() -> None:
    try:
        app()
    except RasdError as e:
        err(str(e))
        sys.exit(e.exit_code)
    except KeyboardInterrupt:
        err("interrupted")
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
