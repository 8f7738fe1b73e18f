"""Seventh facts pass: classes of dev errors that recur across articles, each on made-up sentences.

Each class has the cases that must count and the near misses that must not (separators of one
figure, decimal commas, bare figures, counts of things), so that no rule passes by firing everywhere.
"""

import pytest
from fact_rows import described, facts

from khabar.numbers.quantities import quantities_in


def typed(text):
    return [(f["text"], f["type"]) for f in facts(text)]


# --- a comma list shares the unit said once at its end -------------------------------------------


def test_comma_list_takes_the_unit_of_its_last_member():
    found = quantities_in("ويتوفر الجهاز بسعات تخزين 32، 64، و128 جيجابايت في الأسواق")
    assert [(q.value, q.noun_text) for q in found] == [(32, "جيجابايت"), (64, "جيجابايت"), (128, "جيجابايت")]


def test_a_chain_joined_by_waw_takes_the_unit_from_its_end():
    found = quantities_in("وتم تسيير 1500 و1404 و1300 رحلات خلال الموسم")
    assert [(q.value, q.noun_text) for q in found] == [(1500, "رحلات"), (1404, "رحلات"), (1300, "رحلات")]


def test_comma_list_of_prices_is_money():
    found = quantities_in("وتباع الطرازات بـ450، و520، و610 ريالاً على الترتيب")
    assert [(q.kind, q.value, q.currency) for q in found] == [
        ("money", 450, "SAR"), ("money", 520, "SAR"), ("money", 610, "SAR")]


def test_commas_inside_one_figure_or_a_decimal_are_no_list():
    # thousands written with spaced commas, and a decimal comma, end in no "و": no list
    spaced = quantities_in("وتبلغ تكلفة المشروع ( 999 , 999 , 169 ريالاً ) حسب العقد")
    assert [q.value for q in spaced if q.kind == "money"] == [169]
    assert all(q.kind == "count" for q in spaced if q.value == 999)
    decimal = quantities_in("حصل المرشح على 21،5 في المائة من الأصوات")
    assert [q.value for q in decimal if q.kind == "percent"] == [5]  # (the decimal comma is another matter)
    assert all(q.kind != "percent" for q in decimal if q.value == 21)


# --- of two values of one count, the first takes the scale said once after the second ------------


def test_change_from_a_bare_figure_to_a_scaled_one():
    found = quantities_in("وارتفعت أرباح الشركة من نحو 3.4 إلى 3.9 مليار دولار العام الماضي")
    assert [(q.kind, q.value) for q in found] == [("money", 3400000000), ("money", 3900000000)]


def test_a_fall_keeps_the_scale_too_but_not_a_figure_far_off():
    found = quantities_in("وتراجعت الإيرادات من 4.8 إلى 4.1 مليار ريال")
    assert [q.value for q in found] == [4800000000, 4100000000]
    far = quantities_in("وارتفع عدد المشتركين من 300 إلى 2 مليون مشترك")
    assert far[0].value == 300  # 300 and 2: no single scale for both


# --- a decimal laid out right to left, before a scale word ---------------------------------------


def test_reversed_decimal_before_a_scale_word():
    found = quantities_in("واستقبلت الحديقة 7.\u200f1 مليون زائر خلال العام")
    assert [q.value for q in found] == [1700000]
    assert [q.value for q in quantities_in("وبلغ سعر البرميل 24.\u200f49 دولار")] == [49.24]
    assert [q.value for q in quantities_in("وبلغ عدد الزوار 1.7 مليون زائر")] == [1700000]


# --- a range whose unit is said twice, the second time in the plural -----------------------------


def test_range_with_the_unit_repeated_in_the_plural():
    assert described("ويحفظ الدواء في درجة حرارة من 3 درجة مئوية إلى 8 درجات مئوية") == [
        ("count", None, 3, 8, False, "درجات")]
    # a change between two values stays two values
    assert [q.value for q in quantities_in("ورفعت الشركة السعر من 5 ريالات إلى 7 ريالات")] == [5, 7]


# --- vague thousands in the accusative -----------------------------------------------------------


def test_thousands_in_the_accusative():
    assert described("وتقدر السلطات أن آلافا من الشبان غادروا البلاد") == [
        ("count", None, 1000, 9999, True, "الشبان")]


# --- a count among the count before it shares its type -------------------------------------------


def test_count_among_people_killed_is_killed():
    assert typed("وقتل سبعة أشخاص في الهجوم بينهم ثلاثة شرطيين.") == [
        ("سبعة أشخاص", "killed"), ("ثلاثة شرطيين", "killed")]
    assert typed("وخلف الانفجار 9 قتلى بينهم طفلان.") == [("9 قتلى", "killed"), ("طفلان", "killed")]


def test_coordinated_parts_share_it_too():
    assert typed("وأصيب 14 شخصا، بينهم خمسة أطفال وثلاث نساء.") == [
        ("14 شخصا", "injured"), ("خمسة أطفال", "injured"), ("وثلاث نساء", "injured")]


