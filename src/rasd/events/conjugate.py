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


_HAMZA_FINAL = ("أ", "ئ", "ؤ")


def _weak_final(stem: str, hamza: bool = False) -> bool:
    """Does the stem end in a weak letter? Not a hamza, which keys write as one
    (بدأ → «بدا»): `hamza` says the written word ends in one."""
    return not hamza and stem.endswith(("ا", "ي", "و"))


def _keys(pattern: str) -> tuple[str, str, bool, bool]:
    """A pattern's perfect and imperfect keys, and whether each ends in a hamza."""
    perfect, _, imperfect = (w.strip() for w in pattern.partition("/"))
    return key(perfect), key(imperfect), perfect.endswith(_HAMZA_FINAL), \
        imperfect.endswith(_HAMZA_FINAL)


def perfect_forms(p: str, hamza: bool = False) -> set[str]:
    """3ms perfect → perfect forms (3fs, duals, plurals, 1st/2nd person)."""
    if _weak_final(p, hamza):  # دعا، التقى، أجرى: the final weak letter drops before ت, وا
        base = p[:-1]
        forms = {p, base + "ت", base + "وا", base + "تا", base + "يا", base + "ينا",
                 base + "يت", base + "يتم", p + "ن"}
    else:
        forms = {p, p + "ت", p + "وا", p + "ا", p + "تا", p + "ن", p + "نا", p + "تم"}
        if hamza:
            forms.add(p[:-1] + "ووا")  # بدؤوا
    return forms


def imperfect_forms(i: str, hamza: bool = False) -> set[str]:
    """3ms imperfect (يفعل) → imperfect forms of every person, with and without final ن."""
    if not i.startswith(("ي", "ت")) or len(i) < 3:
        return {i}
    stem = i[1:]
    forms: set[str] = set()
    for prefix in ("ي", "ت", "ن", "ا"):
        forms.add(prefix + stem)
    if _weak_final(stem, hamza):  # يدعو، يلتقي: plural replaces the weak letter
        base = stem[:-1]
        plural_bases = {base}
    else:
        plural_bases = {stem, stem[:-1] + "و"} if hamza else {stem}  # يبدأون, يبدؤون
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
    p, i, p_hamza, i_hamza = _keys(pattern)
    out: dict[str, str] = {}
    if p:
        for f in with_objects(perfect_forms(p, p_hamza)):
            out.setdefault(f, "perfect")
    if i:
        imp = imperfect_forms(i, i_hamza)
        for f in with_objects(imp):
            out.setdefault(f, "imperfect")
        for f in with_objects({"س" + f for f in imp}):
            out.setdefault(f, "future")
    return out


@lru_cache(maxsize=4096)
def plural_forms(pattern: str) -> frozenset[str]:
    """The third-person masculine plural forms of `PERFECT/IMPERFECT` (قتلوا, يقتلون, سيقتلون),
    with object pronouns."""
    p, i, p_hamza, i_hamza = _keys(pattern)
    out: set[str] = set()
    if p:
        out.add((p[:-1] if _weak_final(p, p_hamza) else p) + "وا")
    if i.startswith(("ي", "ت")) and len(i) >= 3:
        stem = i[1:-1] if _weak_final(i[1:], i_hamza) else i[1:]
        for prefix in ("ي", "ت", "سي", "ست"):
            out.update({prefix + stem + "ون", prefix + stem + "وا"})
    return frozenset(with_objects(out))


@lru_cache(maxsize=4096)
def plain_forms(pattern: str) -> frozenset[str]:
    """Every form of `PERFECT/IMPERFECT` without an object pronoun (and the verbal noun
    spelt as the perfect: «تم قتل»)."""
    p, i, p_hamza, i_hamza = _keys(pattern)
    out = set(perfect_forms(p, p_hamza)) if p else set()
    if i:
        imp = imperfect_forms(i, i_hamza)
        out |= imp | {"س" + f for f in imp}
    return frozenset(out)


def plural_verb_like(k: str) -> bool:
    """Does the word look like a plural verb: «تدفقوا», «يهتفون»?"""
    return len(k) > 4 and not k.startswith("ال") and (
        k.endswith("وا") or (k.endswith("ون") and k.startswith("ي")))
