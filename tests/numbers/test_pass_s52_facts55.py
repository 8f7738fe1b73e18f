"""Pass facts55 (session 52): "not a single X" with the negation further off, or with "without".

"لم يتحرك المجلس البلدي حتى الآن خطوة واحدة"، "مرت الأسابيع الماضية دون حادث واحد": a negation
(single_negations.tsv) up to six words before "X واحد(ة)" in its clause, or دون/بدون, makes the
"one" emphasis, no count; main looked three words back and knew no "without".

Guards: an exception keeps the count ("لم يسجل ... سوى إصابة واحدة"); a comma between keeps it;
"فقط" after keeps it ("لن يتراجع لسبب واحد فقط"); "أكثر" keeps it; "دون" as "below" or before another
noun keeps it ("دون سن الثامنة عشرة وامرأة واحدة"); "شخص واحد" with no negation stays one.

Made-up sentences in the style of the news, through ``khabar.analyze``."""

import pytest
from fact_rows import analysed_facts


def _rows(text):
    return [(fact["text"], fact["value"], fact["min"]) for fact in analysed_facts(text)]


NOT_A_SINGLE = [
    "ولم يتحرك المجلس البلدي حتى الآن خطوة واحدة نحو حل المشكلة.",
    "ولم يكتب الشاعر الراحل طوال حياته قصيدة واحدة في الهجاء.",
    "ومرت الأسابيع الماضية دون حادث واحد على الطريق السريع.",
    "وانتهى الموسم بدون خسارة واحدة للفريق الأول.",
]


@pytest.mark.parametrize("text", NOT_A_SINGLE)
def test_not_a_single_is_no_count(text):
    assert [row for row in _rows(text) if row[1] == 1] == []


KEPT = [
    ("ولم تسجل المستشفيات في المنطقة الشرقية سوى إصابة واحدة بالفيروس.", "إصابة واحدة"),
    ("لم يصب أحد في الحريق، وأصيب شخص واحد في حادث آخر.", "شخص واحد"),
    ("وقتل شخص واحد في الهجوم على السوق.", "شخص واحد"),
    ("ولن تتراجع الحكومة عن قرارها لسبب واحد فقط هو مصلحة المواطن.", "سبب واحد"),
    ("ولن يحتاج المريض إلى الجرعة أكثر من مرة واحدة في اليوم.", "مرة واحدة"),
    ("وقتل في القصف ثلاثة أطفال دون سن العاشرة وامرأة واحدة.", "امرأة واحدة"),
    ("وطلب منه المذيع أن يعرّف بنفسه دون ألقاب في سطر واحد.", "سطر واحد"),
]


@pytest.mark.parametrize(("text", "span"), KEPT)
def test_a_real_one_stays_a_count(text, span):
    assert (span, 1, None) in _rows(text)
