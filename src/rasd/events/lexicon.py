"""Event trigger lexicon (lexicons/triggers/NN.tsv) → phrase matchers over generated forms."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from rasd.errors import LexiconError
from rasd.events.conjugate import plain_forms, verb_forms
from rasd.lexicons import Row, alternatives, problem, read_tsv
from rasd.ontology import SECTORS, event_types
from rasd.text.matcher import PhraseMatcher, phrase_key
from rasd.text.normalize import key

KINDS = ("verb", "noun", "passive")
SOURCE_SLOTS = ("subj", "gen", "agent", "unknown", "clause", "claim")
TARGET_SLOTS = ("obj", "gen", "subj", *(key(p) for p in (
    "على", "مع", "ب", "إلى", "ضد", "ل", "من", "عن", "في", "لدى", "بين", "حول", "أمام", "بحق",
    "باتجاه", "صوب", "وسط")))

Phrase = tuple[str, ...]
# The code of a phrase in which a trigger word means something else («دعا الله» is a prayer):
# it takes its words, and no trigger of them is coded.
NOT_AN_EVENT = "-"


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    code: str
    kind: str  # verb | noun | passive
    pattern: str
    slots: tuple[tuple[Phrase, ...], ...]  # words that must follow the head, in order
    source: tuple[str, ...]
    source_optional: bool
    target: tuple[str, ...]
    target_optional: bool
    note: str
    where: str
    source_sectors: frozenset[str] = frozenset()  # if set, the source must be one of these


@dataclass(frozen=True, slots=True)
class HeadForm:
    entry: TriggerEntry
    tense: str  # perfect | imperfect | future | noun | passive


@dataclass(frozen=True)
class TriggerLexicon:
    verbs: PhraseMatcher[tuple[HeadForm, ...]]
    nouns: PhraseMatcher[tuple[HeadForm, ...]]
    entries: tuple[TriggerEntry, ...]


def _slot_spec(field: str, allowed: tuple[str, ...], row: Row, what: str
               ) -> tuple[tuple[str, ...], bool]:
    optional = field.endswith("?")
    field = field.rstrip("?").strip()
    if field in ("", "-"):
        return (), True
    slots = tuple(key(s.strip()) for s in field.split("|") if s.strip())
    for s in slots:
        if s not in allowed:
            raise LexiconError(f"{row.where()}: unknown {what} slot '{s}' "
                               f"(expected one of {', '.join(allowed)})")
    return slots, optional


def _sectors(field: str, row: Row) -> tuple[str, frozenset[str]]:
    """`subj[MIL,REB]` → ("subj", {"MIL", "REB"}): a source that must be of these sectors."""
    if "[" not in field:
        return field, frozenset()
    head, _, rest = field.partition("[")
    inside, _, tail = rest.partition("]")
    sectors = frozenset(x.strip() for x in inside.split(",") if x.strip())
    unknown = sectors - SECTORS - {"IMG"}  # IMG: an armed group across borders (IMGISI)
    if unknown:
        raise LexiconError(f"{row.where()}: unknown sector(s) {', '.join(sorted(unknown))}")
    return head + tail, sectors


def parse_row(row: Row) -> TriggerEntry:
    f = list(row.fields) + [""] * (6 - len(row.fields))
    code, kind, pattern, source, target, note = (x.strip() for x in f[:6])
    source, sectors = _sectors(source, row)
    if code not in event_types() and code != NOT_AN_EVENT:
        raise LexiconError(f"{row.where()}: '{code}' is not a CAMEO event code")
    if kind not in KINDS:
        raise LexiconError(f"{row.where()}: kind must be one of {', '.join(KINDS)}, not '{kind}'")
    head, *rest = (p.strip() for p in pattern.split("+"))
    if not head:
        raise LexiconError(f"{row.where()}: empty pattern")
    if kind == "verb" and "/" not in head:
        raise LexiconError(f"{row.where()}: a verb pattern is PERFECT/IMPERFECT, got '{head}'")
    slots = tuple(tuple(phrase_key(a) for a in alternatives(r)) for r in rest)
    if any(not s for s in slots):
        raise LexiconError(f"{row.where()}: empty '+' slot in '{pattern}'")
    if kind == "passive":
        # The grammatical subject of a passive is the target; a source only comes from an
        # agent phrase («على يد», «من قبل»), so it is always optional.
        source, target = "agent?", (target if target not in ("", "-") else "subj")
    src, src_opt = _slot_spec(source or "subj", SOURCE_SLOTS, row, "source")
    tgt, tgt_opt = _slot_spec(target or "-", TARGET_SLOTS, row, "target")
    return TriggerEntry(code, kind, head, slots, src, src_opt, tgt, tgt_opt, note, row.where(),
                        sectors)


def head_phrases(entry: TriggerEntry) -> dict[Phrase, str]:
    """Every head phrase of `entry` → its tense label."""
    out: dict[Phrase, str] = {}
    if entry.kind == "verb":
        for form, tense in verb_forms(entry.pattern).items():
            out[(form,)] = tense
    else:
        for alt in alternatives(entry.pattern):
            p = phrase_key(alt)
            if not p:
                continue
            out[p] = entry.kind
            if entry.kind == "noun" and not p[-1].endswith("ا"):
                out[(*p[:-1], p[-1] + "ا")] = "noun"  # tanween alef: هجوما
    return out


@lru_cache(maxsize=1)
def trigger_lexicon() -> TriggerLexicon:
    verbs: PhraseMatcher[tuple[HeadForm, ...]] = PhraseMatcher()
    nouns: PhraseMatcher[tuple[HeadForm, ...]] = PhraseMatcher()
    entries = []
    for row in read_tsv("triggers/*.tsv", 3):
        try:
            entry = parse_row(row)
        except LexiconError as e:
            problem(row.where(), str(e).removeprefix(row.where() + ": "))
            continue
        derived = _form3_passive(entry)
        for e in (entry, *((derived,) if derived else ())):
            entries.append(e)
            target = verbs if e.kind in ("verb", "passive") else nouns
            for phrase, tense in head_phrases(e).items():
                target.add(phrase, (*(target.get(phrase) or ()), HeadForm(e, tense)))
    return TriggerLexicon(verbs, nouns, tuple(entries))


def _form3_passive(entry: TriggerEntry) -> TriggerEntry | None:
    """The passive of a form-III verb with an object, which alone among the common verb
    forms is spelt apart from its active without vowels: هاجم → هوجم, داهم → دوهم. Its
    subject is the target; a source comes only from an agent phrase."""
    perfect = key(entry.pattern.partition("/")[0].strip())
    if entry.kind != "verb" or entry.slots or "obj" not in entry.target \
            or len(perfect) != 4 or perfect[1] != "ا":
        return None
    stem = perfect[0] + "و" + perfect[2:]
    forms = "|".join(stem + end for end in ("", "ت", "وا", "ا", "تا"))
    return replace(entry, kind="passive", pattern=forms, source=("agent",),
                   source_optional=True, target=("subj",), target_optional=False)


@lru_cache(maxsize=2)
def support_verbs(plain: bool = False) -> frozenset[str]:
    """Forms of the verbs that lend a verbal noun their subject (lexicons/support.tsv); with
    `plain`, only forms without an object pronoun."""
    out: set[str] = set()
    for row in read_tsv("support.tsv", 2):
        out.update(plain_forms(row.fields[1]) if plain else verb_forms(row.fields[1]))
    return frozenset(out)


@lru_cache(maxsize=4)
def support_verbs_in(tense: str) -> frozenset[str]:
    """Forms of the support verbs in one tense: "future" («سيشن», «ستواصل»: the act of the
    verbal noun they govern is intended), "imperfect" («يشنها», «يرتكبها»: with a definite
    plural noun, done again and again, not one act)."""
    return frozenset(f for row in read_tsv("support.tsv", 2)
                     for f, t in verb_forms(row.fields[1]).items() if t == tense)


@lru_cache(maxsize=1)
def accident_words() -> frozenset[str]:
    """Words of accidents and disasters (lexicons/accidents.tsv)."""
    return frozenset(key(row.fields[0]) for row in read_tsv("accidents.tsv", 1))
