"""Classes of numbers and facts found missing on unseen articles, each on made-up sentences.

Every class has positive cases and the near misses that must not count (idioms, possessives,
ordinals, scores), so that a rule cannot pass by firing everywhere.
"""

import pytest
from fact_rows import described, facts

from khabar.numbers.quantities import quantities_in
from khabar.numbers.words import parse_digits

# --- duals: masculine nouns whose plural is broken, construct duals ---------------------------


@pytest.mark.parametrize(
    "text, lemma",
    [
        ("وجد المفاوضون أنفسهم أمام خيارين صعبين", "خيار"),
        ("ضبطت الدوريات عنصرين من الخلية", "عنصر"),
        ("فاز الحزب بمقعدين في البرلمان", "مقعد"),
        ("تقام البطولة من دورين", "دور"),
        ("وقع الاتفاق بين جانبين متنازعين", "جانب"),
        ("انهار مبنيان في الحي القديم", "مبنى"),
    ],
)
def test_masculine_duals_with_a_broken_plural_count_two(text, lemma):
    found = quantities_in(text)
    assert [(q.value, q.noun_lemma) for q in found] == [(2, lemma)]


@pytest.mark.parametrize(
    "text",
    [
        "أعرب الأهالي عن شكرهم معبرين عن فرحتهم",  # a participle, not two crossings
        "فاز الفريق بهدفين نظيفين",  # a score
        "تابع المواطنين الحملة",  # a sound plural
    ],
)
def test_participles_plurals_and_scores_are_no_duals(text):
    assert described(text) == []


@pytest.mark.parametrize(
    "text, lemma",
    [
        ("تتأثر بالأمطار منطقتي مكة المكرمة والمدينة المنورة", "منطقة"),
        ("طالب المجلس وزارتي التعليم والمالية بالرد", "وزارة"),
        ("يخوض الفريق مباراتي ذهاب وإياب", "مباراة"),
        ("استفاد المشروع من قطعتي الأرض المجاورتين", "قطعة"),
    ],
)
def test_construct_duals_count_two(text, lemma):
    assert [(q.value, q.noun_lemma) for q in quantities_in(text)] == [(2, lemma)]


@pytest.mark.parametrize(
    "text",
    [
        "قال: عدت إلى مدينتي التي ولدت فيها",  # my city
        "كانت ابنتي الأولى وحبيبتي",  # my daughter, then another possessive
        "لمحت سيارتي البيضاء واقفة في الشارع",
        "عملت من خلال رئاستي لقسم السياحة والآثار",  # a preposition follows: my chairing
        "لا أريد أن تفعل فعلتي عندما ظهرت وأنا طفلة",  # a function word follows
    ],
)
def test_first_person_possessives_are_no_construct_duals(text):
    assert described(text) == []


# --- definite numbers after the plural they count -----------------------------------------


@pytest.mark.parametrize(
    "text, value, noun",
    [
        ("تأهلت المنتخبات الـ52 إلى الدور الثاني", 52, "المنتخبات"),
        ("تسير الرحلات إلى قارات العالم الست", 6, "قارات"),
        ("تأهل أصحاب المراكز الأربعة الأولى", 4, "المراكز"),
        ("ستنفذ المراحل الثلاث المتبقية العام المقبل", 3, "المراحل"),
    ],
)
def test_a_definite_number_counts_the_definite_plural_before_it(text, value, noun):
    (q,) = quantities_in(text)
    assert (q.value, text[q.noun_start : q.noun_end]) == (value, noun)


@pytest.mark.parametrize(
    "text",
    ["انطلقت الدورة الـ15 للمهرجان", "وجاءت الدقيقة الـ 72 لتقلب المباراة", "زار مهرجان أبها للتسوق الـ17"],
)
def test_a_definite_number_after_a_singular_stays_an_ordinal(text):
    assert described(text) == []


# --- partitives ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, noun, kind",
    [
        ("أعلن الجيش استشهاد ثلاثة من جنوده", "جنوده", "killed"),
        ("أعلنت الوزارة القبض على 24 من تلك العناصر", "العناصر", "arrested"),
        ("أسفر الانفجار عن مقتل عشرة من منسوبي القوات", "منسوبي", "killed"),
        ("وأصيب تسعة آخرون، ثلاثة منهم بحالة خطرة", "منهم", "injured"),
    ],
)
def test_partitive_counts_take_the_noun_after_min(text, noun, kind):
    last = facts(text)[-1]
    assert (last["noun"], last["type"]) == (noun, kind)


