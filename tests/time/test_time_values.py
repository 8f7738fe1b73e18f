"""Time values wrong by any convention (issue 5, fifteenth pass), each class seen in several dev and
SaudiNewsNet articles: "the Wednesday after next" (الأربعاء بعد المقبل) is a week after the coming one
(and "الأسبوع/العام بعد المقبل" two weeks or years ahead); "بعد ظهر أمس" is the afternoon, the day
and not noon; "بعد 3 أو 4 سنوات"، "بثلاثة إلى أربعة أيام" are durations known only within bounds, not
the second count; "في العام نفسه"، "خلال الشهر ذاته"، "24 من نفس الشهر"، "مايو من العام نفسه" take the
year or month named last. Made-up sentences."""

from time_rows import time_rows

PUB = "2015-08-04"  # a Tuesday


def times(text, published=PUB, future=False):
    return time_rows(text, published, future)


# --- "after next": one more week (or year) ahead than المقبل


def test_weekday_after_next_is_a_week_after_the_coming_one():
    rows = times("ويلتقي الفريقان في نهائي كأس السوبر الأربعاء بعد المقبل على ملعب محايد.")
    assert ("الأربعاء بعد المقبل", "date", "2015-08-12") in rows


def test_weekday_after_next_with_qadim_and_youm():
    rows = times("وتنطلق فعاليات المهرجان يوم الخميس بعد القادم في محافظة الطائف.", "2015-07-31")
    assert ("يوم الخميس بعد القادم", "date", "2015-08-13") in rows


def test_weekday_after_next_keeps_a_date_written_after_it():
    rows = times("يشار إلى أن المباراة ستقام يوم السبت بعد المقبل 15 أغسطس الجاري.", "2015-08-06")
    assert [r for r in rows if "السبت" in r[0]] == [("يوم السبت بعد المقبل 15 أغسطس الجاري", "date", "2015-08-15")]


def test_week_and_year_after_next_are_two_ahead():
    rows = times("وتقام الأمسيات في الأسبوع بعد المقبل، ويكتمل المشروع في رجب من العام بعد القادم.", "2015-08-01")
    assert ("الأسبوع بعد المقبل", "week", "2015-W33") in rows
    assert any(r[2] == "2017" for r in rows if "بعد القادم" in r[0])


def test_weekday_before_another_after_stays_the_past_weekday():
    rows = times("وعاد الوفد الخميس بعد المباراة إلى الرياض.")
    assert ("الخميس", "date", "2015-07-30") in rows


def test_a_rate_per_week_before_baad_stays_a_rate():
    assert ("في الأسبوع", "set", "P1W") in times("ويتقاضى العامل 300 ريال في الأسبوع بعد خصم السكن.")


# --- "بعد ظهر أمس": the afternoon of that day, not noon


def test_afternoon_of_yesterday_is_the_day_not_noon():
    rows = times("ووصل وزير الخارجية إلى القاهرة بعد ظهر أمس في زيارة رسمية.")
    assert ("بعد ظهر أمس", "time", "2015-08-03") in rows


def test_afternoon_of_today_with_its_weekday():
    rows = times("وعقد مجلس الوزراء جلسته بعد ظهر اليوم الثلاثاء في قصر السلام بجدة.")
    assert ("بعد ظهر اليوم الثلاثاء", "time", "2015-08-04") in rows


def test_afternoon_of_a_weekday():
    assert ("بعد ظهر الأحد", "time", "2015-08-02") in times("وزار الأمير المصابين بعد ظهر الأحد في المستشفى.")


def test_noon_without_after_is_the_midday():  # session 46, times46: TMI (was T12:00)
    assert ("ظهر أمس", "time", "2015-08-03TMI") in times("وأقيمت صلاة الجنازة على الفقيد ظهر أمس في الجامع الكبير.")


# --- "3 أو 4 سنوات": a duration known only within bounds


def test_two_counts_joined_by_aw_are_a_bounded_duration():
    rows = times("وقال إن الاعتراضات بدأت بعد ثلاث أو أربع سنوات على افتتاح المكب.")
    assert ("بعد ثلاث أو أربع سنوات", "duration", None) in rows
    assert not any(r[2] == "P4Y" for r in rows)


def test_two_digit_counts_joined_by_ila_with_a_proclitic():
    rows = times("وينصح المدرب اللاعبين بزيادة النشويات قبل المباراة بثلاثة إلى أربعة أيام.")
    assert ("ثلاثة إلى أربعة أيام", "duration", None) in rows


def test_an_age_range_is_no_single_count():
    rows = times("وتستقبل المراكز الأطفال من عمر 5 إلى 10 سنوات طوال فترة الإجازة.")
    assert ("5 إلى 10 سنوات", "duration", None) in rows


