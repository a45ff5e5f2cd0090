"""Actor lexicons (countries, nisba adjectives, seats of power, organisations, role nouns,
people) loaded into one phrase matcher."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from rasd.lexicons import Row, alternatives, problem, read_tsv
from rasd.ontology import SECTORS
from rasd.text.matcher import PhraseMatcher, phrase_key


@dataclass(frozen=True, slots=True)
class Role:
    code: str
    start: str  # YYYY-MM-DD
    end: str | None


@dataclass(frozen=True, slots=True)
class ActorEntry:
    kind: str  # country | nisba | seat | org | place | agent | person | none (not an actor)
    type: str  # GPE | NORP | ORG | PER | MISC
    code: str | None
    sector: str | None
    name: str | None
    name_ar: str
    roles: tuple[Role, ...] = ()
    people: bool = False  # a nisba form naming people (الروس، الأمريكيون), usable as an actor
    counted: bool = False  # an agent only after a number («21 مسلحا»; alone an adjective)

    @property
    def country(self) -> str | None:
        if self.code and self.code[:3].isalpha() and not self.code.startswith(("IGO", "NGO",
                                                                              "IMG", "MNC")):
            return self.code[:3]
        return None

    def code_on(self, date: str | None) -> str | None:
        """A person's code on `date` (their role then, else their country; latest if no date)."""
        if not self.roles:
            return self.code
        if date is None:
            return self.roles[-1].code
        for r in self.roles:
            if r.start <= date and (r.end is None or date < r.end):
                return r.code
        # Out of office: their country, from the latest national role. Someone known only
        # for an international post has no country here: unknown.
        national = [r for r in self.roles if not r.code.startswith(_NON_NATIONAL)]
        return national[-1].code[:3] if national else None


_NON_NATIONAL = ("IGO", "NGO", "IMG", "MNC")
NISBA_ENDINGS = ("ه", "ون", "ين", "يون", "يين", "ات")


def _valid_code(code: str, row: Row) -> bool:
    if not code.isupper() or not code.isalpha() or len(code) < 3:
        problem(row.where(), f"'{code}' is not a CAMEO actor code")
        return False
    return True


def _country_names() -> dict[str, tuple[str, str]]:
    """iso3 → (Arabic CLDR name, English name) for rows of countries.tsv with an iso2."""
    from babel import Locale

    ar, en = Locale.parse("ar").territories, Locale.parse("en").territories
    out = {}
    for row in read_tsv("countries.tsv", 4):
        iso3, iso2 = row.fields[0], row.fields[1]
        if iso2 in ar:
            out[iso3] = (ar[iso2], en.get(iso2, row.fields[3]))
    return out


def _add(m: PhraseMatcher[ActorEntry], names: list[str], entry: ActorEntry) -> None:
    for n in names:
        p = phrase_key(n)
        if len(p) > 2 and p[0] == "«" and p[-1] == "»":
            p = p[:-1]  # a name only when quoted: «القاعدة»; the matcher adds the closing mark
        m.add(p, entry)


