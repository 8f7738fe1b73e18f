"""Session 58, pass times61: "فورا" (immediately) is no time expression; a clock of four figures in
Greenwich time ("الساعة 0722 بتوقيت جرينتش") is read, and a Greenwich clock with no day named beside it is
the publication day's; "قبل أسبوع" (a week ago) is the date seven days before publication."""

import pytest

from tests.time.time_rows import rows_of, time_rows

IMMEDIATELY = [
    "ودعت البعثة الأطراف المتحاربة إلى وقف القتال فورًا وفتح ممرات آمنة للمدنيين",
    "وطالبت المنظمة بالإفراج فوراً عن الصحفيين المحتجزين",
    "وقررت اللجنة تنفيذ القرار فورا دون انتظار موافقة المجلس",
]


@pytest.mark.parametrize("text", IMMEDIATELY)
def test_immediately_is_no_time(text):
    assert not [row for row in time_rows(text, "2015-07-23") if "فور" in row[0]]


def test_guard_soon_stays_a_vague_date():
    assert ("قريبا", "date", None) in time_rows("وسيعلن الاتحاد أسماء اللاعبين قريبا", "2015-07-23")


WEEK_AGO = [
    # (sentence, published, found, type, value)
    ("وأعلنت الشركة قبل أسبوع عن خطة لخفض النفقات", "2015-08-04", "قبل أسبوع", "date", "2015-07-28"),
    ("وكانت الاشتباكات التي اندلعت قبل اسبوع قد أدت إلى نزوح العائلات", "2015-07-23", "قبل اسبوع", "date", "2015-07-16"),
    ("وقبل أسبوع، زار الوزير المحافظة المنكوبة", "2015-08-09", "قبل أسبوع", "date", "2015-08-02"),
]

WEEK_GUARDS = [
    # a stretch still lasting, and more weeks than one, stay durations
    ("ويتواصل القصف على المدينة منذ أسبوع دون توقف", "2015-07-23", "منذ أسبوع", "duration", "P1W"),
    ("وتعرض اللاعب لإصابة قبل أسبوعين في المران", "2015-08-11", "قبل أسبوعين", "duration", "P2W"),
    ("وتبدأ الحجوزات قبل ثلاثة أسابيع من الموعد", "2015-07-22", "قبل ثلاثة أسابيع", "duration", "P3W"),
    # another unit keeps its reading
    ("وأعلن الاتحاد قبل يومين عن تشكيل المنتخب", "2015-07-27", "قبل يومين", "date", "2015-07-25"),
]


@pytest.mark.parametrize(("text", "published", "found", "type_", "value"), WEEK_AGO)
def test_a_week_ago_is_a_date(text, published, found, type_, value):
    assert [(type_, value)] == rows_of(time_rows(text, published), found)


@pytest.mark.parametrize(("text", "published", "found", "type_", "value"), WEEK_GUARDS)
def test_guard_weeks_lasting_or_counted_stay(text, published, found, type_, value):
    assert [(type_, value)] == rows_of(time_rows(text, published), found)


GMT_FOUR_FIGURES = [
    # (sentence, published, found, clock)
    ("وبحلول الساعة 0915 بتوقيت جرينتش تراجع سعر خام برنت 40 سنتا", "2015-08-04", "الساعة 0915 بتوقيت جرينتش", "T09:15Z"),
    ("وارتفع الذهب إلى 1100 دولار للأوقية الساعة 1340 بتوقيت غرينتش", "2015-08-11", "الساعة 1340 بتوقيت غرينتش", "T13:40Z"),
    ("وتبدأ الهدنة في الثامنة مساء بالتوقيت المحلي (1700 بتوقيت جرينتش)", "2015-07-26", "1700 بتوقيت جرينتش", "T17:00Z"),
]


@pytest.mark.parametrize(("text", "published", "found", "clock"), GMT_FOUR_FIGURES)
def test_four_figure_clock_in_greenwich_time(text, published, found, clock):
    (row,) = rows_of(time_rows(text, published), found)
    assert row[0] == "time" and row[1].endswith(clock)


FOUR_FIGURES_GUARDS = [
    # a year, a count, a clock in another time: no Greenwich clock
    ("وأنفقت الوزارة 1500 مليون ريال في عام 2014 على المشاريع", "2015-08-04"),
    ("وسجلت المحطة 1230 زائرا بتوقيت الذروة", "2015-08-04"),
    ("وتعقد الجلسة الساعة 1200 بتوقيت مكة المكرمة", "2015-08-04"),
]


@pytest.mark.parametrize(("text", "published"), FOUR_FIGURES_GUARDS)
def test_guard_four_figures_without_greenwich_are_no_clock(text, published):
    assert not [row for row in time_rows(text, published) if row[1] == "time"]


GMT_DATED = [
    # (sentence, published, found, value): a Greenwich clock with no day beside it is of the article's day
    ("وبحلول الساعة 0915 بتوقيت جرينتش تراجع سعر خام برنت 40 سنتا", "2015-08-04", "الساعة 0915 بتوقيت جرينتش", "2015-08-04T09:15Z"),
    ("وصعد المؤشر 0.4 في المائة بحلول الساعة 10:30 بتوقيت غرينتش", "2015-07-27", "الساعة 10:30 بتوقيت غرينتش", "2015-07-27T10:30Z"),
]

GMT_DATED_GUARDS = [
    # the day named beside it still dates it; a clock in local time stays of no day
    ("وارتفع الخام أمس إلى 50 دولارا بحلول الساعة 13:20 بتوقيت غرينتش", "2015-08-07", "الساعة 13:20 بتوقيت غرينتش", "2015-08-06T13:20Z"),
    ("ويفتح المعرض أبوابه من الساعة الثامنة صباحا", "2015-08-07", "الساعة الثامنة صباحا", "T08:00"),
]


@pytest.mark.parametrize(("text", "published", "found", "value"), GMT_DATED)
def test_greenwich_clock_takes_the_article_day(text, published, found, value):
    assert [("time", value)] == rows_of(time_rows(text, published), found)


@pytest.mark.parametrize(("text", "published", "found", "value"), GMT_DATED_GUARDS)
def test_guard_named_day_and_local_clock(text, published, found, value):
    assert [("time", value)] == rows_of(time_rows(text, published), found)