def test_a_single_count_keeps_its_value():
    assert ("بعد 3 أيام", "duration", "P3D") in times("وعاد اللاعب إلى التدريبات بعد 3 أيام من الإصابة.")


# --- "في العام نفسه"، "24 من نفس الشهر": the year or month named last


def test_the_same_year_is_the_year_named_last():
    rows = times("وبدأ تصوير الفيلم عام 1992، وفي العام ذاته شارك الممثل في مسلسل آخر.")
    assert ("في العام ذاته", "year", "1992") in rows


def test_the_same_month_is_the_month_named_last():
    rows = times("وارتفع إنتاج المملكة في يونيو، كما بلغت صادرات النفط مستوى قياسيا في الشهر نفسه.")
    assert ("في الشهر نفسه", "month", "2015-06") in rows


def test_a_day_of_the_same_month():
    rows = times("وهبط سعر الذهب في 20 يوليو ثم سجل أدنى مستوياته في 24 من نفس الشهر.")
    assert ("24 من نفس الشهر", "date", "2015-07-24") in rows


def test_an_ordinal_day_of_the_same_month():
    rows = times("ويبدأ الفريق الموسم في 14 أغسطس ثم يلتقي منافسه في الثالث والعشرين من الشهر ذاته.")
    assert ("الثالث والعشرين من الشهر ذاته", "date", "2015-08-23") in rows


def test_a_month_of_the_same_year():
    rows = times("وبلغت الودائع 21 مليار ريال في يونيو 2013، مقابل 20 مليار ريال في مايو من العام نفسه.")
    assert ("مايو من العام نفسه", "month", "2013-05") in rows


def test_a_date_of_the_same_year_ends_a_range():
    rows = times("وجرت الأحداث في الفترة من 21 يونيو 2013 حتى 14 أغسطس من نفس العام.")
    assert any(r[2] == "2013-06-21/2013-08-14" for r in rows)


def test_the_same_hijri_year():
    rows = times("وضبطت الفرق 400 طن من المواد الفاسدة عام 1434هـ، وأغلقت 90 محلا خلال العام ذاته.")
    assert ("خلال العام ذاته", "year", "H1434") in rows


def test_a_since_aside_is_not_the_month_meant():
    rows = times("وهبط الخام 21 في المائة خلال يوليو، وهو أكبر انخفاض منذ أكتوبر 2008، وتراجع برنت خلال الشهر نفسه.")
    assert ("خلال الشهر نفسه", "month", "2015-07") in rows


def test_a_compared_month_is_not_the_month_meant():
    rows = times("وتراجعت الصفقات في مايو الماضي 16 في المائة مقارنة بالشهر السابق، وتراجعت المبيعات خلال الشهر نفسه.")
    assert ("خلال الشهر نفسه", "month", "2015-05") in rows


def test_the_same_month_a_year_back_is_not_the_month_named():
    rows = times("وارتفعت الواردات في يونيو 33 في المائة عما كانت عليه في الشهر نفسه قبل عام.")
    assert not any(r[0].endswith("الشهر نفسه") for r in rows)
    rows = times("وتراجعت المبيعات في يوليو عن الشهر نفسه من العام الماضي.")
    assert not any(r[2] == "2015-07" and "نفسه" in r[0] for r in rows)


def test_the_same_year_with_nothing_named_has_no_value():
    assert times("وقتل في نهاية العام نفسه.") == [("في نهاية العام نفسه", "year", None)]


def test_the_team_itself_is_no_time():
    assert times("ثم يلتقي الفريق ذاته في الدوري بعد أسبوعين.") == [("بعد أسبوعين", "duration", "P2W")]


# --- "منذ ذلك الحين": from the time named last to the article's date


def test_since_then_counts_from_the_month_named_last():
    rows = times("واستعاد الجيش المدينة في شباط/فبراير، غير أنها تعرضت منذ ذلك الحين لعدة هجمات.")
    assert ("منذ ذلك الحين", "range", "2015-02/2015-08-04") in rows


def test_since_that_time_counts_from_the_date_named_last():
    rows = times("وفي 12 يوليو الماضي فجرت انتحارية نفسها في السوق، وحظرت السلطات منذ ذلك الوقت النقاب.")
    assert ("منذ ذلك الوقت", "range", "2015-07-12/2015-08-04") in rows


def test_since_then_after_a_relative_year():
    rows = times("وسلمته النيجر إلى ليبيا العام الماضي. واعتقل منذ ذلك الحين في سجن بطرابلس.")
    assert ("منذ ذلك الحين", "range", "2014/2015-08-04") in rows


