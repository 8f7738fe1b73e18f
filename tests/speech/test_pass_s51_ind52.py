"""Session 51, pass ind52 (issue #4, indirect quotes on unseen news): a bare year after the speaker.

- ind52a: "عام" / "سنة" right before a year of four digits (``year_word`` in word_classes.tsv), with no "في" before
  it, end the speaker phrase: "قال X عام 1987 إن …" says when X spoke, and the digit stop alone had cut the phrase
  after "عام", leaving the word in the speaker ("هيئة السياحة في كينيا عام").
"""

from __future__ import annotations

import pytest
from entity_quotes import analysed_quotes as quotes
from entity_quotes import first_by_cue


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (
            "وقال الملك المؤسس عبد العزيز عام 1932 إن وحدة البلاد أمانة في أعناق أبنائها.",
            "وقال",
            "الملك المؤسس عبد العزيز",
        ),
        ("ووصفت وزارة السياحة في تونس عام 2015 بأنه الأسوأ على القطاع منذ عقود.", "ووصفت", "وزارة السياحة في تونس"),
        ("وأكد رئيس الوزراء الأسبق سنة 1998 أن بلاده لن تتخلى عن حقوقها المائية.", "وأكد", "رئيس الوزراء الأسبق"),
    ],
)
def test_year_after_speaker_ends_the_speaker(text: str, cue: str, expected: str) -> None:
    assert first_by_cue(quotes(text), cue)["speaker"]["text"] == expected


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # guards: "المدير العام" keeps its adjective; a year after "في" was already a time
        ("وقال المدير العام للشركة إن الأرباح ارتفعت بنسبة كبيرة.", "وقال", "المدير العام للشركة"),
        ("وقال الرئيس الأسبق في عام 1961 إن بلاده ستصل إلى القمر.", "وقال", "الرئيس الأسبق"),
    ],
)
def test_general_and_dated_speakers_unchanged(text: str, cue: str, expected: str) -> None:
    assert first_by_cue(quotes(text), cue)["speaker"]["text"] == expected
