"""Session 29, pass q78: the speaker vocabulary, filled in as a class.

Words that stand as the subject right after a reporting verb in many SaudiNewsNet articles outside the gold
and name who speaks — bodies ("بعثة"، "إمارة"، "كلية")، offices ("حاكم"، "مفتي"، "ناطقة"، "قنصل")، documents
("دراسات"، "أبحاث") and unnamed groups ("مسؤولان"، "محامون"، "شخصيات") — were missing from speakers.tsv, so the
finder took them for the verb's object, stopped a title before the name that follows it, or called an unnamed
group named. Words that are as often the verb's object ("المعارضة") or another noun ("ديوان" a collection of
poems, "الجهاز الفني" a team's staff) were counted and left out (docs/evaluation/quotes.md, session 29, q78).
"""

from __future__ import annotations

from entity_quotes import cue_speakers

import khabar

PUBLISHED = "2015-08-01"


def _speakers(text: str) -> list[tuple[str, str, bool]]:
    doc = khabar.analyze(text, published=PUBLISHED)
    return [(q["cue"]["text"], q["speaker"]["text"], q["speaker"]["anonymous"]) for q in doc.quotes if q["cue"]]


def test_a_mission_after_a_verb_taking_b_is_the_subject() -> None:
    text = "وطالبت بعثة الاتحاد الأوروبي بالإفراج عن المعتقلين فورا."
    assert cue_speakers(text, PUBLISHED) == [("وطالبت", "بعثة الاتحاد الأوروبي")]


def test_a_woman_spokesperson_keeps_her_name() -> None:
    text = "وقالت الناطقة باسم وزارة الخارجية سارة الأحمد إن الوزير سيزور العاصمة الأسبوع المقبل."
    assert cue_speakers(text, PUBLISHED) == [("وقالت", "الناطقة باسم وزارة الخارجية سارة الأحمد")]


def test_two_unnamed_officials_are_anonymous() -> None:
    text = "وقال مسؤولان أمريكيان إن المحادثات مع الجانب الروسي لم تحقق أي تقدم."
    assert _speakers(text) == [("وقال", "مسؤولان أمريكيان", True)]


def test_unnamed_lawyers_are_anonymous() -> None:
    text = "وقال محامون إن موكليهم لم يتلقوا أي إخطار رسمي من المحكمة."
    assert _speakers(text) == [("وقال", "محامون", True)]


def test_unnamed_public_figures_are_anonymous() -> None:
    text = "وأكدت شخصيات سياسية أن الزيارة ستعزز العلاقات بين البلدين."
    assert _speakers(text) == [("وأكدت", "شخصيات سياسية", True)]


def test_guard_a_named_mission_stays_named() -> None:
    text = "وأعلنت بعثة الأمم المتحدة في ليبيا أن المفاوضات ستستأنف الأسبوع المقبل."
    assert _speakers(text) == [("وأعلنت", "بعثة الأمم المتحدة في ليبيا", False)]


def test_guard_a_title_with_its_name_is_unchanged() -> None:
    text = "وقال مفتي الديار المصرية الدكتور أحمد فهمي إن الفتوى تصدر عن المؤسسات المختصة."
    assert _speakers(text) == [("وقال", "مفتي الديار المصرية الدكتور أحمد فهمي", False)]
