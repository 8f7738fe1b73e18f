"""Eleventh facts pass: dev errors worked for margin, each on made-up sentences with the near
miss that must not change."""

from fact_rows import facts


def rows(text):
    return [(f["text"], f["type"], f["value"], f["min"], f["max"]) for f in facts(text)]


# --- "ابنتي" is "my daughter", not the construct dual of ابنة --------------------------------------


def test_my_daughter_before_a_name_and_a_verb_is_no_count():
    assert rows("وقال الأب إن طليقته أخذت ابنتي سارة وذهبت بها إلى الرياض دون علمه") == []


def test_the_free_dual_of_daughter_still_counts_two():
    assert rows("وأوضح أن المتهم خطف ابنتين من الحي قبل أن يلوذ بالفرار") == [
        ("ابنتين", "other", 2, None, None)
    ]


# --- freeing hostages makes them released ------------------------------------------------------------


def test_hostages_freed_by_the_army_are_released():
    assert rows("وأعلن الجيش أنه حرر 40 رهينة بينهم 12 طفلا قرب الحدود") == [
        ("40 رهينة", "released", 40, None, None),
        ("12 طفلا", "released", 12, None, None),
    ]
    assert rows("وتمكنت الشرطة من تحرير 6 مختطفين في عملية ليلية") == [
        ("6 مختطفين", "released", 6, None, None)
    ]


def test_freeing_towns_or_writing_tickets_is_no_release_and_held_hostages_stay_hostages():
    assert rows("حرر رجال المرور 150 مخالفة خلال الحملة") == [("150 مخالفة", "other", 150, None, None)]
    assert rows("وتمكنت القوات من تحرير 3 بلدات في ريف المحافظة") == [("3 بلدات", "other", 3, None, None)]
    assert rows("وما زال التنظيم يحتجز 30 رهينة في المدينة") == [("30 رهينة", "hostages", 30, None, None)]


# --- a definite compound: الخمسة والعشرين -------------------------------------------------------------


def test_a_definite_unit_and_ten_make_one_number():
    assert rows("وضبطت الدورية مع المتهمين مبالغ تزيد على الثلاثة والأربعين ألف ريال") == [
        ("تزيد على الثلاثة والأربعين ألف ريال", "money", None, 43000, None)
    ]
    assert rows("وكرم الحفل اللاعبين الستة والعشرين جميعهم") == [("اللاعبين الستة والعشرين", "other", 26, None, None)]


def test_a_definite_ten_alone_stays_an_ordinal():
    assert rows("شهد القرن العشرين حربين عالميتين") == [("حربين عالميتين", "other", 2, None, None)]


# --- "أكثر من نصفه" is more than half of it, not more than one ----------------------------------------


def test_more_than_half_of_it_is_no_count_of_one():
    assert rows("ولو جمع الكاتب مقالاته في كتاب لسقط أكثر من نصفه لأنها صارت قديمة") == []


def test_more_than_one_of_an_indefinite_singular_still_counts():
    assert rows("وقد زار الوفد أكثر من مدينة خلال الجولة") == [("أكثر من مدينة", "other", None, 1, None)]
