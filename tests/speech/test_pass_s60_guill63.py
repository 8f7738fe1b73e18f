"""Pass guill63: an outlet or body named in quotation marks right after its head word ("صحيفة «الغد»
الأردنية"، 'شركة "أبل"'، "وكالة “رويترز” للأنباء") is the entity the speaker phrase names, as it is
without the marks ("صحيفة الغد الأردنية"): the opening mark is no word between the head and the name.
A name that only qualifies a title or an unnamed source stays no speaker entity ("مدير إعلام «أبين»"،
"مسؤولة في شركة «أبل»"، "مصادر «الغد»"). Texts written for these tests."""

from __future__ import annotations

import pytest

import khabar


def speaker_entity_name(text: str, cue: str) -> str | None:
    """The canonical name of the speaker entity of the quote cued by ``cue`` (None when it has none)."""
    doc = khabar.analyze(text, published="2015-08-01")
    [quote] = [q for q in doc.quotes if (q.get("cue") or {}).get("text") == cue]
    entity = (quote.get("speaker") or {}).get("entity")
    names = {e["id"]: e.get("name") for e in doc.entities or []}
    return names.get(entity) if entity else None


@pytest.mark.parametrize("text, cue, name", [
    ("وذكرت صحيفة «الغد» الأردنية أن الحكومة تدرس رفع أسعار الوقود الشهر المقبل.", "وذكرت", "الغد"),
    ("وقالت وكالة «رويترز» للأنباء إن المفاوضات بين الطرفين تعثرت مساء أمس.", "وقالت", "رويترز"),
    ("وأعلنت شركة “سامسونج” الكورية أنها ستطرح هاتفا جديدا في الأسواق الشهر المقبل.", "وأعلنت", "سامسونج"),
    ('وأوضحت مجلة "فوربس" الأميركية أن ثروة رجل الأعمال تضاعفت خلال عام واحد.', "وأوضحت", "فوربس"),
    # guards: the same names without marks were the speaker entity before the pass and stay so
    ("وذكرت صحيفة الغد الأردنية أن الحكومة تدرس رفع أسعار الوقود الشهر المقبل.", "وذكرت", "الغد"),
    ("وقالت وكالة رويترز للأنباء إن المفاوضات بين الطرفين تعثرت مساء أمس.", "وقالت", "رويترز"),
])
def test_a_name_after_the_head_with_or_without_quotation_marks_is_the_speaker_entity(text, cue, name):
    found = speaker_entity_name(text, cue)
    assert found is not None and name in found


@pytest.mark.parametrize("text, cue", [
    ("وقال مدير إعلام «أبين» إن الجيش سيطر على المدينة بعد معارك عنيفة.", "وقال"),
    ("وقالت مسؤولة في شركة «أبل» إن الهاتف الجديد سيطرح في الخريف المقبل.", "وقالت"),
    ("وأكدت مصادر «الغد» أن الحكومة تدرس رفع أسعار الوقود الشهر المقبل.", "وأكدت"),
])
def test_a_quoted_name_that_only_qualifies_a_title_or_a_source_is_no_speaker_entity(text, cue):
    assert speaker_entity_name(text, cue) is None


def test_a_quotation_right_after_the_cue_stays_direct():
    doc = khabar.analyze("وقال «الطريق إلى النجاح يبدأ بخطوة واحدة» في كلمته أمام الطلاب أمس.", published="2015-08-01")
    assert [q["kind"] for q in doc.quotes] == ["direct"]
