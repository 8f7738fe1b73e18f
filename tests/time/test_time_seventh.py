"""Classes of time expressions found on dev in the seventh pass (issue 5): a day of a sequence
(اليوم الأول، في اليوم التالي، لليوم الثاني على التوالي), the days of a feast (ثالث أيام العيد),
Ramadan's last ten days, "the day when" (اليوم الذي…), "before" closing a clause (من قبل), ages by
decade (ثلاثيني), parts of day said as adjectives (تدريبات صباحية), vague spans (لبعض الوقت),
midnight (حتى منتصف الليل) and "at that time" (في حينها). Each on short made-up Arabic news
sentences."""

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


# --- the days of a feast, and the last ten days of Ramadan


def test_the_days_of_the_feast():
    assert times("يلتقي الفنان جمهوره في أول أيام العيد، حيث", "2015-07-21") == [("في أول أيام العيد", "date", "2015-07-17")]
    assert times("قبل أن يفجر نفسه ثالث أيام عيد الفطر المبارك", "2015-07-21") == [
        ("ثالث أيام عيد الفطر المبارك", "date", "2015-07-19")
    ]
    # written on the eve of the feast, the coming one (not last year's)
    assert times("وأعلنت السعودية أن غدا الجمعة هو أول أيام عيد الفطر", "2015-07-16") == [
        ("غدا الجمعة", "date", "2015-07-17"),
        ("أول أيام عيد الفطر", "date", "2015-07-17"),
    ]
    assert times("وتبدأ الإجازة بعد عيد الفطر المبارك", "2015-07-12") == [("عيد الفطر المبارك", "date", "2015-07-17")]
    # the days of the feast as a whole keep their null range
    assert times("وتزدحم المتنزهات خلال أيام العيد", "2015-07-21") == [("خلال أيام العيد", "range", None)]


def test_the_last_ten_days_of_ramadan():
    assert times("انتقل إلى جوار ربه في الأيام العشر الأواخر من شهر رمضان المبارك ، بعد حياة حافلة", "2015-07-23") == [
        ("في الأيام العشر الأواخر من شهر رمضان المبارك", "range", "2015-07-08/2015-07-16")
    ]
    assert times("وارتفعت نسبته في العشر الأواخر، بحجم تداول كبير", "2015-07-21") == [
        ("في العشر الأواخر", "range", "2015-07-08/2015-07-16")
    ]


# --- "the day when", "before", "at that time"


def test_the_day_when_is_undated():
    assert times("وهي اليوم تتراجع في قاعدة العند وسيأتي اليوم الذي تندحر فيه من صنعاء", "2015-08-06") == [
        ("اليوم", "date", "2015-08-06"),
        ("اليوم الذي", "date", None),
    ]
    assert times("اقتحم مسلحون المباني في اليوم الذي يلقي فيه الرئيس خطابه") == [("في اليوم الذي", "date", None)]
    # today's match, which…: still today
    assert times("وينطبق ذلك على لقاء اليوم الذي سيكون القمة رقم 110") == [("اليوم", "date", "2015-07-27")]


def test_before_closing_a_clause_is_a_time_but_by_is_not():
    assert times("أعرف عددا كبيرا من اللاعبين ودربتهم من قبل، وسيخضعون لفحص فني") == [("من قبل", "date", None)]
    assert times("يدافع عن قيم لم يكترث لها من قبل. وكأنه اختار الماضي") == [("من قبل", "date", None)]
    assert times("وقد نبهت من قبل إلى خطورة هذه الجماعات") == [("من قبل", "date", None)]
    assert times("رغم الاعتراف به من قبل الاتحاد الأوروبي") == []
    assert times('التي استخدمت من قبل "الحرس الثوري" لنقل الصواريخ') == []


def test_at_that_time_with_fi():
    assert times("وقلت لمسؤول مركز الهيئة في حينها إن الأمر لا يعنيني") == [("في حينها", "date", None)]
    # "في وقتها" is "on time", no time
    assert times("لم تثر كثيرا من النقاش في وقتها، لكنها") == []


# --- ages by decade, parts of day as adjectives, vague spans, midnight


def test_ages_by_decade_are_durations_without_value():
    assert times("أسفر عن وفاة مقيم آسيوي ثلاثيني غرقا عقب حادثة قضى فيها شاب عشريني") == [
        ("ثلاثيني", "duration", None),
        ("عشريني", "duration", None),
    ]
    assert times("بتعرض مواطنة ثلاثينية للاعتداء") == [("ثلاثينية", "duration", None)]


def test_parts_of_day_as_adjectives():
    assert times("وستكون الدورة على فترتين صباحية ومسائية بالصالة الرياضية") == [
        ("صباحية", "time", None),
        ("مسائية", "time", None),
    ]
    assert times("وقدم البرنامج الصباحي على الشاشة") == [("الصباحي", "time", None)]
    assert times("أثناء توجهها إلى الجامعة في الصباح الباكر.") == [("في الصباح الباكر", "time", None)]
    # the name حمدين صباحي
    assert times("وخاض حمدين صباحي الانتخابات") == []


def test_vague_spans():
    assert times("ستظل أسعار النفط منخفضة لبعض الوقت مع مراقبة التعافي") == [("لبعض الوقت", "duration", None)]
    assert times("ويتطلب التطبيق بعض الوقت لضبطه") == [("بعض الوقت", "duration", None)]


def test_midnight():
    assert times("البرامج الترفيهية التي تستمر من الخامسة عصراً حتى منتصف الليل، داعيا", "2015-07-31") == [
        ("من الخامسة عصراً حتى منتصف الليل", "time", "T17:00/T24:00")
    ]
    assert times("وفي بيان صدر منتصف الليل تقريبا نقلت الوزارة") == [("منتصف الليل", "time", "T00:00")]
    assert times("أغلقت الحدود أمس منتصف الليل") == [("أمس", "date", "2015-07-26"), ("منتصف الليل", "time", "2015-07-26T00:00")]
