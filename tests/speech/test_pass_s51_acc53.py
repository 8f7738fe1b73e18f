"""Session 51, pass acc53 (issue #4, according-to quotes on unseen news), found on the corpus of all 19 day files
(acc52's "left for a later pass": a source inside a relative clause set off by commas):

- acc53a: a cue inside a relative clause set off by two commas in the middle of its sentence ("X، الذي … حسب …، …")
  attributes that relative clause, not the predicate after the second comma nor the whole sentence.
- acc53b: there a plural of statements or estimates, or the latest polls ("حسب آخر استطلاعات الرأي"), names the
  source, as where its phrase closes the sentence.
"""

from __future__ import annotations

import pytest
from entity_quotes import according_rows, only_according


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "ويواجه الوزير، الذي يتصدر السباق حسب آخر استطلاعات الرأي، انتقادات حادة من داخل حزبه.",
            "آخر استطلاعات الرأي",
            "يتصدر السباق",
        ),
        (
            "ويتجاوز عدد النازحين، الذين يقدر عددهم حسب التقديرات الرسمية بنصف مليون شخص، طاقة المخيمات بكثير.",
            "التقديرات الرسمية",
            "يقدر عددهم",
        ),
    ],
)
def test_a_cited_source_inside_a_relative_clause(text: str, source: str, content: str) -> None:
    speaker, found = only_according(text)
    assert speaker.startswith(source)
    assert found.startswith(content)
    assert "طاقة المخيمات" not in found and "انتقادات حادة" not in found


def test_the_relative_clause_not_the_predicate_after_it() -> None:
    # acc53a: a poll named as a source already; the content was the main clause after the second comma
    speaker, found = only_according("ويواجه الوزير، الذي يتصدر السباق حسب استطلاع للرأي، انتقادات حادة من داخل حزبه.")
    assert speaker == "استطلاع للرأي"
    assert found.startswith("يتصدر السباق")


def test_the_relative_clause_not_the_whole_sentence() -> None:
    # acc53a: the content was the whole sentence, its subject and predicate included
    speaker, found = only_according(
        "ويعتمد القطاع الزراعي، الذي يبلغ حجمه وفقا لإحصاءات 2012 نحو 5 مليارات دولار، على مياه الأمطار."
    )
    assert speaker == "إحصاءات"
    assert found.startswith("يبلغ حجمه")
    assert "مياه الأمطار" not in found


def test_a_bare_verb_before_the_source_keeps_its_object() -> None:
    # guard (before and after): "الذي يواجه بحسب شركة …، هجمات …": the object follows the source's own comma
    rows = according_rows("ويعد قطاع المصارف، الذي يواجه بحسب شركة كاسبرسكي، هجمات متزايدة، الأكثر استهدافا.")
    assert all(not content.startswith("يواجه") for _, _, content in rows)


def test_a_plan_in_a_relative_clause_stays_a_criterion() -> None:
    # guard (before and after): a schedule is what the work follows, no source
    assert according_rows("وتبدأ الانتخابات، التي ستنفذ وفق الجداول الزمنية المحددة، في الشهر المقبل.") == []
