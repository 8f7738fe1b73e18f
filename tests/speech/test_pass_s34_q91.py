"""Session 34, pass q91: a circumstance right after a reporting verb is not its subject — an indefinite
accusative (حال: "وأضاف متحدثا عن …: «…»"، "وتابع مدافعا عن موقفه: «…»"، "وأضاف مستهجناً: «…»") or an
adverb of manner ("قال نصا: «…»"): the verb has no subject there, so the speaker goes on (or stands
before the verb). Dev 2015-08-08#84 ("وأضاف متحدثا عن اتفاقية …"), 08-11#1400 ("قال نصا"); corpus
2015-07-22#30, 07-23#80, 07-26#153, 07-27#867, 08-01#9. Guards: a name, a dual in the construct state
("حاكما ولايتي …"، "محطتا …") and a possessive ("مصادرنا") still speak."""

from __future__ import annotations

import pytest
from entity_quotes import quote_rows as quotes

FIRST = "وقال وزير الخارجية سامح شكري للصحفيين: «الأمر معقد جدا وعلينا أن نتحد في مواجهته». "


def _direct_speakers(text: str) -> list[str | None]:
    return [speaker for kind, _cue, speaker, _content in quotes(text) if kind == "direct"]


@pytest.mark.parametrize(
    "second",
    [
        pytest.param("وأضاف متحدثا عن الاتفاقية التجارية: «الشيء نفسه ينطبق عليها تماما».", id="participle-prep"),
        pytest.param("وتابع مدافعا عن موقف بلاده: «نحن بذلنا أقصى ما في وسعنا للحفاظ على مصالحنا».", id="participle-object"),
        pytest.param("وأضاف مستهجناً: «ماذا سنقول لشعوبنا بعد كل هذه السنوات؟».", id="tanween"),
        pytest.param("وقال ساخرا: «هذه ليست المرة الأولى التي نسمع فيها هذا الكلام».", id="agent-form"),
        pytest.param("وقال نصا: «لن نقبل بأي تدخل في شؤوننا الداخلية مهما كانت الظروف».", id="adverb-nassan"),
    ],
)
def test_circumstance_after_the_verb_is_not_the_speaker(second: str) -> None:
    speakers = _direct_speakers(FIRST + second)
    assert len(speakers) == 2 and speakers[1] == speakers[0] == "وزير الخارجية سامح شكري"


def test_subject_before_the_verb() -> None:
    speakers = _direct_speakers("لكن «الكاتب» يقول متحسرًا: «الواسطة هي التي ترقت في هذا الزمن يا صديقي».")
    assert speakers and speakers[0] != "متحسرًا"


def test_guard_name_after_the_verb() -> None:
    speakers = _direct_speakers(FIRST + "وقالت ماريا: «نحن سعداء جدا بهذه النتيجة الكبيرة».")
    assert speakers[-1] == "ماريا"


def test_guard_dual_construct() -> None:
    speakers = _direct_speakers(FIRST + "وقال حاكما ولايتي بورنو ويوبي: «الوضع الأمني يتحسن ببطء في المنطقة».")
    assert speakers[-1] is not None and speakers[-1].startswith("حاكما")


def test_guard_possessive() -> None:
    speakers = _direct_speakers(FIRST + "وقالت مصادرنا: «الاجتماع سيعقد الأسبوع المقبل في العاصمة».")
    assert speakers[-1] == "مصادرنا"
