"""Story-level events as rows of the GDELT 2.0 event table (61 tab-separated columns).

Filled from what rasd knows; empty where it does not (tone, actor geography, ethnicity and
religion). Geography country codes are left empty: GDELT uses FIPS 10-4 there and rasd
knows ISO 3166 codes, and a wrong code system is worse than none. The column order is the
GDELT 2.0 event codebook's, so existing GDELT loaders read the file without a header.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from rasd.ontology import SECTORS

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")

COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in _ACTOR), *(f"Actor2{c}" for c in _ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{c}" for c in _GEO), *(f"Actor2Geo_{c}" for c in _GEO),
    *(f"ActionGeo_{c}" for c in _GEO), "DATEADDED", "SOURCEURL",
)
assert len(COLUMNS) == 61


def global_event_id(story_id: str) -> int:
    """A stable integer id (GDELT's ids are integers) from rasd's story id."""
    return int(story_id.lstrip("s")[:15], 16)


def actor_fields(code: str | None, name: str | None, text: str | None,
                 country: str | None) -> list[Any]:
    """The ten GDELT actor columns from a CAMEO actor code and what rasd knows of it."""
    if not code:
        return [""] * len(_ACTOR)
    chunks = [code[i:i + 3] for i in range(0, len(code), 3)]
    known = ""
    if chunks[0] in SECTORS:  # IGOUNO, NGOAMN: an organisation, not a country
        ctry, types = "", [chunks[0]]
        known = chunks[1] if len(chunks) > 1 else ""
    else:
        ctry, types = country or chunks[0], []
        for c in chunks[1:]:
            if c in SECTORS:
                types.append(c)
            elif not known:
                known = c
    types = [*types, "", "", ""][:3]
    label = (name or text or "").upper()
    return [code, label, ctry, known, "", "", "", *types]


def _geo(kind: int | str, name: Any = "", lat: Any = "", lon: Any = "") -> list[Any]:
    return [kind, name, "", "", "", lat, lon, ""]


def row(s: dict[str, Any]) -> list[Any]:
    """One GDELT row from a `stories` row (a dict) joined with its first document."""
    d: date | None = s["date"]
    added: datetime | None = s.get("ingested_at")
    loc = s.get("location_name")
    action = (_geo(4 if s.get("location_lat") is not None else 1, loc,
                   s.get("location_lat") if s.get("location_lat") is not None else "",
                   s.get("location_lon") if s.get("location_lon") is not None else "")
              if loc else _geo(""))
    return [
        global_event_id(s["id"]),
        d.strftime("%Y%m%d") if d else "", d.strftime("%Y%m") if d else "",
        d.year if d else "", f"{d.year + (d.month * 30 + d.day) / 365:.4f}" if d else "",
        *actor_fields(s["source_code"], s["source_name"], s["source_text"],
                      s["source_country"]),
        *actor_fields(s["target_code"], s["target_name"], s["target_text"],
                      s["target_country"]),
        1 if (s.get("min_sentence") or 0) <= 1 else 0,
        s["cameo"], s["cameo"][:3], s["cameo"][:2], s["quad_class"],
        s["goldstein"], s["num_mentions"], s["num_sources"], s["num_articles"], "",
        *_geo(""), *_geo(""), *action,
        added.strftime("%Y%m%d%H%M%S") if added else "",
        s.get("first_url") or s.get("first_doc") or "",
    ]
