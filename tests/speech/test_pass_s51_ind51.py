"""Session 51, pass ind51 (issue #4, indirect quotes on unseen news): a noun that never speaks right after a
reporting verb.

- ind51a: "النقاب" after a feminine, plural or و-prefixed verb (``object_noun`` in clause_words.tsv) opens what the
  verb reports: the verb has no subject there and the speaker is the one the text goes on with, never the noun
  ("سبب" / "أسباب" were in the pass and left out at the merge: "هذا يفسر سبب …" took a speaker from far back).
- ind51b: "حالة" / "حالات" (``unspoken_noun``) right after the verb, and "النقاب" after a bare masculine singular verb,
  say nobody spoke — the passive "وأُعلنت حالة الطوارئ"، "ووُصفت حالة 15 بالحرجة"، "كُشف النقاب عن …", or a state
  declared — so there is no quote (it gave the speaker "حالة").
"""

from __future__ import annotations

import pytest
from entity_quotes import analysed_quotes as quotes
from entity_quotes import first_by_cue


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (
            "وقالت وزارة الصحة إن مستشفياتها جاهزة لموسم الحج. وكشفت النقاب عن خطة جديدة لتطوير المستشفيات في المشاعر.",
            "وكشفت",
            "وزارة الصحة",
        ),
        (
            "وقال رئيس اللجنة الدكتور سعد الحربي إن العمل مستمر. وكشف النقاب عن تقديم اللجنة خمسة مقترحات للوزارة.",
            "وكشف",
            "رئيس اللجنة الدكتور سعد الحربي",
        ),
    ],
)
def test_object_noun_after_verb_is_no_speaker(text: str, cue: str, expected: str) -> None:
    assert first_by_cue(quotes(text), cue)["speaker"]["text"] == expected


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("وقع حادث مروع على طريق الرياض. ومن بين المصابين وُصفت حالة 12 بالحرجة و20 بالمتوسطة.", "وُصفت"),
        ("وقال مدير الدفاع المدني إن الحريق محدود. وأعلن حالة الاستنفار في جميع المراكز.", "وأعلن"),
        ("ومن جهة أخرى، كشف النقاب في لندن، أمس، عن وثيقة سرية تعود إلى عام 1982.", "كشف"),
    ],
)
def test_unspoken_noun_after_verb_is_no_quote(text: str, cue: str) -> None:
    assert all((q["cue"] or {}).get("text") != cue for q in quotes(text))


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # guards: the listed noun after the verb's subject is its object; a plain subject still speaks
        ("وأعلنت وزارة الصحة حالة الطوارئ في مستشفيات المنطقة الشرقية.", "وأعلنت", "وزارة الصحة"),
        ("وعزت الشركة سبب الخسائر إلى تراجع أسعار النفط.", "وعزت", "الشركة"),
        ("وكشف مصدر مطلع أن الاتفاق بين الطرفين بات قريبا.", "وكشف", "مصدر مطلع"),
    ],
)
def test_subject_before_object_noun_still_speaks(text: str, cue: str, expected: str) -> None:
    assert first_by_cue(quotes(text), cue)["speaker"]["text"] == expected
