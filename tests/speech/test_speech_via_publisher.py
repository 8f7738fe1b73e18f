"""An outlet that published the words is their via: "في مقابلة نشرتها وكالة رويترز", "في بيان أوردته
وكالة …", "التقرير الذي نشرته صحيفة «…»"; the statement or interview stays the channel. Texts run through
segment, ner and link (``entity_quotes.analysed``); every text is written for these tests."""

from __future__ import annotations

import pytest
from entity_quotes import analysed


@pytest.mark.parametrize("text, speaker, via, channel", [
    ("وقال حاكم المصرف المركزي سامي الخوري في مقابلة نشرتها وكالة رويترز أمس إن المصرف سيصدر سندات.",
     "حاكم المصرف المركزي سامي الخوري", "وكالة رويترز", "في مقابلة نشرتها وكالة رويترز"),
    ("وأعلنت وزارة النقل في بيان أوردته وكالة الأنباء الكويتية أن الطريق الجديد يفتح الشهر المقبل.",
     "وزارة النقل", "وكالة الأنباء الكويتية", "في بيان أوردته وكالة الأنباء الكويتية"),
])
def test_an_outlet_that_published_the_statement_is_its_via(text, speaker, via, channel):
    [q] = analysed(text)
    assert q["speaker"]["text"] == speaker
    assert q["via_text"]["text"] == via
    assert q["channel"]["text"] == channel


def test_an_outlet_that_published_the_report_in_a_relative_clause_is_its_via():
    [q] = analysed("وذكر التقرير الذي نشرته صحيفة «الأيام» أن عدد الزوار ارتفع هذا العام.")
    assert q["via_text"]["text"] == "صحيفة «الأيام»"


def test_a_post_on_the_speakers_own_account_has_no_via():
    [q] = analysed("وقال المتحدث باسم النادي في تغريدة نشرها على حسابه إن المباراة تأجلت.")
    assert q["via"] is None and q["via_text"] is None
    assert q["channel"]["text"].startswith("في تغريدة نشرها")
