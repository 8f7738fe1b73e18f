"""Quote finder, thirty-seventh pass, direct quotes (quotes round 37a): a quotation left open, then a
new sentence attributing the next quotation — 'وأضاف: "… الموقع.  وقال المتحدث باسم … X: "…"', '«…
بالتزاماتها. وكرر الوزير الموقف حين قال «…»' — ends with its last sentence, and the next mark opens the
new speaker's quote instead of closing the first; left open before "، مشددا "…" (a reporting
participle after a comma), it ends at the comma. Every text is written for these tests.
"""

from __future__ import annotations

from entity_quotes import analysed, by_cue


def test_open_quote_before_a_long_attribution_with_a_colon():
    found = analysed("وأضافت الإدارة: \"وصلت فرق الإطفاء إلى الموقع وتمت السيطرة على الحريق خلال ساعة. "
                     "وقال المتحدث الرسمي باسم الدفاع المدني في المنطقة الشرقية العقيد سالم الدوسري: "
                     "\"لم تسجل أي إصابات بين العاملين في المصنع\".")
    quote = by_cue(found, "وقال")
    assert quote["kind"] == "direct"
    assert quote["text"] == "لم تسجل أي إصابات بين العاملين في المصنع"
    first = by_cue(found, "وأضافت")
    assert "وقال المتحدث" not in first["text"]


def test_open_guillemet_before_a_verb_right_at_the_mark():
    found = analysed("وأوضح الوزير أن الخطة ستنفذ على مراحل، حيث قال: «ستبدأ المرحلة الأولى في الربيع المقبل بعد إقرار الميزانية. "
                     "وكرر نائبه سامي الحربي نفس الكلام في مؤتمر صحفي حين قال «لن نبدأ قبل أن تكتمل الدراسات الفنية كلها».")
    quotes = [q for q in found if q["kind"] == "direct"]
    assert any(q["text"] == "لن نبدأ قبل أن تكتمل الدراسات الفنية كلها" for q in quotes)
    assert not any("وكرر نائبه" in q["text"] for q in found)


def test_a_quotation_nested_after_a_sentence_without_a_new_attribution_stays_inside():
    found = analysed("وقال المدير: \"نعمل منذ سنوات على هذا المشروع. والناس يسمون الحي \"الحي الأخضر\" منذ زمن بعيد\".")
    quote = by_cue(found, "وقال")
    assert quote["kind"] == "direct"
    assert "الحي الأخضر" in quote["text"] and "منذ زمن بعيد" in quote["text"]


def test_open_quote_ends_at_the_comma_before_a_reporting_participle():
    found = analysed("ونفى المدرب وجود خلاف مع الإدارة، وقال \"تحدثت مع رئيس النادي طويلا وشرحت له كل التفاصيل، "
                     "مشددا \"القرار لم يصدر عني بل عن اللجنة الفنية المكلفة بمتابعة الفريق\".")
    said = by_cue(found, "وقال")
    assert said["kind"] == "direct"
    assert said["text"] == "تحدثت مع رئيس النادي طويلا وشرحت له كل التفاصيل"
    stressed = by_cue(found, "مشددا")
    assert stressed["kind"] == "direct"
    assert stressed["text"] == "القرار لم يصدر عني بل عن اللجنة الفنية المكلفة بمتابعة الفريق"


def test_a_closed_quote_before_the_participle_is_left_alone():
    found = analysed("وقال المدرب \"تحدثت مع رئيس النادي طويلا\"، مشددا \"القرار لم يصدر عني بل عن اللجنة الفنية\".")
    assert by_cue(found, "وقال")["text"] == "تحدثت مع رئيس النادي طويلا"
    assert by_cue(found, "مشددا")["text"] == "القرار لم يصدر عني بل عن اللجنة الفنية"
