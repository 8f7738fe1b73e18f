"""Pass s55 ret58: "وبالعودة إلى X، <verb> …" — a sentence that goes back to someone quoted before, its reporting
verb right after the phrase with no subject of its own, is X's (and, carried on, the cues after it), not the
speaker quoted in between."""

from __future__ import annotations

import pytest

from tests.speech.entity_quotes import analysed, containing

FIRST = "قال المدير التنفيذي لشركة النور أحمد الزهراني إن الأرباح تراجعت هذا العام. "
BETWEEN = "وقال أحد زملائه إن السوق يمر بمرحلة صعبة. "


@pytest.mark.parametrize(("text", "words", "who"), [
    (FIRST + BETWEEN + "وبالعودة إلى الزهراني، أوضح أن الشركة ستفتح فروعا جديدة، مضيفا أن التوظيف مستمر.",
     "فروعا جديدة", "الزهراني"),
    (FIRST + BETWEEN + "وبالعودة إلى الزهراني، أوضح أن الشركة ستفتح فروعا جديدة، مضيفا أن التوظيف مستمر.",
     "التوظيف مستمر", "الزهراني"),
    (FIRST + BETWEEN + "وبالعودة إلى الزهراني، أوضح أن الشركة ستفتح فروعا جديدة. وأضاف أن الأسعار ستنخفض.",
     "الأسعار ستنخفض", "الزهراني"),
    (FIRST + BETWEEN + "وبالعودة إلى المدير التنفيذي فقد أكد أن الشركة لن تسرح أحدا.",
     "لن تسرح", "الزهراني"),
    (FIRST + BETWEEN + "وعودة إلى الزهراني، لفت إلى أن المبيعات تحسنت في الربع الأخير.",
     "المبيعات تحسنت", "الزهراني"),
])
def test_speaker_brought_back(text: str, words: str, who: str) -> None:
    assert who in (containing(analysed(text), words)["speaker"]["text"] or "")


@pytest.mark.parametrize(("text", "words", "who"), [
    # the verb has a subject of its own after it: that one speaks
    (FIRST + BETWEEN + "وبالعودة إلى توقعات المحللين، قال الخبير سعد العتيبي إن النتائج ستكون أقل من المتوقع.",
     "أقل من المتوقع", "سعد العتيبي"),
    # the phrase after بالعودة names no one: the last speaker goes on as before
    (FIRST + BETWEEN + "وبالعودة إلى الأزمة المالية، أوضح أن الحلول ما زالت ممكنة.",
     "الحلول ما زالت", "أحد زملائه"),
    # بالعودة inside the sentence (a verbal noun of returning), not opening it
    (FIRST + BETWEEN + "وطالب العمال بالعودة إلى الحوار، وأوضح أن الحلول ما زالت ممكنة.",
     "الحلول ما زالت", "أحد زملائه"),
])
def test_unchanged(text: str, words: str, who: str) -> None:
    assert who in (containing(analysed(text), words)["speaker"]["text"] or "")