# --- modifiers ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, minimum, maximum",
    [
        ("على ألا يقل إجمالي قيمة العهد خلال سنة عن مليون ريال", 1000000, None),
        ("لا تزيد كمية الطاقة المتوفرة في البلاد عن 11 ألف ميجاوات", None, 11000),
        ("تقدم منتجاتها لأكثر من عشرة حرف", 10, None),
        ("ارتفع سعر البرميل فوق 50 دولارا", 50, None),
        ("حي تجاوزت مساحته الـ 1600 متر مربع", 1600, None),
    ],
)
def test_modifiers_with_a_gap_a_proclitic_or_a_verb(text, minimum, maximum):
    (q,) = quantities_in(text)
    assert (q.value, q.min, q.max) == (None, minimum, maximum)


def test_a_rise_is_no_lower_bound():
    (q,) = quantities_in("زادت أرباحها 20 في المائة")
    assert (q.value, q.min) == (20, None)


# --- coordination, glued units, fractions, percent ----------------------------------------


def test_a_bare_number_shares_the_noun_or_unit_of_the_next_one():
    found = quantities_in("تسير الشركتان 1500 و1404 رحلات أسبوعيا")
    assert [(q.value, q.noun_text) for q in found] == [(1500, "رحلات"), (1404, "رحلات")]
    found = quantities_in("تحسن معدل التغطية من 50.4 إلى 59.2 في المائة")
    assert [(q.kind, q.value) for q in found] == [("percent", 50.4), ("percent", 59.2)]


def test_units_written_onto_the_digits():
    found = quantities_in("يمتد الطريق بطول 4,5كم ومساحة 110.000م2")
    assert [(q.value, q.noun_text) for q in found] == [(4.5, "كم"), (110000, "م2")]
    found = quantities_in("بمساحة إجمالية تبلغ 1500 م2. ويضخ 250 ألف م3 يوميا")
    assert [(q.value, q.noun_text) for q in found] == [(1500, "م2"), (250000, "م3")]
    assert parse_digits("110.000") == 110000 and parse_digits("1.5") == 1.5


@pytest.mark.parametrize(
    "text, value, noun",
    [("أظهرت الدراسة أن نصف المدمنين دون الثلاثين", 0.5, "المدمنين"), ("شكل نحو ربع إجمالي قيم التداول", 0.25, "اجمالي")],
)
def test_a_lone_fraction_of_a_noun_is_a_quantity(text, value, noun):
    (q,) = quantities_in(text)
    assert (q.value, q.noun_text) == (value, noun)


@pytest.mark.parametrize(
    "text",
    ["بلغ الفريق نصف النهائي", "تأخرت سنة ونصف السنة", "الصفات التي نصف بها أنفسنا", "تراجعت الأرباح في الربع الثاني"],
)
def test_fractions_that_are_no_quantities(text):
    assert described(text) == []


def test_the_percent_marker_is_the_noun_and_a_misplaced_dash_is_a_minus():
    records = facts("تراجعت صناعة الجلد بـ1.3 – في المائة ونمت بـ2 في في المائة وبلغت 8.6%.")
    assert [(f["type"], f["value"], f["noun"]) for f in records] == [
        ("percent", -1.3, "في المائة"),
        ("percent", 2, "في في المائة"),
        ("percent", 8.6, "%"),
    ]


def test_a_lone_conjunction_is_never_the_counted_noun():
    assert all(f["noun"] != "و" for f in facts("بين عامي 2014 و2015 ارتفع العدد 20و"))


def test_a_far_governing_word_does_not_type_a_count_of_things():
    # قضايا ends in -يا like an accusative nisba (جنديا) but is the plural of قضية
    records = facts("وحكم عليه بالإعدام والسجن المؤبد والسجن المشدد في ثلاث قضايا منفصلة")
    assert [(f["value"], f["type"]) for f in records] == [(3, "other")]


def test_a_conversion_in_brackets_shares_the_bound_of_the_sum():
    found = quantities_in("تنفق الشركة عليهما مليون يورو (1,1 مليون دولار) على الأقل شهريا")
    assert [(q.currency, q.value, q.min) for q in found] == [("EUR", None, 1000000), ("USD", None, 1100000)]
    found = quantities_in("استثمرت لأكثر من 300 مليار جنيه (17 مليار دولار) في المشروع")
    assert [(q.value, q.min) for q in found] == [(None, 300000000000), (None, 17000000000)]
    found = quantities_in("أنفق 83.1 مليون جنيه إسترليني (129.3 مليون دولار) لضم اللاعب")
    assert [(q.value, q.min) for q in found] == [(83100000, None), (129300000, None)]


