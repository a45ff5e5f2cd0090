"""WARC crawls: HTML responses become articles; damaged records are reported and skipped."""

import gzip
import uuid

from rasd.ingest.ids import url_id
from rasd.ingest.readers import read_paths

ARTICLE = """<html><head><meta charset="utf-8"><title>{title}</title></head><body>
<nav><a href="/">الرئيسية</a> <a href="/news">الأخبار</a></nav>
<article><h1>{title}</h1><p>{body}</p>
<p>وأضاف البيان أن فرق الإنقاذ تعمل منذ ساعات على إخماد الحرائق وإجلاء السكان من الأحياء
المتضررة، فيما تواصل السلطات المحلية تقييم حجم الأضرار في البنية التحتية للمدينة.</p>
</article></body></html>"""

PAGES = [
    ("https://a.example.org/1", "روسيا تتهم أوكرانيا", "اتهمت روسيا أوكرانيا بقصف المدينة."),
    ("https://b.example.org/2", "عقوبات جديدة", "فرضت الولايات المتحدة عقوبات على روسيا."),
    ("https://c.example.org/3", "لقاء في القاهرة",
     "استقبل الرئيس المصري نظيره الفرنسي في القاهرة."),
]


def record(uri: str, content_type: str, body: bytes, warc_type: str = "response") -> bytes:
    if warc_type == "response":
        block = (f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n"
                 f"Content-Length: {len(body)}\r\n\r\n").encode() + body
        block_type = "application/http; msgtype=response"
    else:
        block, block_type = body, content_type
    head = (f"WARC/1.0\r\nWARC-Type: {warc_type}\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid4()}>"
            f"\r\nWARC-Date: 2024-05-07T08:00:00Z\r\nWARC-Target-URI: {uri}\r\n"
            f"Content-Type: {block_type}\r\nContent-Length: {len(block)}\r\n\r\n")
    return head.encode() + block + b"\r\n\r\n"


def html_record(i: int) -> bytes:
    uri, title, body = PAGES[i]
    html = ARTICLE.format(title=title, body=body).encode("utf-8")
    return record(uri, "text/html; charset=utf-8", html)


def crawl_records() -> list[bytes]:
    """Two HTML responses with a non-HTML response and a request record between them."""
    return [
        record("https://a.example.org/robots.txt", "application/http; msgtype=request",
               b"GET /robots.txt HTTP/1.1\r\nHost: a.example.org\r\n\r\n", "request"),
        html_record(0),
        record("https://a.example.org/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64)),
        html_record(1),
    ]


def gz_members(records: list[bytes]) -> list[bytes]:
    return [gzip.compress(r) for r in records]


def test_warc_gz_html_responses_only(tmp_path):
    f = tmp_path / "crawl.warc.gz"
    f.write_bytes(b"".join(gz_members(crawl_records())))
    docs = list(read_paths([str(f)]))
    assert [d.error for d in docs] == [None, None]
    assert [d.url for d in docs] == [PAGES[0][0], PAGES[1][0]]
    assert docs[0].id == url_id(PAGES[0][0])
    assert docs[0].published == "2024-05-07"  # the crawl date when the page has none
    assert docs[0].source == "a.example.org"
    assert "اتهمت روسيا أوكرانيا بقصف المدينة." in docs[0].raw
    assert "الرئيسية" not in docs[0].raw
    assert docs[1].origin.startswith(f"{f}#record4@")


def test_corrupt_gzip_member_is_reported_and_the_rest_is_read(tmp_path):
    members = gz_members([html_record(0), html_record(1), html_record(2)])
    bad = bytearray(members[1])
    bad[30:60] = b"\xff" * 30  # damage the deflate data of the middle record
    f = tmp_path / "damaged.warc.gz"
    f.write_bytes(members[0] + bytes(bad) + members[2])
    docs = list(read_paths([str(f)]))
    ok = [d for d in docs if not d.error]
    errors = [d.error for d in docs if d.error]
    assert [d.url for d in ok] == [PAGES[0][0], PAGES[2][0]]
    offset = len(members[0])
    assert len(errors) == 1 and errors[0].startswith(f"{f}#record2@{offset}: unreadable record")


def test_record_with_a_broken_header_in_a_plain_warc(tmp_path):
    records = [html_record(0), html_record(1).replace(b"WARC/1.0", b"WARC/X.Y", 1),
               html_record(2)]
    f = tmp_path / "damaged.warc"
    f.write_bytes(b"".join(records))
    docs = list(read_paths([str(f)]))
    assert [d.url for d in docs if not d.error] == [PAGES[0][0], PAGES[2][0]]
    [error] = [d.error for d in docs if d.error]
    assert error.startswith(f"{f}#record2@{len(records[0])}")


def test_truncated_warc_gz_keeps_what_came_before(tmp_path):
    data = b"".join(gz_members([html_record(0), html_record(1), html_record(2)]))
    f = tmp_path / "cut.warc.gz"
    f.write_bytes(data[: len(data) - 200])
    docs = list(read_paths([str(f)]))
    assert [d.url for d in docs if not d.error] == [PAGES[0][0], PAGES[1][0]]
    [error] = [d.error for d in docs if d.error]
    assert error.startswith(f"{f}#record3@")
