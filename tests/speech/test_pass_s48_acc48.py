"""Session 48, pass acc48 (issue #4, according-to quotes and their speakers on unseen news), found on a sample of 140
according-to cue occurrences of day files 15:19 (seed 10090) and 0:5 (seed 10091) and the corpus of all 19 day files:

- acc48a: a source with its own و after a comma and set off by a second comma ("…، وبحسب المصادر، سقط …") attributes
  the clause that follows it, not the words before its و; not where a noun follows the second comma, the object of
  the clause the source interrupts ("قدمت طهران، وبحسب وكالة …، مبادرة …").
- acc48b: a source right after an أن / إن with its pronoun ("وقال إنه وفقا لـX فإن …") opens that clause: what follows
  the source is attributed, not the lead "وقال إنه"; a measure or a rule there ("أنه وفقا للتوجيهات … فإن") is no
  source at all; a programme of work is a criterion (clause_words.tsv).
"""

from __future__ import annotations

import pytest
from entity_quotes import according_rows, quote_rows


def assert_one_attribution(text: str, source: str, content: str) -> None:
    """Exactly one according-to quote of ``text`` names ``source``, and its content opens with ``content``."""
    rows = [row for row in according_rows(text) if row[1] and source in row[1]]
    assert len(rows) == 1, according_rows(text)
    assert rows[0][2].startswith(content), rows


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "وأعلنت المقاومة أنها حاصرت المعسكر منذ أيام، وبحسب المصادر، سقطت الكتيبة الثالثة بالكامل في يد المقاتلين.",
            "المصادر",
            "سقطت الكتيبة الثالثة بالكامل",
        ),
        (
            "واعتقلت الشرطة رجلين بعد بلاغ من الجيران، وبحسب البيان، استدرج المتهمان الضحية إلى شقة في وسط المدينة.",
            "البيان",
            "استدرج المتهمان الضحية",
        ),
        (
            "ومن جهة أخرى، وبحسب مصدر مطلع، قالت إدارة الشركة إن الصحيفة ستتوسع في آسيا العام المقبل.",
            "مصدر مطلع",
            "قالت إدارة الشركة إن",
        ),
    ],
)
def test_a_conjoined_source_set_off_by_commas_opens_the_clause_after_it(text: str, source: str, content: str) -> None:
    assert_one_attribution(text, source, content)


def test_a_noun_after_the_set_off_source_is_the_object_of_the_clause_it_interrupts() -> None:
    # guard: the clause is "قدمت طهران … مبادرة …", read whole as on main
    text = "وقدمت طهران، وبحسب وكالة الأنباء الرسمية، مبادرة من أربع نقاط لحل الأزمة في اليمن."
    rows = according_rows(text)
    assert len(rows) == 1, rows
    assert rows[0][2].startswith("قدمت طهران"), rows


def test_a_conjoined_source_with_its_own_wa_after_it_closes_the_clause_before() -> None:
    # guard: ", ووفقا للشرطة، وأصيب …" — the و after the second comma opens a clause of its own
    text = "وقتل خمسة أشخاص في الانفجار، وفقا للشرطة، وأصيب عشرة آخرون بجروح متفاوتة."
    rows = according_rows(text)
    assert len(rows) == 1, rows
    assert rows[0][2].startswith("قتل خمسة أشخاص"), rows


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "تجدر الإشارة إلى أنه طبقا لصندوق النقد الدولي، فإن الاقتصاد الهندي يعد سابع أكبر اقتصاد في العالم.",
            "صندوق النقد الدولي",
            "الاقتصاد الهندي يعد سابع أكبر اقتصاد",
        ),
        (
            "وأكدت المنظمة أنه وفقا لنتائج البعثة الميدانية فقد وصل نحو ألف نازح إلى المدينة منذ مطلع الشهر.",
            "نتائج البعثة الميدانية",
            "وصل نحو ألف نازح",
        ),
        (
            "وأوضحت المديرية أنه حسب الإحصائية التي سجلتها المستشفيات فإن عدد المصابين بلغ 39 شخصا.",
            "الإحصائية",
            "عدد المصابين بلغ 39 شخصا",
        ),
    ],
)
def test_a_source_after_that_with_its_pronoun_attributes_what_follows_it(text: str, source: str, content: str) -> None:
    assert_one_attribution(text, source, content)


@pytest.mark.parametrize(
    "text",
    [
        "ومما يجدر ذكره، أنه وفقا للتوجيهات الكريمة، فإن المركز استعد لاستقبال الحالات الطارئة في المحافظة.",
        "وقال المتحدث إنه وفقا لبرامج العمل المعتمدة للرقابة الصحية فقد تم إغلاق ثلاثة مطاعم في الحي.",
        "وشمل مران الفريق يوم أمس حصتين تدريبيتين وفق البرنامج الفني المعد للفريق.",
        "وحسب برنامج المدرب الجديد ستكون المباراة هي الودية الأخيرة قبل انطلاق الموسم.",
    ],
)
def test_a_rule_or_programme_after_that_is_no_source(text: str) -> None:
    assert according_rows(text) == []


def test_the_information_cited_in_a_that_clause_is_no_speaker_of_a_later_verb() -> None:
    # guard (acc48b): a later verb goes on with the municipality named before, not with the information cited
    text = (
        "وأعلنت أمانة المنطقة إغلاق النفق للصيانة. وقال عضو المجلس البلدي سعد الدوسري إنه وفقا للمعلومات الواردة من "
        "مسؤولي الأمانة، فإن إصلاح النفق قد يتأخر عدة أشهر. كما أعلنت قيامها بمعالجة تسرب المياه في النفق."
    )
    rows = [row for row in quote_rows(text) if row[1] == "أعلنت"]
    assert rows and "المعلومات" not in (rows[0][2] or ""), quote_rows(text)
