"""Times, thirty-third pass (a) (issue 5): عصر + a day ("عصر أمس"، "عصر اليوم الأربعاء"، "بعد عصر اليوم"،
"عصر الخميس") is that day's afternoon, a time with the ISO part of day TAF (was the bare date); صباح /
مساء / فجر + a day keep their date (the gold is split there). "في المساء" alone is a time of day
without value, as "في الليل" is (was no time at all). Made-up sentences."""

from time_rows import rows_of, time_rows

PUB = "2015-08-05"  # a Wednesday


def times(text, published=PUB):
    return time_rows(text, published)


def test_asr_of_yesterday_is_its_afternoon():
    rows = times("وصل الوفد التجاري عصر أمس إلى مطار المدينة.")
    assert rows_of(rows, "عصر أمس") == [("time", "2015-08-04TAF")]


def test_asr_of_today_with_its_weekday():
    rows = times("وتفقد المحافظ عصر اليوم الأربعاء مواقع المشاريع الجديدة.")
    assert rows_of(rows, "عصر اليوم الأربعاء") == [("time", "2015-08-05TAF")]


def test_after_asr_joins_the_span():
    rows = times("وتبدأ الفعاليات بعد عصر اليوم في الحديقة العامة.")
    assert rows_of(rows, "بعد عصر اليوم") == [("time", "2015-08-05TAF")]


def test_asr_of_a_weekday():
    rows = times("وسيقام اللقاء عصر الخميس المقبل في النادي.")
    assert rows_of(rows, "عصر الخميس المقبل") == [("time", "2015-08-06TAF")]


def test_morning_and_evening_keep_their_day_and_their_part():
    rows = times("وعاد الفريق صباح أمس، ثم غادر مساء اليوم.")
    assert rows_of(rows, "صباح أمس") == [("time", "2015-08-04TMO")]
    assert rows_of(rows, "مساء اليوم") == [("time", "2015-08-05TEV")]


def test_in_the_evening_is_a_time_without_value():
    rows = times("وخرج السكان إلى الساحة في المساء للاحتفال.")
    assert rows_of(rows, "في المساء") == [("time", None)]


def test_asr_of_a_day_with_its_aligned_date_is_one_time():
    rows = times("وتقام الصلاة عليه بعد صلاة عصر يوم غد الخميس الموافق 21 / 10 / 1436هـ في الجامع الكبير.")
    assert rows_of(rows, "عصر يوم غد الخميس الموافق 21 / 10 / 1436هـ") == [("time", "2015-08-06TAF")]
