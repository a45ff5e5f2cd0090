from hypothesis import given
from hypothesis import strategies as st

from rasd.text.normalize import clitic_variants, key, strip_suffix, surface_offset
from rasd.text.segment import tokenize


def test_key_unifies_letter_forms_and_digits():
    assert key("أمريكا") == key("امريكا") == key("آمريكا")
    assert key("مُحَمَّـــد") == "محمد"
    assert key("مصطفى") == key("مصطفي")
    assert key("مدرسة") == key("مدرسه")
    assert key("٢٠٢١") == "2021" and key("۱۳") == "13"


def test_clitic_variants_first_reading_is_the_word_itself():
    assert clitic_variants("لبنان")[0] == ("لبنان", "", 0)
    stems = {s for s, _p, _l in clitic_variants(key("بالكرملين"))}
    assert "الكرملين" in stems
    stems = {s: p for s, p, _l in clitic_variants(key("وبوتين"))}
    assert stems["بوتين"] == "و"
    stems = {s: p for s, p, _l in clitic_variants(key("للرئيس"))}
    assert stems[key("الرئيس")] == "ل"


def test_strip_suffix_restores_ta_marbuta():
    assert key("رغبه") in strip_suffix(key("رغبتها"))
    assert "قلق" in strip_suffix("قلقه")


ALPHABET = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآىةؤئ ًٌٍَُِّْـ.،؟!«»0123456789٠١٢٣\n"
arabic = st.text(alphabet=st.sampled_from(list(ALPHABET)), max_size=200)


@given(arabic)
def test_tokens_slice_to_their_text(text):
    for t in tokenize(text):
        assert 0 <= t.start < t.end <= len(text)
        assert t.key == key(text[t.start:t.end])


@given(arabic, st.integers(min_value=0, max_value=10))
def test_surface_offset_stays_inside(text, n):
    assert 0 <= surface_offset(text, n) <= len(text)


def test_phrase_matcher_finds_a_phrase_added_after_a_lookup():
    from rasd.text.matcher import PhraseMatcher, phrase_key
    from rasd.text.segment import tokenize

    tokens = tokenize("وصل وزير الخارجية إلى بيروت")
    m: PhraseMatcher[str] = PhraseMatcher()
    m.add(phrase_key("وزير"), "role")
    assert m.match_at(tokens, 1).end == 2
    assert m.match_at(tokens, 4) is None  # «بيروت» begins nothing yet
    m.add(phrase_key("وزير الخارجية"), "minister")
    m.add(phrase_key("بيروت"), "seat")
    assert (m.match_at(tokens, 1).end, m.match_at(tokens, 1).value) == (3, "minister")
    assert m.match_at(tokens, 4).value == "seat"


def test_presentation_forms_read_as_the_letters_they_draw():
    assert key("ﻃﻴﺮﺍﻥ ﺍﻟﺘﺤﺎﻟﻒ") == key("طيران التحالف")
    assert key("ﻻ") == "لا"
    # a ligature of a whole phrase keeps its one character: a key has no spaces
    assert " " not in key("ﷺ")
