"""Story-level events as PLOVER / POLECAT-style JSON records.

POLECAT publishes one record per event with its PLOVER type and mode, actor and recipient
(name, country, sectors), place and source; rasd adds what POLECAT leaves out: the CAMEO
code, how many articles and sources reported the event, and each mention with its sentence.
"""

from __future__ import annotations

from typing import Any

QUADS = {1: "VERBAL COOPERATION", 2: "MATERIAL COOPERATION", 3: "VERBAL CONFLICT",
         4: "MATERIAL CONFLICT"}


def _side(s: dict[str, Any], side: str) -> dict[str, Any]:
    sector = s[f"{side}_sector"]
    return {
        "name": s[f"{side}_name"] or s[f"{side}_text"],
        "name_raw": s[f"{side}_text"],
        "code": s[f"{side}_code"],
        "country": s[f"{side}_country"],
        "primary_sector": sector,
        "sectors": [sector] if sector else [],
    }


def record(s: dict[str, Any], mentions: list[dict[str, Any]]) -> dict[str, Any]:
    """One POLECAT-style record from a `stories` row and its mentions."""
    actor, recipient = _side(s, "source"), _side(s, "target")
    return {
        "event_id": s["id"],
        "event_date": s["date"].isoformat() if s["date"] else None,
        "event_type": s["plover"],
        "event_mode": s["plover_mode"] or "",
        "quad_code": QUADS.get(s["quad_class"], ""),
        "contexts": [],
        **{f"actor_{k}": v for k, v in actor.items()},
        **{f"recipient_{k}": v for k, v in recipient.items()},
        "placename": s["location_name"],
        "country": s["location_country"],
        "latitude": s["location_lat"],
        "longitude": s["location_lon"],
        "cameo": s["cameo"],
        "goldstein": s["goldstein"],
        "modality": s["modality"],
        "confidence": s["confidence"],
        "source": s["first_source"],
        "url": s["first_url"],
        "language": "ar",
        "num_mentions": s["num_mentions"],
        "num_articles": s["num_articles"],
        "num_sources": s["num_sources"],
        "mentions": mentions,
        "version": "rasd/1",
    }
