"""Session 52, pass acc54 (issue #4, according-to detection): a fronted according-to source before a reporting
verb with its own speaker ("وبحسب «رويترز» قال الوزير إن …"، "ووفقا لصحيفة الحياة أكد المتحدث أن …") gives the
verb's quote alone, the source its via, as the dev gold does (9 articles); no according-to quote around it."""

from __future__ import annotations

import pytest
from entity_quotes import analysed


@pytest.mark.parametrize(
    ("text", "cue", "via"),
    [
        ("وبحسب وكالة الأنباء الفرنسية، قال وزير الدفاع إن القوات ستنسحب الشهر المقبل.", "قال", "وكالة الأنباء الفرنسية"),
        ("ووفقا لصحيفة الحياة أكد المتحدث باسم الوزارة أن المفاوضات مستمرة.", "أكد", "صحيفة الحياة"),
        # a report of an agency with its outlet (quotes pass acc49 gave it an according-to around the verb)
        ("ومن جهة أخرى، وبحسب تقرير لوكالة الصحافة الفرنسية، يرى خبراء أن عودة الإنتاج ستتأخر.", "يرى", "تقرير لوكالة الصحافة الفرنسية"),
    ],
)
def test_the_verb_quote_alone_through_the_source(text: str, cue: str, via: str) -> None:
    found = analysed(text)
    assert [q["kind"] for q in found] == ["indirect"]
    assert found[0]["cue"]["text"] == cue
    assert (found[0].get("via_text") or {}).get("text") == via


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وبحسب الشرطة، فإن الحادث وقع صباح أمس.", "الشرطة"),
        # a source that is no outlet keeps its according-to around the verb (as acc48's guard)
        ("ومن جهة أخرى، وبحسب مصدر مطلع، قالت إدارة الشركة إن الصحيفة ستتوسع في آسيا.", "مصدر مطلع"),
        ("وارتفعت الأسعار بنسبة كبيرة خلال الشهر الماضي، بحسب وكالة الأنباء الفرنسية.", "وكالة الأنباء الفرنسية"),
    ],
)
def test_an_according_to_without_a_verb_stays(text: str, speaker: str) -> None:
    # guard: no reporting verb after the source, the according-to quote is kept
    found = [q for q in analysed(text) if q["kind"] == "according_to"]
    assert len(found) == 1 and found[0]["speaker"]["text"] == speaker
