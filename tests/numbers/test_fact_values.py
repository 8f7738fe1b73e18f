"""Fact values and types: classes that recur in unseen news (twelfth facts pass), each on made-up
sentences with the near miss that must not change."""

from fact_rows import facts

from khabar.numbers.words import match, number_phrases


def rows(text):
    return [(f["text"], f["type"], f["value"], f["min"], f["max"]) for f in facts(text)]


# --- an amount after a sum of money is a sum in the same currency ----------------------------------


def test_another_amount_after_a_sum_is_money():
    assert rows("وستتكلف الصفقة نحو 24 مليون يورو بجانب 6 ملايين أخرى مرتبطة بأداء اللاعب") == [
        ("نحو 24 مليون يورو", "money", 24000000, None, None),
        ("6 ملايين", "money", 6000000, None, None),
    ]


def test_an_amount_for_each_after_a_fine_is_money():
    assert rows("وعاقبت اللجنة اللاعب بغرامة 50 ألف ريال وزميليه بإيقاف مباراتين و20 ألف لكل منهما") == [
        ("50 ألف ريال", "money", 50000, None, None),
        ("مباراتين", "other", 2, None, None),
        ("و20 ألف", "money", 20000, None, None),
    ]


def test_a_count_without_a_scale_word_between_does_not_break_the_sum():
    assert rows("وجمع الفيلم 9.4 مليون دولار في 2900 دار عرض لترتفع إيراداته إلى 88.5 مليون") == [
        ("9.4 مليون دولار", "money", 9400000, None, None),
        ("2900 دار", "other", 2900, None, None),
        ("88.5 مليون", "money", 88500000, None, None),
    ]


def test_an_amount_of_something_else_between_breaks_the_sum():
    assert rows("وبلغت الإيرادات 5 مليارات دولار واستقبل المعرض 3 ملايين زائر بينما بلغت المبيعات 2 مليون") == [
        ("5 مليارات دولار", "money", 5000000000, None, None),
        ("3 ملايين زائر", "other", 3000000, None, None),
        ("2 مليون", "other", 2000000, None, None),
    ]


def test_another_count_of_things_stays_other():
    assert rows("وأنفقت البلدية 12 مليون ريال على 4 حدائق وأضافت 7 حدائق أخرى") == [
        ("12 مليون ريال", "money", 12000000, None, None),
        ("4 حدائق", "other", 4, None, None),
        ("7 حدائق", "other", 7, None, None),
    ]


# --- a word typed glued to the figure after it ---------------------------------------------------------


def test_a_ceiling_glued_to_its_figure_bounds_it():
    assert rows("وتغطي الوثيقة تكلفة الإقامة بحد أقصى450 ريال لكل ليلة") == [
        ("بحد أقصى450 ريال", "money", None, None, 450)
    ]


def test_a_share_glued_to_its_word_is_read():
    assert rows("وتشكل الأراضي البيضاء في حدود65 % من مساحة المدينة") == [("65 %", "percent", 65, None, None)]
    assert rows("وارتفعت المبيعات بنسبة3.5 في المائة خلال الربع الثاني") == [
        ("3.5 في المائة", "percent", 3.5, None, None)
    ]


def test_a_modifier_whose_last_word_is_glued_still_bounds_the_figure():
    assert rows("واستفاد من البرنامج أكثر من٧٠٠ طالب هذا الصيف") == [("أكثر من٧٠٠ طالب", "other", None, 700, None)]


def test_codes_and_names_glued_to_digits_stay_no_count():
    assert rows("وتسلم العراق طائرات إف16 المقاتلة ضمن الصفقة") == []
    assert rows("وأطلقت الشركة هاتف جالكسي أس6 إيدج الجديد") == []


# --- a count of times is no count of victims -------------------------------------------------------------


def test_how_often_someone_was_hurt_is_no_count_of_the_injured():
    assert rows("وكان القائد قد أصيب بجروح خطيرة ثلاث مرات خلال الحرب") == [("ثلاث مرات", "other", 3, None, None)]
    assert rows("لقد قتلوا الحقيقة مرتين حين صمتوا") == [("مرتين", "other", 2, None, None)]


def test_several_times_is_no_count_at_all():
    assert rows("وقالت إنها حاولت قتل نفسها عدة مرات قبل أن تعود") == []


def test_the_victims_beside_a_count_of_times_keep_their_type():
    assert rows("وأصيب أربعة جنود بجروح في هجوم تكرر مرتين") == [
        ("أربعة جنود", "injured", 4, None, None),
        ("مرتين", "other", 2, None, None),
    ]


# --- "خمسة زائد واحد" names the powers of the Iran talks ---------------------------------------------------


def test_five_plus_one_is_a_name():
    assert rows("وبحث الوزيران الاتفاق النووي بين إيران ومجموعة خمسة زائد واحد") == []
    assert rows("ورحبت الدول الخمس زائد واحد بالخطوة") == []


def test_five_teams_beside_it_still_count():
    assert rows("وأرسلت مجموعة خمسة زائد واحد خمسة خبراء إلى فيينا") == [("خمسة خبراء", "other", 5, None, None)]


# --- "راح ضحيتها" (fell victim to it) governs a count of the dead --------------------------------------


def test_those_who_fell_victim_to_an_attack_are_killed():
    assert rows("وأدان المجلس التفجير الذي راح ضحيته 31 شخصا في المدينة") == [("31 شخصا", "killed", 31, None, None)]
    assert rows("وتذكر الأهالي الحرب التي ذهب ضحيتها نحو 20 ألف مدني") == [
        ("نحو 20 ألف مدني", "killed", 20000, None, None)
    ]