@lru_cache(maxsize=1)
def actor_matcher() -> PhraseMatcher[ActorEntry]:
    """Every actor phrase → its entry. Later files override earlier ones for the same phrase."""
    m: PhraseMatcher[ActorEntry] = PhraseMatcher()
    cldr = _country_names()
    iso_names: dict[str, str] = {}
    for row in read_tsv("countries.tsv", 4):
        iso3, _iso2, names, english = row.fields[:4]
        alts = alternatives(names)
        if not _valid_code(iso3, row) or not alts:
            continue
        if iso3 in cldr and cldr[iso3][0] not in alts:
            alts.append(cldr[iso3][0])
        iso_names[iso3] = alts[0]
        _add(m, alts, ActorEntry("country", "GPE", iso3, None, english, alts[0]))
    for row in read_tsv("nisba.tsv", 2):
        iso3 = row.fields[0]
        bases = alternatives(row.fields[1])
        if not _valid_code(iso3, row) or not bases:
            continue
        irregular = alternatives(row.fields[2]) if len(row.fields) > 2 else []
        name_ar = iso_names.get(iso3, bases[0])
        adj = ActorEntry("nisba", "NORP", iso3, None, None, name_ar)
        people = ActorEntry("nisba", "NORP", iso3, None, None, name_ar, people=True)
        for b in bases:
            b = b.removesuffix("ّ")
            if phrase_key(b) not in m:  # «تشيلي» is Chile itself; only «التشيليون» derives
                _add(m, [b], adj)
            _add(m, [b + "ة", b + "ات"], adj)
            if phrase_key(b + "ا") not in m:  # «جنديا عراقيا»; but «روسيا» is Russia
                _add(m, [b + "ا"], adj)
            _add(m, [b + "ون", b + "ين", b[:-1] + "يون", b[:-1] + "يين", b + "ان"], people)
        _add(m, irregular, people)
    for fname, kind in (("seats.tsv", "seat"), ("organisations.tsv", "org")):
        for row in read_tsv(fname, 3):
            code = row.fields[0]
            alts = alternatives(row.fields[1])
            if not _valid_code(code, row) or not alts:
                continue
            typ = row.fields[3] if len(row.fields) > 3 and row.fields[3] else (
                "GPE" if kind == "seat" else "ORG")
            sector = code[3:6] if len(code) >= 6 and code[3:6] in SECTORS else None
            _add(m, alts, ActorEntry(kind, typ, code, sector, row.fields[2], alts[0]))
    for row in read_tsv("places.tsv", 2):
        iso3 = row.fields[0]
        alts = alternatives(row.fields[1])
        if not _valid_code(iso3, row) or not alts:
            continue
        english = row.fields[2] if len(row.fields) > 2 else None
        # a name in two countries keeps its first entry; the document decides (coref)
        _add(m, [a for a in alts if phrase_key(a) not in m],
             ActorEntry("place", "LOC", iso3, None, english, alts[0]))
    for row in read_tsv("agents.tsv", 2):
        sector = row.fields[0]
        if sector not in ("=", "+") and sector not in SECTORS:
            problem(row.where(), f"unknown sector '{sector}'")
            continue
        alts = alternatives(row.fields[1])
        english = row.fields[2] if len(row.fields) > 2 else None
        counted = len(row.fields) > 3 and row.fields[3] == "counted"
        # "+": members, an actor only with what they belong to («عناصر حماس»)
        _add(m, alts, ActorEntry("agent", "MISC", None, None if sector == "+" else sector,
                                 english, alts[0], counted=counted))
    for entry, names in _people():
        _add(m, names, entry)
    blocker = ActorEntry("none", "MISC", None, None, None, "")
    for row in read_tsv("not_actors.tsv", 1):
        m.add(phrase_key(row.fields[0]), blocker)
    return m


def _date(value: str, row: Row) -> str | None:
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        problem(row.where(), f"'{value}' is not a date in YYYY-MM-DD form")
        return None


def _people() -> list[tuple[ActorEntry, list[str]]]:
    by_name: dict[str, tuple[list[str], list[Role]]] = {}
    user_defined: set[str] = set()
    for row in read_tsv("people.tsv", 4):
        names = alternatives(row.fields[0])
        english = row.fields[1]
        code = row.fields[2]
        start = _date(row.fields[3], row)
        end_field = row.fields[4] if len(row.fields) > 4 else ""
        end = None if end_field in ("", "-") else _date(end_field, row)
        if not names or not _valid_code(code, row) or start is None or (
                end_field not in ("", "-") and end is None):
            continue
        if end is not None and end <= start:
            problem(row.where(), f"the role ends ({end}) before it starts ({start})")
            continue
        if row.user and english not in user_defined:
            # A user's entry for a person replaces the bundled one: roles and names.
            user_defined.add(english)
            by_name.pop(english, None)
        entry = by_name.setdefault(english, (names, []))
        for n in names:
            if n not in entry[0]:
                entry[0].append(n)
        entry[1].append(Role(code, start, end))
    out = []
    for english, (names, roles) in by_name.items():
        roles.sort(key=lambda r: r.start)
        out.append((ActorEntry("person", "PER", roles[-1].code, None, english, names[0],
                               tuple(roles)), names))
    return out


@lru_cache(maxsize=1)
def written_with_ta() -> frozenset[str]:
    """Keys of the one-word role nouns written with «ة» and not also with «ه» («طلبة»,
    «شرطة»; not «نظيرة», listed with «نظيره» too): keys fold the two letters, but a
    writer who spells «طلبه» means «his request», not «students»."""
    words = [a for row in read_tsv("agents.tsv", 2) for a in alternatives(row.fields[1])
             if " " not in a]
    ta = {phrase_key(a)[0] for a in words if a.endswith("ة")}
    ha = {phrase_key(a)[0] for a in words if a.endswith("ه")}
    return frozenset(ta - ha)


@lru_cache(maxsize=1)
def ambiguous_places() -> dict[str, tuple[str, ...]]:
    """Names of a seat or a place in more than one country (طرابلس: Libya, Lebanon) → their
    countries, the one the name resolves to first. Keys are the names as the lexicons
    write them, which is what a mention's `name_ar` holds."""
    countries: dict[tuple[str, ...], list[str]] = {}
    written: dict[tuple[str, ...], list[str]] = {}
    for fname in ("seats.tsv", "places.tsv"):
        for row in read_tsv(fname, 2):
            code = row.fields[0]
            for a in alternatives(row.fields[1]):
                k = phrase_key(a)
                c = countries.setdefault(k, [])
                if code[:3] not in c:
                    c.append(code[:3])
                written.setdefault(k, []).append(a)
    return {a: tuple(c) for k, c in countries.items() if len(c) > 1 for a in written[k]}
