"""Quantities: modifiers, ranges, duals, percent, money, nouns, and what must not count."""

import pytest

from khabar.numbers.quantities import quantities_in


def one(text):
    found = quantities_in(text)
    assert len(found) == 1, [q.describe() for q in found]
    return found[0]


@pytest.mark.parametrize(
    "text, value, minimum, maximum, approximate",
    [
        ("قتل أكثر من 1400 شخص", None, 1400, None, False),
        ("ما يزيد على 300 جندي", None, 300, None, False),
        ("ما يزيد عن 300 جندي", None, 300, None, False),
        ("أزيد من 50 طالبا", None, 50, None, False),
        ("ما يربو على 40 شخصا", None, 40, None, False),
        ("ما لا يقل عن 50 قتيلا", None, 50, None, False),
        ("500 شخص على الأقل", None, 500, None, False),
        ("أقل من 20 طالبا", None, None, 20, False),
        ("ما دون 10 أشخاص", None, None, 10, False),
        ("نحو 120 ألف برميل", 120000, None, None, True),
        ("حوالي 30 شخصا", 30, None, None, True),
        ("حوالى 30 شخصا", 30, None, None, True),
        ("قرابة 30 شخصا", 30, None, None, True),
        ("زهاء 30 شخصا", 30, None, None, True),
        ("ما يقارب 30 شخصا", 30, None, None, True),
        ("30 شخصا تقريبا", 30, None, None, True),
        ("بين 10 و20 شخصا", None, 10, 20, False),
        ("عشرات المعتقلين", None, 10, 99, True),
        ("مئات الأشخاص", None, 100, 999, True),
        ("آلاف اللاجئين", None, 1000, 9999, True),
        ("العشرات من المواطنين", None, 10, 99, True),
        ("عشرات الآلاف من اللاجئين", None, 10000, 99999, True),
        ("تجاوزت 31 مليار ريال", None, 31000000000, None, False),
    ],
)
def test_modifiers_and_ranges(text, value, minimum, maximum, approximate):
    q = one(text)
    assert (q.value, q.min, q.max, q.approximate) == (value, minimum, maximum, approximate)


@pytest.mark.parametrize(
    "text, lemma",
    [
        ("أفرج عن رهينتين", "رهينة"),
        ("قتل أمريكيان", "أمريكي"),
        ("مقتل عاملين", "عامل"),
        ("أصيب شخصان", "شخص"),
        ("عقد جلستين", "جلسة"),
        ("صدر كتابان", "كتاب"),
        ("تحطم سيارتين جديدتين", "سيارة"),
    ],
)
def test_duals_count_two(text, lemma):
    q = one(text)
    assert (q.value, q.noun_lemma) == (2, lemma)


@pytest.mark.parametrize("text", ["اعتقال فلسطينيين", "مع المواطنين", "بين البلدين", "الرهينتين", "تناول البروتين", "المرأتان اللتان"])
def test_plurals_and_definite_duals_are_not_counts(text):
    assert quantities_in(text) == []


def test_one_follows_its_noun():
    q = one("قتل شخص واحد")
    assert (q.value, q.noun_text) == (1, "شخص")
    assert quantities_in("في آن واحد") == []


def test_more_than_one_of_a_singular():
    q = one("زار أكثر من مدينة")
    assert (q.min, q.noun_text) == (1, "مدينه")


@pytest.mark.parametrize(
    "text, value",
    [("20 في المئة", 20), ("20 في المائة", 20), ("20 بالمئة", 20), ("20 بالمائة", 20), ("20%", 20), ("٢٠٪", 20), ("12.5 %", 12.5)],
)
def test_percent(text, value):
    q = one(text)
    assert (q.kind, q.value, q.unit) == ("percent", value, "percent")


@pytest.mark.parametrize(
    "text, value, code",
    [
        ("5 ملايين ريال", 5000000, "SAR"),
        ("100 ريال قطري", 100, "QAR"),
        ("1.5 مليون دولار", 1500000, "USD"),
        ("300 جنيه", 300, "EGP"),
        ("200 جنيه إسترليني", 200, "GBP"),
        ("40 درهما", 40, "AED"),
        ("4,5 مليار درهم مغربي", 4500000000, "MAD"),
        ("10 دنانير كويتية", 10, "KWD"),
        ("50 يورو", 50, "EUR"),
        ("1000 ليرة تركية", 1000, "TRY"),
        ("20 شيكل", 20, "ILS"),
        ("900 روبل", 900, "RUB"),
        ("100 ين", 100, "JPY"),
        ("7 آلاف يوان", 7000, "CNY"),
        ("$50", 50, "USD"),
        ("ملايين الدولارات", None, "USD"),
    ],
)
def test_money_with_currency_codes(text, value, code):
    q = one(text)
    assert (q.kind, q.value, q.currency) == ("money", value, code)


def test_dirham_is_moroccan_in_a_moroccan_story():
    found = quantities_in("أعلنت الحكومة في المغرب عن دعم بقيمة 300 درهم")
    assert found[0].currency == "MAD"


@pytest.mark.parametrize(
    "text",
    [
        "وفق المادة 5 من النظام",
        "القرار رقم 12",
        "اتصلوا على الرقم 0555123456",
        "هاتف 920000000",
        "الرحلة 370",
        "فاز الهلال 3-1",
        "الدورة الـ 15",
        "في عام 2015 أعلنت",
        "\n1. الجندي فلان",
        "بعده مباشرة",
    ],
)
def test_labels_codes_scores_years_are_not_counts(text):
    assert quantities_in(text) == []


def test_the_counted_noun():
    q = one("وصل 15 ألف حاج")
    assert (q.value, q.noun_text) == (15000, "حاج")
    q = one("أكثر من ثلاثة آلاف فرصة عمل")
    assert q.noun_text == "فرصه عمل"
    q = one("ارتفع عدد القتلى إلى 50")
    assert q.noun_text == "القتلي"


def test_spans_cover_modifier_number_and_noun():
    text = "مقتل أكثر من 1400 شخص في الهجوم"
    q = one(text)
    assert text[q.start : q.end] == "أكثر من 1400 شخص"


def test_times_are_excluded():
    text = "منذ ثلاثة أيام"
    assert quantities_in(text, exclude=[(0, len(text))]) == []
