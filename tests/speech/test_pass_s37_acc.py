"""Session 37, pass acc37 (docs/evaluation/quotes.md, "Session 37, pass acc37"), issue #4, according-to quotes:

- acc37: "آخر / أحدث" before the head of a source ("بحسب آخر الإحصائيات"، "وفقا لأحدث دراسة طبية") no longer
  hides the head (clause_words.tsv ``latest_word``; according.py ``latest_source``), where the source phrase
  closes its sentence (nothing after it but a time, no figure) or opens it and a comma closes it; a measure
  after it ("وفق أحدث المواصفات") stays no source, and so does such a phrase inside its clause.
"""

from entity_quotes import analysed


def according(text: str) -> list[dict]:
    return [q for q in analysed(text) if q["kind"] == "according_to"]


def test_latest_statistics_close_the_sentence():
    [q] = according("ويبلغ عدد مستخدمي الشبكة في المملكة نحو عشرة ملايين مستخدم حسب آخر الإحصائيات.")
    assert "يبلغ عدد مستخدمي الشبكة" in q["text"]
    assert q["speaker"]["text"] == "آخر الإحصائيات"


def test_latest_study_closes_the_sentence():
    [q] = according("ويرتبط قلة النوم بزيادة الوزن لدى الأطفال وفقا لأحدث دراسة طبية بريطانية.")
    assert "قلة النوم بزيادة الوزن لدى الأطفال" in q["text"]
    assert "دراسة طبية بريطانية" in q["speaker"]["text"]


def test_latest_official_figures_fronted():
    [q] = according("وبحسب آخر الأرقام الرسمية، تراجعت صادرات المملكة غير النفطية بنسبة خمسة في المئة.")
    assert "تراجعت صادرات المملكة" in q["text"]


def test_latest_specifications_stay_a_measure():
    assert according("وسيتم تنفيذ المبنى الجديد وفق أحدث المواصفات العالمية في البناء.") == []


def test_latest_figure_inside_reported_words_is_no_source():
    text = ("وأوضحت الوزارة أن ذلك يأتي دعما للحد من البطالة، والتي بلغت نسبتها وفقاً لآخر إحصائية صادرة عن "
            "مصلحة الإحصاءات العامة والمعلومات 11.7%.")
    assert according(text) == []


def test_latest_source_cut_short_before_a_report_is_left():
    text = ("ووفق آخر بيانات المفوضية السامية لشؤون اللاجئين، التابعة للأمم المتحدة، أكدت المفوضية تزايد "
            "أعداد النازحين.")
    assert according(text) == []
