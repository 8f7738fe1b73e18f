"""Facts, twenty-fourth pass: a figure before a spelled word of an era (ميلادي، ميلادية، ميلاديا،
هجري، هجرية، هجريا: ``era_words.tsv``) is a year, or a month ("بنهاية شهر 9 ميلادي"), never a
count, a range of two years too; a figure before another word still counts (made-up sentences)."""

from fact_rows import facts


def rows(text):
    return [(f["text"], f["type"], f["value"]) for f in facts(text)]


def test_a_year_before_the_masculine_word_of_the_era_is_no_count():
    assert rows("وترجح الدراسة أن الرقعة كتبت قرابة 720 ميلادي في دمشق.") == []


def test_a_year_before_the_accusative_word_of_the_era_is_no_count():
    assert rows("ويعتقد الباحثون أن البناء اكتمل نحو 815 ميلاديا على يد الحرفيين.") == []


def test_a_month_before_the_word_of_the_era_is_no_count():
    assert rows("ويبدأ الموسم مطلع شهر 9 ميلادي ويستمر حتى نهاية العام.") == []


def test_a_hijri_year_is_no_count():
    assert rows("وقد هدم السوق القديم في 1418 هجري بعد توسعة الطريق.") == []


def test_a_range_of_years_before_the_word_of_the_era_is_no_count():
    assert rows("وحكمت الأسرة المنطقة بين 750 و820 ميلادية قبل أن تنتقل إلى الشمال.") == []


def test_counts_and_metres_stay():
    assert rows("وشارك في الحملة 720 متطوعا من المنطقة.") == [("720 متطوعا", "other", 720)]
    assert rows("وتم حفر بئر عمقها 40 م قرب القرية.") == [("40 م", "other", 40)]
    assert [f["value"] for f in facts("وحضر الحفل ما بين 750 و820 زائرا.")] == [None]
