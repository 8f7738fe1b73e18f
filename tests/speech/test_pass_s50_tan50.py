"""Session 50, pass tan50 (issue #4, speakers that are no subjects): a word written with the tanween of the indefinite
accusative ("ضمنًا"، "أولاً"، "مزيداً"، "مصدرًا") is an adverb, a حال or an object, never a nominative subject, so it
cannot open the speaker phrase after a reporting verb on the indirect path (the direct path already knew it for the
word right after its verb, ``circumstance_after_verb``):

- tan50a: after the verb such a word means the verb has no subject there: the speaker is the one before the verb or
  the one the text goes on with, never the adverb ("تقر ضمنًا أن …" no more gives the speaker "ضمنًا").
- tan50b: such a word with a speaker word or a name after it (not accusative itself) is stepped over as an adverb
  is: "وقال أولاً الدكتور … إن …" gives the speaker "الدكتور …", no more "أولاً الدكتور …".
"""

from __future__ import annotations

import pytest
from entity_quotes import analysed_quotes as quotes
from entity_quotes import first_by_cue


@pytest.mark.parametrize(
    ("text", "cue", "bad"),
    [
        (
            "وأصدرت الهيئة العامة للغذاء تقريرها السنوي أمس. ولذا فإن اللجنة العلمية تقر ضمنًا أن الإرشادات القديمة لم تكن "
            "مبنية على أدلة كافية.",
            "تقر",
            "ضمنًا",
        ),
        (
            "وأشار التقرير إلى ارتفاع الأسعار. والأزمة الأخيرة تكشف يوماً بعد يوم أن الأسواق تحتاج إلى رقابة أشد.",
            "تكشف",
            "يوماً",
        ),
        (
            "قال رئيس الجمعية إن البرنامج حقق أهدافه. ويرى فعلاً أن الدعم الحكومي سيستمر خلال العام المقبل.",
            "ويرى",
            "فعلاً",
        ),
    ],
)
def test_accusative_word_is_no_subject(text: str, cue: str, bad: str) -> None:
    speaker = (first_by_cue(quotes(text), cue)["speaker"]["text"] or "").split()
    assert not speaker or speaker[0] != bad


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        ("وقال أولاً الدكتور سالم الحربي عضو مجلس الشورى إن القرار سيخدم المواطنين.", "وقال", "الدكتور سالم الحربي"),
        ("وأوضح ثانياً مدير إدارة المرور العقيد سعد القحطاني أن الحملة مستمرة.", "وأوضح", "مدير إدارة المرور"),
    ],
)
def test_accusative_adverb_before_subject_is_stepped_over(text: str, cue: str, expected: str) -> None:
    assert first_by_cue(quotes(text), cue)["speaker"]["text"].startswith(expected)


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # guards: a speaker before the verb in the accusative after لكنّ, a title with "سابقًا", a plain subject
        ("ولكن متحدثاً باسم وحدات الحماية قال إن الانفجار وقع في مستودع للذخيرة.", "قال", "متحدثاً باسم وحدات الحماية"),
        ("وقال مدرب النصر سابقًا خالد العمري إن الفريق يحتاج إلى مهاجم.", "وقال", "مدرب النصر سابقًا"),
        ("وأكد وزير الصحة أن المستشفيات جاهزة لاستقبال الحجاج.", "وأكد", "وزير الصحة"),
    ],
)
def test_guards(text: str, cue: str, expected: str) -> None:
    assert first_by_cue(quotes(text), cue)["speaker"]["text"].startswith(expected)


def test_participle_governs_its_object() -> None:
    # a participle (حال) with the tanween governs the word after it: "هيئة …" is whom he attacked, not the speaker
    text = "وقد رفض الفنان خالد العمري الدعوة، حيث كتب سابقاً مهاجماً هيئة الإذاعة والتلفزيون: (لن أشارك في البرنامج)."
    speaker = first_by_cue(quotes(text), "كتب")["speaker"]["text"] or ""
    assert "هيئة" not in speaker
