"""Session 39, pass ind39 (docs/evaluation/quotes.md, "Session 39, pass ind39"), issue #4, speakers of indirect
quotes whose reporting verb has no subject of its own (class C of pass ind38):

- ind39a: a reporting verb + فيه / فيها after an indefinite text, call or speech "from" someone ("تلقى الأمير
  برقية تهنئة من الرئيس X، أعرب فيها …", "خطاب تلقته الصحيفة من وزارة …، تطالب فيه …") speaks for that author,
  not for the one who received it nor for the last speaker quoted before (speakers.py ``issuer_of_text``,
  ``text_before_from``; word_classes.tsv ``texts_from``).
"""

import pytest

import khabar


def speaker_of(text: str, cue: str) -> str | None:
    for quote in khabar.analyze(text).quotes:
        if quote["cue"] and quote["cue"]["text"] == cue:
            return (quote["speaker"] or {}).get("text")
    raise AssertionError(f"no quote with the cue {cue!r}")


CASES = [
    # a telegram from a president: he speaks in it, not the king who received it nor the minister before
    (
        "وأكد وزير الخارجية أن العلاقات متينة. وتلقى خادم الحرمين الشريفين برقية تهنئة من الرئيس المصري عبدالفتاح "
        "السيسي، أعرب فيها عن تهانيه بمناسبة عيد الفطر.",
        "أعرب",
        "الرئيس المصري عبدالفتاح السيسي",
    ),
    # a letter with two nouns between the text and its من
    (
        "وقال مدير الجمعية إن المعرض ناجح. وفي سياق متصل، تلقى الفنان سامي العمري خطاب شكر وتقدير من رئيس اتحاد "
        "الفنانين العرب خالد منصور، أشاد فيه بالأنشطة الثقافية التي تقدمها الجمعية.",
        "أشاد",
        "رئيس اتحاد الفنانين العرب خالد منصور",
    ),
    # a phone call from a minister, the verb masculine after a feminine body quoted before
    (
        "وأعلنت وزارة الداخلية أن التحقيقات مستمرة. وتلقى ولي العهد اتصالا هاتفيا من وزير الداخلية الكويتي، أكد فيه "
        "وقوف بلاده مع المملكة.",
        "أكد",
        "وزير الداخلية الكويتي",
    ),
]


GUARDS = [
    # a verb of issuing: its subject wrote the text (pass 53a)
    ("وقال المتحدث إن الوضع مستقر. وأصدرت وزارة الصحة بيانا أمس، أكدت فيه أن الحالات تراجعت.", "أكدت", "وزارة الصحة"),
    # "رسائل من" inside the quoted words, no فيه / فيها after the cue: the one quoted before goes on
    (
        "وقال رئيس البلدية إن المشروع سينتهي قريبا، وأضاف أن الأهالي تلقوا رسائل من الأمانة حول المشروع. وأشار إلى "
        "أن العمل يسير وفق الخطة.",
        "وأشار",
        "رئيس البلدية",
    ),
]


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    CASES + GUARDS,
    ids=[f"case{k}" for k in range(len(CASES))] + [f"guard{k}" for k in range(len(GUARDS))],
)
def test_the_speaker_of_the_cue(text, cue, speaker):
    """CASES: the text speaks for its author (ind39a); GUARDS: what must not change."""
    assert speaker_of(text, cue) == speaker
