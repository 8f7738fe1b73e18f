"""Speed pass sp22a: the word pass and the rare-character scan by a table of kinds per code point.

``_word_pass`` takes word starts and the unlettered words from one lookup per code point (numpy)
instead of a running sum of piece lengths and ``str.isalpha`` per word; ``matching_form`` finds
its rare characters the same way instead of by a regex class. Both must give exactly what the
plain regexes give (``\\w+``; the class of rare characters), on made-up news sentences and on
any text, characters past the Basic Multilingual Plane and lone surrogates included.
"""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.numbers.matching import (
    _rare_changes,
    _rare_characters,
    _rare_in,
    _word_pass,
    _words_by_regex,
    matching_form,
    unlettered_words,
    word_columns,
)
from khabar.text.normalize import normalize_with_offsets

WORD_RUN = re.compile(r"\w+")

SENTENCES = [
    "",
    " ",
    "أعلنت الوزارة، أمس، تسجيل 125 إصابة جديدة في 13 منطقة.",
    "وقال المتحدث «إن نحو 1,500 زائر حضروا» (أي 3% من المتوقع).",
    "بلغت الصادرات ٤٥٠ مليون ريال خلال الربع_الثاني من العام.",
    "افتُتح المعرض في الـ\u200f12 من الشهر الجاري بمشاركة 40 جهة.",
    "سجّل الفريق هدفين\u200e في الدقيقة 90+3 – والمباراة انتهت 2-1",
    "كلمة\U00016800أخرى و20 شخصا",  # a letter past the plane: the reference's path
    "رقم 𝟘𝟙 في النص",  # mathematical digits (word characters past the plane)
    "نص فيه \ud800 بديل منفرد و7 أيام",
    "ﻻ يوجد ﷲ هنا ١٤٣٦هـ",
    "a_b c__ _12 x²y ⅷ",
]


def _reference(text):
    runs = list(WORD_RUN.finditer(text))
    words = [m.group() for m in runs]
    return [m.start() for m in runs], words, [i for i, w in enumerate(words) if not w.isalpha()]


def test_word_pass_is_the_word_runs_on_made_up_sentences():
    for sentence in SENTENCES:
        for text in (sentence, matching_form(sentence).text):
            assert _word_pass.__wrapped__(text) == _reference(text), text


def test_word_columns_and_unlettered_words_agree_with_the_reference():
    text = matching_form("قُتل 3 أشخاص وأصيب 12 آخرون في حادث على طريق_الدمام صباح أمس").text
    starts, words, unlettered = _reference(text)
    assert word_columns(text) == (starts, words)
    assert unlettered_words(text) == unlettered
    assert [words[i] for i in unlettered] == ["3", "12", "طريق_الدمام"]


def test_reference_path_past_the_plane():
    text = "قال\U00016800 الوزير 5"
    assert _word_pass.__wrapped__(text) == _words_by_regex(text) == _reference(text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ابةأى 0٣_.،«\n\u200f\u064bـaZ-–%") + ["\U00016800", "😀", "\ud800", "ﻻ"])))
def test_word_pass_is_the_word_runs_on_any_text(text):
    assert _word_pass.__wrapped__(text) == _reference(text)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_word_pass_on_any_unicode(text):
    assert _word_pass.__wrapped__(text) == _reference(text)


def test_rare_characters_all_in_the_basic_plane():
    # the table of rare characters covers the plane only; a code point past it reads "not rare"
    assert max(map(ord, _rare_characters())) < 0x10000


def test_rare_in_is_the_regex_class():
    for sentence in SENTENCES:
        assert _rare_in(sentence) == set(_rare_changes().findall(sentence)), sentence
    assert _rare_in("قالـــت إنّ ١٢٠ ألفاً A") == set("ـّ١٢٠ًA")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("اةأإآى ١2ـ\u064b\u0651\u200fAzﻻﷲ") + ["\U00016800", "😀"])))
def test_matching_form_unchanged(text):
    fast, reference = matching_form(text), normalize_with_offsets(text, ta_marbuta=True)
    assert fast.text == reference.text
    origins = list(range(len(text) + 1)) if fast.origins is None else list(fast.origins)
    assert origins == list(reference.origins if reference.origins is not None else range(len(text) + 1))
