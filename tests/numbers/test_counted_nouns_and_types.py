"""The noun a figure counts and the type of the fact: a definite number after its plural, partitives
(من), "one" after its noun, a figure in brackets before its noun, a unit shared along a list, nouns that
open like a proclitic; a type from a governing verb (a plural verb, an arrest verb with its subject,
verbs of dying after the count), from the count a part is among or broken down after هم, from the
number it is the subject of, and freed hostages as released. Each on made-up sentences with the near
misses that must not change."""

import pytest
from fact_rows import described, facts, rows, typed

from khabar.numbers.quantities import quantities_in
from khabar.numbers.words import parse_digits

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


# --- coordination and units written onto the digits -----------------------------------------------


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


def test_a_lone_conjunction_is_never_the_counted_noun():
    assert all(f["noun"] != "و" for f in facts("بين عامي 2014 و2015 ارتفع العدد 20و"))


def test_a_counted_noun_that_opens_like_a_proclitic_is_still_the_noun():
    # فردا is not ف + ردا: a known countable noun is read whole.
    assert [(f["value"], f["noun"]) for f in facts("وصلت البعثة على رأس وفد مكون من 41 فردا ما بين لاعبين وإداريين.")] == [(41, "فردا")]


# --- nouns whose first letter looks like a proclitic ---------------------------------------------------


def test_a_noun_opening_like_a_proclitic_is_still_the_counted_noun():
    assert rows("ويتضمن المهرجان 30 فعالية متنوعة للأسر") == [("30 فعالية", "other", 30, None, None)]
    assert rows("وسجلت المستشفيات 4 وفيات جراء الحر")[0][:3] == ("4 وفيات", "killed", 4)
    assert rows("وزعت الجمعية 500 وجبة إفطار")[0][2] == 500
    # a real و opens a new phrase: the first figure keeps no noun
    assert rows("أسفر الحادث عن مقتل 3 وإصابة 5 آخرين") == [
        ("3", "killed", 3, None, None), ("5 آخرين", "injured", 5, None, None)
    ]


# --- "one" after a noun: idioms, proclitics, a definite noun before an adjective -------------------


@pytest.mark.parametrize(
    "text",
    [
        "لم يقل المسؤول كلمة واحدة عن الانتهاكات",
        "بكلمة واحدة، الحل واضح للجميع",
        "لم يتردد لحظة واحدة في خدمة وطنه",
        "يوفر المعرض كل المستلزمات في مكان واحد للزوار",
        "ويعرض الكتاب لوحة مؤثرة لواحد من نجوم الأدب",
    ],
)
def test_one_that_counts_nothing(text):
    assert [f for f in facts(text) if f["value"] == 1] == []


@pytest.mark.parametrize(
    "text, noun",
    [
        ("تكدس الموظفون في طابق واحد من المبنى", "طابق"),
        ("قتل 12 مدنيا وجنديا تشاديا واحدا في الهجوم", "جنديا"),
    ],
)
def test_one_after_its_noun_still_counts(text, noun):
    ones = [f for f in facts(text) if f["value"] == 1]
    assert len(ones) == 1
    if noun:
        assert ones[0]["noun"] == noun


def test_a_definite_noun_takes_no_indefinite_adjective_before_two():
    found = facts("ومنها على سبيل المثال تحطم اثنتين من الطائرات العام الماضي")
    assert [f["text"] for f in found] == ["اثنتين من الطائرات"]


# --- "one" after a noun that opens with a letter that can be a proclitic --------------------------


def test_one_after_a_noun_opening_with_waw_or_lam():
    assert described("وقال المدرب إنه لا يريد أن يخص لاعبا واحدا بالمديح") == [
        ("count", 1, None, None, False, "لاعبا")]
    assert typed("وسجلت المنطقة حالة وفاة واحدة خلال الأسبوع.") == [("وفاة واحدة", "killed")]


def test_one_after_a_word_that_is_no_noun_stays_out():
    # (a pronoun or a verb before واحد is no counted noun: "وهو واحد من", "ولعب واحدا من")
    assert described("وهو واحد من أبرز لاعبي الفريق ولعب واحدا من أجمل أدواره") == []


# --- figures in brackets, as the Saudi press writes them -------------------------------------------


