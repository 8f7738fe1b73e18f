"""Session 54, pass ind56 (issue #4, indirect quotes missed): "يعتقد" and "يتوقع" are also impersonal passives
("ويعتقد أن …" = it is believed that), so a verb of theirs whose complement followed within four words with no
speaker word or name on the way reported nothing. A quantifier that stands for people on its own ("كثيرون"،
"الكثيرون"، "آخرون"، "بعضهم") was not read as such a subject, so "يتوقع كثيرون أن …" was lost; it is now the
verb's subject (anonymous), as the gold annotates it. The impersonal reading stays where no subject comes.
"""

from __future__ import annotations

import pytest
from entity_quotes import analysed_quotes as quotes
from entity_quotes import first_by_cue

LEAD = "ارتفعت أسعار الأسهم في السوق المحلية خلال تعاملات الأسبوع الماضي. "


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (LEAD + "ويتوقع كثيرون أن تتراجع الأسعار خلال الربع المقبل.", "ويتوقع", "كثيرون"),
        (LEAD + "وبعد إعلان النتائج يتوقّع كثيرون أن يتباطأ النمو بقية العام.", "يتوقّع", "كثيرون"),
        (LEAD + "ويعتقد الكثيرون أن موجة الصعود لن تدوم طويلا.", "ويعتقد", "الكثيرون"),
        (LEAD + "ويعتقد آخرون أنه سيشهد مزيدا من الانخفاض في الأيام المقبلة.", "ويعتقد", "آخرون"),
        (LEAD + "في الواقع، يعتقد بعضهم أن الأمر ليس سوى مسألة وقت.", "يعتقد", "بعضهم"),
    ],
)
def test_quantifier_after_belief_verb_speaks(text: str, cue: str, expected: str) -> None:
    q = first_by_cue(quotes(text), cue)
    assert (q["speaker"]["text"], q["speaker"]["anonymous"]) == (expected, True)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # guards: the impersonal passive, with or without a short phrase before its complement
        (LEAD + "ويعتقد أن الأسعار ستتراجع خلال الربع المقبل.", "ويعتقد"),
        (LEAD + "ويتوقع على نطاق واسع أن تتراجع الأسعار خلال الربع المقبل.", "ويتوقع"),
    ],
)
def test_impersonal_verb_reports_nothing(text: str, cue: str) -> None:
    assert [q for q in quotes(text) if (q["cue"] or {}).get("text") == cue] == []


def test_named_subject_unchanged() -> None:
    q = first_by_cue(quotes(LEAD + "ويتوقع المحللون أن تتراجع الأسعار خلال الربع المقبل."), "ويتوقع")
    assert (q["speaker"]["text"], q["speaker"]["anonymous"]) == ("المحللون", True)

