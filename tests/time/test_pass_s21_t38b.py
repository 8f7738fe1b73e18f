"""Times pass 38b (session 21): missed and extra time expressions. A prayer named as a rite (أداء صلاة
العيد، تأخير صلاة الظهر) is no time, a prayer after a word of time (بعد صلاة العصر) stays one; an edge of
"the season" alone (مع بداية الموسم، في نهاية الموسم), the feast named "العيد" after a day or time word
(يوم العيد، ليلة العيد، خلال العيد), the eve or morrow of an event (عشية، غداة) and "بعدها + a bare unit"
(بعدها بأيام، بعدها بأسبوع) are time expressions, and so is "بعد/قبل فترة" (after/before a while)
before a preposition (بعد فترة من التوقف، قبل فترة في مفاوضات). Made-up sentences."""

from time_rows import rows_of, time_rows

PUB = "2015-08-04"


def times(text, published=PUB):
    return time_rows(text, published)


def texts(rows):
    return [found for found, _, _ in rows]


def test_prayer_performed_is_no_time():
    rows = times("وحرص المواطنون على أداء صلاة العيد في المصليات المفتوحة رغم الحرارة.")
    assert "صلاة العيد" not in texts(rows)


def test_prayer_delayed_is_no_time():
    rows = times("وأصدرت الإدارة تعميما بتأخير صلاة الظهر في مساجد المحافظة خلال أشهر الصيف.")
    assert "صلاة الظهر" not in texts(rows)


def test_prayer_with_proclitic_is_no_time():
    rows = times("واستيقظ الأطفال مبكرين استعدادا لصلاة العيد مع آبائهم.")
    assert not any("صلاة" in found for found in texts(rows))


def test_guard_after_the_prayer_stays_a_time():
    rows = times("وشيع جثمان الفقيد بعد صلاة العصر في مقبرة الحي.")
    assert rows_of(rows, "صلاة العصر") == [("time", None)]


def test_guard_during_performing_the_prayer_stays_a_time():
    rows = times("ووقع الانفجار أثناء أداء صلاة الجمعة في المسجد الكبير.")
    assert rows_of(rows, "صلاة الجمعة") == [("time", None)]


def test_guard_after_their_performing_the_prayer_stays_a_time():
    rows = times("ويتوافد الزوار على الحديقة من بعد أدائهم صلاة العصر حتى ساعة متأخرة.")
    assert rows_of(rows, "صلاة العصر") == [("time", None)]


def test_guard_from_after_the_prayer_stays_a_time():
    rows = times("ويفتح المعرض أبوابه يوميا من بعد صلاة المغرب حتى منتصف الليل.")
    assert rows_of(rows, "صلاة المغرب") == [("time", None)]


def test_start_of_the_season_is_a_null_range():
    rows = times("وقال المدرب إن الفريق سيظهر بصورة أفضل مع بداية الموسم بعد عودة المصابين.")
    assert rows_of(rows, "بداية الموسم") == [("range", None)]


def test_end_and_middle_of_the_season_are_null_ranges():
    rows = times("وانضم اللاعب إلى الفريق في منتصف الموسم ويرحل عنه في نهاية الموسم دون تجديد.")
    assert rows_of(rows, "منتصف الموسم") == [("range", None)]
    assert rows_of(rows, "نهاية الموسم") == [("range", None)]


def test_end_of_last_season_is_one_null_range():
    rows = times("وتعرض المهاجم لإصابة قوية في نهاية الموسم الماضي أبعدته عن الملاعب.")
    assert rows_of(rows, "نهاية الموسم الماضي") == [("range", None)]


def test_feast_day_is_an_undated_day():
    rows = times("وتحرص الأسر على زيارة الأرحام يوم العيد وتبادل التهاني.")
    assert rows_of(rows, "يوم العيد") == [("date", None)]


def test_feast_eve_and_during_the_feast():
    rows = times("وتزدحم الأسواق ليلة العيد بالمتسوقين، وتكثر الرحلات العائلية خلال العيد.")
    assert rows_of(rows, "ليلة العيد") == [("date", None)]
    assert rows_of(rows, "خلال العيد") == [("range", None)]


def test_this_feast_is_a_null_range():
    rows = times("وأشاد الزوار بتنظيم احتفالات هذا العيد في الحدائق العامة.")
    assert rows_of(rows, "هذا العيد") == [("range", None)]


def test_guard_eid_al_fitr_keeps_its_date():
    rows = times("واحتفل المسلمون بعيد الفطر المبارك في أجواء من البهجة.", "2015-07-20")
    assert ("2015-07-17" in [value for _, _, value in rows])


def test_eve_of_an_event_is_an_undated_day():
    rows = times("وجاءت تصريحات الوزير عشية انطلاق جولة المفاوضات الجديدة في جنيف.")
    assert rows_of(rows, "عشية") == [("date", None)]


def test_morrow_of_an_event_is_an_undated_day():
    rows = times("وتجمع المحتجون في الساحة غداة الهجوم الذي استهدف مركز الشرطة.")
    assert rows_of(rows, "غداة") == [("date", None)]


def test_guard_overnight_idiom_is_no_time():
    rows = times("ولا يمكن أن تتغير السياسات النقدية بين عشية وضحاها كما يرى المحللون.")
    assert rows == []


def test_after_it_by_days_is_a_null_duration():
    rows = times("وانتهى الخلاف بالصلح، لكن المقطع انتشر بعدها بأيام على مواقع التواصل.")
    assert rows_of(rows, "بعدها بأيام") == [("duration", None)]


def test_after_it_by_a_week_is_one_week():
    rows = times("وزار الوفد المدرسة وبعدها بأسبوع أعلن عن المنحة.")
    assert rows_of(rows, "بعدها بأسبوع") == [("duration", "P1W")]


def test_guard_after_it_by_counted_days_stays_the_count():
    rows = times("وتقام مباراة الإياب بعدها بثلاثة أيام على ملعب الفريق الضيف.")
    assert rows_of(rows, "ثلاثة أيام") == [("duration", "P3D")]


def test_before_a_while_before_a_preposition_is_a_null_date():
    rows = times("ودخل النادي قبل فترة في مفاوضات جادة مع المهاجم الدولي.")
    assert rows_of(rows, "قبل فترة") == [("date", None)]


def test_after_a_while_of_is_a_null_duration():
    rows = times("وعادت العروض المسرحية إلى القاهرة بعد فترة من التوقف والركود.")
    assert rows_of(rows, "بعد فترة") == [("duration", None)]


def test_guard_after_the_closure_period_is_no_while():
    rows = times("وتفتح المحلات أبوابها بعد فترة الإغلاق المسائي للصلاة.")
    assert "بعد فترة" not in texts(rows)


def test_guard_since_the_start_of_the_season_keeps_since():
    rows = times("وسجل المهاجم ثمانية أهداف منذ بداية الموسم، وهو رقم قياسي للنادي.")
    assert rows_of(rows, "منذ بداية الموسم") == [("range", None)]
