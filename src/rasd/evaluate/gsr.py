"""Score ASSAULT / PROTEST detection on sentences labelled like `arabic_event_gsr`.

A sentence is predicted positive when rasd reports at least one non-negated event of that
PLOVER type in it whose modality is asserted or reported: a threatened or proposed attack
is not an attack. Positives are `yes`; negatives `easy no` and `difficult no`; `ambiguous`
rows are left out.

Rows that say how many annotators accepted the event (`accept`, `total`) also give a
reference: the expected score of one annotator drawn at random, scored against the same
labels. A "yes" needs every annotator, so one annotator's precision is well below 1, and
a coder's precision is best read beside it.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from rasd.errors import InputError
from rasd.evaluate.scores import PRF
from rasd.model import Document
from rasd.pipeline import run_all

FILES = {"ASSAULT": "assault_gsr.csv", "PROTEST": "protest_gsr.csv"}
COUNTED_MODALITIES = ("asserted", "reported")


@dataclass
class Counts(PRF):
    tn: int = 0

    def to_dict(self) -> dict[str, float | int]:
        return {**asdict(self), **self.rounded()}


@dataclass
class Annotator(PRF):
    """Expected counts of one annotator drawn at random (fractions of a sentence)."""

    tp: float = 0.0  # type: ignore[assignment]
    fp: float = 0.0  # type: ignore[assignment]
    fn: float = 0.0  # type: ignore[assignment]


def _share_accepting(row: dict[str, str]) -> float | None:
    try:
        accept, total = int(row["accept"]), int(row["total"])
    except (KeyError, TypeError, ValueError):
        return None
    return accept / total if total > 0 else None


@dataclass
class TypeReport:
    plover: str
    all: Counts = field(default_factory=Counts)
    difficult_no: int = 0
    difficult_no_fp: int = 0
    easy_no: int = 0
    easy_no_fp: int = 0
    misses: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, id, text)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (id, error): not coded
    annotator: Annotator | None = None


    def to_dict(self) -> dict[str, object]:
        return {"plover": self.plover, **self.all.to_dict(),
                "difficult_no": self.difficult_no, "difficult_no_fp": self.difficult_no_fp,
                "easy_no": self.easy_no, "easy_no_fp": self.easy_no_fp,
                "failed": len(self.failed),
                "annotator": self.annotator.rounded() if self.annotator else None}


@dataclass
class Report:
    types: list[TypeReport]

    def to_dict(self) -> dict[str, object]:
        return {t.plover: t.to_dict() for t in self.types}


def predicted(doc: Document, plover: str) -> bool:
    return any(e.plover == plover and not e.negated and e.modality in COUNTED_MODALITIES
               for e in doc.events)


def published(row_id: str) -> str | None:
    """The article date in a GSR row id («AAW_ARB_20080617.0109-103» → 2008-06-17)."""
    m = re.search(r"_(\d{4})(\d{2})(\d{2})\.", row_id)
    return f"{m[1]}-{m[2]}-{m[3]}" if m else None


def score_rows(plover: str, rows: Iterable[dict[str, str]]) -> TypeReport:
    rows = [r for r in rows if r.get("label") in ("yes", "easy no", "difficult no")]
    docs = (Document(id=r["id"], raw=r["text"], published=published(r["id"])) for r in rows)
    rep = TypeReport(plover)
    shares = [_share_accepting(r) for r in rows]
    if rows and None not in shares:
        rep.annotator = Annotator()
        for row, share in zip(rows, shares, strict=True):
            if row["label"] == "yes":
                rep.annotator.tp += share
                rep.annotator.fn += 1 - share
            else:
                rep.annotator.fp += share
    for row, doc in zip(rows, run_all(docs), strict=True):
        if doc.error:  # scored as no event, but never silently: a failed stage is a bug
            rep.failed.append((row["id"], doc.error))
        pos = predicted(doc, plover)
        label = row["label"]
        if label == "yes":
            if pos:
                rep.all.tp += 1
            else:
                rep.all.fn += 1
                rep.misses.append(("FN", row["id"], row["text"]))
        else:
            hard = label == "difficult no"
            rep.difficult_no += hard
            rep.easy_no += not hard
            if pos:
                rep.all.fp += 1
                rep.difficult_no_fp += hard
                rep.easy_no_fp += not hard
                rep.misses.append(("FP", row["id"], row["text"]))
            else:
                rep.all.tn += 1
    return rep


def read_csv(path: Path) -> list[dict[str, str]]:
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except (OSError, UnicodeDecodeError, csv.Error) as e:
        raise InputError(f"{path}: cannot read: {e}") from e
    if rows and not {"id", "label", "text"} <= rows[0].keys():
        raise InputError(f"{path}: expected columns id, label, text")
    return rows


def evaluate_folder(folder: Path) -> Report:
    types = []
    for plover, name in FILES.items():
        path = folder / name
        if path.exists():
            types.append(score_rows(plover, read_csv(path)))
    if not types:
        raise InputError(f"{folder}: no {' or '.join(FILES.values())} found")
    return Report(types)


def format_report(report: Report, errors: int = 0) -> str:
    lines = [f"{'type':<8} {'P':>6} {'R':>6} {'F1':>6}  {'tp':>4} {'fp':>4} {'fn':>4} {'tn':>5}"
             f"  difficult-no FP   easy-no FP"]
    for t in report.types:
        c = t.all
        lines.append(
            f"{t.plover:<8} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f}  {c.tp:4d} {c.fp:4d}"
            f" {c.fn:4d} {c.tn:5d}  {t.difficult_no_fp:4d}/{t.difficult_no:<4d} "
            f"({t.difficult_no_fp / max(t.difficult_no, 1):5.1%})"
            f"  {t.easy_no_fp:3d}/{t.easy_no:<4d}")
    for t in report.types:
        if t.annotator:
            a = t.annotator.rounded()
            lines.append(f"{t.plover}: one annotator drawn at random, scored the same way: "
                         f"P {a['precision']:.3f} R {a['recall']:.3f} F1 {a['f1']:.3f}")
    for t in report.types:
        if t.failed:
            rid, error = t.failed[0]
            lines.append(f"{t.plover}: {len(t.failed)} sentences could not be coded "
                         f"(scored as no event); first: {rid}: {error}")
    for t in report.types:
        for kind, rid, text in [m for m in t.misses if m[0] == "FN"][:errors] + \
                [m for m in t.misses if m[0] == "FP"][:errors]:
            lines.append(f"{t.plover} {kind} {rid}: {text}")
    return "\n".join(lines)
