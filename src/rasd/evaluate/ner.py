"""Score the NER tagger on a CoNLL file: span-level precision, recall and F1 per type.

A predicted span counts only when its start, end and type all equal a gold span's
(exact match, as conlleval). The micro-average pools PERS, LOC and ORG, the types the
published ANERcorp scores are compared on; MISC is reported on its own.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rasd.evaluate.scores import PRF
from rasd.ner.conll import TYPES, bio_spans

MICRO_TYPES = ("PERS", "LOC", "ORG")


@dataclass
class SpanCounts(PRF):
    def to_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "gold": self.tp + self.fn,
                **self.rounded()}


@dataclass
class NerReport:
    types: dict[str, SpanCounts] = field(default_factory=lambda: {t: SpanCounts()
                                                                  for t in TYPES})
    tokens: int = 0
    seconds: float = 0.0
    warning: str | None = None

    @property
    def micro(self) -> SpanCounts:
        c = SpanCounts()
        for t in MICRO_TYPES:
            x = self.types.get(t, SpanCounts())
            c.tp, c.fp, c.fn = c.tp + x.tp, c.fp + x.fp, c.fn + x.fn
        return c

    def to_dict(self) -> dict[str, object]:
        return {"types": {t: c.to_dict() for t, c in self.types.items()},
                "micro_pers_loc_org": self.micro.to_dict(), "tokens": self.tokens,
                "tokens_per_second": round(self.tokens / self.seconds) if self.seconds else None,
                "warning": self.warning}


def score_tags(gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]]) -> NerReport:
    """Compare BIO tag sequences sentence by sentence; spans must match exactly."""
    report = NerReport()
    for g, p in zip(gold, pred, strict=True):
        if len(g) != len(p):
            raise ValueError("gold and predicted sentences differ in length")
        report.tokens += len(g)
        gs, ps = set(bio_spans(g)), set(bio_spans(p))
        for s in gs | ps:
            c = report.types.setdefault(s[2], SpanCounts())
            if s in gs and s in ps:
                c.tp += 1
            elif s in ps:
                c.fp += 1
            else:
                c.fn += 1
    return report


def evaluate_file(path: str | Path, model_file: str | Path | None = None,
                  held_out: float = 0.0) -> NerReport:
    """Tag every sentence of a CoNLL file with the tagger and score it against the file.

    With `held_out`, only the last fraction of the file's tokens is scored (cut at a sentence
    boundary, as `python -m rasd.ner.train --dev-fraction` holds it out). Sentences are read
    as documents of `DOC_SENTENCES` sentences, as in training.
    """
    from rasd.ner import load_model, tag_keys
    from rasd.ner.conll import read_conll
    from rasd.ner.features import DOC_SENTENCES
    from rasd.ner.train import split
    from rasd.text.normalize import key

    sents = read_conll(path)
    if held_out:
        sents = split(sents, held_out)[1]
    model = load_model(str(model_file) if model_file else None)
    tag_keys([["."]], model)  # load the lexicons before the clock starts
    gold = [[t for _, t in s] for s in sents]
    t0 = time.perf_counter()
    pred: list[list[str]] = []
    for a in range(0, len(sents), DOC_SENTENCES):
        pred.extend(tag_keys([[key(tok) for tok, _ in s] for s in sents[a:a + DOC_SENTENCES]],
                             model))
    seconds = time.perf_counter() - t0
    report = score_tags(gold, pred)
    report.seconds = seconds
    report.warning = seen_warning(model.meta, Path(path), held_out)
    return report


def seen_warning(meta: dict[str, object], path: Path, held_out: float) -> str | None:
    """A warning when the model was trained on the text being scored (the shipped model is
    trained on the whole ANERcorp training file), so the figures are not held-out ones."""
    if meta.get("data") != path.name:
        return None
    trained_on = 1 - float(meta.get("dev_fraction") or 0)  # type: ignore[arg-type]
    if held_out and trained_on <= 1 - held_out + 1e-9:
        return None
    return (f"the model was trained on {trained_on:.0%} of {path.name}, including the part "
            "scored here: these are not held-out figures. Train a model with "
            "`python -m rasd.ner.train --dev-fraction 0.2 --out dev.json.gz` and pass "
            "--model dev.json.gz --held-out 0.2.")


def format_report(report: NerReport) -> str:
    lines = [f"{'type':<18}{'gold':>6}{'pred':>6}{'P':>8}{'R':>8}{'F1':>8}"]
    rows = [*report.types.items(), ("micro PERS+LOC+ORG", report.micro)]
    for name, c in rows:
        lines.append(f"{name:<18}{c.tp + c.fn:>6}{c.tp + c.fp:>6}{c.precision:>8.3f}"
                     f"{c.recall:>8.3f}{c.f1:>8.3f}")
    if report.seconds:
        lines.append(f"{report.tokens} tokens tagged in {report.seconds:.2f} s "
                     f"({report.tokens / report.seconds:,.0f} tokens/s)")
    if report.warning:
        lines.append("warning: " + report.warning)
    return "\n".join(lines)
