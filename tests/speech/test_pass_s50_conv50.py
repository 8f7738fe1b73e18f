"""Session 50, pass conv50 (issue #4, a gold convention and khabar's reading of it): a quotation that opens with an
إن-form right inside its opening mark after a reporting cue ("وأضاف: «إن الشركة …»"، "وقال “إنه متعاون …”"، 'وقال
الوزير "إن الزيارة …"') is direct, its content from the إن-form inside the marks, as ANNOTATION.md reads the marks
and as the gold now stores it (khabar/evaluation/conventions.py, docs/ANNOTATING.md section 5). It was read as
indirect with its content after إن. أن / بأن / إنما, a mark after إن ("قال إن «…»") and a '"' that closes a name
before إن ('وقال "بدر الشمراني" إن …') stay as they were.
"""

from __future__ import annotations

import pytest
from entity_quotes import analysed_quotes as quotes


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "وقال المهندس سالم العتيبي: «إن على البلدية توفير مواقف كافية للزوار قبل بدء الموسم».",
            "إن على البلدية توفير مواقف كافية للزوار قبل بدء الموسم",
            "المهندس سالم العتيبي",
        ),
        (
            "وأوضح رئيس الغرفة التجارية “إن الصادرات غير النفطية سجلت نموا ملحوظا خلال الربع الأول”.",
            "إن الصادرات غير النفطية سجلت نموا ملحوظا خلال الربع الأول",
            "رئيس الغرفة التجارية",
        ),
        (
            'وقال وزير الخارجية عادل الجبير للصحفيين "إن زيارة الوفد كانت ناجحة بكل المقاييس".',
            "إن زيارة الوفد كانت ناجحة بكل المقاييس",
            "وزير الخارجية عادل الجبير",
        ),
        (
            "وتحدث مدير المستشفى عن المريض، وقال: «إنه يتلقى العلاج اللازم في العناية المركزة منذ يومين».",
            "إنه يتلقى العلاج اللازم في العناية المركزة منذ يومين",
            "مدير المستشفى",
        ),
    ],
)
def test_a_quotation_opening_with_inna_is_direct_from_inna(text, content, speaker):
    [quote] = [q for q in quotes(text) if q["text"] == content]
    assert quote["kind"] == "direct"
    assert quote["speaker"]["text"] == speaker


@pytest.mark.parametrize(
    ("text", "kind", "content"),
    [
        # a '"' that closes a name before إن: indirect after إن
        (
            'وقال "خالد المطيري" إن أسعار الوحدات السكنية ارتفعت هذا العام.',
            "indirect",
            "أسعار الوحدات السكنية ارتفعت هذا العام",
        ),
        # the mark after إن: the quotation is the clause, indirect
        (
            "وقال الوزير إن «الشركة ستواصل العمل في المشروع حتى نهايته».",
            "direct",
            "الشركة ستواصل العمل في المشروع حتى نهايته",
        ),
        # أن inside the marks: reported words, indirect after أن
        (
            "وقال الوزير: «أن الشركة ستواصل العمل في المشروع حتى نهايته».",
            "indirect",
            "الشركة ستواصل العمل في المشروع حتى نهايته",
        ),
    ],
)
def test_other_shapes_stay_as_they_were(text, kind, content):
    [quote] = [q for q in quotes(text) if q["text"] == content]
    assert quote["kind"] == kind
