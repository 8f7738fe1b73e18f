"""Quote finder, pass q65 (session 26): people by role or crowd are unnamed sources.

"وقال عنصر أمن"، "وأكد رجال الأمن"، "وقال محقق من هيئة …"، "وقال مندوبين لدول …"، "قيادات حزبية"،
"وطالبت الجماهير": the speaker is someone the article does not name, so the speaker is anonymous, like
"مسؤول في الوزارة". These words are listed apart from the speaker heads (word class ``unnamed_people``)
because as heads they would be taken for speakers where they are not ("العناصر" = elements): only the
anonymous flag reads them. A name in the phrase, or a title ("حارس المرمى"، "مندوب الوزارة"), still names
the speaker. Every text is written for these tests.
"""

from __future__ import annotations

import khabar
from khabar.speech import lexicon as lx


def _speakers(text: str) -> list[tuple[str | None, bool]]:
    doc = khabar.analyze(text, published="2015-08-01")
    return [(q["speaker"]["text"], q["speaker"]["anonymous"]) for q in doc.quotes]


def test_security_man_is_anonymous():
    text = "وقال عنصر أمن عند مدخل الحي إن الدوريات ستبقى في الشوارع حتى نهاية الأسبوع."
    assert _speakers(text) == [("عنصر أمن", True)]


def test_security_men_are_anonymous():
    text = "وأكد رجال الأمن أن الطريق الساحلي سيبقى مغلقا أمام الشاحنات حتى صباح الغد."
    assert _speakers(text) == [("رجال الأمن", True)]


def test_investigator_of_a_body_is_anonymous():
    text = "وقال محقق من هيئة سلامة الطيران إن الصندوق الأسود وجد سليما بين الحطام."
    assert _speakers(text) == [("محقق من هيئة سلامة الطيران", True)]


def test_delegates_are_anonymous():
    text = "وقال مندوبين لدول نفطية إن الاجتماع المقبل سيناقش خفض الإنتاج بنسبة محدودة."
    assert _speakers(text) == [("مندوبين لدول نفطية", True)]


def test_party_leaders_are_anonymous():
    text = "وقالت قيادات حزبية معارضة إن الانتخابات البلدية لن تجري في موعدها المحدد."
    assert _speakers(text) == [("قيادات حزبية معارضة", True)]


def test_tourists_are_anonymous():
    text = "وقال سياح خليجيون إن أسعار الفنادق في المدينة ارتفعت كثيرا هذا الصيف."
    assert _speakers(text) == [("سياح خليجيون", True)]


def test_word_class_is_read_from_data():
    assert {"عنصر", "رجال", "جماهير", "قيادات"} <= lx.word_class("unnamed_people")


# guards: what must not change

def test_goalkeeper_with_a_name_is_named():
    text = "وقال حارس المرمى محمد العويس إن الفريق قادر على العودة في مباراة الإياب."
    assert _speakers(text) == [("حارس المرمى محمد العويس", False)]


def test_minister_by_office_is_not_anonymous():
    text = "وقال وزير الداخلية إن الحملة الأمنية مستمرة في جميع المناطق."
    assert _speakers(text) == [("وزير الداخلية", False)]


def test_unnamed_official_stays_anonymous():
    text = "وقال مسؤول في وزارة النقل إن المشروع سيكتمل قبل نهاية العام المقبل."
    assert _speakers(text) == [("مسؤول في وزارة النقل", True)]
