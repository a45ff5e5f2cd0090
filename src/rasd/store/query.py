"""What analysts ask a store first, as SQL over story-level events.

Counts are of *stories* (an event counted once however many articles reported it), with the
number of articles beside them, so a story syndicated to twenty sites weighs one, not twenty.
Actor codes match as prefixes: `RUS` covers RUS, RUSGOV and RUSMIL.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rasd.store.schema import StoreError, has_table

PERIODS = ("day", "week", "month", "year")


@dataclass
class Result:
    columns: list[str]
    rows: list[tuple[Any, ...]]


def _need_stories(con: Any) -> None:
    if not has_table(con, "stories"):
        raise StoreError("the database has no stories yet; run `rasd ingest` on it once more")


def _period(by: str) -> str:
    if by not in PERIODS:
        raise StoreError(f"--by must be one of {', '.join(PERIODS)}, not {by!r}")
    return by


def _when(since: str | None, until: str | None) -> tuple[str, list[Any]]:
    sql, args = "", []
    if since:
        sql += " AND date >= ?::DATE"
        args.append(since)
    if until:
        sql += " AND date <= ?::DATE"
        args.append(until)
    return sql, args


def _run(con: Any, sql: str, args: list[Any]) -> Result:
    cur = con.execute(sql, args)
    columns = [d[0] for d in cur.description]
    return Result(columns, cur.fetchall())


def dyad(con: Any, a: str, b: str, by: str = "week", directed: bool = False,
         since: str | None = None, until: str | None = None) -> Result:
    """Events between two actors per period: counts per QuadClass and summed Goldstein."""
    _need_stories(con)
    when, wargs = _when(since, until)
    pair = "(starts_with(source_code, ?) AND starts_with(target_code, ?))"
    where = pair if directed else f"({pair} OR {pair})"
    args: list[Any] = [a.upper(), b.upper()] + ([] if directed else [b.upper(), a.upper()])
    sql = f"""
        SELECT strftime(date_trunc('{_period(by)}', date), '%Y-%m-%d') AS period,
               count(*) AS events, sum(num_articles) AS articles,
               count(*) FILTER (WHERE quad_class = 1) AS verbal_coop,
               count(*) FILTER (WHERE quad_class = 2) AS material_coop,
               count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict,
               count(*) FILTER (WHERE quad_class = 4) AS material_conflict,
               round(sum(goldstein), 1) AS goldstein
        FROM stories WHERE date IS NOT NULL AND {where}{when}
        GROUP BY ALL ORDER BY period"""
    return _run(con, sql, args + wargs)


def actors(con: Any, top: int = 20, since: str | None = None,
           until: str | None = None) -> Result:
    """The most active actors: events as source and as target, articles, mean Goldstein."""
    _need_stories(con)
    when, wargs = _when(since, until)
    sql = f"""
        WITH a AS (
            SELECT source_code AS code, source_name AS name, 1 AS as_source, goldstein,
                   num_articles FROM stories WHERE source_code IS NOT NULL{when}
            UNION ALL
            SELECT target_code, target_name, 0, goldstein, num_articles
            FROM stories WHERE target_code IS NOT NULL{when})
        SELECT code, mode(name) AS name, sum(as_source) AS as_source,
               count(*) - sum(as_source) AS as_target, count(*) AS events,
               sum(num_articles) AS articles, round(avg(goldstein), 2) AS mean_goldstein
        FROM a GROUP BY code ORDER BY events DESC, code LIMIT ?"""
    return _run(con, sql, wargs + wargs + [top])


def roots(con: Any, by: str = "day", since: str | None = None,
          until: str | None = None) -> Result:
    """Events per CAMEO root code and period."""
    _need_stories(con)
    when, wargs = _when(since, until)
    sql = f"""
        SELECT strftime(date_trunc('{_period(by)}', date), '%Y-%m-%d') AS period, root,
               any_value(plover) AS plover, count(*) AS events,
               sum(num_articles) AS articles
        FROM stories WHERE date IS NOT NULL{when}
        GROUP BY period, root ORDER BY period, root"""
    return _run(con, sql, wargs)


def stories(con: Any, actor: str | None = None, root: str | None = None, limit: int = 50,
            since: str | None = None, until: str | None = None) -> Result:
    """Story-level events, most reported first, with the ids `evidence` takes."""
    _need_stories(con)
    when, wargs = _when(since, until)
    sql, args = "", []
    if actor:
        sql += " AND (starts_with(source_code, ?) OR starts_with(target_code, ?))"
        args += [actor.upper(), actor.upper()]
    if root:
        sql += " AND root = ?"
        args.append(root.zfill(2))
    q = f"""
        SELECT id, strftime(date, '%Y-%m-%d') AS date, source_code, cameo, target_code,
               plover, num_articles AS articles, num_sources AS sources
        FROM stories WHERE true{sql}{when}
        ORDER BY num_articles DESC, date, id LIMIT ?"""
    return _run(con, q, args + wargs + [limit])


def evidence(con: Any, event_id: str) -> Result:
    """Every sentence that reports a story (by story id) or one event (by event id)."""
    ids = [event_id]
    if has_table(con, "story_events"):
        ids += [r[0] for r in con.execute(
            "SELECT event_id FROM story_events WHERE story_id = ?", [event_id]).fetchall()]
    sql = """
        SELECT e.id AS event, e.doc_id AS document, d.source, d.url,
               strftime(coalesce(e.date, d.published), '%Y-%m-%d') AS date, e.cameo,
               e.source_code, e.target_code, e.trigger_text AS trigger, e.sentence_text AS sentence
        FROM events e JOIN documents d ON d.id = e.doc_id
        WHERE e.id IN (SELECT unnest(?::VARCHAR[]))
        ORDER BY date, e.doc_id, e.trigger_start"""
    result = _run(con, sql, [ids])
    if not result.rows:
        raise StoreError(f"no event or story with id {event_id!r} in the database")
    return result
