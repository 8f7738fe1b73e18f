"""Facts, twenty-first pass: a partitive whose noun of people heads a construct with an indefinite
word ("250 من مؤيدي حزب …"، "14 من أعضاء نقابة …") counts them (made-up sentences, each with the near
misses that must not change)."""

from fact_rows import facts


def rows(text):
    return [(f["text"], f["type"], f["value"]) for f in facts(text)]


def test_digits_of_supporters_in_construct_with_a_name_count():
    assert rows("وقضت المحكمة بحبس 250 من مؤيدي حزب الأمة المنحل عامين مع الشغل.") == [
        ("250 من مؤيدي", "other", 250),
    ]


def test_digits_of_members_in_construct_with_an_indefinite_word_count():
    assert rows("وأوقفت الشرطة 14 من أعضاء نقابة محلية بعد مسيرة ليلية.") == [
        ("14 من أعضاء", "arrested", 14),
    ]


def test_a_number_word_takes_the_construct_noun():
    assert rows("وأفرجت السلطات عن ثلاثة من صحافيي قناة محلية أمس.") == [
        ("ثلاثة من صحافيي", "released", 3),
    ]


def test_no_noun_of_people_or_a_stopword_after_it_no_change():
    assert rows("ووصل 120 من مطاري جدة والرياض إلى المدينة.") == []
    assert rows("وحضر 40 من أعضاء في القاعة.") == []
