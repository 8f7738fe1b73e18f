"""Quote finder, forty-seventh pass, speakers (quotes round 47a): the noun of أن / لكن, set off from
its reporting verb by a comma and its apposition ("يذكر أن X، مسؤول …، قال لـ«…» إن …", "لكن مصدرا
بارزا في …، أكد لـ«…» أن …"), is the verb's subject — and the cues that go on after it are X's too.
Every text is written for these tests.
"""

from __future__ import annotations

from entity_quotes import analysed, containing


def test_the_noun_of_anna_before_a_comma_is_the_subject():
    found = analysed(
        "وأعلنت الوزارة أمس تعديل رسوم التراخيص. يذكر أن خالد المنصور، مدير إدارة التراخيص في الوزارة، "
        "قال لـ«الصباح» في وقت سابق إن الرسوم لن تتغير هذا العام."
    )
    quote = containing(found, "الرسوم لن تتغير")
    assert "خالد المنصور" in quote["speaker"]["text"]


def test_the_cue_after_goes_on_with_him():
    found = analysed(
        "وأعلنت الوزارة أمس تعديل رسوم التراخيص. يذكر أن خالد المنصور، مدير إدارة التراخيص في الوزارة، "
        "قال لـ«الصباح» في وقت سابق إن الرسوم لن تتغير هذا العام. وأوضح أن اللجنة ستجتمع الأسبوع المقبل."
    )
    quote = containing(found, "اللجنة ستجتمع")
    assert "خالد المنصور" in quote["speaker"]["text"]


def test_an_unnamed_source_after_lakin():
    found = analysed(
        "وأكد المتحدث باسم الجيش سامي الفارس أن القوات تقدمت نحو المدينة. "
        "لكن مصدرا عسكريا رفيعا في المعارضة، أكد لـ«الصباح» أن الهجوم فشل."
    )
    quote = containing(found, "الهجوم فشل")
    assert "مصدرا عسكريا" in quote["speaker"]["text"]
    assert quote["speaker"]["anonymous"]


def test_a_thing_after_anna_names_no_speaker():
    found = analysed(
        "قال الوزير صالح المطيري إن الخطة جاهزة. يذكر أن الأمر، كما هو معروف، قال عنه المطيري إنه يحتاج إلى وقت."
    )
    quote = containing(found, "يحتاج إلى وقت")
    assert "الأمر" not in quote["speaker"]["text"]


def test_a_clause_inside_another_speakers_words_keeps_that_speaker():
    found = analysed(
        "وأعلنت وزارة الخارجية أن زيارة الوفد الياباني، التي تستمر يومين، تؤكد «عمق العلاقات بين البلدين»."
    )
    quote = containing(found, "عمق العلاقات")
    assert "زيارة" not in quote["speaker"]["text"]


def test_a_relative_clause_in_commas_is_left_out_of_the_subject():
    found = analysed(
        "وأكد التقرير الأول وجود السم. إلا أن الخبراء السويسريين، والذين تحركوا بطلب من أرملة الرئيس سامي عادل، "
        "اعتبروا أن نظرية التسميم أقرب إلى النتائج."
    )
    quote = containing(found, "نظرية التسميم")
    assert quote["speaker"]["text"] == "الخبراء السويسريين"
    assert quote["speaker"]["anonymous"]
