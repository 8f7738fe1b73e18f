"""Pass facts44 (session 44): the press agencies' decimal ر written with a space on each side
("56 ر 4 %" is 4.56, as the glued "56ر4"); sums in pence, euro cents, fils, shillings, crowns, won,
millimes are money; a figure before the letter K ("4 كيه", "401 كيه") names a format or a plan and
counts nothing; "أكثر من" before an imperfect verb ("أكثر من يدفع": who pays most) counts nothing; thousands or millions of years ("قبل 125 مليون سنة") are an age, no count.

Made-up sentences in the style of the news, through ``khabar.analyze``."""

import khabar


def _facts(text: str) -> list[tuple[str, str, float | None, float | None, float | None]]:
    doc = khabar.analyze(text, published="2015-08-11")
    return [(f["text"], f["type"], f["value"], f["min"], f["max"]) for f in doc.facts]


def _values(text: str) -> list[float | None]:
    return [value for _, _, value, _, _ in _facts(text)]


def _types(text: str) -> dict[float | None, str]:
    return {value: kind for _, kind, value, _, _ in _facts(text)}


# the spaced decimal ر


def test_a_spaced_r_percent_is_one_decimal_figure():
    text = "وتراجعت قيمة التداول في السوق بنسبة 37 ر 2 % مقارنة بالجلسة السابقة."
    assert _values(text) == [2.37]


def test_a_spaced_r_sum_with_a_scale_word():
    text = "وبلغت القيمة السوقية للشركات المدرجة نحو 65 ر 8 مليار دينار كويتي."
    assert _values(text) == [8650000000]


def test_two_spaced_r_figures_joined_by_and():
    text = "وارتفع المؤشران الوزني والعام بواقع 25 ر 3 و 71 ر 6 نقاط على التوالي."
    assert _values(text) == [3.25, 6.71]


def test_guard_a_chain_of_spaced_r_groups_is_left_as_it_is():
    text = "وتبلغ تكلفة المرحلة الجارية ( 250 ر 400 ر 75 ريالاً ) حسب العقد."
    assert 75.4 not in _values(text)


def test_guard_the_glued_r_decimal_reads_as_before():
    text = "وارتفع سعر السهم بنسبة 5ر3 في المائة أمس."
    assert _values(text) == [3.5]


# money in the currencies and subunits the list lacked


def test_pence_are_money():
    text = "وأغلق سهم الشركة في لندن على 82 بنسا بعد أن هبط إلى 79 بنس في بداية الجلسة."
    assert set(_types(text).values()) == {"money"}


def test_euro_cents_fils_and_shillings_are_money():
    text = "ويتبرع المستخدم بمبلغ 35 يوروسنت، ويدفع المسافر 250 فلس للتذكرة، ويبلغ أجر العامل 90 شلن في اليوم."
    assert _types(text) == {35: "money", 250: "money", 90: "money"}


def test_won_and_crowns_after_a_scale_word_are_money():
    text = "واستثمرت الشركة 3.2 مليار وون في المصنع و40 مليون كرونة في فرعها الجديد."
    assert _types(text) == {3200000000: "money", 40000000: "money"}


def test_guard_a_count_of_shares_stays_other():
    text = "وباعت الشركة 250 سهما في الجلسة بسعر 12 ريالا للسهم."
    assert _types(text) == {250: "other", 12: "money"}


# a figure before the letter K


def test_a_video_resolution_in_k_is_no_count():
    text = "وتستطيع الكاميرا الخلفية التقاط مقاطع فيديو بدقة 4 كيه، وتبلغ سعة البطارية 3000 ملي أمبير."
    assert 4 not in _values(text)


def test_a_pension_plan_named_with_k_is_no_count():
    text = "ولا تدفع خطط «401 كيه» للتقاعد ضرائب على الأرباح قبل السحب."
    assert _values(text) == []


def test_guard_a_figure_before_kilograms_still_counts():
    text = "وضبطت الفرق 4 كيلوغرامات من المواد المخدرة في الشحنة."
    assert _values(text) == [4]


# "أكثر من" before an imperfect verb


def test_more_than_before_a_verb_counts_nothing():
    text = "ويرى الخبراء أن المستهلك البسيط هو أكثر من يدفع ثمن ارتفاع الأسعار في الأسواق."
    assert _facts(text) == []


def test_more_than_before_a_verb_with_its_object_pronoun_counts_nothing():
    text = "وقال اللاعب إن الضغط الجماهيري هو أكثر من يرهقني قبل المباريات الكبيرة."
    assert _facts(text) == []


def test_guard_more_than_before_a_singular_noun_still_counts_one():
    text = "وزار الوفد المدينة أكثر من مرة خلال الشهر الماضي."
    assert ("أكثر من مرة", "other", None, 1, None) in _facts(text)


def test_guard_more_than_before_a_nationality_in_ya_still_counts():
    text = "وأصيب في الهجوم أكثر من يمني كانوا في السوق."
    assert any(low == 1 for _, _, _, low, _ in _facts(text))


# thousands or millions of years


def test_millions_of_years_are_an_age_no_count():
    text = "وعاش هذا النوع من الزواحف قبل نحو 90 مليون سنة في جنوب القارة."
    assert _facts(text) == []


def test_thousands_of_years_of_history_are_no_count():
    text = "وتعود آثار المدينة القديمة إلى 12 ألف عام، ويزورها آلاف السياح كل صيف."
    assert 12000 not in _values(text)


def test_guard_a_sum_before_a_year_date_still_counts():
    text = "وارتفعت أرباح الشركة إلى 210 ملايين ريال من 180 مليون عام 2014."
    assert 180000000 in _values(text)


def test_guard_thousands_of_workers_still_count():
    text = "ويعمل في المصانع الجديدة نحو 35 ألف عامل من جنسيات مختلفة."
    assert _values(text) == [35000]
