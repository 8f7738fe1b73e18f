"""Session 32, lead22: a feminine singular reporting verb or participle with no subject of its own
("وأكدت أن …"، "وقالت إن …"، "مشيرة إلى أن …") after speakers that are all masculine takes no speaker.
Before, finding no speaker that agrees, it fell back to the last one — a man ("قال الوزير … وتفاعلت
الجماهير …، وأكدت" → the minister; dev 2015-07-25#909, 2015-07-21#2470). A feminine speaker before, or a
phrase that opens with a feminine noun, is still the one it goes on with; masculine and plural verbs
are as before."""

from __future__ import annotations

from entity_quotes import quote_rows as quotes


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(cue, speaker) for _, cue, speaker, _ in quotes(text)]


def test_feminine_verb_after_a_man_takes_no_speaker() -> None:
    found = speakers("قال وزير المالية أحمد سالم إن الميزانية ستعلن الشهر المقبل. "
                     "وتفاعلت الجماهير مع القرار عبر مواقع التواصل، وأكدت أن الخطوة تأخرت كثيرا.")
    assert found == [("قال", "وزير المالية أحمد سالم"), ("وأكدت", None)]


def test_feminine_verb_after_a_coach_takes_no_speaker() -> None:
    found = speakers("وأكد المدرب خالد منصور أن الفريق جاهز للمباراة. "
                     "وشهد الملعب حضورا جماهيريا كبيرا، وقالت إن الاستعداد كان ممتازا.")
    assert found[-1] == ("وقالت", None)


def test_feminine_participle_after_a_man_takes_no_speaker() -> None:
    found = speakers("أعلن قائد الشرطة العميد سعد الحربي أن التحقيق مستمر. "
                     "وفي سياق متصل نشرت الصحف المحلية صورا للحادث، مشيرة إلى أن الأضرار كبيرة.")
    assert found[-1] == ("مشيرة", None)


def test_guard_feminine_verb_skips_back_to_the_ministry() -> None:
    found = speakers("قالت وزارة الصحة إن عدد الإصابات ارتفع. وقال الوزير أحمد سالم إن الوضع تحت السيطرة. "
                     "وأضافت أن الفرق الطبية تعمل على مدار الساعة.")
    assert found[-1] == ("وأضافت", "وزارة الصحة")


def test_guard_feminine_verb_skips_back_to_the_woman() -> None:
    found = speakers("قالت مديرة المدرسة نورة العتيبي إن الدراسة تبدأ الأحد. "
                     "وقال مدير التعليم سعد الحربي إن الاستعدادات اكتملت. وأوضحت أن الكتب وصلت إلى المدارس.")
    assert found[-1] == ("وأوضحت", "مديرة المدرسة نورة العتيبي")


def test_guard_masculine_verb_goes_on_with_the_man() -> None:
    found = speakers("وقال وزير الخارجية أحمد سالم إن المحادثات مثمرة. وأضاف أن الجولة المقبلة ستعقد في الرياض.")
    assert found[-1] == ("وأضاف", "وزير الخارجية أحمد سالم")


def test_guard_feminine_noun_with_a_masculine_verb_goes_on() -> None:
    # "وذكر المتطوعات": the verb is masculine, the phrase feminine; "وأشارت" goes on with it
    found = speakers("وذكر المتطوعات في الركن أن الإقبال كبير. وأشارت إلى أن التسجيل مستمر حتى نهاية الأسبوع.")
    assert found[-1] == ("وأشارت", "المتطوعات في الركن")


def test_guard_plural_verb_still_falls_back() -> None:
    found = speakers("وقال الناطق باسم الجيش العميد خالد منصور إن القوات تقدمت. وأضافوا أن المعارك مستمرة.")
    assert found[-1] == ("وأضافوا", "الناطق باسم الجيش العميد خالد منصور")
