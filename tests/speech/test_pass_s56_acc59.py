"""Session 56, pass acc59 (issue #4, according-to speakers), from the dev errors (2015-08-10.zip#1297) and the
corpus: a bare "المصدر" as an according-to source ("…، وفق المصدر.") points back to the source cited just
before — a statement, an office or a named person as well as an unnamed source — not to the last unnamed
speaker further back (``anon_anaphor`` alone), and it does not rename that source ("فال" stays "فال").
"""

from __future__ import annotations

import pytest
from entity_quotes import containing, of_kind


def _speaker(text: str, words: str) -> str | None:
    return (containing(of_kind(text, "according_to"), words).get("speaker") or {}).get("text")


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            # a statement cited just before, an unnamed official further back
            "وحمل المسؤول المتمردين مسؤولية الهجوم على مركز الشرطة. وأصيب ستة أشخاص بجروح، بحسب بيان لمكتب "
            "المحافظ. وتوفي ضابط في المستشفى متأثرا بجروحه، وفق المصدر.",
            "توفي ضابط",
            "بيان لمكتب المحافظ",
        ),
        (
            # a named person cited just before, an unnamed group further back
            "وطالبت منظمات حقوقية بنقل الجلسات على الهواء. وستسجل الجلسات لتبث لاحقا، بحسب كمارا. "
            "وستبث جلسات مختارة على التلفزيون الرسمي، بحسب المصدر.",
            "ستبث جلسات مختارة",
            "كمارا",
        ),
    ],
)
def test_a_bare_source_word_is_the_source_cited_just_before(text: str, words: str, speaker: str) -> None:
    # acc59: the bare "المصدر" went to the last unnamed speaker ("المسؤول"، "منظمات حقوقية")
    assert _speaker(text, words) == speaker


def test_the_source_it_points_back_to_keeps_its_own_name() -> None:
    # guard (before and after; without acc59's fuller_mention exception the link renamed it): "المصدر" is
    # longer than "كمارا" but names no one, so the earlier source stays as it was written
    text = ("وطالبت منظمات حقوقية بنقل الجلسات على الهواء. وستسجل الجلسات لتبث لاحقا، بحسب كمارا. "
            "وستبث جلسات مختارة على التلفزيون الرسمي، بحسب المصدر.")
    assert _speaker(text, "ستسجل الجلسات") == "كمارا"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            # guard (before and after): an unnamed source cited just before
            "وقال مصدر عسكري إن القوات تقدمت نحو المدينة. وبحسب المصدر فإن المعارك ما زالت مستمرة.",
            "المعارك ما زالت مستمرة",
            "مصدر عسكري",
        ),
        (
            # guard (before and after): "المصدر نفسه" after a statement
            "وأصيب عشرة أشخاص بجروح، بحسب بيان لمكتب المحافظ. وقتل مسلحان في المواجهات، بحسب المصدر نفسه.",
            "قتل مسلحان",
            "بيان لمكتب المحافظ",
        ),
    ],
)
def test_guards(text: str, words: str, speaker: str) -> None:
    assert _speaker(text, words) == speaker


def test_a_news_outlet_is_not_the_source_it_quoted() -> None:
    # guard (before and after): "المصدر" after an outlet that quoted an unnamed source is not the outlet
    text = ("وأوردت صحيفة «المساء» أن الحكومة تدرس زيادة الرسوم، وفق ما كشف للصحيفة مصدر حكومي. "
            "وحسب المصدر فإن القرار سيصدر الشهر المقبل.")
    assert "المساء" not in (_speaker(text, "القرار سيصدر") or "")
