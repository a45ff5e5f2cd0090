"""`rasd lexicon check`: validate the bundled and user lexicons, with file and line.

Loading reports malformed entries (unknown codes, bad dates, wrong column counts); this adds
the checks that need the whole picture: actor codes whose country or sector is unknown,
overlapping terms of office, duplicate and conflicting entries, and entries that can never
match (empty after normalisation, nisba forms that cannot be derived, verb patterns the
conjugator cannot read, triggers filed under the wrong root, function-word categories the
code does not read).
"""

from __future__ import annotations

from collections import defaultdict
from itertools import pairwise
from pathlib import Path

from rasd.lexicons import (
    FUNCTION_WORD_CATEGORIES,
    Problem,
    Row,
    alternatives,
    clear_caches,
    collect_problems,
    problem,
    read_tsv,
)
from rasd.ner.features import name_matcher
from rasd.ontology import SECTORS, event_types
from rasd.text.matcher import phrase_key

_ORG_PREFIXES = ("IGO", "NGO", "IMG", "MNC")


def _known_countries() -> set[str]:
    return {row.fields[0] for row in read_tsv("countries.tsv", 4)}


def check_actor_code(code: str, countries: set[str], where: str) -> None:
    if code.startswith(_ORG_PREFIXES):
        return
    if code[:3] not in countries:
        problem(where, f"'{code}' starts with '{code[:3]}', which is not a country in "
                       "countries.tsv")
    rest = code[3:]
    for i in range(0, len(rest), 3):
        sector = rest[i:i + 3]
        if sector not in SECTORS:
            problem(where, f"'{code}': '{sector}' is not a known sector code")


def _check_names(rows: list[tuple[Row, str, list[str]]], repeats_ok: bool = False,
                 shared_ok: bool = False) -> None:
    """Duplicates within a file and phrases that normalise to nothing.

    With `repeats_ok`, the same name on several rows of the same entry (a person's roles)
    is expected; only a name shared by two different entries is reported. With
    `shared_ok`, a name in two countries is expected (places: the document decides).
    """
    seen: dict[tuple[str, ...], tuple[Row, str]] = {}
    for row, code, names in rows:
        for name in names:
            key = phrase_key(name)
            if not key:
                problem(row.where(), f"'{name}' is empty after normalisation and can never "
                                     "match")
                continue
            if key in seen:
                other, other_code = seen[key]
                if other.where() == row.where():
                    continue
                if other_code == code and repeats_ok:
                    pass
                elif other_code == code:
                    problem(row.where(), f"'{name}' duplicates {other.where()}", "warning")
                elif shared_ok:
                    continue
                else:
                    problem(row.where(), f"'{name}' is also {other_code} in {other.where()}; "
                                         f"the later entry ({code}) wins", "warning")
            seen[key] = (row, code)


def _check_actor_files(countries: set[str]) -> None:
    for fname, code_col in (("countries.tsv", 0), ("seats.tsv", 0), ("organisations.tsv", 0),
                            ("places.tsv", 0)):
        rows = []
        for row in read_tsv(fname, 2):
            code = row.fields[code_col]
            if code.isalpha() and code.isupper():
                check_actor_code(code, countries, row.where())
            rows.append((row, code, alternatives(row.fields[1])))
        _check_names(rows, shared_ok=fname == "places.tsv")
    rows = []
    for row in read_tsv("nisba.tsv", 2):
        for base in alternatives(row.fields[1]):
            if not base.rstrip("ّ").endswith(("ي", "ى")):
                problem(row.where(), f"nisba '{base}' does not end in ي: its feminine and "
                                     "plural forms cannot be derived")
        check_actor_code(row.fields[0], countries, row.where())
        rows.append((row, row.fields[0], alternatives(row.fields[1])))
    _check_names(rows)
    _check_names([(row, row.fields[0], alternatives(row.fields[1]))
                  for row in read_tsv("agents.tsv", 2)], "agents.tsv")


def _check_people(countries: set[str]) -> None:
    roles: dict[str, list[tuple[str, str, Row]]] = defaultdict(list)
    names: list[tuple[Row, str, list[str]]] = []
    for row in read_tsv("people.tsv", 4):
        english, code, start = row.fields[1], row.fields[2], row.fields[3]
        end = row.fields[4] if len(row.fields) > 4 and row.fields[4] not in ("", "-") else "9999"
        if code.isalpha() and code.isupper():
            check_actor_code(code, countries, row.where())
        roles[english].append((start, end, row))
        names.append((row, english, alternatives(row.fields[0])))
    for english, rs in roles.items():
        rs.sort(key=lambda r: r[0])
        for (s1, e1, r1), (s2, _e2, r2) in pairwise(rs):
            if s2 < e1 and r1.fields[2] != r2.fields[2]:
                problem(r2.where(), f"{english}: role {r2.fields[2]} from {s2} overlaps "
                                    f"{r1.fields[2]} ({s1}..{e1}) at {r1.where()}", "warning")
    _check_names(names, repeats_ok=True)


def _check_triggers() -> None:
    types = event_types()
    seen: dict[tuple[str, str, str], Row] = {}
    for row in read_tsv("triggers/*.tsv", 3):
        code, kind, pattern = row.fields[:3]
        root = Path(row.path).stem
        if code in types and root.isdigit() and code[:2] != root:
            problem(row.where(), f"code {code} is filed under root {root}", "warning")
        if kind == "verb":
            head = pattern.split("+")[0]
            perfect, _, imperfect = head.partition("/")
            if " " in perfect.strip() or " " in imperfect.strip():
                problem(row.where(), f"verb head '{head.strip()}' must be one word each side")
            if imperfect.strip() and not imperfect.strip().startswith(("ي", "ت")):
                problem(row.where(), f"imperfect '{imperfect.strip()}' does not start with ي "
                                     "or ت: no imperfect forms can be generated")
        k = (code, kind, pattern, *row.fields[3:5])  # one pattern may have two frames
        if k in seen:
            problem(row.where(), f"duplicates {seen[k].where()}", "warning")
        seen[k] = row


def _check_function_words() -> None:
    seen: set[str] = set()
    for row in read_tsv("function_words.tsv", 2):
        category = row.fields[0]
        seen.add(category)
        if category not in FUNCTION_WORD_CATEGORIES:
            problem(row.where(), f"unknown category '{category}' (the code reads "
                                 f"{', '.join(sorted(FUNCTION_WORD_CATEGORIES))})")
    for category in sorted(FUNCTION_WORD_CATEGORIES - seen):
        problem("function_words.tsv", f"no words for category '{category}'", "warning")


def check_all() -> list[Problem]:
    """Every problem in the bundled and user lexicons, loading them afresh."""
    from rasd.pipeline import warm_up

    clear_caches()
    with collect_problems() as found:
        warm_up()
        countries = _known_countries()
        _check_actor_files(countries)
        _check_people(countries)
        _check_triggers()
        _check_function_words()
        name_matcher.cache_clear()
        name_matcher()  # the tagger's name lists
    clear_caches()
    unique: dict[str, Problem] = {}
    for p in found:
        unique.setdefault(str(p), p)
    return list(unique.values())
