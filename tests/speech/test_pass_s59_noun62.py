"""Pass noun62 (measured and dropped): the present forms of "اتهم" ("يتهم"، "وتتهم"، "يتهمون") stay no cue.
Written without vowels the present is as often the passive ("ويُتهم هؤلاء الأشخاص بالتسبب …", he is accused;
"لماذا يتهم الإعلام دائما بالانحياز؟"), a relative clause with no subject ("الذي يتهمونه بقتل …") or whom it
accuses read as the accuser, as a report with its accuser after it: on the 178 corpus articles of days 0:19 that
write them, the forms made about as many wrong quotes as right ones.
Guards: those readings give no quote, and the past "اتهم" keeps its cue. Texts written for these tests."""

from __future__ import annotations

import pytest
from entity_quotes import analysed, by_cue, cues


@pytest.mark.parametrize("text", [
    "وأجلت المحكمة الجنائية نظر القضية إلى الشهر المقبل. ويتهم المدير السابق ومساعده بالتلاعب في حسابات الشركة.",
    "وخرج المئات للمطالبة بمحاكمة أحد أبناء الحي الذي يتهمونه بقتل شرطي خلال مشاجرة.",
    "ولكن لماذا يتهم الإعلام العربي دائما بالانحياز في تغطية الأحداث؟",
])
def test_a_present_accusing_form_is_no_cue(text):
    assert not any(c and "تهم" in c for c in cues(analysed(text)))


def test_the_past_accusing_verb_keeps_its_cue():
    quote = by_cue(analysed("واتهم وزير الداخلية سمير الحسن الجماعات المسلحة بتهريب السلاح عبر الحدود."), "واتهم")
    assert quote["text"].startswith("الجماعات المسلحة")
