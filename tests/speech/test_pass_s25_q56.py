"""Quote finder, pass q56 (session 25): an unnamed source in the indefinite is a source of its own.

"وقالت مصادر"، "وقال سكان"، "وقال مواطنون"، "وقال مسؤول سعودي"، "وأظهرت بيانات رسمية": an indefinite
head word for an unnamed source or a document brings in someone new. The finder linked it back to an
earlier source of the same head ("مصادر محلية"، "سكان في المدينة"، "رصد مواطن"، "مسؤولون سعوديون") and
gave that earlier, longer mention as the speaker, which the gold does not count. The definite word
("المصادر"، "السكان") still refers back, and so does an indefinite head made definite by its genitive.
Every text is written for these tests.
"""

from __future__ import annotations

from entity_quotes import speaker_opening as _speaker_of


def test_bare_sources_after_local_sources():
    text = ("وقالت مصادر محلية إن الاشتباكات تجددت في أطراف المدينة صباح أمس. "
            "وشهدت المنطقة حركة نزوح واسعة خلال الأيام الماضية. "
            "وقالت مصادر إن القوات الحكومية استعادت السيطرة على التلال المحيطة بالمطار.")
    assert _speaker_of(text, "القوات الحكومية") == "مصادر"


def test_bare_residents_after_residents_of_the_capital():
    text = ("وقال سكان في العاصمة إن الطائرات قصفت مواقع عسكرية في الضواحي الشمالية. "
            "وقال سكان إن المقاتلين سيطروا على حي السوق في جنوب المدينة.")
    assert _speaker_of(text, "المقاتلين سيطروا") == "سكان"


def test_plural_citizens_after_one_citizen():
    text = ("رصد مواطن حفرة عميقة في حديقة الشاطئ، وقال إنه أبلغ البلدية عنها قبل أسبوع. "
            "وقال مواطنون إن الحفريات المفتوحة تهدد سلامة الأطفال في الحدائق العامة.")
    assert _speaker_of(text, "الحفريات المفتوحة") == "مواطنون"


def test_one_official_after_officials():
    text = ("ويرى مسؤولون عراقيون أن الاتفاق الجديد سيخفف الضغط على الموازنة العامة. "
            "وقال مسؤول عراقي لوكالة الأنباء إن الحكومة تدرس خيارات أخرى لتمويل العجز.")
    assert _speaker_of(text, "الحكومة تدرس") == "مسؤول عراقي"


def test_official_data_after_official_data_released():
    text = ("وأظهرت بيانات رسمية صدرت في مايو تراجع الصادرات غير النفطية. "
            "وارتفعت أسعار الأسهم في البورصة خلال الجلسة. "
            "وأظهرت بيانات رسمية أن معدل البطالة انخفض إلى خمسة في المئة في يونيو.")
    assert _speaker_of(text, "معدل البطالة") == "بيانات رسمية"


# guards: what must not change


def test_guard_definite_sources_refer_back():
    text = ("وقالت مصادر محلية إن الاشتباكات تجددت في أطراف المدينة صباح أمس. "
            "وأضافت المصادر أن القوات الحكومية استعادت السيطرة على التلال المحيطة بالمطار.")
    assert _speaker_of(text, "القوات الحكومية") == "مصادر محلية"


def test_guard_definite_residents_refer_back_to_bare_residents():
    text = ("وقال سكان إن المقاتلين سيطروا على حي السوق في جنوب المدينة. "
            "وقال السكان إن عشرين مقاتلا قتلوا في الاشتباكات.")
    assert "سكان" in _speaker_of(text, "عشرين مقاتلا")


def test_guard_a_new_source_with_more_words_stays_new():
    text = ("وقال مصدر أمني إن الدوريات انتشرت في الشوارع الرئيسية. "
            "وقال مصدر عسكري إن الطائرات حلقت فوق المدينة طوال الليل.")
    assert _speaker_of(text, "الطائرات حلقت") == "مصدر عسكري"
