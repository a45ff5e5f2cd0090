import rasd
from rasd.text.clean import clean_text

PAGE = """اقرأ أيضا: عنوان خبر آخر لا علاقة له بالموضوع
الحكومة تعلن خطة جديدة
أعلنت الحكومة اليوم خطة جديدة للنقل العام.
اقرا ايضا:عنوان خبر آخر لا علاقة له بالموضوع
تفاصيل الخطة
أعلنت الحكومة اليوم خطة جديدة للنقل العام.
إقرأ المزيد
شارك الخبر
تابعونا على فيسبوك وتويتر
الثلاثاء 14 مارس 2023
www.example-news.com
التعليقات
تعليق القارئ الأول هنا
"""


def test_boilerplate_and_repeated_lines_are_dropped_with_reasons():
    text, dropped = clean_text(PAGE)
    assert text.split("\n") == [
        "الحكومة تعلن خطة جديدة",
        "أعلنت الحكومة اليوم خطة جديدة للنقل العام.",
        "تفاصيل الخطة",
    ]
    reasons = {d.text: d.reason for d in dropped}
    assert reasons["أعلنت الحكومة اليوم خطة جديدة للنقل العام."] == "repeated"
    assert reasons["اقرا ايضا:عنوان خبر آخر لا علاقة له بالموضوع"] == "boilerplate"
    assert reasons["إقرأ المزيد"] == "boilerplate"
    assert reasons["الثلاثاء 14 مارس 2023"] == "boilerplate"
    assert reasons["www.example-news.com"] == "boilerplate"
    # the comments heading ends the article: what follows is not article text
    assert reasons["تعليق القارئ الأول هنا"] == "boilerplate"
    assert len(dropped) == 10


def test_content_lines_mentioning_read_or_share_are_kept():
    text, dropped = clean_text("شارك آلاف المتظاهرين في مسيرة وسط العاصمة للمطالبة بالإصلاح.")
    assert dropped == [] and text.startswith("شارك")


def test_a_dateline_may_name_a_two_word_month_but_holds_nothing_else():
    text, dropped = clean_text("الأحد 5 كانون الثاني 2020\n"
                               "الأحد 5 كانون الثاني 2020 وصل الوفد إلى بيروت.\n"
                               "الثاني من نوعه 2020\n")
    assert [d.text for d in dropped] == ["الأحد 5 كانون الثاني 2020"]
    assert text.split("\n") == ["الأحد 5 كانون الثاني 2020 وصل الوفد إلى بيروت.",
                                "الثاني من نوعه 2020"]


def test_a_link_line_run_into_the_last_paragraph_ends_the_article():
    text, dropped = clean_text("الحكومة تعلن خطة جديدة\nأعلنت الحكومة خطة جديدة للنقل. "
                               "رابط الخبر بصحيفة المثال: الحكومة تعلن خطة جديدة\nتعليق")
    assert text.split("\n") == ["الحكومة تعلن خطة جديدة", "أعلنت الحكومة خطة جديدة للنقل."]
    assert [d.text for d in dropped] == ["رابط الخبر بصحيفة المثال: الحكومة تعلن خطة جديدة",
                                         "تعليق"]


def test_html_escapes_left_in_text_are_read_as_their_characters():
    text, _ = clean_text("&quot;تنظيم داعش&quot; يخطف ثلاثة عمال\nشركة AT&T &amp; شركاؤها")
    assert text.split("\n") == ['"تنظيم داعش" يخطف ثلاثة عمال', "شركة AT&T & شركاؤها"]
    # and the act in the headline is coded, its actor read through the quotation marks
    doc = rasd.code_text("&quot;تنظيم داعش&quot; يخطف ثلاثة عمال مصريين", published="2015-07-21")
    assert [(e.source.code, e.cameo) for e in doc.events] == [("IMGISI", "181")]
