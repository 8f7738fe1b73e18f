"""Session 45, pass acc45 (issue #4, according-to quotes and their speakers on unseen news), found on a sample of 130
according-to cue occurrences of day files 10:15 (seed 9700) and the short according-to contents of a corpus dump; two rules kept:

- (acc45a, a source of seven to ten words set off by two commas read as interrupting its clause, was dropped: it broke
  session 30's guard that an outlet set off after a reporting verb's subject is that verb's via.)
- acc45b: a timetable, a tradition, a rate, a price or circumstances after بحسب / وفق / وفقا لـ ("وحسب مواعيد العمل"،
  "بحسب التقليد العسكري"، "وفقا للمعدلات الحالية") is the measure something is done by, not a source (``criterion``
  in clause_words.tsv).
- acc45c: "حسب رأي X"، "بحسب وجهة نظر X" name X as the holder of a view, an according-to source (according.tsv), as
  "على حد قول X" does; closing a clause with no comma before it, the view attributes the clause since the last comma,
  not the earlier clauses of a long sentence, nor what follows its holder ("``view_head``" in clause_words.tsv).
"""

from __future__ import annotations

import pytest
from entity_quotes import according_rows, only_according


@pytest.mark.parametrize(
    "text",
    [
        # the shape of the drawn 2015-08-08#135
        "ويستقبل المطعم زبائنه في الصالات الداخلية طوال أيام الأسبوع، وحسب مواعيد العمل المعتادة.",
        # the shape of the drawn 2015-08-06#494
        "وكما كان متوقعا، عين قائد القوات الجوية اللواء سامي العمر بحسب التقليد العسكري رئيسا للأركان.",
        # the shape of the drawn 2015-08-08#142
        "ووصلت الرسالة ومعها فاتورة بعشرة ريالات لأن الطابع الأصلي غير كاف، وفقا للمعدلات الحالية.",
    ],
)
def test_a_timetable_tradition_rate_or_circumstance_is_no_source(text: str) -> None:
    assert according_rows(text) == []


def test_a_source_after_a_criterion_word_still_speaks() -> None:
    # guard: a source is still found where a criterion word stands later in its sentence
    who, said = only_according("ووفقا لمصادر مطلعة فإن أسعار التذاكر سترتفع حسب المواعيد الجديدة للرحلات.")
    assert who is not None and "مصادر" in who
    assert said.startswith("أسعار التذاكر")


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        # the shape of corpus 2015-07-26#1373 and 2015-07-25#91
        (
            "وعثر الباحثون على نوع جديد من المعادن. وحسب رأي علماء الجيولوجيا، هذا المعدن لم يتشكل في باطن البركان.",
            "علماء الجيولوجيا",
            "هذا المعدن لم يتشكل",
        ),
        # the shape of the drawn 2015-08-07#1259: a long sentence, the view closing its last clause
        (
            "وفي القاهرة نشأ شاب اسمه سالم، درس في جامعة الأزهر ونال الماجستير، كان سالم مؤثرا في الجماعة حسب رأي"
            " المؤرخ خالد عبدالله في كتابه وشارك في عدة مؤتمرات.",
            "خالد عبدالله",
            "كان سالم مؤثرا في الجماعة",
        ),
        # the shape of corpus 2015-08-03#1037 and #169
        ("ثم إن الطفل - بحسب رأي المختصين - يتأثر بما يحيط به في المدرسة.", "المختصين", "يتأثر بما يحيط به"),
    ],
)
def test_a_named_holders_view_is_an_according_to_source(text: str, source: str, content: str) -> None:
    who, said = only_according(text)
    assert who is not None and source in who
    assert said.startswith(content) or content in said
    assert "درس في جامعة" not in said and "مؤتمرات" not in said


def test_the_holders_own_view_word_stays_with_the_holder() -> None:
    # guard: "حسب رأيه" is still acc44a's own view, its holder the one already speaking
    who, _ = only_according(
        "وقال الخبير الاقتصادي سامي المالكي إن الأسعار سترتفع. وحسب رأيه، فإن الطلب سيزيد في الربع المقبل."
    )
    assert who is not None and "المالكي" in who
