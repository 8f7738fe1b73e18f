"""Pass facts47b (session 47): a figure alone in brackets with a definite word right after the
bracket is a label — an item of a numbered list ("(1) المستثمرين (2) القطاع الخاص"), a goal's
minute ("(54) الهدفين"), an index's code ("مؤشر السوق ( 30 ) اليوم") — not a count; a count in
brackets takes its indefinite noun after it ("(15) رحلة") and stays, as do the thousands after a
bracket and a count before a word with ل ("(38) للبنين": for whom). And "نصف" before a relative
adjective is "semi-" (التقرير نصف السنوي), no half.

Made-up sentences in the style of the news, through ``khabar.analyze``."""

import pytest

import khabar


def _facts(text: str) -> list[tuple[str, float | None]]:
    doc = khabar.analyze(text, published="2015-08-10")
    return [(f["text"], f["value"]) for f in doc.facts]


# (text, the label's figure: no count of it may be read)
LABELS = [
    ("وتتوزع الفوائد على ثلاثة أطراف: (1) المستثمرين الأجانب (2) القطاع الخاص (3) الأسر الثرية.", 2),
    ("وأحرز المهاجم البرازيلي (54) والمدافع الإسباني (71) الهدفين في المباراة الودية.", 71),
    ("وأغلق مؤشر السوق ( 30 ) اليوم عند مستوى 6401 نقطة منخفضا 18 نقطة.", 30),
    ("وتصنف طلبات العاطلين على النحو التالي: (1) الشهادة الثانوية فما دون (2) الشهادة الجامعية فأعلى.", 1),
]


@pytest.mark.parametrize(("text", "label"), LABELS)
def test_a_figure_alone_in_brackets_before_a_definite_word_is_a_label(text, label):
    assert not [text for text, value in _facts(text) if value == label]


# guards: a count in brackets before its indefinite noun, the thousands after a bracket, and a
# figure in brackets after the article (read by the ordinal check, as before)
COUNTS = [
    ("وبلغ عدد الرحلات اليومية بين المدينتين (15) رحلة في الأسبوع الأول.", 15),
    ("ورصدت فرق التفتيش (267) مخالفة في محافظة الخبر.", 267),
    ("وتبلغ قيمة المنحة (5) آلاف ريال لكل طالب.", 5000),
    ("وتضم الخطة (67) كلية، منها حوالي (38) للبنين، و(29) للبنات.", 38),
    ("وتراوح عدد المصابين في كل حادث من (5) إلى (10) أشخاص.", 5),
]


@pytest.mark.parametrize(("text", "value"), COUNTS)
def test_a_count_in_brackets_stays(text, value):
    assert [text for text, found in _facts(text) if found == value]


# "نصف" before a relative adjective is "semi-" (التقرير نصف السنوي): no half of anything
SEMI = [
    "وذكر البنك المركزي في تقريره نصف السنوي أن النمو سيتباطأ.",
    "وقالت رئيسة المجلس في شهادتها نصف السنوية أمام اللجنة إن الأسعار استقرت.",
    "ويعمل الشاب في القطاع نصف الحكومي منذ عامين.",
]


@pytest.mark.parametrize("text", SEMI)
def test_half_before_a_relative_adjective_is_no_fraction(text):
    assert not [value for _, value in _facts(text) if value == 0.5]


def test_half_of_a_whole_stays():
    assert ("نصف الميزانية", 0.5) in _facts("وأنفقت الوزارة نصف الميزانية على المشاريع الجديدة.")
