"""Session 50, pass acc50 (issue #4, according-to quotes and their speakers on unseen news), found on a sample of 150
according-to cue occurrences of day files 5:15 (seed 10260) and 15:19 (seed 10261) and the corpus of all 19 day files:

- acc50a: a count kept by an outlet or an office ("…، بحسب تعداد لوكالة الصحافة الفرنسية."، "ووفق تعداد لوكالة
  فرانس برس، …") names the source of the figure it gives, with its outlet (according_sources.tsv, outlet_document in
  clause_words.tsv); it was no source at all, or "تعداد" alone with the outlet cut off.
- acc50b: "this / that / these" before the definite noun of a source ("وبحسب هذا المصرفي، فإن …"، "حسبما ذكر
  هؤلاء المسؤولون."، "وحسب تلك الروايات فقد …") points back to the source named before: the source is read from the
  noun on, as the definite noun alone is, so it is found and goes back to its full earlier mention; a rule named in
  the phrase ("وفقا لهذا النموذج المبسط لنظام القبول") gives no according-to quote.
"""

from __future__ import annotations

import pytest
from entity_quotes import according_rows, only_according


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "ومنذ بدء الهجمات في الشمال، قتل أكثر من 600 شخص، بحسب تعداد لوكالة الصحافة الفرنسية.",
            "تعداد لوكالة الصحافة الفرنسية",
            "قتل أكثر من 600 شخص",
        ),
        (
            "وقتل أكثر من 300 مدني في المدينة بحسب تعداد لوكالة فرانس برس.",
            "تعداد لوكالة فرانس برس",
            "قتل أكثر من 300 مدني في المدينة",
        ),
        (
            "ووفق تعداد لوكالة الصحافة الفرنسية، قتل 25 عنصرا على الأقل من قوات الأمن في هجمات للمتمردين.",
            "تعداد لوكالة الصحافة الفرنسية",
            "قتل 25 عنصرا",
        ),
    ],
)
def test_a_count_with_its_outlet_is_a_source(text: str, source: str, content: str) -> None:
    speaker, found = only_according(text)
    assert speaker == source
    assert found.startswith(content)


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "وقال مصرفي كبير في الرياض إن الشركات الكبرى تحصل على قروض رخيصة. وبحسب هذا المصرفي، فإن التسعير "
            "المنخفض لا ينسجم مع تصنيف الشركة الائتماني.",
            "مصرفي كبير في الرياض",
            "التسعير المنخفض",
        ),
        (
            "وأكد مسؤولون في الإدارة أن التقرير سري. وتناول التقرير خطط الحكومة للعام المقبل، حسبما ذكر هؤلاء "
            "المسؤولون.",
            "مسؤولون في الإدارة",
            "تناول التقرير خطط الحكومة",
        ),
        (
            "وذكرت صحيفة «الغارديان» أمس أن النادي يبحث عن مدافع. وبحسب تلك الصحيفة فإن المدرب يرغب في ضم مدافع جديد.",
            "صحيفة «الغارديان»",
            "المدرب يرغب في ضم مدافع جديد",
        ),
    ],
)
def test_a_demonstrative_source_is_the_one_named_before(text: str, source: str, content: str) -> None:
    [(_, speaker, found)] = [row for row in according_rows(text) if row[0] and "حسب" in row[0]]
    assert speaker == source
    assert found.startswith(content)


def test_a_demonstrative_source_with_no_source_word_is_found() -> None:
    speaker, found = only_according("ويروي مؤرخون قصصا عن القصر. وحسب تلك الروايات فقد أهدى الوزير القصر للملك.")
    assert speaker == "الروايات"
    assert found.startswith("أهدى الوزير القصر للملك")


def test_a_demonstrative_rule_is_no_source() -> None:
    # guard (before and after): a rule after the demonstrative, its head a criterion
    text = "وصدر النظام الجديد أمس، ويجري العمل الآن وفقا لهذا النظام في جميع الفروع."
    assert according_rows(text) == []


def test_a_demonstrative_model_of_a_rule_is_no_source() -> None:
    # a rule named inside the phrase the demonstrative opens ("لنظام القبول"): a false quote before
    text = "وتعاني الجامعة من تداخل الصلاحيات. ووفقاً لهذا النموذج المبسط لنظام التسجيل، فإن هناك مخاطر على الطلاب."
    assert [row for row in according_rows(text) if row[0] and "وفق" in row[0]] == []


def test_a_population_count_as_a_measure_stays_out_before_a_clause() -> None:
    # guard (before and after): a cue of a basis before the count, "استنادا إلى", is no source
    text = "ووزعت المقاعد على المحافظات استنادا إلى تعداد السكان الأخير."
    assert according_rows(text) == []


def test_the_text_a_sentence_stands_in_is_no_demonstrative_source() -> None:
    # guard (before and after): "لما ورد في هذا الإعلان" is what the hope rests on, the declaration the words stand in
    text = "ويتطلع المؤتمر إلى أن تحقق المفاوضات تطلعات الشعب وفقاً لما ورد في هذا الإعلان."
    assert according_rows(text) == []
