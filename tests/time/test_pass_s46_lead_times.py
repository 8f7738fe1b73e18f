"""Session 46, lead46b (docs/evaluation/facts_times.md, "Session 46, lead46b"): a plural of years followed by
years in figures ("خلال الأعوام 2012 - 2014"، "في الأعوام 2008، 2009") names those years; it is no duration of
2012 years (P2012Y) and no vague stretch: the years are read alone, a range where they are one. Guards: "خلال
الأعوام الخمسة الماضية" stays five years, "خلال السنوات الماضية" a stretch. Made-up sentences."""

from time_rows import time_rows

PUB = "2015-08-08"


def times(text):
    return time_rows(text, PUB)


def test_a_range_of_years_after_the_plural_is_that_range():
    rows = times("وقدمت الحكومة دعما لقطاع الكهرباء خلال الأعوام 2012 - 2014 يصل إلى مستوى كبير.")
    assert ("2012 - 2014", "range", "2012/2014") in rows
    assert all(not (value or "").startswith("P2") for _found, _type, value in rows)


def test_years_listed_after_the_plural_are_years():
    rows = times("وشاركت المملكة بصفة مراقب في الأعوام 2008، 2009، 2010، ثم عادت للمشاركة بالطلاب.")
    assert ("2008", "year", "2008") in rows


def test_from_one_year_to_another_after_the_plural():
    rows = times("ووضع المجلس خطة لعمل الصندوق خلال الأعوام من 2016 إلى 2025 تركز على موارده.")
    assert [row for row in rows if "الأعوام" in row[0]] == []
    assert any(value == "2016/2025" for _found, _type, value in rows)


def test_five_years_stay_a_duration():
    rows = times("وتضاعف عدد الطلاب خلال الأعوام الخمسة الماضية.")
    assert ("خلال الأعوام الخمسة الماضية", "duration", "P5Y") in rows


def test_the_past_years_stay_a_stretch():
    rows = times("وتحسن أداء الشركة خلال السنوات الماضية.")
    assert rows == [("خلال السنوات الماضية", "range", None)]
