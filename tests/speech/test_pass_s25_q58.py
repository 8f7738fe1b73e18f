"""Quote finder, pass q58 (session 25): a quotation "written in" a text has that text for speaker.

"وجاء في بيان «…»"، "وجاء في البيان، أنه «…»": the verb جاء (flag ``source`` in verbs.tsv) names the
source after its في; the direct pass took the verb as subjectless and gave the quotation to the last
speaker. "جاء في لسان العرب: «…»": the bare جاء, which verbs.tsv drops as "came", is "is written in"
before في, a text named in a few words, a colon and a quotation. Every text is written for these tests.
"""

from __future__ import annotations

import khabar


def _quotes(text: str) -> list[dict]:
    return khabar.analyze(text, published="2015-08-01").quotes


def _direct_speaker(text: str, opening: str) -> str:
    found = [q for q in _quotes(text) if q["kind"] == "direct" and q["text"].startswith(opening)]
    assert len(found) == 1, _quotes(text)
    return (found[0]["speaker"] or {}).get("text") or ""


def test_statement_named_after_its_verb_speaks():
    text = ("دعت السلطات المصرية مواطنيها إلى الحذر بعد الهجوم على الحافلة. "
            "وجاء في بيان «تنصح الوزارة المواطنين بعدم السفر براً إلى المنطقة حتى إشعار آخر».")
    assert _direct_speaker(text, "تنصح الوزارة") == "بيان"


def test_the_statement_is_the_ministry_that_issued_it_not_the_source_quoted_first():
    text = ("أكد مصدر أمني رفيع أن المسلحين فروا باتجاه الغابة بعد الاشتباك. "
            "يذكر أن وزارة الدفاع الوطني أعلنت مقتل جنديين أمس في كمين بالجبل. "
            "وجاء في البيان، أنه «على إثر عملية تمشيط في المنطقة تعرضت مفرزة لإطلاق نار».")
    assert _direct_speaker(text, "على إثر عملية") == "وزارة الدفاع الوطني"


def test_dictionary_cited_with_the_bare_verb():
    text = ("وهذه اللفظة فصيحة يستعملها الناس كل يوم، فهكذا تكلمت العرب، "
            "جاء في المعجم الوسيط: «الرمح: قناة في رأسها سنان يطعن به الفارس».")
    assert _direct_speaker(text, "الرمح") == "المعجم الوسيط"


def test_guard_came_in_second_place_is_no_quote():
    text = "حل الفريق ثالثا في الترتيب العام، وجاء في المركز الثاني نادي الهلال بعد موسم طويل."
    assert _quotes(text) == []


def test_guard_said_in_the_press_conference_keeps_its_subject():
    text = "وقال وزير الصحة في المؤتمر الصحفي: «سنفتتح ثلاثة مستشفيات جديدة قبل نهاية العام المقبل»."
    assert _direct_speaker(text, "سنفتتح") == "وزير الصحة"


def test_guard_statement_before_a_complement_keeps_its_reading():
    text = ("أصدرت وزارة الداخلية بيانا مساء أمس حول الحادث. "
            "وجاء في البيان أن الأجهزة الأمنية قبضت على المتهمين الثلاثة.")
    found = [q for q in _quotes(text) if q["text"].startswith("الأجهزة الأمنية")]
    assert len(found) == 1 and found[0]["kind"] == "indirect"


def test_guard_the_letter_alone_goes_on_with_the_one_who_sent_it():
    text = ("وقال رئيس الوزراء إن المشروع مرفوض. "
            "وكان رئيس الوزراء قد نشر نص رسالة وجهها إلى أعضاء البرلمان يحثهم فيها على رفض المشروع. "
            "وجاء في الرسالة أن «المشروع لا يخدم مصالح البلاد على المدى البعيد».")
    assert _direct_speaker(text, "المشروع لا يخدم") == "رئيس الوزراء"