@pytest.mark.parametrize(
    "word",
    ["واحد", "وثلاثة", "بثلاثمائة", "والعشرات", "للعشرات", "فبالعشرات", "بالمئات", "وعشرين", "الثلاث",
     "ورهينتين", "لعاملين", "والخمسة", "كألف", "وبضعة", "فخمسون", "اثنتين", "واثنين", "ومليونا"],
)
def test_number_words_split_as_the_reference_regex_does(word):
    from khabar.numbers.lexicon import match_form
    from khabar.numbers.words import _split_number_word, atom_regex

    form = match_form(word)
    m = atom_regex().fullmatch(form)
    expected = None if m is None or m.group("digits") else (m.group("pre"), m.group("word") or m.group("dual"), bool(m.group("dual")))
    assert _split_number_word(form) == expected


@pytest.mark.parametrize("text, kind", [
    ("قال مسؤول إن عدد الذين نزحوا من منازلهم بسبب الفيضانات في الولاية ارتفع إلى أكثر من 12 ألف شخص.", "displaced"),
    ("ووصل عدد المعتقلين منذ بداية الاحتجاجات إلى 300 شخص.", "arrested"),
    ("وقال مدير المستشفى إن حصيلة القتلى منذ بدء المواجهات في المدينة بلغت ألفا.", "killed"),
])
def test_a_count_takes_the_type_of_the_number_it_is_the_subject_of(text, kind):
    assert [f["type"] for f in facts(text)] == [kind]


def test_a_number_of_some_is_not_the_subject_of_a_later_count():
    # "عدد من" is "some": the count after it is typed by its own words only.
    assert [f["type"] for f in facts("حضر عدد من المعتقلين السابقين الحفل مع 40 شخصا.")] == ["other"]


def test_a_counted_noun_that_opens_like_a_proclitic_is_still_the_noun():
    # فردا is not ف + ردا: a known countable noun is read whole.
    assert [(f["value"], f["noun"]) for f in facts("وصلت البعثة على رأس وفد مكون من 41 فردا ما بين لاعبين وإداريين.")] == [(41, "فردا")]


def test_a_decimal_written_fraction_first_may_open_with_a_zero():
    # The Saudi agency's 06ر17893 is 17893.06, not a code that opens with 0 like a phone number.
    assert [q.value for q in quantities_in("تراجع المؤشر ليصل إلى 06ر17893 نقطة")] == [17893.06]
    assert quantities_in("للاستفسار الاتصال على 0555123456") == []


@pytest.mark.parametrize("text, value, noun", [
    ("فيات كرايسلر تسحب «1.4» مليون سيارة لوقف عمليات الاختراق", 1400000, "سيارة"),
    ("أعلن عن اعتماد ” 18 ” مكتباً للخدمات الانتخابية", 18, "مكتباً"),
    ("بلغ عدد الرحلات \"50\" رحلة أسبوعية", 50, "رحلة"),
])
def test_a_figure_in_quotation_marks_keeps_its_scale_and_noun(text, value, noun):
    assert [(f["value"], f["noun"]) for f in facts(text)] == [(value, noun)]


@pytest.mark.parametrize("text", [
    "انفاذا للمادة 49 من نظام المرور",
    "انفاذا للمادة \"49 \" من نظام المرور",
    "ستوفر الشركة النسخة “10240” لمجموعة مختارة من المستخدمين",
])
def test_a_label_number_stays_a_label_in_quotation_marks_or_after_lil(text):
    assert facts(text) == []


@pytest.mark.parametrize("text", [
    "تنشر الترتيب للعام الحادي عشر على التوالي",
    "توفي عرفات في الحادي عشر من نوفمبر 2004",
    "الساعة الحادية عشرة صباحا",
])
def test_the_eleventh_is_an_ordinal_not_ten(text):
    assert [q.value for q in quantities_in(text)] == []


def test_an_idiom_with_two_proclitics_is_still_no_number():
    assert quantities_in("وبدفعة واحدة رفع الحظر بأشكاله كلها") == []


@pytest.mark.parametrize("text", [
    "فتح مؤشر فايننشال تايمز 100 البريطاني منخفضا",
    "ونزل مؤشر ستاندرد آند بورز 500 في ختام التعاملات",
    "بينما ارتفع كاك 40 الفرنسي",
])
def test_a_stock_index_named_by_a_number_counts_nothing(text):
    assert quantities_in(text) == []
