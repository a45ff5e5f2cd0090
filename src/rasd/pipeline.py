"""The ordered stages, and nothing else. Each stage takes a Document and returns it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import partial

from rasd.actors.coref import resolve_in_document
from rasd.actors.mentions import find_mentions
from rasd.dates import resolve_dates
from rasd.events.coder import code_events
from rasd.model import Document
from rasd.places import locate_events
from rasd.settings import Settings
from rasd.text.clean import clean
from rasd.text.segment import segment

Stage = Callable[[Document], Document]


def stages(settings: Settings) -> list[tuple[str, Stage]]:
    return [
        ("clean", clean),
        ("segment", segment),
        ("mentions", partial(find_mentions, use_ner=settings.ner)),
        ("coref", resolve_in_document),
        ("events", partial(code_events, settings=settings)),
        ("places", locate_events),
        ("dates", partial(resolve_dates, history=settings.history)),
    ]


def _arabic_ratio(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum("\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f" for c in letters) / len(
        letters)


def run(doc: Document, settings: Settings | None = None) -> Document:
    """Code one document. Problems with its input end up in `doc.error`, never raised."""
    settings = settings or Settings()
    if doc.error:
        return doc
    if len(doc.raw) > settings.max_chars:
        doc.error = (f"document too long: {len(doc.raw):,} characters "
                     f"(limit {settings.max_chars:,}; see --max-chars)")
        return doc
    if not doc.raw.strip():
        doc.error = "empty document: no text to code"
        return doc
    ratio = _arabic_ratio(doc.raw)
    if ratio < settings.min_arabic_ratio:
        doc.error = f"not Arabic text: {ratio:.0%} of its letters are Arabic"
        return doc
    for name, stage in stages(settings):
        try:
            out = stage(doc)
        except Exception as e:  # a bug in a stage must not end the run
            doc.error = f"{name} stage failed: {type(e).__name__}: {e}"
            return doc
        if not isinstance(out, Document):
            doc.error = f"{name} stage returned {type(out).__name__}, not a Document"
            return doc
        doc = out
    return doc


def run_all(docs: Iterable[Document], settings: Settings | None = None) -> Iterator[Document]:
    settings = settings or Settings()
    warm_up()
    for doc in docs:
        yield run(doc, settings)


def warm_up() -> None:
    """Load every lexicon now (problems in them are reported once, before any coding)."""
    from rasd.actors.lexicon import actor_matcher
    from rasd.events.lexicon import accident_words, support_verbs, trigger_lexicon
    from rasd.events.modality import modal_words
    from rasd.events.speech import speech_words
    from rasd.lexicons import function_words
    from rasd.text.clean import rules

    for load in (rules, actor_matcher, trigger_lexicon, modal_words, speech_words,
                 support_verbs, accident_words, function_words):
        load()