@pytest.mark.parametrize(
    "text, value, noun",
    [
        ("أقامت الإدارة خلال العام (158) دورة في الإسعافات الأولية", 158, "دورة"),
        ("استفاد من البرنامج (426) مستفيدا في عدد من المدارس", 426, "مستفيدا"),
        ("وبلغ عدد الموقوفين في القضية (144) موقوفاً بحسب المتحدث", 144, "موقوفاً"),
    ],
)
def test_a_figure_in_brackets_counts_the_noun_after_the_bracket(text, value, noun):
    found = facts(text)
    assert [(f["value"], f["noun"]) for f in found] == [(value, noun)]


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
    # (the decimal comma is read since the thirteenth pass: one figure, 21.5, where 21 and 5 were)
    assert [(q.kind, q.value) for q in decimal] == [("percent", 21.5)]


def test_a_far_governing_word_does_not_type_a_count_of_things():
    # قضايا ends in -يا like an accusative nisba (جنديا) but is the plural of قضية
    records = facts("وحكم عليه بالإعدام والسجن المؤبد والسجن المشدد في ثلاث قضايا منفصلة")
    assert [(f["value"], f["type"]) for f in records] == [(3, "other")]


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


# --- a plural verb before its object: "وقتلوا خمسة أشخاص" ---------------------------------------------


def test_plural_verb_types_the_count_it_governs():
    assert typed("وقال شاهد إن المسلحين اقتحموا البلدة ليلا، وقتلوا سبعة أشخاص، بينهم طفلان.") == [
        ("سبعة أشخاص", "killed"),
        ("طفلان", "killed"),
    ]
    assert typed("وأطلق المهاجمون النار على الحراس فقتلوا اثنين منهم وأصابوا ستة آخرين بجروح.") == [
        ("اثنين منهم", "killed"),
        ("ستة آخرين", "injured"),
    ]
    assert typed("وقالت الشرطة إن عناصرها اعتقلوا 14 مشتبها بهم خلال المداهمة.") == [("14 مشتبها", "arrested")]


def test_plural_verb_after_its_count_or_before_a_preposition_is_not_an_object():
    # the verb after the count still reads as "were killed"
    assert typed("وقال مسؤول إن تسعة أشخاص قتلوا في الهجوم.") == [("تسعة أشخاص", "killed")]
    # قتلوا في هجومين: the count after a preposition is where, not whom
    assert ("هجومين", "other") in typed("وقال مسؤول إن 15 مدنيا قتلوا في هجومين انتحاريين.")
    # a count in a clause of its own keeps its own verb
    # (the rule must not make و32 killed; since facts50 its verb is no counted noun and types it injured)
    assert typed("وقال المكتب إن 11 شخصا قتلوا و32 أصيبوا بجروح.") == [
        ("11 شخصا", "killed"),
        ("و32", "injured"),
    ]


# --- a count broken down after هم ------------------------------------------------------------------


def test_breakdown_after_hum_shares_the_type():
    assert typed("وأعلنت السلطات سقوط ستة قتلى هم ثلاثة شرطيين وثلاثة مدنيين.") == [
        ("ستة قتلى", "killed"),
        ("ثلاثة شرطيين", "killed"),
        ("وثلاثة مدنيين", "killed"),
    ]


def test_hum_after_an_untyped_count_gives_nothing():
    assert typed("وأسس الجمعية خمسة أشخاص هم طلاب سابقون وثلاثة معلمين.")[0] == ("خمسة أشخاص", "other")


# --- verbs of dying after the count -----------------------------------------------------------------


def test_verbs_of_dying_after_the_count_type_it_killed():
    assert rows("ويقدر أن نحو ألفين لفظوا أنفاسهم في البحر")[0][1] == "killed"
    assert rows("قالت المنظمة إن 500 مهاجر ماتوا في الصحراء")[0][1] == "killed"
    # another verb after the count leaves it other
    assert rows("قالت المنظمة إن 500 مهاجر عبروا الصحراء")[0][1] == "other"


# --- "deaths and injuries" of one count ---------------------------------------------------------------


def test_death_and_injury_words_joined_type_the_count_by_the_first():
    assert rows("أسفر الانفجار عن مصرع وإصابة 15 جنديا")[0][1] == "killed"
    assert rows("أدى القصف إلى مقتل وجرح العشرات منهم")[0][1] == "killed"
    # each word with its own count keeps its own type
    assert [r[1] for r in rows("أسفر الانفجار عن مقتل 3 وإصابة 15 جنديا")] == ["killed", "injured"]


