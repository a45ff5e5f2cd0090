"""Verb forms generated from a trigger's 3rd-person perfect and imperfect (matching keys).

News uses the perfect and imperfect in the third person (and the first person in quotes),
the future with سـ, and object pronouns. Forms are produced on normalised keys, so hamza
and ya/alef-maqsura spellings need no separate handling.
"""

from __future__ import annotations

from functools import lru_cache

from rasd.text.normalize import key

# Third person and first person only: second-person forms collide with common words
# («هنأ» + «ك» is «هناك», "there is") and news rarely addresses its reader.
OBJECT_SUFFIXES = ("ه", "ها", "هم", "هما", "هن", "نا", "ني")


def _weak_final(stem: str) -> bool:
    return stem.endswith(("ا", "ي", "و"))


def perfect_forms(p: str) -> set[str]:
    """3ms perfect → perfect forms (3fs, duals, plurals, 1st/2nd person)."""
    if _weak_final(p):  # دعا، التقى، أجرى: the final weak letter drops before ت and وا
        base = p[:-1]
        forms = {p, base + "ت", base + "وا", base + "تا", base + "يا", base + "ينا",
                 base + "يت", base + "يتم", p + "ن"}
    else:
        forms = {p, p + "ت", p + "وا", p + "ا", p + "تا", p + "ن", p + "نا", p + "تم"}
    return forms


def imperfect_forms(i: str) -> set[str]:
    """3ms imperfect (يفعل) → imperfect forms of every person, with and without final ن."""
    if not i.startswith(("ي", "ت")) or len(i) < 3:
        return {i}
    stem = i[1:]
    forms: set[str] = set()
    for prefix in ("ي", "ت", "ن", "ا"):
        forms.add(prefix + stem)
    if _weak_final(stem):  # يدعو، يلتقي: plural replaces the weak letter
        base = stem[:-1]
        plural_bases = {base}
    else:
        plural_bases = {stem}
    for b in plural_bases:
        for prefix in ("ي", "ت"):
            forms.update({prefix + b + "ون", prefix + b + "وا"})
    for prefix in ("ي", "ت"):
        forms.update({prefix + stem + "ان", prefix + stem + "ا", prefix + stem + "ن"})
    return forms


def with_objects(forms: set[str]) -> set[str]:
    out = set(forms)
    for f in forms:
        stem = f[:-1] if f.endswith("وا") else f  # اتهموا → اتهموه
        out.update(stem + s for s in OBJECT_SUFFIXES)
    return out


def verb_forms(pattern: str) -> dict[str, str]:
    """`PERFECT/IMPERFECT` → {form key: tense}, tense one of "perfect", "imperfect", "future"."""
    perfect, _, imperfect = pattern.partition("/")
    out: dict[str, str] = {}
    p = key(perfect.strip())
    if p:
        for f in with_objects(perfect_forms(p)):
            out.setdefault(f, "perfect")
    i = key(imperfect.strip())
    if i:
        imp = imperfect_forms(i)
        for f in with_objects(imp):
            out.setdefault(f, "imperfect")
        for f in with_objects({"س" + f for f in imp}):
            out.setdefault(f, "future")
    return out


@lru_cache(maxsize=4096)
def plural_forms(pattern: str) -> frozenset[str]:
    """The third-person masculine plural forms of `PERFECT/IMPERFECT` (قتلوا, يقتلون, سيقتلون),
    with object pronouns."""
    perfect, _, imperfect = pattern.partition("/")
    p, i = key(perfect.strip()), key(imperfect.strip())
    out: set[str] = set()
    if p:
        out.add((p[:-1] if _weak_final(p) else p) + "وا")
    if i.startswith(("ي", "ت")) and len(i) >= 3:
        stem = i[1:-1] if _weak_final(i[1:]) else i[1:]
        for prefix in ("ي", "ت", "سي", "ست"):
            out.update({prefix + stem + "ون", prefix + stem + "وا"})
    return frozenset(with_objects(out))


@lru_cache(maxsize=4096)
def plain_forms(pattern: str) -> frozenset[str]:
    """Every form of `PERFECT/IMPERFECT` without an object pronoun (and the verbal noun
    spelt as the perfect: «تم قتل»)."""
    perfect, _, imperfect = pattern.partition("/")
    p, i = key(perfect.strip()), key(imperfect.strip())
    out = set(perfect_forms(p)) if p else set()
    if i:
        imp = imperfect_forms(i)
        out |= imp | {"س" + f for f in imp}
    return frozenset(out)


def plural_verb_like(k: str) -> bool:
    """Does the word look like a plural verb: «تدفقوا», «يهتفون»?"""
    return len(k) > 4 and not k.startswith("ال") and (
        k.endswith("وا") or (k.endswith("ون") and k.startswith("ي")))
