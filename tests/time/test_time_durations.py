"""Durations: bounded and compound durations, a whole unit, about or more than one unit, bare plural units
with a vague adjective, "for long", لمدة with two counts, digits glued to their unit, the last decade,
ages (by decade, with an ordinal, hundreds of years). Each on short made-up Arabic news sentences, with
the words that must stay no duration."""

import pytest
from time_rows import time_rows

from khabar.time.resolve import add_durations

PUB = "2015-08-06"  # a Thursday; 1436 AH runs from 2014-10-25 to 2015-10-14


def times(text, published=PUB, future=False):
    return time_rows(text, published, future)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("يعاقب بالسجن بين 5 و15 عاما", ("بين 5 و15 عاما", "duration", None)),
        ("بالسجن من عامين إلى 10 أعوام", ("من عامين إلى 10 أعوام", "duration", None)),
        ("تتراوح مدة العلاج من شهر إلى عامين", ("من شهر إلى عامين", "duration", None)),
        ("يحفظ الدواء ما بين 3 و4 أشهر", ("ما بين 3 و4 أشهر", "duration", None)),
        ("بعد 5 أشهر و27 يوما من التحقيق", ("بعد 5 أشهر و27 يوما", "duration", "P5M27D")),
        ("تنطلق صافرة الإنذار كل دقيقة و20 ثانية", ("كل دقيقة و20 ثانية", "set", "PT1M20S")),
        ("خلال الثماني والأربعين ساعة الماضية", ("خلال الثماني والأربعين ساعة الماضية", "duration", "PT48H")),
        ("في الـ48 الساعة القادمة", ("الـ48 الساعة القادمة", "duration", "PT48H")),
        ("استمر الاتصال لمدة ساعة ونصف الساعة", ("لمدة ساعة ونصف الساعة", "duration", "PT1H30M")),
        ("استغرقت الرحلة ثلاث ساعات ونصف", ("ثلاث ساعات ونصف", "duration", "PT3H30M")),
        ("بقي في المستشفى ثلاثة أيام ونصف", ("ثلاثة أيام ونصف", "duration", "P3.5D")),
        # twentieth pass: half a month or a year in whole smaller units, as the hour's PT1H30M
        ("وقع الحادث قبل حوالي شهر ونصف في الميناء", ("قبل حوالي شهر ونصف", "duration", "P1M15D")),
        ("وسجن المتهم سبعة أشهر ونصف الشهر", ("سبعة أشهر ونصف الشهر", "duration", "P7M15D")),
        ("وتولى المنصب لمدة أربع سنوات ونصف", ("لمدة أربع سنوات ونصف", "duration", "P4Y6M")),
        ("وتأخر المشروع ثلاثة أعوام وربع", ("ثلاثة أعوام وربع", "duration", "P3Y3M")),
        ("وصلت الفرق خلال ربع الساعة", ("ربع الساعة", "duration", "PT15M")),
    ],
)
def test_bounded_and_compound_durations(text, expected):
    assert expected in times(text)


@pytest.mark.parametrize("text", ["اجتمعوا قبل يوم الجمعة", "خلال شهر رمضان", "قبل يوم الانتخابات", "خلال عام 2015"])
def test_one_unit_that_names_something_else_is_not_a_duration(text):
    assert not any(kind == "duration" for _, kind, _ in times(text))


def test_compound_durations_add_up():
    assert add_durations("P5M", "P27D") == "P5M27D"
    assert add_durations("PT1M", "PT20S") == "PT1M20S"
    assert add_durations("P1D", "PT5H") == "P1DT5H"


# --- a whole unit with no word before it


