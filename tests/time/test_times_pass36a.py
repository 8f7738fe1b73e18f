"""Times, thirty-sixth pass (a) (issue 5): "في الوقت الحالي/الحاضر/الراهن" is the article's date, as
"الآن" and "حاليا" are; "في العام نفسه/ذاته" with no year read near it repeats the year written in
brackets right after it, else the year written (read or not) up to 800 characters before it, unless a
time read after that year says another. Made-up sentences."""

from time_rows import rows_of, time_rows

PUB = "2015-08-03"


def times(text, published=PUB):
    return time_rows(text, published)


def test_at_the_present_time_is_the_article_day():
    rows = times("وقال المدير إن الشركة لا تنوي في الوقت الحالي رفع أسعار منتجاتها.")
    assert rows_of(rows, "في الوقت الحالي") == [("date", "2015-08-03")]


def test_at_the_current_time_and_nowadays_are_the_article_day():
    rows = times("ولا توجد في الوقت الراهن خطط لافتتاح فرع جديد، كما لا يعمل المصنع في الوقت الحاضر.")
    assert rows_of(rows, "في الوقت الراهن") == [("date", "2015-08-03")]
    assert rows_of(rows, "في الوقت الحاضر") == [("date", "2015-08-03")]


def test_the_same_year_after_a_year_inside_a_name():
    rows = times("واندلعت احتجاجات ثورة 1989 في المدينة، وسقط النظام القديم في نهاية العام نفسه.")
    assert rows_of(rows, "في نهاية العام نفسه") == [("year", "1989")]


def test_the_same_year_far_after_the_year():
    filler = "وتحدث الكاتب طويلا عن طفولته في القرية وعن أصدقائه ومعلميه وعن الكتب التي قرأها. " * 6
    rows = times("صدرت روايته الأولى سنة 1974 عن دار صغيرة. " + filler + "وفي العام ذاته انتقل إلى العاصمة.")
    assert rows_of(rows, "وفي العام ذاته") == [("year", "1974")] or rows_of(rows, "في العام ذاته") == [("year", "1974")]


def test_the_same_year_with_its_year_in_brackets():
    filler = "وشاركت الفرقة في مهرجانات عديدة داخل البلاد وخارجها ونالت إعجاب النقاد والجمهور. " * 5
    rows = times("أسست الفرقة عام 1951 في الإسكندرية. " + filler + "وفي العام ذاته (1952) قدمت أول عروضها.")
    assert ("year", "1952") in rows_of(rows, "وفي العام ذاته") + rows_of(rows, "في العام ذاته")


def test_a_later_time_wins_over_an_older_written_year():
    filler = "ومن الدول المشاركة في المفاوضات عدد من الدول الآسيوية والأوروبية والأمريكية الكبرى. " * 5
    rows = times(
        "وتقدمت الشركة بطلبها في مارس من عام 2012. " + filler + "وسجلت الشركة أرباحا في الربع الأخير من "
        "العام الماضي بلغت 30 مليونا، مقابل 12 مليونا في الربع الثالث من نفس العام."
    )
    assert rows_of(rows, "نفس العام") == [("year", "2014")]
