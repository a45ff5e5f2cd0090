"""What the tagger's training text says of single words, without running the tagger: the
stem tables shipped with its model (`Perceptron.lexicon`, `tables['spans']`)."""

from __future__ import annotations

from functools import lru_cache


def _stem_facts(k: str) -> tuple[str, str | None]:
    from rasd.ner import load_model
    from rasd.ner.features import word

    model = load_model()
    stem = word(k)[0]
    return model.lexicon.get(stem, ""), model.tables.get("spans", {}).get(stem)


@lru_cache(maxsize=65536)
def never_in_a_name(k: str) -> bool:
    """Did the training text have this word (by its stem) only outside names?"""
    usual, spans = _stem_facts(k)
    return usual.startswith("O:") and spans is None


@lru_cache(maxsize=65536)
def begins_a_person(k: str) -> bool:
    """Did a person's name in the training text begin with this word's stem («محمد»,
    «حبيب»)? Not for words with the article, which mostly are common nouns there."""
    return not k.startswith("ال") and "PERS:B" in (_stem_facts(k)[1] or "").split()
