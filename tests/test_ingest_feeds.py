"""RSS and Atom files: one article per entry; a file that is not a feed is one error."""

from rasd.ingest.ids import url_id
from rasd.ingest.readers import read_paths

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>أخبار المثال</title><link>https://news.example.org/</link>
<item>
  <title>روسيا تتهم أوكرانيا بقصف مدينة حدودية</title>
  <link>https://news.example.org/world/1</link>
  <pubDate>Tue, 07 May 2024 08:15:00 +0300</pubDate>
  <author>desk@example.org (سارة أحمد)</author>
  <description>ملخص قصير</description>
  <content:encoded><![CDATA[<p>اتهمت روسيا أوكرانيا بقصف المدينة الحدودية صباح اليوم.</p>
  <p>وقالت وزارة الدفاع إن القصف أصاب <b>مباني سكنية</b>.</p>
  <script>alert(1)</script>]]></content:encoded>
</item>
<item>
  <title>عقوبات أمريكية جديدة</title>
  <link>https://news.example.org/world/2#top</link>
  <pubDate>Wed, 08 May 2024 10:00:00 GMT</pubDate>
  <description><![CDATA[فرضت الولايات المتحدة عقوبات على روسيا.<br/>وشملت عشرات الشركات.]]>
  </description>
</item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>موجز</title><id>urn:x</id>
<updated>2024-05-09T00:00:00Z</updated>
<entry><title>لقاء في القاهرة</title><id>urn:entry:1</id>
<link href="https://other.example.net/cairo"/>
<published>2024-05-09T07:00:00Z</published><updated>2024-05-09T07:00:00Z</updated>
<content type="html">&lt;p&gt;استقبل الرئيس المصري نظيره الفرنسي في القاهرة.&lt;/p&gt;</content>
</entry></feed>"""


def test_rss_entries_become_articles(tmp_path):
    f = tmp_path / "feed.rss"
    f.write_text(RSS, encoding="utf-8")
    docs = list(read_paths([str(f)]))
    assert [d.error for d in docs] == [None, None]
    first, second = docs
    assert first.url == "https://news.example.org/world/1" and first.id == url_id(first.url)
    assert first.published == "2024-05-07" and second.published == "2024-05-08"
    assert first.source == "news.example.org"
    # the full content wins over the summary; with feedparser's sanitiser off, rasd itself
    # turns the HTML into lines of text and leaves scripts out
    lines = first.raw.split("\n")
    assert lines[0] == "روسيا تتهم أوكرانيا بقصف مدينة حدودية"
    assert lines[1] == "اتهمت روسيا أوكرانيا بقصف المدينة الحدودية صباح اليوم."
    assert "وقالت وزارة الدفاع إن القصف أصاب مباني سكنية." in lines
    assert "<p>" not in first.raw and "ملخص قصير" not in first.raw
    assert "alert" not in first.raw
    assert second.raw.split("\n")[1:] == ["فرضت الولايات المتحدة عقوبات على روسيا.",
                                          "وشملت عشرات الشركات."]
    # a URL fragment does not change the id
    assert second.id == url_id("https://news.example.org/world/2")
    assert first.origin == f"{f}#entry1"


def test_atom_entry(tmp_path):
    f = tmp_path / "feed.atom"
    f.write_text(ATOM, encoding="utf-8")
    [doc] = read_paths([str(f)])
    assert doc.error is None and doc.url == "https://other.example.net/cairo"
    assert doc.published == "2024-05-09"
    assert doc.raw == "لقاء في القاهرة\nاستقبل الرئيس المصري نظيره الفرنسي في القاهرة."


def test_a_file_that_is_not_xml_is_one_error_naming_it(tmp_path):
    f = tmp_path / "broken.rss"
    f.write_text("this is { not xml at all ]]", encoding="utf-8")
    [doc] = read_paths([str(f)])
    assert doc.error.startswith(f"{f}: not an RSS/Atom feed")