def test_since_then_with_nothing_named_stays_out():
    assert times("وامتثلت الشركة للحكم ومنذ ذلك الحين تلقت آلاف الطلبات.") == []


def test_since_then_passes_over_a_since_aside_and_today():
    rows = times("وهبط الخام في يوليو إلى أدنى مستوى منذ عام 2009، وقال الوزير اليوم إن الأسعار تراجعت منذ ذلك الحين.")
    assert ("منذ ذلك الحين", "range", "2015-07/2015-08-04") in rows


# --- "مقارنة بالعام الذي سبقه": the year (or month) before or after the one named last


def test_the_year_before_it_is_one_before_the_year_named_last():
    rows = times("وارتفعت القروض العام الماضي بنسبة 39 في المائة مقارنة بالعام الذي سبقه، فيما تراجعت التسديدات.")
    assert ("العام الذي سبقه", "year", "2013") in rows


def test_the_year_after_it():
    rows = times("واحترف اللاعب في موسم 2008 في اليابان لينتقل في العام الذي بعده إلى ناد آخر.")
    assert ("العام الذي بعده", "year", "2009") in rows


def test_the_year_before_it_with_its_year_written():
    rows = times("وارتفع عدد اللاجئين العام الماضي مقارنة بالعام الذي سبقه 2013 بنسبة 50 في المائة.")
    assert ("العام الذي سبقه 2013", "year", "2013") in rows
    assert ("2013", "year", "2013") not in rows


def test_the_month_before_it_and_a_hijri_year_before_it():
    rows = times("وزادت المبيعات في أيار (مايو) الماضي بنسبة 0.4 في المائة عن الشهر الذي سبقه.")
    assert ("الشهر الذي سبقه", "month", "2015-04") in rows
    rows = times("وصادرت الفرق 220 طنا في العام الماضي (1435هـ)، بتراجع 48 في المائة مقارنة بالعام الذي قبله.")
    assert ("العام الذي قبله", "year", "H1434") in rows


# --- sixteenth pass: clock times far from the story's day, the midnight of last night


def test_clock_time_paragraphs_after_the_story_day_is_of_no_day():
    # a festival's hours told long after "مساء اليوم": a schedule, not the story's day
    filler = "ويضم المهرجان برامج مسرحية وفقرات ترفيهية للأطفال ومسابقات ثقافية للعائلات في الحدائق العامة. " * 9
    text = (
        "افتتح أمير المنطقة مساء اليوم مهرجان الصيف في الحدائق العامة بحضور عدد من المسؤولين.\n"
        + filler
        + "\nويقام المهرجان كل يوم خميس وجمعة من بعد صلاة العشاء إلى الواحدة صباحا."
    )
    assert ("الواحدة صباحا", "time", "T01:00") in times(text)


def test_clock_time_near_the_story_day_keeps_that_day():
    text = (
        "أعادت الحكومة أمس فتح المعبر الحدودي أمام المسافرين بعد إغلاق دام شهرا.\n"
        "وعبرت أولى الحافلات في تمام الساعة الثامنة صباحا وسط إجراءات أمنية مشددة."
    )
    assert ("في تمام الساعة الثامنة صباحا", "time", "2015-08-03T08:00") in times(text)


def test_midnight_of_last_night_begins_the_article_day():
    rows = times("ودخل وقف إطلاق النار حيز التنفيذ منتصف الليلة الماضية وسط ترقب حذر من السكان.")
    assert ("منتصف الليلة الماضية", "time", "2015-08-04T00:00") in rows
    rows = times("وسقطت قذيفتان على المدينة بعد منتصف الليلة الفائتة دون وقوع إصابات.", "2015-07-27")
    assert any(value == "2015-07-27T00:00" for _, _, value in rows)


def test_last_night_alone_is_still_the_night_before():
    assert ("الليلة الماضية", "time", "2015-08-03TNI") in times("وعاد الوفد إلى الرياض الليلة الماضية.")


def test_midnight_of_last_night_without_a_date_has_no_value():
    assert ("منتصف الليلة الماضية", "time", None) in times("ودخلت الهدنة حيز التنفيذ منتصف الليلة الماضية.", None)


def test_bare_hour_of_the_evening_of_today_is_a_dated_clock_time():
    rows = times("وتقيم الجمعية حفلا شعبيا عند التاسعة من مساء اليوم في مقرها بحي الخالدية.")
    # one span with the day after it, as the dev gold writes "الساعة الثامنة من مساء اليوم" (times50)
    assert ("عند التاسعة من مساء اليوم", "time", "2015-08-04T21:00") in rows
    assert ("اليوم", "date", "2015-08-04") not in rows


