import pytest

import rasd


def mentions(text, published="2021-06-01"):
    doc = rasd.code_text(text, published=published)
    return [(m.text, m.code) for m in doc.entities]


@pytest.mark.parametrize(("text", "expected"), [
    ("زار الوزير لبنان.", ("لبنان", "LBN")),
    ("وصل الوفد إلى واشنطن.", ("واشنطن", "USAGOV")),
    ("وصل الوفد إلى بيروت.", ("بيروت", "LBNGOV")),
    ("التقى الوزير وبوتين.", ("بوتين", "RUSGOV")),
    ("نقل الرسالة لبايدن.", ("بايدن", "USAGOV")),
    ("عقد اجتماع بالكرملين.", ("الكرملين", "RUSGOV")),
    ("تحدث للرئيس الفرنسي.", ("رئيس الفرنسي", "FRAGOV")),
])
def test_clitics_are_stripped_only_to_reach_a_known_entry(text, expected):
    assert expected in mentions(text)


@pytest.mark.parametrize(("text", "code"), [
    ("قال الرئيس الأمريكي إن", "USAGOV"),
    ("قالت القوات الروسية إن", "RUSMIL"),
    ("قال وزير الخارجية الروسي إن", "RUSGOV"),
    ("قال وزير خارجية روسيا إن", "RUSGOV"),
    ("قال المتحدث باسم الكرملين إن", "RUSGOV"),
    ("قال الجيش الإسرائيلي إن", "ISRMIL"),
    ("قالت الشرطة العراقية إن", "IRQCOP"),
    ("قال المتظاهرون المصريون إن", "EGYCVL"),
])
def test_role_noun_and_country_compose_a_cameo_code(text, code):
    assert [c for _t, c in mentions(text)] == [code]


def test_person_resolves_to_role_on_the_article_date():
    text = "قال بايدن إن المحادثات مفيدة."
    assert mentions(text, "2022-03-01") == [("بايدن", "USAGOV")]
    # between his vice-presidency and his presidency he held no office: country only
    assert mentions(text, "2019-03-01") == [("بايدن", "USA")]


def test_title_and_name_are_one_mention():
    doc = rasd.code_text("قال الرئيس الأمريكي جو بايدن إن", published="2021-06-01")
    [m] = doc.entities
    assert m.text == "الرئيس الأمريكي جو بايدن" and m.type == "PER"
    assert m.name == "Joe Biden" and m.country == "USA" and m.sector == "GOV"


def test_mention_offsets_slice_to_mention_text():
    text = "وقال البيت الأبيض إن بايدن اتصل ببوتين وبالرئيس الفرنسي من واشنطن."
    doc = rasd.code_text(text, published="2021-06-01")
    assert doc.entities
    for m in doc.entities:
        assert doc.text[m.start:m.end] == m.text


def test_adjective_alone_is_not_an_actor():
    doc = rasd.code_text("فرضت واشنطن عقوبات على الصادرات الروسية.", published="2021-06-01")
    assert [(e.source.code, e.target) for e in doc.events] == []
