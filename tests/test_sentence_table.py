"""The project's table of sentences with their expected events (rasd/evaluate/suite)."""

from pathlib import Path

import pytest

from rasd.errors import InputError
from rasd.evaluate.sentences import by_root, default_paths, format_outcomes, read_cases, run_cases

ROOTS = {f"{r:02d}" for r in range(1, 21)}
KNOWN_FAILURES = Path(__file__).parent / "data" / "suite_known_failures.txt"


@pytest.fixture(scope="module")
def outcomes():
    return run_cases(read_cases(default_paths()))


def test_every_cameo_root_is_in_the_table_and_agreement_is_high(outcomes):
    table = by_root(outcomes)
    print(format_outcomes(outcomes))
    assert set(table) >= ROOTS, f"roots without sentences: {ROOTS - set(table)}"
    for root in ROOTS:
        agree, _n = table[root]
        assert agree >= 1, f"no sentence of root {root} is coded as expected"
    agree, n = table["none"]
    assert agree / n >= 0.95, "sentences with no event produced events"
    ok = sum(o.ok for o in outcomes)
    assert ok / len(outcomes) >= 0.90, format_outcomes(outcomes)


def test_no_sentence_that_was_coded_as_expected_breaks(outcomes):
    known = {line.strip() for line in KNOWN_FAILURES.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")}
    broken = [o for o in outcomes if not o.ok and o.case.id not in known]
    assert not broken, "sentences no longer coded as expected:\n" + format_outcomes(broken)
    fixed = sorted(o.case.id for o in outcomes if o.ok and o.case.id in known)
    if fixed:
        print("now coded as expected, remove from the list:", ", ".join(fixed))


def test_a_sentence_id_is_used_once(tmp_path):
    # the list of known failures names sentences by id: two with one id would hide a failure
    table = tmp_path / "suite.tsv"
    table.write_text("a-01\t2021-06-02\tأدانت مصر الهجوم.\t-\n"
                     "a-01\t2021-06-02\tأدانت قطر الهجوم.\t-\n", encoding="utf-8")
    with pytest.raises(InputError, match="already used"):
        read_cases([table])
