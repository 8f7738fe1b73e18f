"""Times, twenty-first pass (issue 5): "بعد غداً" spelled with the accusative alif is the day after
tomorrow (and does not date the writing to the day before, as "غداً الاثنين" alone would); "اليوم
الثاني من أيام عيد الفطر" is the feast's day, as "ثاني أيام العيد"; a sports season as a length
("لمدة موسم واحد"، "موسمين") is a duration without value; "في الوقت نفسه" (meanwhile) is no time.
"للأسبوع المنتهي في 18 يوليو" is the ISO week of that date; "لساعات"، "لسنوات" (ل glued before a
bare plural unit) are durations without value. Made-up sentences."""

from time_rows import time_rows

PUB = "2015-08-08"  # a Saturday; Eid al-Fitr 1436 began on Friday 2015-07-17


def times(text, published=PUB, future=False):
    return time_rows(text, published, future)


# --- بعد غداً


def test_day_after_tomorrow_with_the_accusative_alif():
    rows = times("ويغلق باب التسجيل بعد غداً الاثنين في مقر الاتحاد.")
    assert rows == [("بعد غداً الاثنين", "date", "2015-08-10")]
    assert times("وتنطلق البطولة بعد غداً في جدة.") == [("بعد غداً", "date", "2015-08-10")]


def test_day_after_tomorrow_does_not_move_the_writing_date():
    # "غداً الاثنين" alone would say the text was written on Sunday and date "الآن" by it
    rows = times("ويغلق باب الترشح بعد غداً الاثنين، والمرشح الوحيد الآن هو رئيس النادي.")
    assert ("الآن", "date", "2015-08-08") in rows


def test_tomorrow_with_the_accusative_alif_is_unchanged():
    assert times("ويصل الوفد غداً الأحد إلى الرياض.") == [("غداً الأحد", "date", "2015-08-09")]


# --- a day of the feast said "اليوم الثاني من (أيام) العيد"


def test_second_day_of_the_feast_days():
    rows = times("وأقيم حفل المعايدة في اليوم الثاني من أيام عيد الفطر المبارك بمركز الحي.", "2015-07-21")
    assert rows == [("في اليوم الثاني من أيام عيد الفطر المبارك", "date", "2015-07-18")]


def test_first_day_of_the_feast_without_its_name():
    rows = times("وامتدت الحجوزات بدءا من اليوم الأول من العيد حتى نهاية الإجازة.", "2015-07-21")
    assert ("اليوم الأول من العيد", "date", "2015-07-17") in rows


def test_a_day_of_a_visit_or_a_late_feast_day_stays_undated():
    assert times("وفي اليوم الثاني من زيارته التقى الوزير رئيس الحكومة.", "2015-07-21")[0][2] is None
    assert times("وفي اليوم العاشر من العيد عاد المسافرون.", "2015-07-21")[0][2] is None


# --- a sports season as a length


def test_a_season_as_a_length_is_a_duration_without_value():
    assert times("وانتقل المهاجم إلى النادي على سبيل الإعارة لمدة موسم واحد.") == [
        ("لمدة موسم واحد", "duration", None)
    ]
    assert times("ووقع المدافع عقدا لموسمين مع النادي.") == [("موسمين", "duration", None)]
    assert times("وقضى اللاعب موسمين مع فريقه السابق.") == [("موسمين", "duration", None)]


def test_the_last_two_seasons_are_a_span_and_a_named_season_stays_a_range():
    assert times("وحقق الفريق نتائج متواضعة في الموسمين الماضيين.") == [("الموسمين الماضيين", "range", None)]
    assert times("ويستعد الفريق للموسم الجديد.") == [("للموسم الجديد", "range", None)]
    assert times("واختير أفضل مدرب في الدوري لموسم 2012 - 2013.") == [("موسم 2012 - 2013", "range", "2012/2013")]


# --- "meanwhile": a connective, not a time


def test_meanwhile_is_no_time():
    assert times("وفي الوقت نفسه أكد الوزير أن المفاوضات مستمرة.") == []
    assert times("وشدد في الوقت ذاته على أهمية الحوار، وفي نفس الوقت دعا إلى التهدئة.") == []
    assert times("ووصل الوفد في الوقت نفسه الذي غادر فيه الرئيس أمس.") == [("أمس", "date", "2015-08-07")]


# --- the week ending on a date: weekly figures


def test_the_week_ending_on_a_date_is_that_week():
    rows = times("وبلغ عدد طلبات إعانة البطالة 260 ألفا للأسبوع المنتهي في 25 يوليو تموز.")
    assert rows == [("للأسبوع المنتهي في 25 يوليو تموز", "week", "2015-W30")]
    rows = times("وسحب المستثمرون ملياري دولار من الصناديق في الأسبوع المنتهي في الخامس من أغسطس (آب).")
    assert rows == [("الأسبوع المنتهي في الخامس من أغسطس (آب)", "week", "2015-W32")]


def test_a_date_without_the_week_ending_stays_a_date():
    assert times("وارتفعت المخزونات في 25 يوليو بنسبة 2 في المئة.") == [("25 يوليو", "date", "2015-07-25")]


# --- ل glued before a bare plural unit: a length without value


def test_li_before_a_plural_unit_is_a_duration_without_value():
    assert times("واستمرت الاشتباكات لساعات قبل أن تنسحب المجموعة.") == [("لساعات", "duration", None)]
    assert times("واشتكى سكان الحي لسنوات من ضجيج المصنع.") == [("لسنوات", "duration", None)]
    assert times("وظلت القلعة حصنا للمدينة لقرون.") == [("لقرون", "duration", None)]
    assert times("وبقي اللاعب بعيدا عن الملاعب لشهور طويلة.") == [("لشهور طويلة", "duration", None)]


def test_li_before_days_decades_or_the_most_famous_is_no_length():
    assert times("واستعدت الأسر لأيام العيد بشراء الحلوى.") == [("أيام العيد", "range", None)]
    assert times("وضع الاتفاق نهاية لعقود الرعاية السابقة.") == []
    assert times("ويضم المعرض لوحات لأشهر الرسامين العالميين.") == []
