"""Facts, twenty-sixth pass: three digits after a dot mark thousands before a plural of things
that come whole (``1.305 مشروعات``) and before riyals or dollars, whose cents take two digits,
with two or three figures before the dot (``( 310.272 ريال )``); the Omani riyal, dinars and measures keep the decimal (made-up sentences)."""

from fact_rows import facts


def rows(text):
    return [(f["text"], f["type"], f["value"]) for f in facts(text)]


def values(text):
    return [f["value"] for f in facts(text)]


def test_thousands_before_a_plural():
    assert values("واعتمد الصندوق تمويل 2.415 مشروعات صغيرة في المنطقة.") == [2415]


def test_thousands_before_riyals_in_brackets():
    assert values("وبلغت تكلفة البرنامج ( 265.340 ريال ) خلال الشهر.") == [265340]


def test_thousands_before_dollars():
    assert values("وبيعت اللوحة في المزاد بسعر 73.450 دولارا أمس.") == [73450]


def test_three_decimals_kept_where_they_are_real():
    assert values("وفرضت غرامة قدرها 4.125 ريال عماني على المخالف.") == [4.125]
    assert values("وبلغ سعر السهم 3.750 دينار كويتي في الإقفال.") == [3.75]
    assert values("ونقلت الشاحنة 12.500 طن من القمح.") == [12.5]
    assert values("وبلغ المبلغ 2.5 ريال للقطعة.") == [2.5]
    assert values("وأغلق السهم عند سعر 0.318 ريال أمس.") == [0.318]
    assert values("وصعد اليورو إلى 1.125 دولار في التداولات.") == [1.125]
