"""Quote finder, pass q61 (session 26): a later subject is not an earlier phrase it only depends in.

"ونصح التقرير" after "وتشير المعلومات الواردة في التقرير"، "وأوضح بريمن" after "وأشار مسؤولو بريمن"،
"وأكد الإعلام الموالي" after "وقالت وسائل إعلام تابعة للنظام": the later subject names a thing or a
body; in the earlier speaker phrase its word is only a dependent of another noun — after a preposition,
or governed by an indefinite group or text noun (مسؤولو، مصادر، وسائل، بيانات). The finder linked the
subject back to that phrase and gave the officials, the sources or the information as the speaker;
the subject is the thing itself. A name after a title, and a person word ("المسؤول"), still refer back.
Every text is written for these tests.
"""

from __future__ import annotations

from entity_quotes import speaker_opening as _speaker_of


def test_report_after_information_in_the_report():
    text = ("وأصدرت الهيئة تقريرها السنوي عن أوضاع الأسواق أمس. "
            "وأفاد التقرير بأن المخالفات التجارية ارتفعت خلال العام الماضي. "
            "وتشير المعلومات الواردة في التقرير إلى تراجع الشكاوى في المدن الكبرى. "
            "وأكد التقرير أن الرقابة على محلات الجملة تحتاج إلى تشديد.")
    assert _speaker_of(text, "الرقابة على") == "التقرير"


def test_club_after_its_officials():
    text = ("وأشار مسؤولو هامبورغ في وقت سابق إلى أنهم يتفاوضون مع نادٍ إيطالي بشأن بيع المدافع. "
            "وأوضح هامبورغ أمس الأحد أن العقد يتضمن بندا جزائيا كبيرا.")
    assert _speaker_of(text, "العقد يتضمن") != "مسؤولو هامبورغ"


def test_media_after_outlets_of_the_regime():
    text = ("وقالت وسائل إعلام تابعة للنظام إن المهاجم فجر نفسه قرب حاجز للشرطة. "
            "وأكد الإعلام الموالي أن المهاجم كان يعمل في مخبز بالحي.")
    assert _speaker_of(text, "المهاجم كان") == "الإعلام الموالي"


# guards: what must not change


def test_guard_family_name_after_titled_name():
    text = ("وقال وزير الخارجية الأمريكي جون كيري إن المحادثات كانت صريحة. "
            "وأضاف كيري أن بلاده ستواصل دعم الحل السياسي.")
    assert _speaker_of(text, "بلاده ستواصل") == "وزير الخارجية الأمريكي جون كيري"


def test_guard_official_after_official_source():
    text = ("وقال مصدر مسؤول في وزارة الصحة إن الحالات المسجلة انخفضت. "
            "وأوضح المسؤول أن الفرق الميدانية تواصل عملها في القرى.")
    assert _speaker_of(text, "الفرق الميدانية") == "مصدر مسؤول في وزارة الصحة"


def test_guard_movement_after_sources_inside_it():
    text = ("وقالت مصادر داخل الحركة إن المفاوضات مع الحكومة توقفت منذ أسبوع. "
            "وأكدت الحركة أن مقاتليها لن يسلموا أسلحتهم قبل انسحاب القوات.")
    assert _speaker_of(text, "مقاتليها لن") == "الحركة"
