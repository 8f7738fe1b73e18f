"""Session 57, pass era60 (issue 5): historical years and centuries, and clock times written with an
Arabic comma. A year of three figures with the bare Hijri mark ("ت 262هـ" → H262, unpadded as the gold
writes it) or after its year word with a bare م ("سنة 268م" → 0268); a year before Christ in ISO 8601's
astronomical numbering ("63 قبل الميلاد" → -0062) and two such years as a range; a Hijri century
("القرن السابع الهجري" → H06); "الساعة 5،42" one clock time (05:42), and "من بعد الظهر" its afternoon.
Made-up sentences."""

import pytest
from time_rows import rows_of, time_rows

PUB = "2015-08-04"


def times(text):
    return time_rows(text, PUB)


@pytest.mark.parametrize(
    ("sentence", "span", "kind", "value"),
    [
        # three figures and the bare Hijri mark: the gold's Hijri year, unpadded
        ("وذكره المؤرخ الواقدي (ت 207هـ) في كتابه عن المغازي.", "207هـ", "year", "H207"),
        ("وقد شيد الحصن سنة 912هـ في عهد أحد السلاطين.", "سنة 912هـ", "year", "H912"),
        ("ونقل الرواية عن شيخه (ت489ه) في مصنفه الكبير.", "489ه", "year", "H489"),
        # the era in words keeps the same unpadded Hijri year
        ("وكان ذلك سنة 715 هجرية في آخر أيام الدولة.", "سنة 715 هجرية", "year", "H715"),
        # a bare م after a year word: a Gregorian year of three figures
        ("وسقطت المدينة بيد الغزاة عام 711م بعد حصار طويل.", "عام 711م", "year", "0711"),
        # before Christ: 1 BC is year 0
        ("وأسس القائد المدينة 48 قبل الميلاد على ضفة النهر.", "48 قبل الميلاد", "year", "-0047"),
        ("ويعود المعبد إلى عام 1250 قبل الميلاد بحسب البعثة.", "عام 1250 قبل الميلاد", "year", "-1249"),
        (
            "وحكم الملك البلاد بين عامي 1540 و1512 قبل الميلاد قبل أن يخلفه ابنه.",
            "بين عامي 1540 و1512 قبل الميلاد",
            "range",
            "-1539/-1511",
        ),
        # a Hijri century
        ("وتعود المخطوطة إلى القرن الخامس الهجري بحسب الخبراء.", "القرن الخامس الهجري", "year", "H04"),
        ("وانتشر هذا الفن حتى القرن الثامن للهجرة في المدن الكبرى.", "القرن الثامن للهجرة", "year", "H07"),
        # the Arabic comma between the hour and its minutes
        ("وتلقت غرفة العمليات البلاغ الساعة 7،35 وباشرت الفرق الحادث.", "الساعة 7،35", "time", "T07:35"),
        ("ووقع الحادث عند الساعة ١١،٤ ونقل المصاب إلى المستشفى.", "عند الساعة ١١،٤", "time", "T11:04"),
        # "من بعد الظهر" after an hour and its minutes: the afternoon, one expression
        (
            "وسجلت الشبكة ذروة الأحمال عند الساعة الثالثة و20 دقيقة من بعد الظهر بحسب الشركة.",
            "عند الساعة الثالثة و20 دقيقة من بعد الظهر",
            "time",
            "T15:20",
        ),
    ],
)
def test_historical_years_centuries_and_comma_clocks(sentence, span, kind, value):
    assert rows_of(times(sentence), span) == [(kind, value)]


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        # a bare م after three figures is metres (no year word before it)
        ("وأقيم حرم للشاطئ بعرض 100م مفتوح للعامة.", "100م"),
        ("وحل العداء ثالثا في سباق 400 م في البطولة.", "400 م"),
        # "العام 201م": a year of this century cut short, not the year 201
        ("وارتفع عدد المشتركين عما كان عليه في العام 201م بنسبة كبيرة.", "201م"),
        # two figures with the Hijri mark are as often a festival's year (36هـ for 1436) as an old one
        ("وشارك الزوار في فعاليات مهرجان الصيف 36هـ في المدينة.", "36هـ"),
        # a century before Christ stays unread
        ("وتعود النقوش إلى القرن الرابع قبل الميلاد بحسب البعثة.", "القرن الرابع قبل الميلاد"),
    ],
)
def test_metres_two_figure_marks_and_centuries_before_christ_stay_out(sentence, absent):
    assert all(absent not in text for text, _, _ in times(sentence))


def test_years_of_the_era_and_clock_times_are_unchanged():
    rows = times("وصدر القرار عام 1436هـ، وبدأ العمل الساعة 10:30 صباحا وفي عام 2014م.")
    assert rows_of(rows, "عام 1436هـ") == [("year", "H1436")]
    assert rows_of(rows, "الساعة 10:30 صباحا") == [("time", "T10:30")]
    assert rows_of(rows, "عام 2014م") == [("year", "2014")]
