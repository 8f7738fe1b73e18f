"""Facts, twenty-third pass: after a word that usually labels a figure but names a place, a body,
a law or a stage (المنطقة، المركز، الدورة، القانون، الأمر، المرحلة: ``counting_label_words.tsv``),
the figure counts the noun right after it ("تنظم في المنطقة 6 مسابقات"), while a figure with no such noun,
or after another label word, stays a label (made-up sentences)."""

from fact_rows import facts


def rows(text):
    return [(f["text"], f["type"], f["value"]) for f in facts(text)]


def test_a_plural_after_a_small_figure_in_a_region_counts():
    assert rows("وتنظم في المنطقة 6 مسابقات للتمور كل عام.") == [("6 مسابقات", "other", 6)]


def test_an_accusative_singular_after_a_body_counts():
    assert rows("وشارك في الدورة 35 متدربا من عدة جهات حكومية.") == [("35 متدربا", "other", 35)]


def test_a_figure_in_brackets_counts_the_noun_after_the_bracket():
    assert [f["value"] for f in facts("ويبلغ عدد المقاعد في هذه الدورة (1420) مقعدا للنساء.")] == [1420]


def test_a_law_counts_its_supporters():
    assert rows("وأيد القانون 48 نائبا في البرلمان.") == [("48 نائبا", "other", 48)]


def test_labels_stay_labels():
    assert rows("ونصت المادة 12 مخالفة للنظام على العقوبة.") == []  # (المادة: not a counting word)
    assert rows("وأقيم اللقاء ضمن المرحلة 17 بالمسابقة المحلية.") == []  # a definite word after it
    assert rows("وتقدم الفريق إلى المركز 6 عالميا في الترتيب.") == []  # an adverb in -يا
    assert rows("وعرض الفيلم في الدورة 41 هذا الشهر.") == []  # a stopword
    assert rows("وقعت الحادثة في المنطقة 5 شمال المدينة.") == []  # no counted noun
