"""Session 52, pass ind53 (issue #4, indirect speakers on unseen news): a listed manner word with ب right after a
reporting verb ("بشكل قاطع"، "بشكل واضح"، "بكل صراحة"، "بوضوح"; ``manner_bi`` / ``manner_bi_head`` in
clause_words.tsv) says how the words were said, never who said them. Before a complement or the verb's own
preposition ("وأشار بشكل واضح إلى أن …") it was read as the speaker; now the verb has no subject there, so the
speaker is the one written before the verb or the one the text goes on with. A subject written after the manner
word ("وقال بحزن المدرب …") is still read.
"""

from __future__ import annotations

import pytest
from entity_quotes import analysed_quotes as quotes
from entity_quotes import first_by_cue


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (
            "وقال مدير التعليم في المنطقة إن المدارس جاهزة. وأشار بشكل واضح إلى أن الكتب وصلت إلى جميع المدارس.",
            "وأشار",
            "مدير التعليم في المنطقة",
        ),
        (
            "وقال رئيس النادي إن الفريق سيعود أقوى. وأكد بشكل قاطع أن المدرب باق حتى نهاية الموسم.",
            "وأكد",
            "رئيس النادي",
        ),
        (
            "وقالت وزارة الصحة إن الحالات مستقرة. وأوضحت بوضوح أن المستشفيات لم تسجل إصابات جديدة.",
            "وأوضحت",
            "وزارة الصحة",
        ),
        (
            "وفي مؤتمر صحفي، قال المتحدث إن فريق المحققين الدولي أكد بشكل نهائي أن الحطام يعود للطائرة المفقودة.",
            "أكد",
            "فريق المحققين الدولي",
        ),
    ],
)
def test_manner_word_after_verb_is_no_speaker(text: str, cue: str, expected: str) -> None:
    assert first_by_cue(quotes(text), cue)["speaker"]["text"] == expected


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # guards: a subject after the manner word, and a plain subject, still speak
        ("وقال بحزن المدرب الإسباني إن الفريق لم يستحق الخسارة.", "وقال", "المدرب الإسباني"),
        ("وأكد مدير الشرطة أن التحقيقات مستمرة في الحادث.", "وأكد", "مدير الشرطة"),
        ("وأشار التقرير إلى أن المبيعات ارتفعت بشكل واضح خلال العام.", "وأشار", "التقرير"),
    ],
)
def test_subject_still_speaks(text: str, cue: str, expected: str) -> None:
    assert first_by_cue(quotes(text), cue)["speaker"]["text"] == expected