def test_bare_hour_with_a_fraction_and_a_weekday():
    rows = times("وأوضح المتحدث أنه عند السابعة والربع من مساء الاثنين ورد بلاغ عن حريق في مستودع.")
    assert ("عند السابعة والربع من مساء", "time", "2015-08-03T19:15") in rows
    assert ("السابعة والنصف مساء", "time", "T19:30") in times("ويبدأ العرض السابعة والنصف مساء.")


def test_clock_span_ending_in_the_morning_of_the_next_day():
    rows = times("ويسري حظر التجوال من السابعة مساء حتى السادسة من صباح اليوم التالي في المناطق المحددة.")
    assert ("من السابعة مساء حتى السادسة من صباح", "time", "T19:00/T06:00") in rows


def test_one_of_the_night_is_after_midnight():
    rows = times("ووصلت بعثة المنتخب إلى مطار الملك خالد الدولي بالرياض عند الواحدة ليلاً قادمة من الدوحة.")
    assert ("عند الواحدة ليلاً", "time", "T01:00") in rows
    assert ("الساعة الحادية عشرة ليلا", "time", "T23:00") in times("وتستمر الفعاليات حتى الساعة الحادية عشرة ليلا.")


# Seventeenth pass: "before last" mirrors "after next"; centuries by ordinal take the ISO century


def test_weekday_before_last_is_a_week_before_the_last_one():
    rows = times("وكان الوزيران قد التقيا في جدة الخميس قبل الماضي لبحث ملف الحدود.")
    assert ("الخميس قبل الماضي", "date", "2015-07-23") in rows
    rows = times("وأصيب الطفل برصاصة طائشة يوم السبت قبل الماضي أثناء رحلة برية.")
    assert ("يوم السبت قبل الماضي", "date", "2015-07-25") in rows


def test_year_month_and_week_before_last_are_two_back():
    rows = times("وسجلت الجمارك 1583 قضية في العام قبل الماضي، وجمدت الوكالة التعيينات الشهر قبل الماضي.")
    assert ("في العام قبل الماضي", "year", "2013") in rows
    assert ("الشهر قبل الماضي", "month", "2015-06") in rows
    rows = times("وارتفع المؤشر 2 في المائة مقارنة بالأسبوع قبل الماضي، بحسب التقرير.")
    assert ("الأسبوع قبل الماضي", "week", "2015-W30") in rows
    assert [r for r in times("واندلعت المعارك أواخر السنة ما قبل الماضية في الجنوب.") if r[1] == "year"] == [
        ("السنة ما قبل الماضية", "year", "2013")
    ]


def test_a_named_month_before_last_is_a_year_before_the_last_one():
    # twentieth pass: "رمضان قبل الماضي" read on 4 August 2015 (Ramadan 1436 ended in July) is 1435,
    # not the last Ramadan; a Gregorian month the same (was the last one)
    assert times("وعرض المسلسل على إحدى القنوات الخليجية في شهر رمضان قبل الماضي ولقي نجاحا.") == [
        ("شهر رمضان قبل الماضي", "month", "H1435-09")
    ]
    assert ("مايو قبل الماضي", "month", "2014-05") in times("وافتتح المصنع في مايو قبل الماضي بطاقة محدودة.")
    # "الماضي" alone keeps the last one
    assert ("رمضان الماضي", "month", "H1436-09") in times("وتضاعفت المبيعات في رمضان الماضي.")


def test_a_century_by_its_ordinal_is_the_iso_century():
    rows = times("ودخل الإسلام إلى الإقليم في القرن السابع الميلادي، وازدهرت المدينة خلال القرن التاسع عشر.")
    assert ("القرن السابع الميلادي", "year", "06") in rows
    assert ("القرن التاسع عشر", "year", "18") in rows
    assert ("القرن العشرين", "year", "19") in times("وتغير منهج المؤرخين في منتصف القرن العشرين.")


def test_a_decade_of_a_century_is_the_decade():
    rows = times("وأسس المجلة في أواخر العشرينات من القرن الماضي، ثم هاجر في ستينيات القرن العشرين.")
    assert ("العشرينات من القرن الماضي", "year", "192") in rows
    assert ("ستينيات القرن العشرين", "year", "196") in rows


def test_a_pre_christian_century_and_the_bare_last_century_stay_out():
    # (a Hijri century is read since session 57, era60: test_pass_s57_era60.py)
    assert times("وتعود المخطوطة إلى القرن الثالث قبل الميلاد، وعاش الشاعر في القرن الرابع عشر الهجري.") == [
        ("القرن الرابع عشر الهجري", "year", "H13")
    ]
    assert times("وكانت القرية في القرن الماضي بلدة صغيرة.") == []
