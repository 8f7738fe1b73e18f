"""Session 46, pass acc46 (issue #4, according-to quotes and their speakers on unseen news), found on a sample of 140
according-to cue occurrences of day files 0:5 (seed 9930) and 15:19 (seed 9931) and the corpus of all 19 day files:

- acc46a: an according-to phrase with its own و / ف right after a comma inside a sentence ("…، وبحسب الشرطة وجدت
  السيدة …"، "…، ووفقا لتقديرات صندوق النقد سيرتفع النمو …") opens a clause of its own: what follows the source is
  attributed, as the dev gold spans it for every such conjoined cue; read as closing, the content was the clause
  before the comma. Not where the source runs past six words or only two words follow it before a comma.
- acc46c: a definite noun with the fa- of a main clause right after a complete source name ("وطبقا لخبراء الصحة
  بالوزارة فالمرض ينتقل …"، "وحسب مصادر «…» فالاتحاد يفاضل …") opens the attributed clause; the source no longer
  runs on into it. Not a name that begins with these letters ("فالح"، "فالنسيا").
- acc46b: measures and an agenda after وفقا لـ / وفق ("ووفقا لتدابير الإغاثة"، "وفقا لأجندة وطنية") are what
  something is done under, not a source (``criterion`` in clause_words.tsv).
"""

from __future__ import annotations

import pytest
from entity_quotes import according_rows, only_according


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        # the shape of the drawn 2015-08-09#930
        (
            "عثر الأهالي صباح أمس على جثة رجل في الأربعين من عمره قرب السوق القديم، وبحسب الشرطة وجد الرجل مقيدا"
            " وعلى جسده آثار ضرب.",
            "الشرطة",
            "وجد الرجل مقيدا",
        ),
        # the shape of corpus 2015-08-09#274
        (
            "ونما اقتصاد المنطقة بنحو 2 في المائة العام الماضي، ووفقا لتقديرات البنك الدولي سيرتفع النمو العام المقبل"
            " إلى 3 في المائة.",
            "البنك الدولي",
            "سيرتفع النمو",
        ),
        # the shape of corpus 2015-08-10#366
        (
            "تراجعت صادرات البلاد في الربع الأول من العام، وبحسب صندوق النقد الدولي يتوقع أن يساعد الإنفاق الحكومي"
            " على استقرار النمو.",
            "صندوق النقد الدولي",
            "يتوقع أن يساعد",
        ),
    ],
)
def test_a_conjoined_source_after_a_comma_attributes_what_follows_it(text: str, source: str, content: str) -> None:
    rows = [row for row in according_rows(text) if row[1] and source in row[1]]
    assert rows, according_rows(text)
    assert rows[0][2].startswith(content), rows


def test_words_on_the_source_before_a_comma_and_fa_stay_the_source_s() -> None:
    # guard (the shape of corpus 2015-08-09#141): "، فإن" after the source's own words opens what it says
    text = (
        "وتشهد العاصمة إجراءات أمنية مشددة منذ أيام، وحسب مصادر محلية مطلعة، فإن دوريات الشرطة تجوب الشوارع"
        " ليلا ونهارا."
    )
    rows = [row for row in according_rows(text) if row[1] and "مصادر محلية" in row[1]]
    assert rows and rows[0][2].startswith("دوريات الشرطة تجوب"), according_rows(text)


def test_a_bare_source_after_a_comma_still_closes_the_clause_before_it() -> None:
    # guard: with no و of its own the cue closes its clause ("…، وفقا لتقرير …" is the clause before)
    who, said = only_according("ارتفعت أسعار الذهب بنسبة كبيرة خلال الأسبوع الماضي، وفقا لتقرير نشرته الوكالة أمس.")
    assert who is not None and "تقرير" in who
    assert said.startswith("ارتفعت أسعار الذهب")


def test_a_long_source_run_into_its_clause_is_left_as_before() -> None:
    # guard: past a source of more than six words the clause is not cut where the phrase reader stopped
    text = (
        "وتحدث دبلوماسي عن وجود موظف أجنبي في الفندق، وبحسب مصدر عسكري محلي تمكن مواطن أجنبي من الفرار من الفندق"
        " وتحدث هذا الأخير عن وجود ثلاثة أجانب."
    )
    assert not any(row[2].startswith("هذا الأخير") for row in according_rows(text))


def test_measures_opening_a_conjoined_clause_are_no_source() -> None:
    # guard (the shape of corpus 2015-08-10#186): acc46a reads no criterion as a source
    text = "وأعلنت المفوضية خطة لدعم المزارعين، ووفقا لتدابير الإغاثة تقدم الدول الأعضاء الدعم المطلوب للمتضررين."
    assert according_rows(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the shape of the drawn 2015-07-24#769
        "وقال إن التحديات لا تقل عن مثيلاتها قبل عقود، ولكن المجتمع أصبح أكثر إدراكا بالخطوات المطلوبة لتجاوزها،"
        " وفقا لأجندة وطنية خالصة.",
        "وتعمل الحكومة على تنفيذ مشروعات الإسكان في المناطق كافة، وفق أجندة واضحة.",
        "وتعمل الحكومة على تنفيذ مشروعات الإسكان في المناطق كافة، وفقا للتدابير المعتمدة.",
    ],
)
def test_measures_and_an_agenda_are_no_source(text: str) -> None:
    assert according_rows(text) == []


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        # the shape of corpus 2015-08-08#871
        (
            "وأكد أن الحالات التي تحتاج إلى تنويم نادرة، وطبقا لخبراء الصحة العامة بالوزارة فالمرض ينتقل عن طريق"
            " البعوض.",
            "خبراء الصحة العامة بالوزارة",
            "المرض ينتقل",
        ),
        # the shape of corpus 2015-08-01#692
        (
            "وحسب مصادر «الرياضية» فالاتحاد السعودي يفاضل بين ثلاثة مدربين لقيادة المنتخب.",
            "مصادر «الرياضية»",
            "الاتحاد السعودي يفاضل",
        ),
    ],
)
def test_a_fa_definite_subject_opens_the_clause_after_the_source(text: str, source: str, content: str) -> None:
    who, said = only_according(text)
    assert who == source
    assert said.startswith(content)


def test_a_name_that_begins_with_fa_al_stays_in_the_source() -> None:
    # guard: "فالح" is a name, not the fa- of a clause
    who, said = only_according("وبحسب وزير الداخلية فالح الفياض فإن القوات تقدمت نحو المدينة.")
    assert who is not None and "فالح الفياض" in who
    assert said.startswith("القوات تقدمت")
