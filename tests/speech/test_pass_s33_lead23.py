"""Session 33, lead23: a fronted according-to source with no comma before its clause ends where the
clause begins, not at its verb's object: before "فان" (فإن without its hamza) after a definite word
("وبحسب الاستطلاع فان …"), before a bare word followed by a figure of the numbers stage ("… للهجرة لقي
أكثر من ألفي مهاجر"), before a bare word after a name closed by its quotation mark ("تقرير «صحارى» ارتفع
مؤشر …"). Dev 2015-07-22#672 ("منظمة الهجرة الدولية سافر نحو 150 ألف …"); corpus 2015-08-06#2257,
08-04#384, 07-27#206, 07-22#76."""

from __future__ import annotations

import pytest
from entity_quotes import quote_rows as quotes


def _according(text: str) -> list[tuple[str | None, str]]:
    return [(speaker, content) for kind, _cue, speaker, content in quotes(text) if kind == "according_to"]


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        pytest.param(  # a verb right before a figure
            "وحسب المنظمة الدولية للهجرة وصل نحو 150 ألف مهاجر إلى الجزر اليونانية هذا العام.",
            "المنظمة الدولية للهجرة", "وصل نحو 150 ألف مهاجر إلى الجزر اليونانية هذا العام", id="verb-figure"),
        pytest.param(  # a verb and its subject before a figure
            "ووفقا لإحصاءات وزارة الصحة بلغ عدد الإصابات 120 حالة في المنطقة الشرقية.",
            "إحصاءات وزارة الصحة", "بلغ عدد الإصابات 120 حالة في المنطقة الشرقية", id="verb-subject-figure"),
        pytest.param(  # فان after a definite source
            "وبحسب الاستطلاع فان ترامب هو الأوفر حظا لدى الناخبين في الولاية.",
            "الاستطلاع", "ترامب هو الأوفر حظا لدى الناخبين في الولاية", id="van"),
        pytest.param(  # a verb after a quoted name
            "وبحسب تقرير «الأسواق» ارتفع مؤشر البورصة الأردنية بنسبة طفيفة في ختام تداولات الأسبوع.",
            "تقرير «الأسواق»", "ارتفع مؤشر البورصة الأردنية بنسبة طفيفة في ختام تداولات الأسبوع", id="quoted-name"),
    ],
)
def test_source_ends_where_its_clause_begins(text: str, source: str, content: str) -> None:
    assert _according(text) == [(source, content)]


def test_guard_self_word_before_a_figure() -> None:
    found = _according("وحسب الإحصاءات ذاتها بلغ عدد الزوار 400 ألف زائر.")
    assert found and found[0][0].startswith("الإحصاءات ذاتها")  # "ذاتها" is no verb


def test_guard_time_after_a_quoted_name() -> None:
    found = _according("ووفقا لمقال نشر في «الاقتصادية» نهاية يوليو الماضي، فإن الشركة تواجه صعوبات في السداد.")
    assert found and found[0][0].endswith("نهاية يوليو الماضي")


def test_guard_van_of_a_name() -> None:
    found = _according("وبحسب المدرب لويس فان غال فإن الفريق يحتاج إلى مدافع جديد.")
    assert found and "فان غال" in found[0][0]
