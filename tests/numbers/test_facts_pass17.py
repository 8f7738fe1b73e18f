"""Facts, seventeenth pass: a lone definite fraction as a measure, "one" with the article, "one of",
a figure right after a word of change (made-up sentences, each with the near miss that must not
change)."""

from fact_rows import facts


def rows(text):
    return [(f["text"], f["type"], f["value"], f["min"], f["max"]) for f in facts(text)]


# --- a fraction with the article, alone, after a word that makes it a measure ----------------------


def test_a_lone_definite_fraction_after_a_lead_word_is_a_measure():
    assert rows("وتراجعت مبيعات الشركة إلى النصف خلال عامين") == [("النصف", "other", 0.5, None, None)]
    assert rows("وانخفض عدد الحوادث بمقدار الثلث هذا الموسم") == [("الثلث", "other", 0.333333, None, None)]
    assert rows("ويحتاج القرار إلى موافقة المجلس بأغلبية الثلثين، ثم توقيع الرئيس") == [
        ("الثلثين", "other", 0.666667, None, None),
    ]


def test_a_lone_definite_fraction_takes_the_modifier_before_it():
    assert rows("وتراجعت صادرات المصنع بأكثر من الربع خلال الموسم") == [
        ("أكثر من الربع", "other", None, 0.25, None),
    ]
    found = facts("وهبطت أسعار الخضار بنحو الثلث هذا الأسبوع")
    assert [(f["text"], f["value"], f["approximate"]) for f in found] == [("نحو الثلث", 0.333333, True)]


def test_from_one_fraction_to_another_gives_both():
    assert rows("وتقرر رفع حصة الموظفين من النصف إلى الثلثين في العام المقبل") == [
        ("النصف", "other", 0.5, None, None),
        ("الثلثين", "other", 0.666667, None, None),
    ]


def test_a_lone_fraction_counts_no_victims():
    assert rows("وتبين أن خطر الإصابة بالجلطة ينخفض بمقدار النصف لدى الرياضيين") == [
        ("النصف", "other", 0.5, None, None),
    ]


def test_a_definite_fraction_before_a_definite_word_or_without_a_lead_is_none():
    assert rows("وارتفعت أرباح البنك خلال النصف الأول من العام") == []
    assert rows("وعبرت القافلة إلى الربع الخالي قبل الفجر") == []
    assert rows("وجاءت النتائج أقل من الربع نفسه في العام الماضي") == []
    assert rows("وقال إن النصف يكفي لتغطية الحاجة") == []


# --- "one" with the article is "per one" or "a single", no count ----------------------------------


def test_one_with_the_article_counts_nothing():
    assert [f for f in facts("ويباع الزيت بسعر 90 ريالا للتر الواحد في السوق") if f["value"] == 1] == []
    assert [f for f in facts("ويعمل الموظفون بروح الفريق الواحد في المهرجان") if f["value"] == 1] == []


def test_one_without_the_article_still_counts():
    assert rows("واشترى الزائر لترا واحدا من الزيت") == [("لترا واحدا", "other", 1, None, None)]


# --- "one of" a plural or a superlative is no adjective of the word before it ---------------------


def test_one_of_a_plural_or_a_superlative_counts_nothing():
    assert rows("ونعى الحفل ضحايا واحدة من أسوأ الكوارث في تاريخ البلاد") == []
    assert rows("وقال إن جازان واحدة من مناطق المملكة الواعدة") == []
    assert rows("وبدا وكأنه واحد من المسؤولين الكبار") == []


def test_one_after_a_countable_singular_still_counts_before_of():
    assert rows("وقتل شخص واحد من المتظاهرين أمس") == [("شخص واحد", "killed", 1, None, None)]
    assert rows("وشارك في دورة واحدة من البطولة") == [("دورة واحدة", "other", 1, None, None)]


# --- a figure right after a word of change ---------------------------------------------------------


def test_a_bare_figure_after_a_word_of_change_counts():
    assert rows("وأغلق المؤشر عند 7410.20 نقطة، منخفضا 22.35، بنسبة 0.3%") == [
        ("7410.20 نقطة", "other", 7410.2, None, None),
        ("22.35", "other", 22.35, None, None),
        ("0.3%", "percent", 0.3, None, None),
    ]
    assert rows("وتم تداول أسهم 150 شركة، ارتفعت منها 64، انخفضت 71") == [
        ("150 شركة", "other", 150, None, None),
        ("64", "other", 64, None, None),
        ("71", "other", 71, None, None),
    ]
    assert rows("وقال إن مؤشر الأسعار ارتفع إلى 131.4 مقارنة بالشهر السابق") == [
        ("131.4", "other", 131.4, None, None),
    ]


def test_a_bare_figure_elsewhere_still_counts_nothing():
    assert rows("وسجل اللاعب 64 في المباراة الأخيرة") == []
    assert rows("ووقف القطار في محطة 71 قبل الظهر") == []
    assert rows("وتقام العروض ضمن مهرجان الصيف غير 12، الحدث الأكبر في المدينة") == []  # غير: "other than"
