"""Near-duplicate articles (MinHash LSH) and story-level events."""

import json
from datetime import date

from rasd.dedup import EventRef, clusters, shingles, signature, similarity, stories
from rasd.store import connect, ingest

STORY = """اتهمت روسيا أوكرانيا بقصف المدينة الحدودية صباح اليوم.
وقالت وزارة الدفاع في بيان إن القصف استهدف مباني سكنية ومحطة للكهرباء وأدى إلى انقطاع التيار عن آلاف المنازل في المنطقة.
وأضاف البيان أن فرق الإنقاذ تعمل منذ ساعات على إخماد الحرائق وإجلاء السكان من الأحياء المتضررة.
ولم يصدر تعليق فوري من الجانب الآخر على هذه الاتهامات.
ويأتي ذلك بعد أيام من تصاعد المواجهات على طول خط الجبهة في الشرق."""  # noqa: E501

# The same wire story as three sites ran it: a dateline, diacritics, a changed word,
# a dropped last sentence and the site's own follow line.
COPIES = [
    STORY,
    "موسكو - وكالات\n" + STORY.replace("صباح اليوم", "صباح الثلاثاء")
    .replace("مباني سكنية", "مبانيَ سكنيّة").replace("تعليق فوري", "أي تعليق فوري"),
    STORY.rsplit("\n", 1)[0] + "\nتابعونا على مواقع التواصل الاجتماعي لمزيد من الأخبار.",
]
OTHERS = [
    """اتهمت روسيا أوكرانيا بقصف محطة للطاقة النووية في الجنوب.
وقال متحدث باسم الشركة المشغلة إن المحطة تعرضت لهجوم بطائرات مسيرة ألحق أضرارا بأحد المباني الإدارية.
ودعت الوكالة الدولية للطاقة الذرية إلى ضبط النفس وتجنب أي عمل عسكري قرب المنشآت النووية.""",  # noqa: E501
    """فرضت الولايات المتحدة عقوبات جديدة على روسيا بسبب الحرب.
وشملت الإجراءات عشرات الشركات والمصارف التي تتهمها واشنطن بمساعدة موسكو على الالتفاف على القيود.
وقال مسؤولون إن الحزمة الجديدة تستهدف قطاع الطاقة والتقنيات المتقدمة.""",
]


def test_shingles_are_over_normalised_words():
    assert shingles("قالَ الرئيسُ إنّ") == shingles("قال الرئيس ان")
    assert shingles("أحمد") == shingles("احمد")
    assert len(shingles("a b c d e")) == 3 and shingles("") == set()


def test_copies_with_small_edits_are_one_cluster_and_other_stories_are_not():
    sigs = [(f"copy{i}", signature(t)) for i, t in enumerate(COPIES)]
    sigs += [(f"other{i}", signature(t)) for i, t in enumerate(OTHERS)]
    found = clusters(sigs)
    assert found["copy0"] == found["copy1"] == found["copy2"] == "copy0"
    assert found["other0"] == "other0" and found["other1"] == "other1"
    # the same actors and verb in another story are not enough to make a duplicate
    assert similarity(signature(COPIES[0]), signature(OTHERS[0])) < 0.2


def ref(i, actor1="RUS", actor2="UKR", cameo="1123", day=7, source="a", cluster=None):
    return EventRef(id=f"e{i}", doc_id=f"d{i}", source=source, cluster=cluster or f"d{i}",
                    actor1=actor1, actor2=actor2, cameo=cameo,
                    date=date(2024, 5, day) if day else None)


def test_same_event_within_a_day_is_one_story():
    found = stories([
        ref(1, day=7, source="a"), ref(2, day=8, source="b"), ref(3, day=7, source="a"),
        ref(4, day=9, source="c"),  # two days after the first report: a new story
        ref(5, cameo="163"), ref(6, actor2="RUSGOV"), ref(7, day=None), ref(8, day=None),
    ])
    by_mentions = sorted((sorted(s.mentions), s.num_articles, s.num_sources) for s in found)
    assert by_mentions == [
        (["e1", "e2", "e3"], 3, 2), (["e4"], 1, 1), (["e5"], 1, 1), (["e6"], 1, 1),
        (["e7", "e8"], 2, 1)]
    assert len({s.id for s in found}) == len(found)


def test_unnamed_actors_join_only_copies_of_their_own_article():
    found = stories([
        ref(1, actor1=None, actor2="CVL", cameo="1823", cluster="k1"),
        ref(2, actor1=None, actor2="CVL", cameo="1823", cluster="k1", source="b"),
        ref(3, actor1=None, actor2="CVL", cameo="1823", cluster="k2"),  # another killing
        ref(4, actor1="UAF", actor2="SYRMIL", cameo="190", cluster="k3"),
        ref(5, actor1="UAF", actor2="SYRMIL", cameo="190", cluster="k4"),
        ref(6, actor1="IGOUNO", actor2="SYRGOV", cameo="020", cluster="k5"),
        ref(7, actor1="IGOUNO", actor2="SYRGOV", cameo="020", cluster="k6"),
    ])
    assert sorted(sorted(s.mentions) for s in found) == [
        ["e1", "e2"], ["e3"], ["e4"], ["e5"], ["e6", "e7"]]
    assert len({s.id for s in found}) == len(found)


def test_daily_series_does_not_chain_into_one_story():
    found = stories([ref(i, day=d) for i, d in enumerate([1, 2, 3, 4, 5, 6], 1)])
    assert [len(s.mentions) for s in found] == [2, 2, 2]


def test_store_records_clusters_and_story_counts(tmp_path):
    records = [{"id": f"copy{i}", "source": f"site{i}", "published": "2024-05-07", "text": t}
               for i, t in enumerate(COPIES)]
    records += [{"id": f"other{i}", "source": "site0", "published": "2024-05-07", "text": t}
                for i, t in enumerate(OTHERS)]
    src = tmp_path / "news.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                   encoding="utf-8")
    db = tmp_path / "r.duckdb"
    summary = ingest([str(src)], db)
    assert summary.clusters == 1
    con = connect(db, read_only=True)
    cl = dict(con.execute("SELECT doc_id, cluster FROM clusters").fetchall())
    assert cl == {"copy0": "copy0", "copy1": "copy0", "copy2": "copy0",
                  "other0": "other0", "other1": "other1"}
    # the accusation in the three copies is one story: three articles, three sources, one
    # independent report; the nuclear-plant accusation is the same dyad and code on the
    # same day, so by the rule (actors, code, a day) it joins it as a fourth article
    rows = con.execute("SELECT num_articles, num_sources, num_clusters, len(mentions) "
                       "FROM stories WHERE cameo = '1123'").fetchall()
    assert rows == [(4, 3, 2, 4)]
