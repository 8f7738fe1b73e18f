"""Times, thirty-seventh pass (b) (issue 5): vague lengths after ل (لفترات طويلة، لفترة وجيزة، لزمن
طويل), an age said with سن and an ordinal, sports seasons counted three or more, and a season or
Ramadan after "خاصة/خصوصا/لا سيما في" as a recurring one. Made-up sentences."""

from time_rows import rows_of, time_rows

PUB = "2015-08-05"  # a Wednesday


def times(text, published=PUB):
    return time_rows(text, published)


# ل + a word of time + an adjective of length: a duration without value


def test_long_periods_are_a_duration():
    rows = times("واشتكى المسافرون من الانتظار لفترات طويلة في صالات المطار.")
    assert rows_of(rows, "لفترات طويلة") == [("duration", None)]


def test_a_brief_while_is_a_duration():
    rows = times("وكان قد انضم إلى الحزب لفترة وجيزة قبل أن يستقيل.")
    assert rows_of(rows, "لفترة وجيزة") == [("duration", None)]


def test_a_long_time_with_zaman_is_a_duration():
    rows = times("ويمكن للمنطاد البقاء في الجو لزمن طويل دون توقف.")
    assert rows_of(rows, "لزمن طويل") == [("duration", None)]


def test_a_trial_period_is_a_duration():
    rows = times("وأعلنت الوزارة أن النظام الجديد سيطبق لفترة تجريبية في ثلاث مدن.")
    assert rows_of(rows, "لفترة تجريبية") == [("duration", None)]


# سن + an ordinal: an age, as "في العاشرة من عمره"


def test_the_age_of_ten_without_min_umrihi():
    rows = times("وقد فقد الطفل والده وهو في سن العاشرة في حادث سير.")
    assert rows_of(rows, "في سن العاشرة") == [("duration", "P10Y")]


def test_the_age_of_seventy_five():
    rows = times("وينصح الأطباء بالفحص الدوري قبل بلوغ سن الخامسة والسبعين بسنوات.")
    assert rows_of(rows, "سن الخامسة والسبعين") == [("duration", "P75Y")]


def test_the_age_of_majority_is_no_time():
    rows = times("ولا يحق له التصويت قبل بلوغ سن الرشد وفق القانون.")
    assert rows == []


# sports seasons counted three or more: that many years


def test_three_seasons_are_three_years():
    rows = times("ووقع اللاعب عقدا مع النادي لمدة ثلاثة مواسم مقابل مبلغ كبير.")
    assert rows_of(rows, "لمدة ثلاثة مواسم") == [("duration", "P3Y")]


def test_the_last_four_seasons_are_four_years():
    rows = times("وتراجعت نتائج الفريق في المواسم الأربعة الماضية بسبب الديون.")
    assert rows_of(rows, "في المواسم الأربعة الماضية") == [("duration", "P4Y")]


def test_one_season_stays_without_value():
    rows = times("وانتقل المهاجم إلى الفريق على سبيل الإعارة لمدة موسم واحد.")
    assert rows_of(rows, "لمدة موسم واحد") == [("duration", None)]


# a season or Ramadan after "خاصة/خصوصا/لا سيما في": every such one, no value


def test_especially_in_summer_is_no_year():
    rows = times("وتكثر الانقطاعات في القرى خصوصا في فصل الصيف بسبب الأحمال.")
    assert rows_of(rows, "فصل الصيف") == [("range", None)]


def test_especially_in_ramadan_is_no_year():
    rows = times("ويزداد الطلب على الخبز الشعبي خاصة في رمضان في أسواق المدينة.")
    assert rows_of(rows, "رمضان") == [("month", None)]


def test_summer_alone_is_still_this_year():
    rows = times("وسافر الوفد في الصيف إلى لندن لحضور المؤتمر.")
    assert rows_of(rows, "الصيف") == [("range", "2015-SU")]


def test_especially_last_summer_keeps_its_year():
    rows = times("وارتفعت الأسعار لاسيما في الصيف الماضي بشكل لافت.")
    assert rows_of(rows, "الصيف الماضي") == [("range", "2014-SU")]


def test_a_span_of_ages_is_not_its_first_age():
    rows = times("ويستهدف البرنامج الأطفال ما بين سن العاشرة والثانية عشرة في المدارس.")
    assert rows_of(rows, "سن العاشرة") == []