def test_among_an_untyped_count_stays_other():
    assert typed("وحضر الحفل 300 ضيف بينهم 20 صحفيا.") == [("300 ضيف", "other"), ("20 صحفيا", "other")]


# --- a weak trigger verb with its subject and a time before the count ------------------------------


def test_arrest_verb_with_subject_and_time_between():
    assert typed("واعتقلت الشرطة الفرنسية مساء الجمعة الماضي ثلاثة أشخاص في مرسيليا.")[-1] == (
        "ثلاثة أشخاص", "arrested")
    assert typed("وأوقفت قوة أمنية مساء أمس شابين في الحي.")[-1] == ("شابين", "arrested")


def test_far_weak_trigger_leaves_bare_figures_and_things():
    # a bare figure or a count of things is not arrested because of a far verb
    assert typed("وتم القبض على المتهمة بعد أن اختلست من الشركة 500,000 جنيه.")[-1][1] == "money"
    assert typed("واعتقلت الشرطة في العاصمة أمس بعد مداهمة 4 منازل.")[-1] == ("4 منازل", "other")


# --- an amount with a scale word after a sum of money is money -----------------------------------


def test_scaled_amount_after_a_sum_is_money():
    found = typed("وبلغت إيرادات الفيلم 21 مليون دولار في أسبوعه الأول بعد توقعات بتحقيق 25 مليونا.")
    assert found == [("21 مليون دولار", "money"), ("25 مليونا", "money")]
    doc_facts = facts("وبلغت إيرادات الفيلم 21 مليون دولار بعد توقعات بتحقيق 25 مليونا.")
    assert doc_facts[-1]["currency"] == "USD"


def test_a_scaled_amount_with_its_own_noun_or_after_a_count_is_not():
    assert typed("وبلغت الإيرادات 5 ملايين ريال وزار المعرض 3 ملايين زائر.")[-1] == ("3 ملايين زائر", "other")
    assert typed("وزار المعرض 300 شخص ثم ارتفع العدد إلى 3 آلاف.")[-1][1] == "other"


# --- devices and systems named by a version number; "number one" ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ويعمل التطبيق على أجهزة ويندوز 8، وبلاكبيري 10 ليواكب أحدث الأنظمة",
        "والشاشة محمية بزجاج جوريلا جلاس 4 لحمايتها من الخدوش",
        "وأعلنت الشركة عن هاتف آيفون 7 في مؤتمرها",
        "وأصبح النادي رقم واحد في آسيا",
    ],
)
def test_version_numbers_and_ranks_count_nothing(text):
    assert described(text) == []


def test_a_count_of_devices_still_counts():
    assert described("وباعت الشركة 13 مليون جهاز آيفون 6 في أسبوع") == [
        ("count", 13000000, None, None, False, "جهاز")]


# --- a count of seasons is a span of time --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "وانتقل المدافع إلى النادي على سبيل الإعارة لمدة موسم واحد قابل للتجديد.",
        "ووقع الحارس عقدا يمتد لموسمين مع الفريق.",
        "واعتزل القائد بعد 15 موسما قضاها في صفوف النادي.",
    ],
)
def test_counts_of_seasons_are_durations(text):
    assert facts(text) == []


def test_seasons_named_by_a_definite_number_and_other_counts_stay():
    assert typed("وفاز الفريق باللقب في المواسم الثلاثة الأخيرة وسجل 20 هدفا.") == [
        ("المواسم الثلاثة", "other"), ("20 هدفا", "other")]


# --- a vague or scaled sum with its currency as a definite partitive -----------------------------


def test_vague_sum_of_a_partitive_currency_is_money():
    found = quantities_in("وأنفقت الشركات ملايين من الدولارات على الحملة")
    assert [(q.kind, q.min, q.max, q.currency) for q in found] == [("money", 1000000, 9999999, "USD")]
    found = quantities_in("وخسر المستثمرون عشرات الآلاف من اليورو")
    assert [(q.kind, q.currency) for q in found] == [("money", "EUR")]


def test_a_partitive_of_people_is_no_currency():
    found = quantities_in("وشارك ملايين من المواطنين في الاقتراع")
    assert [(q.kind, q.noun_text) for q in found] == [("count", "المواطنين")]


# --- "one" after a noun that opens with a letter that can be a proclitic --------------------------


def test_one_after_a_noun_opening_with_waw_or_lam():
    assert described("وقال المدرب إنه لا يريد أن يخص لاعبا واحدا بالمديح") == [
        ("count", 1, None, None, False, "لاعبا")]
    assert typed("وسجلت المنطقة حالة وفاة واحدة خلال الأسبوع.") == [("وفاة واحدة", "killed")]


def test_one_after_a_word_that_is_no_noun_stays_out():
    # (a pronoun or a verb before واحد is no counted noun: "وهو واحد من", "ولعب واحدا من")
    assert described("وهو واحد من أبرز لاعبي الفريق ولعب واحدا من أجمل أدواره") == []
