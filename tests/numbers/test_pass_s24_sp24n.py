"""Speed pass sp24n: the comparing verbs' stems looked for by one regex search before a figure.

``_compared_across`` (a comparing verb bounds the figure across its subject: "تجاوز عدد الزوار خلال
الموسم ثلاثة آلاف") first asks whether any stem of ``comparing_stems`` stands in the 100 characters
before the figure. That was one ``str.find`` per stem (nine); it is now one search of
``_comparing_stems_re``, an alternation of the same literal stems: the same answer for every window.
"""

import random
import re

import khabar
from khabar.numbers import lexicon
from khabar.numbers.matching import matching_form
from khabar.numbers.quantities import COMPARED_REACH, _compared_across

SENTENCES = [
    "تجاوز عدد الزوار خلال الموسم ثلاثة آلاف زائر، بحسب الهيئة العامة للسياحة.",
    "ويزيد عدد المتطوعين في المعرض على 400 متطوع من مختلف المناطق.",
    "لم يتجاوز عدد المشاركين في الدورة 30 لاعبا بسبب الإصابات.",
    "وفاقت قيمة الصفقات المبرمة خلال اليوم الأول 12 مليون ريال.",
    "أكد المتحدث أن الطاقة الاستيعابية لا تقل عن 500 سرير في المستشفى الجديد.",
    "وبلغ عدد المصابين 12 شخصا في الحادث الذي وقع صباح أمس على الطريق السريع.",
    "تخطت مبيعات الشركة في الربع الثالث 90 مليون دولار للمرة الأولى.",
    "",
]


def _stems_by_find(text: str, lo: int, start: int) -> bool:
    """The test it replaces: a ``str.find`` per stem."""
    return any(text.find(stem, lo, start) >= 0 for stem in lexicon.comparing_stems())


def test_the_stem_regex_answers_as_the_finds_for_every_window():
    # (new: the start tree has none, so these two tests fail there)
    from khabar.numbers.quantities import _comparing_stems_re

    rng = random.Random(24)
    texts = [matching_form(sentence).text for sentence in SENTENCES]
    texts.append(" ".join(texts))
    for text in texts:
        for start in range(len(text) + 1):
            for lo in {max(0, start - COMPARED_REACH), rng.randrange(0, start + 1)}:
                found = _comparing_stems_re().search(text, lo, start) is not None
                assert found == _stems_by_find(text, lo, start), (text, lo, start)


def test_every_stem_and_only_stems():
    from khabar.numbers.quantities import _comparing_stems_re

    pattern = _comparing_stems_re()
    for stem in lexicon.comparing_stems():
        assert pattern.fullmatch(stem), stem
    assert pattern.search("وبلغ عدد المصابين 12 شخصا في الحادث") is None


def test_compared_across_keeps_its_roles():
    """Guard (passes on the start tree too): the role of the verb before each sentence's first figure."""
    roles = []
    for sentence in SENTENCES[:-1]:
        text = matching_form(sentence).text
        roles.append(_compared_across(text, re.search(r"\d|ثلاثه", text).start()))
    # (negated; a modifier before the figure, not asked here; no verb; a number word between)
    assert roles == ["min", "min", None, "min", None, None, None]


def test_the_pipeline_still_bounds_figures_by_comparing_verbs():
    facts = khabar.analyze(" ".join(SENTENCES[:4]), published="2015-05-01").facts
    bounds = {fact["text"]: (fact["value"], fact["min"], fact["max"]) for fact in facts}
    assert bounds["ثلاثة آلاف زائر"] == (None, 3000, None)
    assert bounds["400 متطوع"] == (None, 400, None)
    assert bounds["30 لاعبا"] == (30, None, None)  # (negated: no bound)


# The word pass now cuts the spaced text by ``str.split()`` (runs of any whitespace) instead of
# ``split(" ")`` and a filter of the empty pieces: the same words only if no whitespace other than
# the space is left there. Every whitespace character is a separator (none is ``\w``), and every one
# that is not a common separator sends the text to the ``\w+`` path first.
WHITESPACE = [chr(c) for c in range(0x10000) if chr(c).isspace()]


def test_no_whitespace_is_a_word_character():
    assert [c for c in WHITESPACE if re.fullmatch(r"\w", c)] == []


def test_word_pass_with_every_whitespace_character():
    from khabar.numbers.matching import _word_pass

    for space in WHITESPACE:
        for text in (f"قال{space}الوزير 5", f"{space}{space}12 ألف{space}", f"أعلن ،{space}« 3 »{space}\n{space}مرات"):
            runs = list(re.finditer(r"\w+", text))
            words = [m.group() for m in runs]
            expected = ([m.start() for m in runs], words, [i for i, w in enumerate(words) if not w.isalpha()])
            assert _word_pass.__wrapped__(text) == expected, repr(space)


def test_word_pass_splits_at_runs_of_separators():
    from khabar.numbers.matching import word_columns

    text = matching_form("قال الوزير:  «إن 3 آلاف،،  زائر»\n\nحضروا -- المعرض.").text
    assert word_columns(text)[1] == re.findall(r"\w+", text)


def test_the_word_pass_reads_which_kinds_occur_from_bytes():
    """The word pass looks each kind up in ``kinds.tobytes()``: one byte per character needs the
    table of kinds in bytes, and a kind, asked as an integer, is found as that byte (session 30: an
    integer, no longer a one-byte ``bytes``)."""
    import numpy as np

    from khabar.numbers.matching import _character_kinds, _code_points

    assert _character_kinds().dtype == np.uint8
    text = " وصل 3 زوار\u200f إلى\U00016800 المعرض "
    kinds = _character_kinds().take(_code_points(text), mode="clip")
    assert [kind in kinds.tobytes() for kind in range(5)] == [
        bool(count) for count in np.bincount(kinds, minlength=5)
    ] == [True, True, True, True, True]
