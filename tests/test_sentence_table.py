"""The project's table of sentences with their expected events (rasd/evaluate/suite)."""

from rasd.evaluate.sentences import by_root, default_paths, format_outcomes, read_cases, run_cases

ROOTS = {f"{r:02d}" for r in range(1, 21)}


def test_every_cameo_root_is_in_the_table_and_agreement_is_high():
    outcomes = run_cases(read_cases(default_paths()))
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
