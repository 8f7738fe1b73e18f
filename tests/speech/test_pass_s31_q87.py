"""Session 31, pass q87: a listed speaker head with the ف of a new clause on its article, opening its
clause right before a present-tense reporting verb followed by إن / أن, is the verb's subject
("فالإحصاءات الرسمية تقول إن …", "فالبعض يرى أن …"); before, the ف hid the head and the verb went on
with the last speaker. The speaker is the phrase without the ف. Guards: a noun that is no speaker head
("فالواقع يقول إن"), a verb without إن / أن ("فالرسالة توضح من عنوانها": not its speaker), a verb that does not agree."""

from __future__ import annotations

import khabar

LEAD = "وقال مدير الشرطة العميد خالد العتيبي إن الوضع الأمني مستقر في المدينة. "


def _quotes(text: str) -> list[tuple[str, str | None, bool | None]]:
    doc = khabar.analyze(text)
    return [(q["text"], q["speaker"]["text"], q["speaker"]["anonymous"]) for q in doc.quotes]


def _said(found: list, words: str) -> tuple | None:
    return next((q for q in found if words in q[0]), None)


def test_statistics_with_fa_speak() -> None:
    text = LEAD + "لكن الأرقام تثير القلق، فالإحصاءات الرسمية تقول إن عدد السرقات ارتفع هذا العام."
    _, speaker, _ = _said(_quotes(text), "عدد السرقات")
    assert speaker == "الإحصاءات الرسمية"


def test_some_with_fa_are_anonymous() -> None:
    text = LEAD + "وانقسم السكان حول المشروع الجديد، فالبعض يرى أن المشروع سيخفف الزحام عن الطريق."
    _, speaker, anonymous = _said(_quotes(text), "سيخفف الزحام")
    assert speaker == "البعض" and anonymous is True


def test_experts_with_fa_plural_verb() -> None:
    text = LEAD + "ولا ينبغي التسرع في البيع، فالخبراء يقولون إن الأسعار ستعود إلى الارتفاع قريبا."
    _, speaker, _ = _said(_quotes(text), "الأسعار ستعود")
    assert speaker == "الخبراء"


def test_title_with_fa_masculine_verb() -> None:
    text = LEAD + "ولم تتغير الخطة، فالوزير يؤكد أن المشروع سينتهي في موعده المحدد."
    _, speaker, _ = _said(_quotes(text), "سينتهي في موعده")
    assert speaker == "الوزير"


def test_guard_fa_noun_without_head_keeps_old_reading() -> None:
    text = LEAD + "وتبدو الصورة مختلفة، فالواقع يقول إن الطرق مزدحمة طوال اليوم."
    found = _said(_quotes(text), "الطرق مزدحمة")
    assert found is None or found[1] != "الواقع"


def test_guard_fa_head_without_that_is_not_taken() -> None:
    text = LEAD + "ولا داعي للشرح الطويل، فالرسالة دائما توضح من عنوانها للجميع."
    found = _said(_quotes(text), "من عنوانها")
    assert found is None or "الرسالة" not in (found[1] or "")


def test_guard_fa_head_that_does_not_agree() -> None:
    text = LEAD + "وتغير الموقف كثيرا، فالوزير تقول إن الخطة تأخرت عن موعدها."
    found = _said(_quotes(text), "الخطة تأخرت")
    assert found is None or found[1] != "الوزير"


def test_guard_waw_head_unchanged() -> None:
    text = LEAD + "والخبراء يرون أن الأسعار ستنخفض في الصيف."
    _, speaker, _ = _said(_quotes(text), "الأسعار ستنخفض")
    assert speaker == "والخبراء"
