"""Facts, nineteenth pass: a lone "أحد/إحدى" right after a word of a casualty counts one
(made-up sentences, each with the near miss that must not change)."""

from fact_rows import facts


def rows(text):
    return [(f["text"], f["type"], f["value"]) for f in facts(text)]


def test_one_of_after_a_killing_counts_one():
    assert rows("وأسفر انفجار العبوة عن مقتل أحد أفراد الدورية قرب الجسر") == [
        ("أحد أفراد", "killed", 1),
    ]


def test_one_of_after_an_arrest_or_an_injury_counts_one():
    assert rows("وتمكنت الفرق الميدانية من القبض على أحد المطلوبين في الحي الشرقي") == [
        ("أحد المطلوبين", "arrested", 1),
    ]
    assert rows("ونتج عن الحريق إصابة أحد العمال في المستودع") == [
        ("أحد العمال", "injured", 1),
    ]


def test_one_of_elsewhere_is_no_count():
    assert rows("وقال أحد المسؤولين إن الطريق سيفتح غدا") == []
    assert rows("وكان الشاب أحد ضحايا السيول في الوادي") == []
    assert rows("وأكدت مقتل وأحد المارة شاهد ذلك") == []  # a proclitic on أحد: no count


def test_eleven_after_a_killing_stays_eleven():
    assert rows("وأعلنت الشرطة مقتل أحد عشر مسلحا في الاشتباك") == [
        ("أحد عشر مسلحا", "killed", 11),
    ]
