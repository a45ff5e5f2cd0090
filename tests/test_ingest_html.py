"""HTML pages: main text and metadata via trafilatura, then the Arabic boilerplate cleaner."""

from rasd.ingest.ids import url_id
from rasd.ingest.readers import read_paths
from rasd.pipeline import run

PAGE = """<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="{charset}">
<title>روسيا تتهم أوكرانيا - موقع الأخبار</title>
<link rel="canonical" href="https://news.example.org/world/2024/05/07/strike">
<meta property="article:published_time" content="2024-05-07T09:30:00+03:00">
<meta name="author" content="سارة أحمد">
</head><body>
<nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/world">أخبار العالم</a></li>
<li><a href="/sport">الرياضة والملاعب</a></li></ul></nav>
<article><h1>روسيا تتهم أوكرانيا بقصف مدينة حدودية</h1>
<p>اتهمت روسيا أوكرانيا بقصف المدينة الحدودية صباح اليوم، وقالت وزارة الدفاع إن القصف أصاب
مباني سكنية ومحطة للكهرباء.</p>
<p>اقرأ أيضا: الأمطار تغرق شوارع العاصمة</p>
<div class="related-articles"><h3>أخبار ذات صلة</h3><ul>
<li><a href="/a">ارتفاع أسعار الذهب في الأسواق المحلية</a></li>
<li><a href="/b">افتتاح معرض الكتاب بمشاركة واسعة</a></li></ul></div>
<p>وأضافت الوزارة أن فرق الإنقاذ تعمل منذ ساعات على إخماد الحرائق وإجلاء السكان من الأحياء
المتضررة في المدينة.</p>
<p>وفي سياق متصل، فرضت الولايات المتحدة عقوبات جديدة على روسيا بسبب الحرب المستمرة.</p>
</article>
<section id="comments" class="comments"><h3>التعليقات</h3>
<div class="comment"><p>تعليق من قارئ: هذا خبر مهم جدا ويجب متابعته عن قرب.</p></div></section>
<footer>جميع الحقوق محفوظة</footer></body></html>"""


def page(charset: str = "utf-8") -> str:
    return PAGE.replace("{charset}", charset)


def test_html_page_main_text_metadata_and_boilerplate(tmp_path):
    f = tmp_path / "strike.html"
    f.write_text(page(), encoding="utf-8")
    [doc] = read_paths([str(f)], name_ids=False)
    assert doc.error is None
    assert doc.url == "https://news.example.org/world/2024/05/07/strike"
    assert doc.id == url_id(doc.url)
    assert doc.source == "news.example.org"
    assert doc.published == "2024-05-07"
    assert doc.title == "روسيا تتهم أوكرانيا بقصف مدينة حدودية"
    assert doc.author == "سارة أحمد"
    assert doc.raw.startswith(doc.title)
    # navigation, the related-links box and the comments are gone
    for gone in ("الرئيسية", "الرياضة والملاعب", "ارتفاع أسعار الذهب", "تعليق من قارئ",
                 "جميع الحقوق"):
        assert gone not in doc.raw
    coded = run(doc)
    # the «اقرأ أيضا» line inside the article body is dropped by rasd's own cleaner
    assert any(d.text.startswith("اقرأ أيضا") and d.reason == "boilerplate"
               for d in coded.dropped)
    assert "اقرأ أيضا" not in coded.text
    got = {(e.cameo, e.source.country, e.target.country) for e in coded.events}
    assert ("1123", "RUS", "UKR") in got and ("163", "USA", "RUS") in got


def test_page_in_its_declared_legacy_encoding_is_read(tmp_path):
    f = tmp_path / "legacy.html"
    f.write_bytes(page("windows-1256").encode("cp1256"))
    [doc] = read_paths([str(f)])
    assert doc.error is None and "اتهمت روسيا أوكرانيا" in doc.raw


def test_wrong_declared_encoding_is_reported_with_the_file(tmp_path):
    says_utf8 = tmp_path / "says-utf8.html"
    says_utf8.write_bytes(page("utf-8").encode("cp1256"))
    says_1256 = tmp_path / "says-1256.htm"
    says_1256.write_bytes(page("windows-1256").encode("utf-8"))
    docs = list(read_paths([str(tmp_path)]))
    assert len(docs) == 2
    by_file = {d.origin: d.error for d in docs}
    assert "declared charset utf-8 does not match" in by_file[str(says_utf8)]
    assert "declared charset windows-1256 does not match" in by_file[str(says_1256)]
    assert all(str(tmp_path) in d.error for d in docs)


def test_page_without_an_article_is_an_error_not_a_crash(tmp_path):
    f = tmp_path / "empty.html"
    f.write_text("<html><head><title></title></head><body><script>var x = 1;</script>"
                 "</body></html>", encoding="utf-8")
    [doc] = read_paths([str(f)])
    assert doc.error and str(f) in doc.error
