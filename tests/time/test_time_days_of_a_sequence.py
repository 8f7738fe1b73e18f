"""Days of a sequence and "the day when", resolved against an article of Monday 27 July 2015: an ordinal
day (اليوم الأول، لليوم الثاني على التوالي), the next day after the day named before, "the day when",
and midnight of a named day. Each on short made-up Arabic news sentences."""

from time_rows import time_rows

PUB = "2015-07-27"  # a Monday


def times(text, published=PUB, future=False):
    return time_rows(text, published, future)


# --- a day of a sequence: all 14 such phrases of dev are gold spans


def test_an_ordinal_day_is_an_undated_day_not_today():
    assert times("وفي الدورة التدريبية يغطي اليوم الأول نبذة عن القطاع المصرفي بينما يركز اليوم الثاني على المهارات") == [
        ("اليوم الأول", "date", None),
        ("اليوم الثاني", "date", None),
    ]
    assert times("بعد أن كان السمك شحيحا في اليوم الأول، امتلأت البسطات") == [("في اليوم الأول", "date", None)]
    assert times("وكان ذلك في اليوم الأخير من المعرض") == [("في اليوم الأخير", "date", None)]


def test_an_ordinal_day_of_a_month_stays_a_date():
    assert times("ومن اليوم الأول من رمضان بدأت الخطة") == [("الأول من رمضان", "date", "2015-06-18")]
    assert times("وظل في الحكم حتى اليوم السابع والعشرين من شهر جمادى الآخرة سنة 1384") == [
        ("السابع والعشرين من شهر جمادى الآخرة سنة 1384", "date", "1964-11-02")
    ]


def test_the_next_day_follows_the_day_named_before():
    assert times("تجري موغيريني اليوم الاثنين محادثات في الرياض قبل أن تتوجه في اليوم التالي إلى طهران") == [
        ("اليوم الاثنين", "date", "2015-07-27"),
        ("في اليوم التالي", "date", "2015-07-28"),
    ]
    assert times("ويلعب الفريق يوم 12 أغسطس في لندن ليعود في اليوم التالي للرياض") == [
        ("12 أغسطس", "date", "2015-08-12"),
        ("في اليوم التالي", "date", "2015-08-13"),
    ]
    # no day named before: the day after something undated
    assert times("وتقدمت في اليوم التالي بشكوى إلى الشرطة") == [("في اليوم التالي", "date", None)]


def test_the_nth_day_in_a_row_is_how_long_it_lasted():
    assert times("وواصلت المقاومة لليوم الثاني على التوالي صد هجوم كبير") == [
        ("لليوم الثاني على التوالي", "duration", "P2D")
    ]


# --- "the day when", and midnight of a named day


def test_the_day_when_is_undated():
    assert times("وهي اليوم تتراجع في قاعدة العند وسيأتي اليوم الذي تندحر فيه من صنعاء", "2015-08-06") == [
        ("اليوم", "date", "2015-08-06"),
        ("اليوم الذي", "date", None),
    ]
    assert times("اقتحم مسلحون المباني في اليوم الذي يلقي فيه الرئيس خطابه") == [("في اليوم الذي", "date", None)]
    # today's match, which…: still today
    assert times("وينطبق ذلك على لقاء اليوم الذي سيكون القمة رقم 110") == [("اليوم", "date", "2015-07-27")]


def test_midnight():
    assert times("البرامج الترفيهية التي تستمر من الخامسة عصراً حتى منتصف الليل، داعيا", "2015-07-31") == [
        ("من الخامسة عصراً حتى منتصف الليل", "time", "T17:00/T24:00")
    ]
    assert times("وفي بيان صدر منتصف الليل تقريبا نقلت الوزارة") == [("منتصف الليل", "time", "T00:00")]
    assert times("أغلقت الحدود أمس منتصف الليل") == [("أمس", "date", "2015-07-26"), ("منتصف الليل", "time", "2015-07-26T00:00")]
