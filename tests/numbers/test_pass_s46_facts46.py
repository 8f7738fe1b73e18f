"""Pass facts46 (session 46): an indefinite feminine dual (-تين/-تان) counts 2 when its singular
in ة is seen even once or twice in the frequency lexicon (ندوتين، حادثتان، وجبتين، جرافتان،
تأشيرتين، قصيدتان), not only three times; a word that may be the sound plural of a masculine
participle in ت (لافتين، صامتين) stays out, and so do definite duals and the construct -تي
("my ...", which keeps the stricter test).

Made-up sentences in the style of the news, through ``khabar.analyze``."""

import pytest

import khabar


def _facts(text: str) -> list[tuple[str, float | None]]:
    doc = khabar.analyze(text, published="2015-08-10")
    return [(f["text"], f["value"]) for f in doc.facts]


# (text, the dual's word: the count's text opens with it, an agreeing adjective may follow)
DUALS = [
    ("ونظم النادي الأدبي خلال الصيف ثلاث دورات وندوتين عن تاريخ المنطقة.", "وندوتين"),
    ("ووقعت حادثتان مروريتان على الطريق السريع مساء أمس.", "حادثتان"),
    ("ويتناول الصائمون وجبتين فقط طوال اليوم.", "وجبتين"),
    ("وانهارت التربة فسقطت في الحفرة جرافتان تابعتان للبلدية.", "جرافتان"),
    ("وتسلم كل عامل تأشيرتين من مكتب الاستقدام.", "تأشيرتين"),
    ("وألقى الشاعر في الأمسية قصيدتين عن الوطن.", "قصيدتين"),
]


@pytest.mark.parametrize(("text", "dual"), DUALS)
def test_an_indefinite_feminine_dual_of_a_rarely_seen_noun_counts_two(text, dual):
    assert [text for text, value in _facts(text) if value == 2 and text.split()[0] == dual]


# guards: a masculine participle's sound plural, a definite dual, a construct "my ..." with no second
# genitive, and a dual of a well-known noun (read as before)
NOT_COUNTED = [
    "وواصل المسؤولون حملتهم، لافتين إلى أن الحملة لم تنته بعد.",
    "ووقف المشيعون صامتين أمام المسجد.",
    "وناقشت الندوتين قضايا الشباب في المنطقة.",
    "وقال المخرج: «عرضت مسرحيتي الأخيرة على مسرح الجامعة».",
]


@pytest.mark.parametrize("text", NOT_COUNTED)
def test_no_dual_is_read_here(text):
    assert not [value for _, value in _facts(text) if value == 2]


def test_a_dual_of_a_common_noun_reads_as_before():
    assert ("سيارتين", 2) in _facts("وصادرت الشرطة سيارتين في المداهمة.")