# --- freeing hostages makes them released ------------------------------------------------------------


def test_hostages_freed_by_the_army_are_released():
    assert rows("وأعلن الجيش أنه حرر 40 رهينة بينهم 12 طفلا قرب الحدود") == [
        ("40 رهينة", "released", 40, None, None),
        ("12 طفلا", "released", 12, None, None),
    ]
    assert rows("وتمكنت الشرطة من تحرير 6 مختطفين في عملية ليلية") == [
        ("6 مختطفين", "released", 6, None, None)
    ]


def test_freeing_towns_or_writing_tickets_is_no_release_and_held_hostages_stay_hostages():
    assert rows("حرر رجال المرور 150 مخالفة خلال الحملة") == [("150 مخالفة", "other", 150, None, None)]
    assert rows("وتمكنت القوات من تحرير 3 بلدات في ريف المحافظة") == [("3 بلدات", "other", 3, None, None)]
    assert rows("وما زال التنظيم يحتجز 30 رهينة في المدينة") == [("30 رهينة", "hostages", 30, None, None)]


# --- capture in battle: "أسرت المقاومة 45 مسلحا" (thirteenth pass) -----------------------------------


def test_fighters_captured_right_after_the_verb_are_arrested():
    assert rows("وأكد المتحدث أن القوات الحكومية أسرت 45 مسلحا وقتلت 12 آخرين في المواجهات") == [
        ("45 مسلحا", "arrested", 45, None, None),
        ("12 آخرين", "killed", 12, None, None),
    ]
    assert rows("وتمكن رجال القبائل من أسر أكثر من 30 من المتمردين") == [
        ("أكثر من 30 من المتمردين", "arrested", None, 30, None)
    ]


def test_killed_and_captured_is_typed_by_its_first_word():
    assert rows("وأوضح المصدر أنه تم قتل وأسر العشرات من عناصر الميليشيا") == [
        ("العشرات من عناصر", "killed", None, 10, 99)
    ]


def test_families_counted_before_or_after_stay_other():
    assert rows("وبلغ عدد الأسر المستفيدة من البرنامج 300 أسرة") == [("300 أسرة", "other", 300, None, None)]
    assert rows("وتسلمت أربع أسر محتاجة 4 وحدات سكنية") == [
        ("أربع أسر", "other", 4, None, None),
        ("4 وحدات سكنية", "other", 4, None, None),
    ]


# --- the bodies of the counted are dead: "انتشال جثث 17 شخصا" (thirteenth pass) -------------------------


def test_bodies_of_a_count_make_it_killed():
    assert rows("وعثرت الشرطة على جثتي رجلين مجهولي الهوية قرب الطريق") == [("رجلين", "killed", 2, None, None)]
    assert rows("وتمكنت فرق الإنقاذ من انتشال جثث 17 شخصا بينهم أطفال") == [
        ("17 شخصا", "killed", 17, None, None),
        # (بينهم أطفال: no figure)
    ]
    assert rows("ونقلت طائرة الإخلاء جثامين ثلاثة من الجنود إلى الرياض") == [
        ("ثلاثة من الجنود", "killed", 3, None, None)
    ]


def test_a_count_of_bodies_governs_no_count_after_it():
    assert rows("وانتشلت فرق الدفاع المدني 15 جثة وأنقذت 6 أشخاص") == [
        ("15 جثة", "killed", 15, None, None),
        ("6 أشخاص", "other", 6, None, None),
    ]


# --- the active "injured": "أصاب ثور أربعة أشخاص" (thirteenth pass) ----------------------------------------


def test_the_active_verb_of_injuring_types_a_count_of_people():
    assert rows("وفتح مهاجم النار على المحتجين وأصاب شخصين قبل أن يفر") == [("شخصين", "injured", 2, None, None)]
    assert rows("وهاجم دب بري المخيم فأصاب ثلاثة أشخاص هذا الصيف") == [
        ("ثلاثة أشخاص", "injured", 3, None, None)
    ]


def test_the_active_verb_of_hitting_things_leaves_them_other():
    assert rows("وأصابت الغارات خمس وحدات عسكرية قرب الحدود") == [("خمس وحدات عسكرية", "other", 5, None, None)]
    assert rows("ووقع حادث مروري أصاب 3 سيارات على الطريق السريع") == [("3 سيارات", "other", 3, None, None)]
