"""Times, twenty-ninth pass (issue 5): a year of three figures is read when its era is said in words
after it ("عام 700 ميلادية" → 0700, "سنة 912 للهجرة" → H0912), and so are two such years joined by و or a
dash ("بين عام 640 و710 ميلادية"، "(590 - 655 ميلاديا)" → 0640/0710); a three-figure count with no
era, a bare م (a metre) or "قبل الميلاد" stays no time. Made-up sentences."""

from time_rows import rows_of, time_rows

PUB = "2015-07-23"


def times(text, published=PUB):
    return time_rows(text, published)


def test_a_year_of_three_figures_with_its_era():
    rows = times("ويرجح الباحثون أن القلعة بنيت نحو عام 700 ميلادية على أنقاض حصن قديم.")
    assert rows_of(rows, "عام 700 ميلادية") == [("year", "0700")]


def test_a_hijri_year_of_three_figures():
    rows = times("ويضم المتحف مخطوطا نادرا نسخ سنة 912 للهجرة في القاهرة.")
    # unpadded since session 57 (era60): the dev gold writes such years "H623", "H262" (7 spans of 7)
    assert rows_of(rows, "سنة 912 للهجرة") == [("year", "H912")]


def test_two_years_of_three_figures():
    rows = times("وتشير الدراسة إلى أن الجدار شيد بين عام 640 و710 ميلادية، أي في عهد الأمويين (590 - 655 ميلاديا) تقريبا.")
    assert rows_of(rows, "بين عام 640 و710 ميلادية") == [("range", "0640/0710")]
    assert rows_of(rows, "590 - 655 ميلاديا") == [("range", "0590/0655")]


def test_three_figures_without_an_era_in_words_are_no_year():
    rows = times("وسجلت الوزارة هذا العام 315 حالة، وتقع القرية على ارتفاع 800 م، وولد الملك عام 305 قبل الميلاد.")
    assert [text for text, _, _ in rows if "315" in text or "800" in text] == []
    # a year before Christ is read since session 57 (era60), as the dev gold's "63 قبل الميلاد" (-0062)
    assert rows_of(rows, "عام 305 قبل الميلاد") == [("year", "-0304")]