def test_the_injured_counted_beside_the_victims_keep_their_type():
    assert rows("وقع الحادث الذي راح ضحيته 7 معتمرين و30 مصابا على طريق الهجرة") == [
        ("7 معتمرين", "killed", 7, None, None),
        ("و30 مصابا", "injured", 30, None, None),
    ]


def test_a_victim_without_the_verb_of_going_governs_nothing():
    assert rows("وقال الطبيب إن ضحية الحادث كان برفقة 3 أطفال") == [("3 أطفال", "other", 3, None, None)]


# --- "م" after a figure that is no year: metres or degrees -----------------------------------------------


def test_metres_and_degrees_written_with_mim_are_measures():
    assert rows("وسقط العامل في بئر عمقها ٣٠ م أثناء الحفر") == [("٣٠ م", "other", 30, None, None)]
    assert rows("وسجلت درجة الحرارة في المدينة 48م ظهر أمس") == [("48م", "other", 48, None, None)]


def test_years_and_hours_written_with_mim_stay_no_count():
    assert rows("وبنيت القلعة عام 620م على التل") == []
    assert rows("ويفتح المعرض أبوابه (٩ص-٥م) طوال الأسبوع") == []


# --- "أكثر من" + a noun with "his" compares: no "more than one" ------------------------------------------


def test_more_than_his_noun_is_a_comparison():
    assert rows("ويرى بعض الأطباء أن أضرار الدواء أكثر من فوائده") == []
    assert rows("ويثق الطالب في الحساب أكثر من معلمه") == []


def test_more_than_one_direction_or_alert_still_counts():
    assert rows("وعملت الفرق في أكثر من اتجاه طوال اليوم") == [("أكثر من اتجاه", "other", None, 1, None)]
    assert rows("وتلقى السائق أكثر من تنبيه قبل المخالفة") == [("أكثر من تنبيه", "other", None, 1, None)]


# --- idioms with "two": "لا يختلف عليه اثنان"، "لا تقبل القسمة على اثنين" -----------------------------------


def test_no_two_disagree_is_no_count():
    assert rows("وهذه حقيقة لا يختلف عليها اثنان في الوسط الرياضي") == []
    assert rows("وقال المدرب إن المباراة لا تقبل القسمة على اثنين") == []


def test_two_members_who_disagreed_still_count():
    assert rows("واختلف اثنان من الأعضاء على القرار") == [("اثنان من الأعضاء", "other", 2, None, None)]


# --- cases after cases of death: other cases ------------------------------------------------------------


def test_cases_still_treated_after_cases_of_death_are_no_deaths():
    assert rows("وبلغ إجمالي الحالات 900 حالة، من بينها 390 حالة وفاة، إضافة إلى 12 حالة ما زالت تحت العلاج") == [
        ("900 حالة", "other", 900, None, None),
        ("390 حالة وفاة", "killed", 390, None, None),
        ("12 حالة", "other", 12, None, None),
    ]


def test_the_dead_named_after_cases_of_death_stay_killed():
    assert rows("وسجلت الوزارة 5 حالات وفاة جميعها في جدة لأربعة مواطنين ووافد") == [
        ("5 حالات وفاة", "killed", 5, None, None),
        ("لأربعة مواطنين", "killed", 4, None, None),
    ]
    assert rows("وأعلنت الوزارة وفاة 3 حالات في الرياض") == [("3 حالات", "killed", 3, None, None)]


# --- the Arabic comma between digits (thirteenth pass) ------------------------------------------------


def figures(text):
    return [(p.low, p.high) for p in number_phrases(match(text))]


def test_the_arabic_comma_before_a_percent_is_a_decimal_mark():
    assert rows("وأظهر الاستطلاع أن ٤٢،٥٪ من المشاركين يفضلون النقل العام، مقابل ١٨،٢ في المائة") == [
        ("٤٢،٥٪", "percent", 42.5, None, None),
        ("١٨،٢ في المائة", "percent", 18.2, None, None),
    ]


def test_the_arabic_comma_before_a_scale_or_a_currency_is_a_decimal_mark():
    assert rows("ورصدت الوزارة ٣،٧ مليون ريال لصيانة المدارس") == [("٣،٧ مليون ريال", "money", 3700000, None, None)]
    assert rows("وارتفع سعر لتر الوقود إلى 1،85 درهم بعد القرار") == [("1،85 درهم", "money", 1.85, None, None)]


def test_the_arabic_comma_before_groups_of_three_marks_thousands():
    assert rows("وبلغ عدد زوار المعرض 12،450 زائرا وتداول المستثمرون 95،310،204 سهما") == [
        ("12،450 زائرا", "other", 12450, None, None),
        ("95،310،204 سهما", "other", 95310204, None, None),
    ]


def test_the_arabic_comma_of_hours_lists_and_spaced_figures_keeps_them_apart():
    assert figures("ووقع الحادث عند الساعة ٩،٣٠ مساء أمس") == [(9, 9), (30, 30)]  # (no unit after)
    assert figures("وتنص المواد ٤،٥،٦ على العقوبات") == [(4, 4), (5, 5), (6, 6)]
    assert figures("وسجل اللاعب في الدقائق (45،12) من المباراة") == [(45, 45), (12, 12)]
    assert figures("وتنص الفقرات ٣، ٤ من المادة على ذلك") == [(3, 3), (4, 4)]
