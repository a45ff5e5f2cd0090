"""The validation suite: project-written sentences with the events they should give.

File format (TSV): `id  published  sentence  expected`, where `expected` is `-` (no event) or
`;`-separated `SOURCE>TARGET:CAMEO` with `-` for a missing source or target. A sentence
agrees when rasd's set of (source, target, root) equals the expected set. Events rasd marks
hypothetical (questions, conditions) are not counted: they are talk, not events.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from rasd.errors import InputError
from rasd.lexicons import read_file
from rasd.model import Document
from rasd.pipeline import run_all

Triple = tuple[str | None, str | None, str]


@dataclass
class Case:
    id: str
    published: str | None
    sentence: str
    expected: frozenset[Triple]
    where: str

    @property
    def roots(self) -> set[str]:
        return {r for _s, _t, r in self.expected} or {"none"}


@dataclass
class Outcome:
    case: Case
    got: frozenset[Triple]
    error: str | None = None  # the document's error when a stage failed

    @property
    def ok(self) -> bool:
        return self.error is None and self.got == self.case.expected


def parse_expected(field: str, where: str) -> frozenset[Triple]:
    field = field.strip()
    if field in ("", "-"):
        return frozenset()
    out = set()
    for item in field.split(";"):
        try:
            actors, code = item.strip().rsplit(":", 1)
            src, tgt = actors.split(">")
        except ValueError:
            raise InputError(f"{where}: '{item}' is not SOURCE>TARGET:CAMEO") from None
        out.add((None if src in ("", "-") else src, None if tgt in ("", "-") else tgt,
                 code.strip()[:2]))
    return frozenset(out)


def read_cases(paths: list[Path]) -> list[Case]:
    cases = []
    seen: dict[str, str] = {}  # id → where it was first used: known failures name ids
    for path in paths:
        for row in read_file(path, 4):
            cid, published, sentence, expected = row.fields[:4]
            if cid in seen:
                raise InputError(f"{row.where()}: id '{cid}' is already used at {seen[cid]}")
            seen[cid] = row.where()
            cases.append(Case(cid, published or None, sentence,
                              parse_expected(expected, row.where()), row.where()))
    return cases


def run_cases(cases: list[Case]) -> list[Outcome]:
    docs = (Document(id=c.id, raw=c.sentence, published=c.published) for c in cases)
    out = []
    for case, doc in zip(cases, run_all(docs), strict=True):
        got = frozenset((e.source.code if e.source else None,
                         e.target.code if e.target else None, e.root) for e in doc.events
                        if e.modality != "hypothetical")
        out.append(Outcome(case, got, doc.error))
    return out


def by_root(outcomes: list[Outcome]) -> dict[str, tuple[int, int]]:
    """root → (agreeing sentences, sentences) over the roots each sentence expects."""
    table: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for o in outcomes:
        for r in o.case.roots:
            table[r][0] += o.ok
            table[r][1] += 1
    return {r: (a, n) for r, (a, n) in sorted(table.items())}


def format_outcomes(outcomes: list[Outcome], show_failures: bool = True) -> str:
    lines = []
    ok = sum(o.ok for o in outcomes)
    lines.append(f"agreement: {ok}/{len(outcomes)} sentences "
                 f"({ok / max(len(outcomes), 1):.1%})")
    for root, (a, n) in by_root(outcomes).items():
        lines.append(f"  root {root:>4}: {a}/{n}")
    if show_failures:
        for o in outcomes:
            if not o.ok:
                fmt = lambda s: ";".join(  # noqa: E731
                    f"{a or '-'}>{b or '-'}:{r}" for a, b, r in sorted(s, key=str)) or "-"
                got = f"an error ({o.error})" if o.error else fmt(o.got)
                lines.append(f"FAIL {o.case.id} expected {fmt(o.case.expected)} "
                             f"got {got}: {o.case.sentence}")
    return "\n".join(lines)


def default_paths() -> list[Path]:
    """The project's validation suite, shipped with the package (evaluate/suite/*.tsv)."""
    return sorted((Path(__file__).resolve().parent / "suite").glob("*.tsv"))
