"""Facts, eighteenth pass: "ما بين … إلى …" names a range whatever the order of its bounds and
whatever form its unit takes the second time (made-up sentences, each with the near miss that must
not change)."""

from fact_rows import facts


def rows(text):
    return [(f["text"], f["type"], f["value"], f["min"], f["max"]) for f in facts(text)]


# --- "ما بين … إلى …" named from the top -----------------------------------------------------------


def test_a_range_between_named_from_the_top_is_one_range():
    assert rows("وتراوحت مكاسب القطاعات ما بين 4.75% إلى 1.02% في ختام التعاملات") == [
        ("4.75% إلى 1.02%", "percent", None, 1.02, 4.75),
    ]
    assert rows("وتراوحت خسائر الأسهم ما بين 7 في المائة إلى 3 في المائة أمس") == [
        ("7 في المائة إلى 3 في المائة", "percent", None, 3, 7),
    ]


def test_from_a_higher_figure_to_a_lower_one_stays_two_values():
    # no "بين": a change from one value to another, not a range
    found = facts("وتراجع عدد المصابين من 12 إلى 5 أشخاص خلال أسبوع")
    assert [(f["text"], f["value"], f["min"], f["max"]) for f in found] == [
        ("12", 12, None, None),
        ("5 أشخاص", 5, None, None),
    ]


# --- the unit named again in another form ------------------------------------------------------------


def test_a_range_between_takes_its_unit_again_in_another_form():
    assert rows("وتمتد الجسور الجديدة ما بين 4 أمتار إلى 21 متراً فوق الوادي") == [
        ("4 أمتار إلى 21 متراً", "other", None, 4, 21),
    ]
    assert rows("ويباع الصنف الواحد ما بين 90 ريالا إلى 400 ريال في السوق") == [
        ("90 ريالا إلى 400 ريال", "money", None, 90, 400),
    ]


def test_two_counts_of_different_things_after_between_stay_apart():
    assert rows("وتضم الرحلة ما بين 5 معلمين إلى 30 طالبا من المدارس") == [
        ("5 معلمين", "other", 5, None, None),
        ("30 طالبا", "other", 30, None, None),
    ]


# --- "المثلين" (twice) alone, read as the lone fractions are ----------------------------------------


def test_twice_alone_after_a_modifier_or_a_lead_word_is_a_measure():
    assert rows("وارتفعت صادرات المصنع بأكثر من المثلين خلال الموسم") == [
        ("أكثر من المثلين", "other", None, 2, None),
    ]
    assert rows("وقررت البلدية رفع رسوم اللوحات إلى المثلين اعتبارا من الشهر") == [
        ("المثلين", "other", 2, None, None),
    ]


def test_the_proverb_and_definite_examples_count_nothing():
    assert rows("واستشهد الكاتب بالمثل الشعبي في مقاله") == []
    assert rows("وقارن الباحث بين المثلين الشعبيين في كتابه") == []


# --- "بأبين" is a place, no two doors --------------------------------------------------------------


def test_in_abyan_is_no_dual():
    assert rows("وقال مصدر في المقاومة بأبين إن القوات تقدمت نحو المدينة") == []
    assert rows("وللمبنى الجديد بابان رئيسيان") == [("بابان", "other", 2, None, None)]
