"""Session 28, lead5: a mosque's preacher is an office, never the mosque ("وحث خطيب المسجد الحرام"); a
title names the person found up to ten words on when an honorific opens his name ("نائب خادم الحرمين
الشريفين الأمير محمد بن نايف بن عبدالعزيز") — found by reading random articles outside the gold."""

from __future__ import annotations

from entity_quotes import cue_contents, cue_speakers

import khabar


def speaker_entities(text: str) -> list[tuple[str, str | None]]:
    """(cue, the name of the speaker's entity) of each quote with a cue."""
    doc = khabar.analyze(text, published="2015-08-07")
    names = {e["id"]: e["name"] for e in doc.entities}
    return [(q["cue"]["text"], names.get((q["speaker"] or {}).get("entity"))) for q in doc.quotes if q["cue"]]


def speakers(text: str) -> list[tuple[str, str]]:
    return cue_speakers(text, "2015-08-07")


def contents(text: str) -> dict[str, str]:
    return cue_contents(text, "2015-08-07")


SERMON = ("أكد إمام وخطيب المسجد الحرام الشيخ صالح الراشد أن الأمن نعمة عظيمة. "
          "وحث خطيب المسجد الحرام على الوحدة ونبذ الفرقة.")


def test_the_preacher_named_before_speaks_again() -> None:
    assert ("وحث", "صالح الراشد") in speaker_entities(SERMON)


def test_an_unnamed_preacher_is_not_the_mosque() -> None:
    found = speaker_entities("وقال خطيب المسجد النبوي إن الصبر مفتاح الفرج.")
    assert found == [("وقال", None)]


def test_a_preacher_set_off_after_another_office_keeps_his_name() -> None:
    # the preacher's title after a comma is the speaker's second office, not where the content begins
    text = "دعا رئيس مجلس الأوقاف، خطيب المسجد الأقصى الشيخ عمر الخطيب، إلى حماية المقدسات من الاعتداءات."
    assert contents(text)["دعا"].startswith("حماية المقدسات")


def test_a_long_title_before_an_honorific_names_the_person() -> None:
    text = ("رفع نائب خادم الحرمين الشريفين الأمير محمد بن نايف بن عبدالعزيز الشكر للقيادة على دعمها. "
            "وقال نائب خادم الحرمين الشريفين إن المشروعات ستخدم ضيوف الرحمن.")
    assert ("وقال", "محمد بن نايف بن عبدالعزيز") in speaker_entities(text)


def test_the_same_with_a_doctor_after_the_title() -> None:
    text = ("وقع مدير جامعة الملك عبدالعزيز المكلف الدكتور عبدالرحمن بن عبيد اليوبي الاتفاقية أمس. "
            "وأكد مدير الجامعة المكلف أهمية الاتفاقية في دعم البحث العلمي.")
    assert ("وأكد", "عبدالرحمن بن عبيد اليوبي") in speaker_entities(text)


def test_a_name_that_far_without_an_honorific_is_the_object() -> None:
    # guard: "للشيخ خليفة …" is to whom the greetings go, nine words after the title
    text = ("وحمل الرئيس السفير الإماراتي نقل تحياته للشيخ خليفة بن زايد آل نهيان رئيس الدولة. "
            "وأكد السفير الإماراتي أن بلاده تقف إلى جانب اليمن.")
    assert ("وأكد", "خليفة بن زايد آل نهيان") not in speaker_entities(text)


def test_in_front_of_is_no_imam() -> None:
    # guard: إمام is left out of the titles, as it reads أمام ("in front of") once normalised
    text = "وقال الوزير خالد العتيبي أمام الصحفيين إن المشروع سيكتمل قريبا."
    assert speakers(text) == [("وقال", "الوزير خالد العتيبي")]


# A straight quotation mark written with a space before it and a full stop or comma right after it
# closes the quotation ('… بخيبة الأمل ". وقال …'): read as an opening mark, it ran the quotation on
# over the next sentences and hid the quotes in them.
CARELESS_CLOSE = ('وأضاف الوزير الذي يتولى حقيبة الهجرة: "سنبذل كل جهد حتى لا تكون هناك خيبة أمل ". '
                  'وقال وزير الداخلية إنه يتوقع مناقشة صعبة، لكنه أشار إلى أن هذه قضية "حساسة" في بلاده.')


def test_a_mark_before_a_full_stop_closes_the_quotation() -> None:
    assert contents(CARELESS_CLOSE)["وأضاف"] == "سنبذل كل جهد حتى لا تكون هناك خيبة أمل"


def test_the_quotes_after_it_are_found() -> None:
    found = contents(CARELESS_CLOSE)
    assert found.get("وقال") == "يتوقع مناقشة صعبة"
    assert "أشار" in found


def test_a_mark_before_a_comma_closes_too() -> None:
    text = ('وقال المدرب: "الفريق جاهز للمباراة "، وأضاف أن اللاعبين في حالة جيدة، مؤكدا أن "الفوز" هدفنا.')
    assert contents(text)["وقال"] == "الفريق جاهز للمباراة"
    assert contents(text).get("وأضاف") == "اللاعبين في حالة جيدة"


def test_a_quotation_may_open_on_an_ellipsis() -> None:
    # guard: '"... إنكم' opens the quotation; the dots are no clause's end (the mark's two sides as the
    # pairing reads them: can open, can close)
    from khabar.speech.scan import _side

    text = 'وقال الوزير: "... إنكم تتحدثون عن المنطقة". وغادر'
    assert _side(text, text.index('"')) == (True, False)
    assert _side(text, text.rindex('"')) == (False, True)
    careless = 'بخيبة الأمل ". وقال'
    assert _side(careless, careless.index('"')) == (False, True)
