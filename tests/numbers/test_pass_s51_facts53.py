"""Pass facts53 (session 51): two precision classes of "one" and "more than one" that count nothing.

1. "في أكثر من مناسبة"، "على أكثر من صعيد"، "في أكثر من مكان": after "أكثر من" a noun of
   occasion or place makes a manner idiom ("repeatedly", "widely"), no count of more than one;
   main read it as min 1 (more_than_idioms.tsv).
2. "لحمة واحدة"، "كوحدة واحدة"، "تحت مظلة واحدة": the "one" of unity, a people or a body as one, is a
   likeness, no count; main read it as one (not_numbers.tsv).

Guards: "أكثر من مستشفى" (a countable noun) stays min 1; "شخص واحد" stays one.

Made-up sentences in the style of the news, through ``khabar.analyze``."""

import pytest
from fact_rows import analysed_facts


def _rows(text):
    return [(fact["text"], fact["value"], fact["min"]) for fact in analysed_facts(text)]


MORE_THAN_IDIOMS = [
    "وأكد وزير الخارجية في أكثر من مناسبة أن بلاده تدعم الحل السياسي.",
    "وتحقق الشركة تقدما على أكثر من صعيد منذ بداية العام.",
    "وشنت الجماعة هجمات متزامنة في أكثر من مكان داخل البلاد.",
    "وأكدت الوزارة في أكثر من مناسبة سابقة أن الأسعار مستقرة.",
]


@pytest.mark.parametrize("text", MORE_THAN_IDIOMS)
def test_more_than_one_occasion_or_place_is_no_count(text):
    assert _rows(text) == []


UNITY = [
    "وستبقى شعوب المنطقة لحمة واحدة مع قياداتها في وجه الإرهاب.",
    "وأوضح أن رجال الأمن يعملون بقطاعاتهم المختلفة كوحدة واحدة لحماية الوطن.",
    "ودعا إلى جمع الفصائل المسلحة تحت مظلة واحدة خلال المرحلة المقبلة.",
]


@pytest.mark.parametrize("text", UNITY)
def test_the_one_of_unity_is_no_count(text):
    assert _rows(text) == []


def test_more_than_a_countable_noun_stays_a_count():
    assert _rows("وزار الوفد أكثر من مستشفى في المدينة.") == [("أكثر من مستشفى", None, 1)]


def test_one_person_stays_a_count():
    assert _rows("وقتل شخص واحد في الهجوم على السوق.") == [("شخص واحد", 1, None)]