def test_a_whole_unit_is_a_duration():
    assert times("وانقطعت الكهرباء عن الحي يوماً كاملاً قبل إصلاح العطل") == [("يوماً كاملاً", "duration", "P1D")]
    assert times("ويستمر المعرض أسبوعاً كاملا، بمشاركة 40 جهة") == [("أسبوعاً كاملا", "duration", "P1W")]
    assert times("وبقي في عقده مع النادي سنة كاملة") == [("سنة كاملة", "duration", "P1Y")]
    # with a word before it, the reading of the phrase as before
    assert times("ويستمر البرنامج لمدة شهر كامل") == [("لمدة شهر كامل", "duration", "P1M")]


def test_during_the_day_of_yesterday_is_that_day_not_a_day_long():
    # خلال/طوال/منذ + "يوم أمس/غد": the day named (PUB is Thursday 6 August), no P1D beside it
    assert times("ورفعت فرق النظافة 40 طنا من النفايات خلال يوم أمس وحده.") == [("أمس", "date", "2015-08-05")]
    assert times("وتفتح الحدائق أبوابها مجانا طوال يوم غد للزوار.") == [("غد", "date", "2015-08-07")]
    assert times("وتواصلت عمليات البحث منذ يوم أمس دون نتيجة.") == [("أمس", "date", "2015-08-05")]
    # a day's length still reads as one
    assert times("وأنجزت الفرق العمل خلال يوم واحد") == [("خلال يوم واحد", "duration", "P1D")]


def test_about_one_unit_is_a_duration():
    assert times("وتوفي متأثرا بحروق أصيب بها قبل حوالي أسبوع.") == [("قبل حوالي أسبوع", "duration", "P1W")]
    assert times("وارتفع عدد الطلبات خلال ما يزيد على عام، إلى 191 ألفا") == [
        ("خلال ما يزيد على عام", "duration", "P1Y")
    ]
    assert times("ويعمل في المصنع منذ نحو عام") == [("منذ نحو عام", "duration", "P1Y")]
    # a year number after the unit is a year, not one year
    assert [row for row in times("ويعود تاريخها إلى نحو عام 1600 ميلادي") if row[1] == "duration"] == []


def test_two_decades_of_time_are_a_duration_not_two_contracts():
    assert times("واستمرت الحرب الباردة عقدين من الزمان تقريبا") == [("عقدين من الزمان", "duration", "P20Y")]
    assert times("وظلت المدينة قرنين من الزمن تحت الحكم العثماني") == [("قرنين من الزمن", "duration", "P200Y")]
    assert times("ووقع الطرفان عقدين مع الشركة الصينية") == []


# --- a bare plural unit with an adjective of number or length: a duration without value


def test_a_bare_plural_unit_with_a_vague_adjective_is_a_duration():
    assert times("وأمضى المسعفون ساعات طويلة في البحث عن المفقودين") == [("ساعات طويلة", "duration", None)]
    assert times("ولا يبعد المخيم سوى دقائق معدودة عن الحدود") == [("دقائق معدودة", "duration", None)]
    assert times("وأقيمت العروض في أيام متتالية بمسرح المدينة") == [("أيام متتالية", "duration", None)]
    assert times("وانسحب اللاعب بعدها بأسابيع قليلة من البطولة") == [("أسابيع قليلة", "duration", None)]


def test_within_a_few_units_is_a_duration():
    assert times("وأكد أن النتائج ستعلن في غضون أيام.") == [("في غضون أيام", "duration", None)]
    assert times("ويتخذ الحكم قراره في غضون ثوان معدودة") == [("في غضون ثوان معدودة", "duration", None)]


def test_a_bare_plural_unit_alone_is_still_no_time():
    # "أشهر" is also "the most famous", and "أيام" alone too often "the days of" something
    assert times("وتضم المدينة أشهر المطاعم الشعبية في المنطقة") == []
    assert times("وتحدث عن أيام الدراسة في القاهرة") == []


# --- "for long": the adverb طويلاً and the nouns of time it describes


