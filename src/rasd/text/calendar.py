"""Arabic month and weekday names from CLDR (babel), in all three naming systems."""

from __future__ import annotations

from functools import lru_cache

from rasd.text.normalize import key

# Levantine/Iraqi (كانون الثاني), Egyptian/Gulf (يناير), Maghreb (جانفي, and Moroccan يوليوز).
_LOCALES = ("ar", "ar_SY", "ar_TN", "ar_MA")
# the nouns before a year («عام 2014», «والعام 2003»), as keys
YEAR_NOUNS = frozenset({"عام", "العام", "سنه", "السنه", "وعام", "والعام", "وسنه"})


@lru_cache(maxsize=1)
def month_names() -> dict[str, int]:
    """Normalised month name (one or two words) → month number."""
    from babel import Locale

    out: dict[str, int] = {}
    for loc in _LOCALES:
        locale = Locale.parse(loc)
        for ctx in ("format", "stand-alone"):
            for n, name in locale.months[ctx]["wide"].items():
                out[key(name)] = n
    # Egyptian spellings CLDR does not carry.
    out.update({"يونيه": 6, "يوليه": 7, "ابريل": 4})
    return out


@lru_cache(maxsize=1)
def weekday_names() -> dict[str, int]:
    """Normalised weekday name, with and without ال → Python weekday (Monday = 0)."""
    from babel import Locale

    out: dict[str, int] = {}
    for n, name in Locale.parse("ar").days["format"]["wide"].items():
        k = key(name)
        out[k] = n
        out[k.removeprefix("ال")] = n
    return out
