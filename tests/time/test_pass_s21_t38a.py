"""Times, thirty-eighth pass (a): a bare definite "الأمس" (بالأمس) set against the "اليوم" after it
is the past against the present, not two days: both are read without value. "أمس" without the
article, a part of day or a weekday with either word, another sentence (unless it opens with "أما
اليوم") and the reverse order keep their days. Made-up sentences."""

from time_rows import rows_of, time_rows

PUB = "2015-08-04"


def times(text, published=PUB):
    return time_rows(text, published)


def test_ally_of_yesterday_enemy_of_today_has_no_days():
    rows = times("وقال الكاتب إن حليف الأمس صار اليوم خصما لدودا في المنطقة.")
    assert rows_of(rows, "الأمس") == [("date", None)]
    assert rows_of(rows, "اليوم") == [("date", None)]


def test_between_yesterday_and_today_has_no_days():
    rows = times("ويعرض المتحف صورا نادرة تقارن بين الأمس واليوم في حياة سكان القرية.")
    assert rows_of(rows, "الأمس") == [("date", None)]
    assert rows_of(rows, "اليوم") == [("date", None)]


def test_yesterday_then_as_for_today_in_the_next_sentence_has_no_days():
    rows = times("كان السوق بالأمس يعج بالباعة المتجولين.\nأما اليوم فقد خلت أرصفته من الجميع.")
    assert rows_of(rows, "الأمس") == [("date", None)]
    assert rows_of(rows, "اليوم") == [("date", None)]


def test_they_were_yesterday_and_today_they_are_has_no_days():
    rows = times("وبالأمس كانوا يزرعون الحقول، واليوم يحملون السلاح في الجبال.")
    assert rows_of(rows, "الأمس") == [("date", None)]
    assert rows_of(rows, "اليوم") == [("date", None)]


def test_guard_evening_of_yesterday_and_today_are_two_days():
    rows = times("وصلت بعثة الفريق مساء الأمس إلى جدة، وستجري اليوم أول تدريباتها.")
    assert rows_of(rows, "مساء الأمس") == [("time", "2015-08-03TEV")]
    assert rows_of(rows, "اليوم") == [("date", "2015-08-04")]


def test_guard_yesterday_without_the_article_and_today_are_two_days():
    rows = times("قال الوزير أمس إن الحكومة ستعلن اليوم خطتها الجديدة للإسكان.")
    assert rows_of(rows, "أمس") == [("date", "2015-08-03")]
    assert rows_of(rows, "اليوم") == [("date", "2015-08-04")]


def test_guard_yesterdays_trading_alone_stays_yesterday():
    rows = times("وشهدت تداولات الأمس ارتفاع أسهم 40 شركة في السوق.")
    assert rows_of(rows, "الأمس") == [("date", "2015-08-03")]


def test_guard_today_in_another_sentence_stays_a_day():
    rows = times("ارتفع المؤشر بالأمس 2 في المائة. وتستأنف السوق اليوم تداولاتها المعتادة.")
    assert rows_of(rows, "الأمس") == [("date", "2015-08-03")]
    assert rows_of(rows, "اليوم") == [("date", "2015-08-04")]


def test_guard_today_with_its_weekday_stays_a_day():
    rows = times("زار الوزير بالأمس المعرض، ويفتتح اليوم الثلاثاء المؤتمر السنوي.", "2015-08-04")
    assert rows_of(rows, "الأمس") == [("date", "2015-08-03")]
    assert rows_of(rows, "اليوم الثلاثاء") == [("date", "2015-08-04")]


def test_guard_today_before_yesterday_stays_two_days():
    rows = times("منح المدرب اللاعبين راحة من تدريبات اليوم بعد لقاء الأمس الودي.")
    assert rows_of(rows, "اليوم") == [("date", "2015-08-04")]
    assert rows_of(rows, "الأمس") == [("date", "2015-08-03")]
