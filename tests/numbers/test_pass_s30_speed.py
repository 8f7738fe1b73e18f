"""Speed pass s30: two whole-article ``str.find`` scans of the numbers stage answered by the word pass.

``_lone_fraction_matches`` found "النصف، الثلثين…" by a ``str.find`` of each of four stems over the
article; it now tries its regex only at the words that are a fraction (``words_in``, the shared
vocabulary pass). ``_group_nouns`` (ثنائي، ثلاثي، رباعي before a list of names) runs its three
``str.find`` only where ``_may_hold_group_noun`` says a group noun can stand. Both must find what
the scans found: the regex over the whole text is the reference here.
"""

import re

import pytest

import khabar
from khabar.numbers.matching import matching_form
from khabar.numbers.quantities import (
    GROUP_PREFIXES,
    _group_nouns,
    _lone_fraction_matches,
    _lone_fraction_re,
    _may_hold_group_noun,
)

FRACTION_SENTENCES = [
    "وتراجعت مبيعات الشركة إلى النصف خلال عامين، وارتفعت الأرباح بمقدار الثلث.",
    "وافق المجلس بأغلبية الثلثين على القرار، بعد أن زادت الرسوم بأكثر من المثلين.",
    "ونصف المشاركين من الطلاب، والربع الأخير من العام شهد تمثيلا أوسع للمرأة.",
    "5النصف و_الربع والنصفين والثلثان؛ الربعالربع (الثلث) «النصف»",
    "",
]


@pytest.mark.parametrize("sentence", FRACTION_SENTENCES)
def test_lone_fractions_are_the_matches_of_the_regex_over_the_whole_text(sentence):
    # (new: the start tree returned them grouped by stem, not in text order)
    text = matching_form(sentence).text
    expected = [m.span() for m in _regex_everywhere(_lone_fraction_re(), text)]
    assert [m.span() for m in _lone_fraction_matches(text)] == expected


def _regex_everywhere(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """Every match of ``pattern`` tried at each character (what the stem finds spared)."""
    found, at = [], 0
    while at < len(text):
        m = pattern.match(text, at)
        if m is not None:
            found.append(m)
            at = m.end()
        else:
            at += 1
    return found


def test_a_lone_fraction_is_still_a_fact():
    facts = khabar.analyze("وتراجعت مبيعات الشركة إلى النصف خلال عامين.", published="2015-07-20").facts
    assert [(f["text"], f["value"]) for f in facts] == [("النصف", 0.5)]


@pytest.mark.parametrize("prefix", GROUP_PREFIXES)
def test_the_prefilter_passes_every_accepted_prefix(prefix):
    text = matching_form(f"وقال إن {prefix}ثنائي ياسر القحطاني وعبدالله عطيف سيشاركان").text
    assert _may_hold_group_noun(text)


def test_the_prefilter_passes_a_group_noun_glued_to_a_digit():
    # the word pass reads "3ثنائي" as one word holding a digit: the noun is still looked for there
    text = matching_form("المركز 3ثنائي ياسر القحطاني وعبدالله عطيف").text
    assert _may_hold_group_noun(text)
    assert _group_nouns(text, [], [], matching_form(text)) != []


def test_the_prefilter_fails_a_text_without_a_group_noun():
    text = matching_form("وأجرى اللاعبون تمارين خاصة في الصالة، والثنائية الجديدة لم تبدأ بعد").text
    assert not _may_hold_group_noun(text)


def test_a_group_of_named_people_is_still_counted():
    facts = khabar.analyze("وأجرى الثنائي سامي الفهد وخالد العتيبي تمارين خاصة في الصالة", published="2015-07-20").facts
    assert [(f["text"], f["value"]) for f in facts] == [("الثنائي", 2)]


def test_every_common_separator_has_a_kind_of_its_own_and_is_cut():
    """The word pass replaces only the common separators the text holds, read from their own kinds
    (``SEPARATOR_KINDS``, even: no word character): each of them alone still cuts the words, and a
    text holding all of them is cut as ``\\w+`` cuts it."""
    from khabar.numbers.matching import (
        COMMON_SEPARATORS,
        SEPARATOR_KINDS,
        _character_kinds,
        word_columns,
    )

    kinds = _character_kinds()
    assert [separator for separator, _ in SEPARATOR_KINDS] == list(COMMON_SEPARATORS)
    assert len({kind for _, kind in SEPARATOR_KINDS}) == len(COMMON_SEPARATORS)
    for separator, kind in SEPARATOR_KINDS:
        assert kind % 2 == 0 and kinds[ord(separator)] == kind
        text = f"وصل{separator}3 زوار{separator}{separator}الى المعرض{separator}"
        assert word_columns(text)[1] == re.findall(r"\w+", text)
    text = "قال".join(COMMON_SEPARATORS) + " 15 الف"
    assert word_columns(text)[1] == re.findall(r"\w+", text)
