"""Session 55, pass cue57 (issue #4, indirect detection precision): "محمّل" with a word in ب right after it
("…، محملة بمواد غذائية") is the adjective "loaded with", not the participle of blame ("محملا الحكومة
المسؤولية"): after a comma it was read as a cue, whose content took "بمواد …" and cut the quote before it
("وأوضح … أنه تم ضبط سيارتي نقل ، محمله بمواد …", dev 2015-08-09#920). It is no cue and ends no content now;
the blame with its object stays a quote."""

from __future__ import annotations

import pytest
from entity_quotes import analysed, by_cue, cues


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("وأوضح مدير إدارة العمليات بالأمانة خالد السالم أنه تم ضبط ثلاث شاحنات ، محملة بمواد غذائية فاسدة في حي النسيم.",
         "وأوضح", "تم ضبط ثلاث شاحنات ، محملة بمواد غذائية فاسدة في حي النسيم"),
        ("وقال المتحدث إن 40 شاحنة وصلت إلى المدينة، محملة بـ 10 أطنان من الأدوية.",
         "وقال", "40 شاحنة وصلت إلى المدينة، محملة بـ 10 أطنان من الأدوية"),
        ("وذكر الهلال الأحمر أن المتطوعين عادوا إلى القرى، محملين بالمساعدات الغذائية والطبية.",
         "وذكر", "المتطوعين عادوا إلى القرى، محملين بالمساعدات الغذائية والطبية"),
    ],
)
def test_loaded_with_is_no_cue_and_ends_no_content(text: str, cue: str, content: str) -> None:
    found = analysed(text)
    assert by_cue(found, cue)["text"] == content
    assert not [c for c in cues(found) if c and c.startswith("محمل")]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("وانتقدت الوزارة الهجوم على القافلة، محملة الجماعات المسلحة المسؤولية الكاملة عنه.",
         "محملة", "الجماعات المسلحة المسؤولية الكاملة عنه"),
        ("وهاجم النائب قرار الحكومة، محملا إياها مسؤولية ارتفاع الأسعار.",
         "محملا", "إياها مسؤولية ارتفاع الأسعار"),
    ],
)
def test_the_blame_with_its_object_stays_a_quote(text: str, cue: str, content: str) -> None:
    quote = by_cue(analysed(text), cue)
    assert quote["kind"] == "indirect"
    assert quote["text"] == content