def test_for_long_after_a_verb_is_a_duration():
    assert times("لكن الهدنة لم تدم طويلاً في المدينة") == [("طويلاً", "duration", None)]
    assert times("وانتظر المرضى طويلا أمام العيادة") == [("طويلا", "duration", None)]
    assert times("وقد تستغرق الإجراءات وقتاً طويلاً، بحسب المصدر") == [("وقتاً طويلاً", "duration", None)]
    assert times("وظلت القضية معلقة زمنا طويلا دون حل") == [("زمنا طويلا", "duration", None)]


def test_long_describing_another_noun_is_no_time():
    assert times("وقطعت المفاوضات شوطاً طويلاً نحو الاتفاق") == []
    assert times("وسار المحتجون طريقا طويلا إلى الميدان") == []


def test_hours_throughout_and_counted_units_stay_durations():
    assert times("وسيعلن القرار خلال الساعات القادمة") == [("خلال الساعات القادمة", "duration", None)]
    assert times("وعانى السكان طيلة الأيام الماضية من انقطاع الكهرباء") == [
        ("طيلة الأيام الماضية", "duration", None)
    ]
    assert times("وارتفعت الأسعار خلال الأشهر الثلاثة الماضية") == [("خلال الأشهر الثلاثة الماضية", "duration", "P3M")]


# --- durations known within bounds after لمدة


def test_lemudda_with_two_counts_is_a_duration_without_value():
    rows = times("ويُنقع الزنجبيل في الماء الساخن لمدة 5 إلى 10 دقائق قبل شربه.")
    assert rows == [("لمدة 5 إلى 10 دقائق", "duration", None)]


def test_lemudda_with_a_dual_or_a_count():
    rows = times("وتستطيع الحكومة الإنفاق من احتياطياتها لمدة سنتين أو ثلاث دون اقتراض.")
    assert rows == [("لمدة سنتين أو ثلاث", "duration", None)]
    rows = times("ويقيم المعلمون في القرى لمدة يومين أو ثلاثة أيام كل أسبوع.")
    assert ("لمدة يومين أو ثلاثة أيام", "duration", None) in rows


def test_lemudda_with_one_count_keeps_its_value():
    assert times("وأغلق الطريق لمدة ثلاثة أيام.") == [("لمدة ثلاثة أيام", "duration", "P3D")]
    assert times("وتوقف العمل لمدة يومين.") == [("لمدة يومين", "duration", "P2D")]


# --- "60عاما": digits glued to their unit


def test_glued_years_are_a_duration():
    rows = times("وقال الرجل الذي يبلغ من العمر 60عاما إنه غادر المدينة مع أسرته.")
    assert ("60عاما", "duration", "P60Y") in rows


def test_glued_unit_after_an_opener_keeps_the_opener():
    rows = times("وقضت المحكمة بسجنه لمدة 10سنوات بتهم فساد.")
    assert ("لمدة 10سنوات", "duration", "P10Y") in rows


def test_glued_days_read_as_spaced_days():
    glued = times("وأكد الاتحاد أن النادي يستطيع تسجيل لاعبه الجديد بعد 15يوما.")
    spaced = times("وأكد الاتحاد أن النادي يستطيع تسجيل لاعبه الجديد بعد 15 يوما.")
    assert [r[1:] for r in glued] == [r[1:] for r in spaced] == [("duration", "P15D")]


def test_digits_glued_to_other_words_are_no_time():
    assert times("وسجل اللاعب 3أهداف في المباراة ووصل عدد المشاهدين إلى 40ألفا.") == []


# --- "في العقد الماضي": the last ten years


def test_the_last_decade_is_ten_years():
    rows = times("وارتفع عدد الحالات إلى نحو 300 ألف حالة في العقد الماضي.")
    assert ("في العقد الماضي", "duration", "P10Y") in rows


def test_the_last_decade_with_ala_mada():
    rows = times("وعلى مدى العقد الأخير، ضاعفت الشركة استثماراتها في المنطقة.")
    assert ("على مدى العقد الأخير", "duration", "P10Y") in rows


