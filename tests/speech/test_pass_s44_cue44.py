"""Session 44, cue44: indirect speech recall (docs/evaluation/quotes.md, "Session 44, cue44"), from the blind draw
20190's dev articles and the days 0:18 corpus:

- cue44a: a participle of forecast ("متوقعا"، "مستبعدا"، "مرجحا") right after a comma takes a noun object as what was
  said ("…، متوقعا حدوث عجز …"، "…، مستبعدا في الوقت نفسه فكرة عودته …"), as its verb does ("توقع"، "استبعد"); not
  the same word elsewhere, where it is mostly the adjective ("كان متوقعا إلى حد كبير"، "نتائج متوقعة هذا الأسبوع")
  (participles.tsv flag ``comma_noun``, extract.py). Its complement clause reports wherever it stands ("متوقعا أن …");
- cue44b: a stance noun in the indefinite accusative or plural ("قلقا"، "مخاوف"، "تحفظات"، "تفاؤلا") ends the subject
  of a noun-object verb ("وأبدت ثماني منظمات حقوقية تحفظات تجاه …"): it opens what was said (markers.tsv
  ``content``).
"""

from __future__ import annotations

import pytest
from entity_quotes import analysed, by_cue

# cue44a: a forecast participle after a comma, with a noun object


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "وأكد المحلل المالي سامر الحربي أن السوق ستتعافى قريبا، متوقعا حدوث ارتفاع في الأسعار خلال الربع المقبل.",
            "متوقعا",
            "حدوث ارتفاع في الأسعار خلال الربع المقبل",
        ),
        (
            "وأوضح وكيل اللاعب أن موكله لم يرد على العرض بعد، مستبعدا في الوقت نفسه فكرة عودته إلى ناديه السابق.",
            "مستبعدا",
            "فكرة عودته إلى ناديه السابق",
        ),
        (
            "وقالت مصادر طبية إن عدد المصابين بلغ عشرين شخصا، مرجحة ارتفاع حصيلة القتلى خلال الساعات المقبلة.",
            "مرجحة",
            "ارتفاع حصيلة القتلى خلال الساعات المقبلة",
        ),
    ],
)
def test_a_forecast_participle_after_a_comma_takes_a_noun_object(text: str, cue: str, content: str) -> None:
    found = analysed(text)
    quote = by_cue(found, cue)
    assert quote["text"].endswith(content)
    assert quote["speaker"]["text"] == by_cue(found, found[0]["cue"]["text"])["speaker"]["text"]


@pytest.mark.parametrize(
    "text",
    [
        "وكان فوز الحزب في الجولة الأولى متوقعا إلى حد كبير بعد مقاطعة المعارضة.",
        "وتراجع المؤشر في غياب نتائج أعمال كبيرة متوقعة هذا الأسبوع.",
        "وبدا الانتعاش مرجحا بشكل أكبر بعد تراجع الدولار.",
    ],
)
def test_the_adjective_reports_nothing(text: str) -> None:
    assert analysed(text) == []


def test_the_complement_clause_still_reports_without_a_comma() -> None:
    text = "وأشاد المدرب بأداء المهاجم الجديد ومتوقعا أن يشكل قوة إضافية للفريق في الموسم المقبل."
    quote = by_cue(analysed(text), "ومتوقعا")
    assert quote["text"] == "يشكل قوة إضافية للفريق في الموسم المقبل"


# cue44b: a stance noun in the accusative ends an indefinite subject


@pytest.mark.parametrize(
    ("text", "speaker", "opening"),
    [
        (
            "وأبدت ثماني منظمات حقوقية دولية تحفظات تجاه قانون مكافحة الإرهاب الجديد.",
            "ثماني منظمات حقوقية دولية",
            "تحفظات",
        ),
        ("ويبدي مواطنون مخاوف من أن تصل الحرائق إلى المصانع القريبة.", "مواطنون", "مخاوف"),
        ("وأبدى خبراء اقتصاديون تفاؤلا حذرا بشأن نتائج الاتفاق.", "خبراء اقتصاديون", "تفاؤلا"),
        (
            "وأبدى مدرب النصر خورخي دا سيلفا (أوروجواي) تفاؤلا شديدا بفرص فريقه في البطولة.",
            "مدرب النصر خورخي دا سيلفا (أوروجواي)",
            "تفاؤلا",
        ),
        ("وأبدت منظمات حقوقية قلقا بالغا من القانون الجديد.", "منظمات حقوقية", "قلقا"),
    ],
)
def test_a_stance_noun_in_the_accusative_opens_what_was_said(text: str, speaker: str, opening: str) -> None:
    [quote] = analysed(text)
    assert quote["speaker"]["text"] == speaker
    assert quote["text"].startswith(opening)


def test_a_definite_subject_with_its_listed_object_is_unchanged() -> None:
    [quote] = analysed("وأبدت السلطات البريطانية قلقها من تزايد أعداد المهاجرين.")
    assert quote["speaker"]["text"] == "السلطات البريطانية"
    assert quote["text"].startswith("قلقها")


def test_declining_to_be_named_is_no_stance_object() -> None:
    text = "وأوضح وكيل ملاحي تحفظ على ذكر اسمه أن المشروع سيسرع عبور السفن."
    [quote] = analysed(text)
    assert quote["speaker"]["text"].startswith("وكيل ملاحي")


def test_a_plural_forecast_participle_takes_no_noun_object() -> None:
    text = "وقال المتحدث إن الأنباء غير صحيحة. ونشرت صحف محلية أخبارا عن وصول قوات برية، متوقعين وصول جنود آخرين."
    assert [q for q in analysed(text) if (q["cue"] or {}).get("text") == "متوقعين"] == []
