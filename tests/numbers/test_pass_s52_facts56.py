"""Pass facts56 (session 52): verbs of assassination and "elimination" type the count they govern killed.

"اغتالت مجموعة مسلحة ثلاثة من أفراد الشرطة"، "تمت تصفية 9 عناصر"، "قضت الحملة على عشرات المسلحين"، "هجمات يذهب
ضحيتها مئات المدنيين" were typed other: اغتيال / اغتال / اغتالت and the present "يذهب ضحيتها" are strong
triggers of ``fact_triggers.tsv`` now, تصفية and "قضت على / قضى على" weak ones (they also end companies and
sums: only a count of people is killed by them).

Made-up sentences in the style of the news, through ``khabar.analyze``."""

import pytest
from fact_rows import analysed_facts

KILLED = [
    ("وقال مصدر أمني إن مسلحين اغتالوا أمس ضابطا، بعد أيام من عملية اغتالت أربعة من عناصر الشرطة قرب الحدود.", 4),
    ("وشهدت المحافظة خلال العام الماضي اغتيال 17 ناشطا سياسيا في ظروف غامضة.", 17),
    ("وأعلن الجيش أن وحداته تمكنت من تصفية 9 مسلحين في كمين شمال المدينة.", 9),
    ("وأكد البيان أن العملية العسكرية قضت على خمسة إرهابيين كانوا يتحصنون في مزرعة.", 5),
    ("وحذر التقرير من هجمات انتحارية يذهب ضحيتها 30 مدنيا كل شهر في المنطقة.", 30),
]


@pytest.mark.parametrize(("text", "value"), KILLED)
def test_assassination_and_elimination_count_the_dead(text, value):
    facts = [fact for fact in analysed_facts(text) if fact["value"] == value]
    assert [fact["type"] for fact in facts] == ["killed"]


NOT_KILLED = [
    ("وقررت الجمعية العمومية تصفية 3 شركات متعثرة خلال الربع المقبل.", 3, "other"),
    ("وقال المحلل إن القرار قضى على 40 مليون دولار من أرباح الشركة.", 40_000_000, "money"),
]


@pytest.mark.parametrize(("text", "value", "kind"), NOT_KILLED)
def test_what_is_not_people_keeps_its_type(text, value, kind):
    facts = [fact for fact in analysed_facts(text) if fact["value"] == value]
    assert [fact["type"] for fact in facts] == [kind]