def test_the_coming_decade_is_ten_years_too():
    assert ("خلال العقد المقبل", "duration", "P10Y") in times("وتخطط الحكومة لبناء مئة مدرسة خلال العقد المقبل.")


def test_a_decade_of_another_century_is_not_the_last_ten_years():
    rows = times("ووقعت الحادثة في العقد الأخير من القرن التاسع عشر.")
    assert not any(r[2] == "P10Y" for r in rows)


def test_a_contract_is_no_decade():
    assert times("ووقع اللاعب العقد الماضي مع النادي قبل أن يرحل.") == []


@pytest.mark.parametrize("text, expected", [
    ("يتوقع رفع الحظر في غضون خمس سنوات", ("في غضون خمس سنوات", "duration", "P5Y")),
    ("ويصدر القرار في غضون شهر", ("في غضون شهر", "duration", "P1M")),
    ("تولى المنصب طيلة عقد من الزمان", ("طيلة عقد من الزمان", "duration", "P10Y")),
    ("بني المسجد قبل قرن من الزمان", ("قبل قرن من الزمان", "duration", "P100Y")),
    ("يسجن لمدة (12) شهراً", ("لمدة (12) شهراً", "duration", "P12M")),
    ("تنطلق الرحلة مساء يوم غد الأربعاء", ("مساء يوم غد الأربعاء", "time", "2015-08-05TEV")),
])
def test_more_durations_and_days(text, expected):
    assert times(text, "2015-08-04") == [expected]


@pytest.mark.parametrize("text, expected", [
    ("توفيت الطفلة وهي في العاشرة من عمرها", ("في العاشرة من عمرها", "duration", "P10Y")),
    ("تزوج في السابعة عشرة من عمره", ("في السابعة عشرة من عمره", "duration", "P17Y")),
    ("بدأ الحفظ في سن التاسعة من العمر", ("في سن التاسعة من العمر", "duration", "P9Y")),
    ("انضم إلى النادي في الـ15 من عمره", ("في الـ15 من عمره", "duration", "P15Y")),
])
def test_ages_said_with_an_ordinal(text, expected):
    assert times(text) == [expected]


def test_a_decade_of_life_is_no_age():
    assert times("اضطرت عروس في العقد الثالث من عمرها لقيادة السيارة") == []


def test_far_back_is_an_age_not_a_year():
    assert times("منذ اختراع أول قفل منذ أربعة آلاف عام") == [("منذ أربعة آلاف عام", "duration", "P4000Y")]
    # "since" a number of years is how long it has lasted (all such dev gold spans); days stay dates
    assert times("منذ 25 عاما") == [("منذ 25 عاما", "duration", "P25Y")]
    assert times("منذ ثلاثة أيام")[0][1] == "date"


@pytest.mark.parametrize("text, span", [
    ("لها تاريخ يعود إلى آلاف السنين", "آلاف السنين"),
    ("لوحات رسمت قبل مئات السنين", "قبل مئات السنين"),
])
def test_hundreds_or_thousands_of_years_are_an_age_not_a_count(text, span):
    assert times(text) == [(span, "duration", None)]


# --- ages by decade


def test_ages_by_decade_are_durations_without_value():
    assert times("أسفر عن وفاة مقيم آسيوي ثلاثيني غرقا عقب حادثة قضى فيها شاب عشريني") == [
        ("ثلاثيني", "duration", None),
        ("عشريني", "duration", None),
    ]
    assert times("بتعرض مواطنة ثلاثينية للاعتداء") == [("ثلاثينية", "duration", None)]


def test_all_ones_life_is_a_duration_without_value():
    # "طيلة حياته"، "طوال حياتها": the gold's null duration (seventeenth pass)
    assert times("وظل الرجل طيلة حياته مدافعا عن حقوق العمال.") == [("طيلة حياته", "duration", None)]
    assert ("طوال حياتها", "duration", None) in times("عملت المعلمة في القرية طوال حياتها المهنية.")
