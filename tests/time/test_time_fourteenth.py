"""Fourteenth pass (issue 5): spans the scanner did not see at all on dev, each class checked on all
dev and on the SaudiNewsNet day files: a day number before "current" alone ("في 25 الجاري"، "يوم 17
الحالي") is a day of the article's month; digits glued to their unit ("60عاما"، "لمدة 10سنوات") are
a duration as with a space; "في العقد الماضي"، "خلال العقد الأخير" are the last ten years (P10Y, as
"خلال الأعوام العشرة الماضية"); a full stop that right-to-left editing put before the year ending a
line ("عام .2016") does not hide the year. Made-up sentences."""

from time_rows import time_rows

PUB = "2015-08-06"  # a Thursday in August (Shawwal 1436)


def times(text, published=PUB, future=False):
    return time_rows(text, published, future)


# --- "في 25 الجاري": a day of the month the article is written in


def test_day_before_current_is_a_day_of_this_month():
    rows = times("ويلتقي المنتخب نظيره العماني في 25 الجاري على ملعب الملك فهد.")
    assert ("25 الجاري", "date", "2015-08-25") in rows


def test_day_before_alhali_reads_the_same():
    rows = times("ويخوض الفريق أولى مبارياته الرسمية يوم 17 الحالي أمام ضيفه.")
    assert ("17 الحالي", "date", "2015-08-17") in rows


def test_day_of_this_month_follows_the_article_month():
    assert ("3 الجاري", "date", "2016-01-03") in times("وانطلقت الدورة في 3 الجاري بمشاركة 40 لاعبا.", "2016-01-20")


def test_a_day_that_the_month_lacks_is_no_date():
    assert not any(r[2] == "2015-08-35" for r in times("ويعقد الاجتماع في 35 الجاري."))
    assert times("وأقيم الحفل في 31 الجاري.", "2015-09-10") == []  # September has 30 days


def test_a_year_before_current_stays_a_year():
    rows = times("ومن المتوقع أن يبدأ التشغيل في سبتمبر من عام 2015 الجاري.")
    assert not any(r[2] and r[2].endswith("-15") for r in rows)
    assert ("سبتمبر من عام 2015", "month", "2015-09") in rows


def test_day_of_the_month_named_in_full_keeps_its_reading():
    assert times("ويعقد المؤتمر في 12 من الشهر الجاري.") == [("12 من الشهر الجاري", "date", "2015-08-12")]


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


# --- "عام .2016": the sentence's full stop before the year that ends it


def test_a_stop_before_a_final_year_keeps_the_year():
    rows = times("وأعلن الحزب أنه سيخوض الانتخابات الرئاسية عام .2016\nوقال المتحدث باسمه إن القرار نهائي.")
    assert ("عام .2016", "year", "2016") in rows


def test_a_stop_before_a_final_year_closes_a_range():
    rows = times("وتولى رئاسة الحكومة خلال الفترة من 2009 إلى .2011 \nثم اعتزل العمل السياسي.")
    assert ("خلال الفترة من 2009 إلى .2011", "range", "2009/2011") in rows


def test_a_stop_before_a_month_year():
    assert ("آذار/مارس .2011", "month", "2011-03") in times("وقعت الكارثة في آذار/مارس .2011\nوبدأ الإعمار بعدها.")


def test_a_decimal_is_no_year():
    assert times("وبلغ المؤشر 3.2015 نقطة عند الإغلاق.") == []
