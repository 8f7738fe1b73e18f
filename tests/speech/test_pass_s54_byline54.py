"""Session 54, pass byline54 (issue #4, speakers): a byline that runs into the first sentence
("فلان الفلاني- سبق: …", "فلان- سبق- الرياض: …") names the writer, who is nobody's speaker. The cleaner reads it
as a ``byline`` credit, but the speakers' byline guard (dq40c) only knew a byline on its own paragraph, so a later
cue with no subject ("وأفاد بأن …") went on with the writer, as the first sentence's subject or as the person
named last. The guard now also takes the credit's span: the speaker is the one the text gives without the byline.
"""

from __future__ import annotations

import pytest
from entity_quotes import analysed_quotes as quotes
from entity_quotes import first_by_cue

CONTACTED = (
    "شهدت محافظة الطائف أمس افتتاح مهرجان الورد السنوي بمشاركة واسعة من المزارعين.\n\n"
    "وكانت «سبق» قد تواصلت مع رئيس اللجنة المنظمة سالم الحارثي بشأن الاستعدادات.\n\n"
    "وأفاد بأن عدد الزوار تجاوز التوقعات في اليوم الأول."
)
NO_ONE = (
    "انطلق أمس مهرجان الورد السنوي في محافظة الطائف بمشاركة واسعة من المزارعين.\n\n"
    "وأفاد بأن عدد الزوار تجاوز التوقعات في اليوم الأول."
)
ATTENDED = (
    "تم أمس افتتاح مهرجان الورد السنوي في محافظة الطائف بحضور سالم الحارثي.\n\n"
    "وأوضح أن عدد الزوار تجاوز التوقعات في اليوم الأول."
)
BYLINES = ("ماجد الزهراني- سبق: ", "ماجد الزهراني- سبق- الطائف: ", "ماجد الزهراني - سبق - الطائف: ")


def speaker_after(text: str, cue: str) -> str | None:
    return first_by_cue(quotes(text), cue)["speaker"]["text"]


@pytest.mark.parametrize("byline", BYLINES, ids=["outlet", "outlet_place", "spaced"])
@pytest.mark.parametrize(
    ("body", "cue", "expected"),
    [(CONTACTED, "وأفاد", "الحارثي"), (ATTENDED, "وأوضح", "الحارثي"), (NO_ONE, "وأفاد", None)],
    ids=["contacted", "attended", "no_one"],
)
def test_inline_byline_is_no_speaker(byline: str, body: str, cue: str, expected: str | None) -> None:
    found = speaker_after(byline + body, cue)
    assert (expected in found) if expected else found is None


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # guards: the same articles without a byline, and a byline on its own line (dq40c)
        (CONTACTED, "وأفاد", "الحارثي"),
        (ATTENDED, "وأوضح", "الحارثي"),
        ("ماجد الزهراني – عين اليوم\n\n" + ATTENDED, "وأوضح", "الحارثي"),
    ],
)
def test_person_named_before_still_speaks(text: str, cue: str, expected: str) -> None:
    assert expected in speaker_after(text, cue)


def test_explicit_subject_after_byline_unchanged() -> None:
    text = "ماجد الزهراني- سبق: قال مدير الشرطة العميد فهد القحطاني إن الحادث وقع فجر أمس."
    assert "القحطاني" in speaker_after(text, "قال")
