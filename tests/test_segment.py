from hypothesis import given
from hypothesis import strategies as st

from rasd.text.segment import split_sentences

TEXT = ("قال الوزير إن المحادثات مستمرة. وأضاف: هل ستنجح؟ لا أحد يعرف!\n"
        "عنوان فرعي\nبلغ النمو 2.5 في المئة.")


def test_sentences_and_headings():
    sents = [TEXT[s.start:s.end] for s in split_sentences(TEXT)]
    assert sents == [
        "قال الوزير إن المحادثات مستمرة.",
        "وأضاف: هل ستنجح؟",
        "لا أحد يعرف!",
        "عنوان فرعي",
        "بلغ النمو 2.5 في المئة.",
    ]


@given(st.text(alphabet=st.sampled_from(list("اب تث.؟!\n ،")), max_size=120))
def test_sentence_offsets_are_stripped_and_ordered(text):
    prev = 0
    for s in split_sentences(text):
        assert prev <= s.start < s.end <= len(text)
        chunk = text[s.start:s.end]
        assert chunk == chunk.strip() and "\n" not in chunk
        prev = s.end
