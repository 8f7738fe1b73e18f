"""Session 57, pass acc60 (issue #4, according-to precision), from the blind draw 20204 (2015-07-31.zip#313):
the manner something is done by ("وفقا لكيفية تصنيف الصورة"، "وفق طريقة …") is a criterion, no source; a report,
a person and a title set off after the name still are.
"""

from __future__ import annotations

import pytest
from entity_quotes import of_kind


@pytest.mark.parametrize(
    "text",
    [
        "ويستطيع الجهاز الجديد أن يطلق العطور وفقا لكيفية ترتيب الصور في هاتف سامسونج.",
        "ويختار التطبيق الأغاني لكل مستخدم وفق كيفية تصنيفها في موقع يوتيوب.",
        "ويوزع البرنامج المهام على الموظفين وفقا لطريقة شركة غوغل.",
    ],
)
def test_a_manner_is_no_source(text: str) -> None:
    # acc60: with a name in the phrase (an entity makes it source-like) the start code read "كيفية ترتيب الصور في
    # هاتف سامسونج" as a source over the clause before it
    assert of_kind(text, "according_to") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وارتفعت مبيعات الشركة خلال الربع الأول، وفقا لتقرير الشركة السنوي.", "تقرير الشركة السنوي"),
        ("وتراجعت أسعار الحديد خلال الأسبوع الماضي، بحسب سامر الحداد، محلل أسواق المعادن في دبي.",
         "سامر الحداد، محلل أسواق المعادن في دبي"),
        ("وتغيرت طريقة التسجيل في الجامعة هذا العام، بحسب عميد القبول.", "عميد القبول"),
    ],
)
def test_sources_stay_sources(text: str, speaker: str) -> None:
    # guards: a report, a person with his title, and "طريقة" inside the content, not after the cue
    [quote] = of_kind(text, "according_to")
    assert quote["speaker"]["text"] == speaker
