"""Session 37, pass acc37 (docs/evaluation/quotes.md, "Session 37, pass acc37"), issue #4, according-to quotes:

- acc37: "آخر / أحدث" before the head of a source ("بحسب آخر الإحصائيات"، "وفقا لأحدث دراسة طبية") no longer
  hides the head (clause_words.tsv ``latest_word``; according.py ``latest_source``), where the source phrase
  closes its sentence (nothing after it but a time, no figure) or opens it and a comma closes it; a measure
  after it ("وفق أحدث المواصفات") stays no source, and so does such a phrase inside its clause;
- acc37b: a ل-noun that goes on a body's name after its nisba ("المرصد السوري لحقوق الإنسان"، "المفوضية السامية
  لشؤون اللاجئين") is not taken for the verb of the clause a fronted source interrupts (clause_words.tsv
  ``name_complement``).
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


def test_a_bodys_name_in_quotation_marks_goes_on_after_its_nisba():
    [q] = according("وبحسب «المنظمة الأوروبية لحقوق الإنسان»، يعيش آلاف اللاجئين في ظروف صعبة.")
    assert q["text"].startswith("يعيش آلاف اللاجئين")


def test_a_bodys_name_goes_on_after_its_nisba():
    [q] = according("ووفق بيانات المفوضية السامية لشؤون اللاجئين، ارتفعت أعداد النازحين في العراق إلى ثلاثة ملايين.")
    assert q["text"].startswith("ارتفعت أعداد النازحين")
    assert q["speaker"]["text"].endswith("لشؤون اللاجئين")

