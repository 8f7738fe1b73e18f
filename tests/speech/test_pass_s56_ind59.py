"""Session 56, pass ind59 (issue #4, indirect detection): a medium or a time between a noun-object verb's
subject and its object ("وأعلنت الوزارة في بيان لها إغلاق …"، "أعلنت الوزارة، اليوم الاثنين، تسجيل … «كورونا» …").

1. The medium ("في بيان"، "في تصريح صحفي") read on over the object until a preposition or the eighth
   word, so the content was cut to what followed ("… في اشتباك مع قوات الأمن" → "مع قوات الأمن"); "لها"
   after it ("في بيان لها") ended the medium and was taken for the object, so nothing was found (dev
   2015-08-08#1203). A noun of the content ends the medium now, and "له / لها / لهم" is the medium's own.
2. A quotation inside the object ("تسجيل إصابة بفيروس «كورونا»") left the quote to the direct pass unless
   the object opened right after the subject: a time or medium between them dropped the quote (dev
   2015-07-27#1361). A time or medium the region recorded may stand there now.
"""

from __future__ import annotations

import pytest
from entity_quotes import by_cue, of_kind


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("وأعلنت وزارة الداخلية في بيان مقتل ثلاثة من المسلحين في اشتباك مع قوات الأمن.",
         "وأعلنت", "مقتل ثلاثة من المسلحين في اشتباك مع قوات الأمن"),
        ("وأعلنت البلدية في بيان لها إغلاق الحدائق العامة بسبب الأمطار.",
         "وأعلنت", "إغلاق الحدائق العامة بسبب الأمطار"),
        ("وأعلنت قيادة الحرس في بيان لها أمس استشهاد أحد الجنود في قطاع جازان.",
         "وأعلنت", "استشهاد أحد الجنود في قطاع جازان"),
        ("وأكد المحافظ في تصريح صحفي أهمية التنسيق بين الجهات الخدمية.",
         "وأكد", "أهمية التنسيق بين الجهات الخدمية"),
        ("وأعلن النادي عبر حسابه على تويتر تعاقده مع المدرب الجديد لمدة عامين.",
         "وأعلن", "تعاقده مع المدرب الجديد لمدة عامين"),
    ],
)
def test_a_medium_before_the_object_ends_at_the_object(text: str, cue: str, content: str) -> None:
    assert by_cue(of_kind(text, "indirect"), cue)["text"] == content


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ('أعلنت وزارة الصحة، اليوم الاثنين، تسجيل إصابة جديدة بفيروس "كورونا" في الطائف.',
         "أعلنت", 'تسجيل إصابة جديدة بفيروس "كورونا" في الطائف'),
        ('وأعلنت المديرية في بيان لها أمس تسجيل حالة وفاة بفيروس "كورونا" في الدمام.',
         "وأعلنت", 'تسجيل حالة وفاة بفيروس "كورونا" في الدمام'),
    ],
)
def test_a_quotation_in_the_object_after_a_time_or_medium(text: str, cue: str, content: str) -> None:
    assert by_cue(of_kind(text, "indirect"), cue)["text"] == content


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # the complement clause after a medium is found as before
        ("وأعلنت الوزارة في بيان لها أن المدارس ستغلق غدا.", "وأعلنت", "المدارس ستغلق غدا"),
        ("وقالت الشركة في بيان تلقت الصحيفة نسخة منه إن الأسعار لن ترتفع.", "وقالت", "الأسعار لن ترتفع"),
        # the object right after the subject, no medium
        ("وأعلن الجيش تحرير المدينة بالكامل.", "وأعلن", "تحرير المدينة بالكامل"),
        # a quotation in an object right after the subject stays with the indirect pass
        ('وأعلنت الهيئة إطلاق حملة «صيفنا آمن» في المدارس.', "وأعلنت", "إطلاق حملة «صيفنا آمن» في المدارس"),
    ],
)
def test_guards_unchanged(text: str, cue: str, content: str) -> None:
    assert by_cue(of_kind(text, "indirect"), cue)["text"] == content


def test_a_quoted_name_in_the_medium_leaves_the_quote_to_the_direct_pass() -> None:
    # "عبر “تويتر”": the quotation is the medium's name, no object opens before it (q59 kept)
    found = of_kind("وأعلنت الشركة عبر “تويتر” اليوم إطلاق خدمة جديدة.", "indirect")
    assert found == []
