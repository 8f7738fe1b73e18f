"""Session 29, lead8: the given name Alan written with a hamza on its alef ("ألان تيلور") is no
time. The matching form writes it الان, as it writes الآن ("now"), so it was read as the article's
date; the madda spelling "آلان" was already skipped. Guards: الآن and الان ("now") stay the article's
date, with and without حتى. Made-up sentences."""

from time_rows import rows_of, time_rows

PUB = "2015-07-21"


def times(text):
    return time_rows(text, PUB)


def test_alan_with_hamza_directing_a_film_is_no_time():
    rows = times("وحقق الفيلم الجديد الذي أخرجه ألان تيلور إيرادات كبيرة في أسبوعه الأول.")
    assert rows_of(rows, "ألان") == []


def test_alan_with_hamza_after_a_title_is_no_time():
    rows = times("وقال الجنرال ألان رايت إن القوات أنهت انسحابها من القاعدة.")
    assert rows_of(rows, "ألان") == []


def test_alan_with_hamza_after_waw_is_no_time():
    rows = times("وشارك في التحكيم جون بيري وألان سميث وعدد من النقاد.")
    assert all("لان" not in found for found, _type, _value in rows)


def test_alan_with_madda_stays_no_time():
    rows = times("وتحدث الكاتب آلان دو بوتون عن كتابه الأخير.")
    assert rows_of(rows, "آلان") == []


def test_now_with_madda_is_still_the_article_date():
    rows = times("وتعمل الفرق الآن على إصلاح الأضرار في الحي.")
    assert rows_of(rows, "الآن") == [("date", PUB)]


def test_now_without_madda_is_still_the_article_date():
    rows = times("ولم تعلن الشركة حتى الان عن موعد الإطلاق.")
    assert rows_of(rows, "حتى الان") == [("date", PUB)]
