"""Rebuild near-duplicate clusters and story-level events from what the store holds.

Run at the end of every ingest that stored something (and by `rasd ingest` again after a
killed run), in one transaction, so the three tables always describe the same documents.
Story grouping needs every event at once, which is why it is a rebuild and not an append;
it reads only ids, codes and dates, so it stays cheap next to coding.
"""

from __future__ import annotations

from typing import Any

from rasd.store.schema import has_table


def _arrow(rows: list[dict[str, Any]], columns: dict[str, Any]) -> Any:
    import pyarrow as pa

    schema = pa.schema(list(columns.items()))
    return pa.Table.from_pylist(rows, schema=schema)


def rebuild(con: Any, force: bool = True) -> tuple[int, int]:
    """(Re)build `clusters`, `story_events` and `stories`; returns (stories, clusters > 1)."""
    import pyarrow as pa

    from rasd.dedup import EventRef, clusters, stories

    if not force and all(has_table(con, t) for t in ("clusters", "story_events", "stories")):
        return _counts(con)
    sigs = con.execute("SELECT id, signature FROM documents WHERE signature IS NOT NULL "
                       "ORDER BY id").fetchall()
    cluster_of = clusters(sigs)
    sizes: dict[str, int] = {}
    for c in cluster_of.values():
        sizes[c] = sizes.get(c, 0) + 1
    cluster_rows = [{"doc_id": d, "cluster": c, "cluster_size": sizes[c]}
                    for d, c in cluster_of.items()]
    refs = [EventRef(id=r[0], doc_id=r[1], source=r[2], cluster=cluster_of.get(r[1]),
                     actor1=r[3], actor2=r[4], cameo=r[5], date=r[6])
            for r in con.execute(
                "SELECT e.id, e.doc_id, coalesce(d.source, d.url, d.id), e.source_code, "
                "e.target_code, e.cameo, coalesce(e.date, d.published) "
                "FROM events e JOIN documents d ON d.id = e.doc_id WHERE NOT e.negated"
            ).fetchall()]
    found = stories(refs)
    members = [{"event_id": m, "story_id": s.id} for s in found for m in s.mentions]
    story_rows = [{
        "id": s.id, "date": s.date, "last_date": s.last_date, "source_code": s.actor1,
        "target_code": s.actor2, "cameo": s.cameo, "num_mentions": len(s.mentions),
        "num_articles": s.num_articles, "num_sources": s.num_sources,
        "num_clusters": len(s.clusters), "first_event": s.mentions[0], "mentions": s.mentions,
    } for s in found]
    con.begin()
    try:
        con.register("_clusters", _arrow(cluster_rows, {
            "doc_id": pa.string(), "cluster": pa.string(), "cluster_size": pa.int32()}))
        con.execute("CREATE OR REPLACE TABLE clusters AS SELECT * FROM _clusters")
        con.register("_members", _arrow(members, {
            "event_id": pa.string(), "story_id": pa.string()}))
        con.execute("CREATE OR REPLACE TABLE story_events AS SELECT * FROM _members")
        con.register("_stories", _arrow(story_rows, {
            "id": pa.string(), "date": pa.date32(), "last_date": pa.date32(),
            "source_code": pa.string(), "target_code": pa.string(), "cameo": pa.string(),
            "num_mentions": pa.int32(), "num_articles": pa.int32(), "num_sources": pa.int32(),
            "num_clusters": pa.int32(), "first_event": pa.string(),
            "mentions": pa.list_(pa.string())}))
        con.execute(_STORIES_SQL)
        con.commit()
    except BaseException:
        con.rollback()
        raise
    finally:
        for name in ("_clusters", "_members", "_stories"):
            con.unregister(name)
    return _counts(con)


_STORIES_SQL = """
CREATE OR REPLACE TABLE stories AS
WITH agg AS (
    SELECT se.story_id, max(e.confidence) AS confidence, min(e.sentence) AS min_sentence
    FROM story_events se JOIN events e ON e.id = se.event_id GROUP BY se.story_id
)
SELECT s.id, s.date, s.last_date, s.source_code, s.target_code, s.cameo, e.root, e.plover,
       e.plover_mode, e.quad_class, e.goldstein,
       e.source_text, e.source_type, e.source_country, e.source_sector, e.source_name,
       e.source_name_ar, e.target_text, e.target_type, e.target_country, e.target_sector,
       e.target_name, e.target_name_ar, e.location_name, e.location_country,
       e.location_lat, e.location_lon, e.modality,
       s.num_mentions, s.num_articles, s.num_sources, s.num_clusters, agg.confidence,
       agg.min_sentence, s.first_event, e.doc_id AS first_doc, d.url AS first_url,
       d.source AS first_source, s.mentions
FROM _stories s
JOIN events e ON e.id = s.first_event
JOIN documents d ON d.id = e.doc_id
JOIN agg ON agg.story_id = s.id
ORDER BY s.date, s.id
"""


def _counts(con: Any) -> tuple[int, int]:
    n_stories = con.execute("SELECT count(*) FROM stories").fetchall()[0][0]
    n_clusters = con.execute(
        "SELECT count(DISTINCT cluster) FROM clusters WHERE cluster_size > 1").fetchall()[0][0]
    return n_stories, n_clusters
