"""Properties of the whole pipeline on arbitrary text: it never raises, and every span it
reports slices the cleaned text to exactly what it says."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import rasd

WORDS = ("اتهمت", "روسيا", "أوكرانيا", "بقصف", "المدينة", "قال", "الرئيس", "الأمريكي", "إن",
         "لم", "واشنطن", "وبالكرملين", "نظيره", "الروسي", "«", "»", "،", ".", "؟", "\n",
         "اقرأ أيضا", "التعليقات", "أمس", "يوم الثلاثاء", "13 أبريل", "مقتل", "5", "أشخاص",
         "انفجرت", "سيارة", "مفخخة", "في", "بغداد", "تظاهر", "الآلاف", "ُ", "ـ", "x", "🙂")
text = st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join) | st.text(max_size=300)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text)
def test_any_text_codes_without_error_and_spans_slice(t):
    doc = rasd.code_text(t, published="2021-04-14")
    assert doc.error is None or doc.error.startswith(("empty document", "not Arabic"))
    for s in doc.sentences:
        assert 0 <= s.start < s.end <= len(doc.text)
    for m in doc.entities:
        assert doc.text[m.start:m.end] == m.text
    for q in doc.quotes:
        assert doc.text[q.start:q.end] == q.text
        if q.speaker is not None:
            assert doc.text[q.speaker.start:q.speaker.end] == q.speaker.text
    for e in doc.events:
        assert doc.text[e.trigger.start:e.trigger.end] == e.trigger.text
        for a in (e.source, e.target):
            if a is not None:
                assert doc.text[a.start:a.end] == a.text
        sent = doc.sentences[e.sentence]
        assert sent.start <= e.trigger.start < sent.end
        assert 0 < e.confidence <= 1
    assert rasd.Document.from_dict(doc.to_dict()).to_dict() == doc.to_dict()
