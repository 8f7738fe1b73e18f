"""The quote finder's view of a text (khabar.speech.scan.Text): its matching form and offsets, and the
sentence and paragraph number of each token, on made-up news text with diacritics, tatweel and line
breaks (the shapes the faster builders of session 6 must keep)."""

from khabar.speech.scan import Text
from khabar.text.normalize import normalize_with_offsets

TEXT = "قَالَ الوزيـــر إنّ «الاتفاقَ» سيُوقّع غداً.\nوأضاف د. أحمد: ارتفع المؤشر 4.5 نقطة! هل انتهى؟\n\nوتابع المسؤول"


def test_the_normalised_text_and_offsets_are_the_normaliser_s():
    expected = normalize_with_offsets(TEXT, ta_marbuta=True)
    text = Text(TEXT)
    assert text.norm == expected.text
    assert list(text.normalized.origins) == list(expected.origins)
    start, end = text.starts[1], text.ends[1]  # الوزير, its tatweel dropped
    assert text.original_text(start, end) == "الوزيـــر"


def test_sentences_end_at_punctuation_and_line_breaks_not_inside_numbers_or_abbreviations():
    text = Text(TEXT)
    words = text.words
    sentence_of = {w: text.sentence[i] for i, w in enumerate(words)}
    paragraph_of = {w: text.paragraph[i] for i, w in enumerate(words)}
    # "غدا ." ends the first sentence; the line break starts the second paragraph
    assert sentence_of["غدا"] == 0 and sentence_of["واضاف"] == 1
    assert paragraph_of["غدا"] == 0 and paragraph_of["واضاف"] == 1
    # "د." and "4.5" end nothing; "!" and "؟" do; the blank line starts a third paragraph
    assert sentence_of["احمد"] == sentence_of["نقطه"] == 1
    assert sentence_of["هل"] == 2 and sentence_of["وتابع"] == 3
    assert paragraph_of["وتابع"] == 2
    assert text.sentence_ends == [i + 1 for i, _ in enumerate(text.sentence[:-1]) if text.sentence[i + 1] != text.sentence[i]] + [len(words)]
    assert text.sentence_starts == [0] + text.sentence_ends[:-1]
