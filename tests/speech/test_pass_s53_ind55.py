"""Session 53, pass ind55 (issue #4, indirect speakers on unseen news): a sentence that opens with a person's name,
then his title set off by commas, then the verb ("عمار حداد، أحد أعضاء المجموعة، أشار إلى أن …"، "مهاب مميش، رئيس
هيئة القناة، قال إن …"). Where the tagger found the name the verb already had it; where it missed the name, the
look back from the verb's comma asked for a speaker word or a tagged name at the phrase's start and gave up, so the
verb went on with an older speaker or a body named in the title. A name of two to four plain words, a comma, then a
title or speaker word ("رئيس"، "أحد"، "المسؤول") is now that verb's subject, and a named one: "X، أحد أعضاء …"
is no unnamed source.
"""

from __future__ import annotations

import pytest
from entity_quotes import analysed_quotes as quotes
from entity_quotes import first_by_cue

LEAD = "افتتحت البلدية المعرض مساء أمس بحضور عدد من الزوار. "


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (LEAD + "عمار حداد، أحد أعضاء الفريق التطوعي، أشار إلى أن المعرض يستمر أسبوعا.", "أشار",
         "عمار حداد، أحد أعضاء الفريق التطوعي"),
        (LEAD + "مهاب مميش، رئيس هيئة المعارض، قال إن عدد الزوار تجاوز التوقعات.", "قال",
         "مهاب مميش، رئيس هيئة المعارض"),
        (LEAD + "سعيد آل حطاب، المسؤول عن التنظيم، أوضح أن الدخول مجاني للجميع.", "أوضح",
         "سعيد آل حطاب، المسؤول عن التنظيم"),
        (LEAD + "عمار حداد، أحد أعضاء المجموعة التي تنظم المعرض منذ سنوات، أكد أن الإقبال كان كبيرا.", "أكد",
         "عمار حداد، أحد أعضاء المجموعة"),
    ],
)
def test_name_with_title_between_commas_speaks(text: str, cue: str, expected: str) -> None:
    assert first_by_cue(quotes(text), cue)["speaker"]["text"] == expected


def test_name_before_unnamed_word_is_named() -> None:
    text = LEAD + "عمار حداد، أحد أعضاء الفريق التطوعي، أشار إلى أن المعرض يستمر أسبوعا."
    spoken = first_by_cue(quotes(text), "أشار")["speaker"]
    assert (spoken["text"], spoken["anonymous"]) == ("عمار حداد، أحد أعضاء الفريق التطوعي", False)


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # guards: a topic or time before the comma, a title that opens the sentence, a tagged name, one word alone
        (LEAD + "وعن الأسعار، رئيس اللجنة، قال إن التذاكر مجانية.", "قال", None),
        (LEAD + "رئيس هيئة المعارض، أحمد الغامدي، قال إن المعرض يستمر أسبوعا.", "قال", "رئيس هيئة المعارض، أحمد الغامدي"),
        (LEAD + "وقال رئيس اللجنة إن المعرض ناجح. في المقابل، أحد الزوار، أشار إلى أن التذاكر غالية.", "أشار", "أحد الزوار"),
    ],
)
def test_other_phrases_unchanged(text: str, cue: str, expected: str | None) -> None:
    q = first_by_cue(quotes(text), cue)
    assert (q["speaker"] or {}).get("text") == expected
