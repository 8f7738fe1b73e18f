"""Pass span62: a verbal noun of need or possibility right before أن ("أهمية"، "ضرورة"، "إمكانية"، "احتمال"، "وجوب",
with or without ب) after a cue's subject or preposition: the أن clause is the noun's complement, so the noun opens what
was said — "وشدد على أهمية أن يتخذ …" says "أهمية أن يتخذ …", not "يتخذ …". A noun of hope or trust ("عن أمله في أن …")
is not one: its words still begin after أن. Texts written for these tests."""

from __future__ import annotations

import pytest
from entity_quotes import analysed, by_cue


@pytest.mark.parametrize("text, cue, content", [
    ("وشدد رئيس اللجنة على أهمية أن تلتزم الأندية بمواعيد التسجيل.",
     "وشدد", "أهمية أن تلتزم الأندية بمواعيد التسجيل"),
    ("ولفت المتحدث الانتباه إلى ضرورة أن تتوحد الجهود في مواجهة الأزمة.",
     "ولفت", "ضرورة أن تتوحد الجهود في مواجهة الأزمة"),
    ("وأشارت مصادر دبلوماسية إلى إمكانية أن يعقد الاجتماع المقبل في جنيف.",
     "وأشارت", "إمكانية أن يعقد الاجتماع المقبل في جنيف"),
    ("واقترح المجلس الذي يشرف على القطاع، ضرورة أن تخفض المصارف رسوم التحويل.",
     "واقترح", "ضرورة أن تخفض المصارف رسوم التحويل"),
    ("ودعا المدير إلى تكثيف الرقابة، مشيرا إلى أهمية أن تكون الفرق جاهزة قبل الموسم.",
     "مشيرا", "أهمية أن تكون الفرق جاهزة قبل الموسم"),
    ("وحذر المحلل من احتمال أن ترتفع أسعار الوقود خلال الربع المقبل.",
     "وحذر", "احتمال أن ترتفع أسعار الوقود خلال الربع المقبل"),
])
def test_a_modal_masdar_before_that_opens_the_words(text, cue, content):
    assert by_cue(analysed(text), cue)["text"] == content


@pytest.mark.parametrize("text, cue, content", [
    ("وأعرب الوزير عن أمله في أن تنتهي الأزمة خلال أيام.", "وأعرب", "تنتهي الأزمة خلال أيام"),
    ("وأكد المدرب ثقته في أن الفريق سيعود بقوة.", "وأكد", "الفريق سيعود بقوة"),
    ("وأكد الوزير أن ضرورة الإصلاح باتت ملحة.", "وأكد", "ضرورة الإصلاح باتت ملحة"),
    ("وأكد رئيس الهيئة أهمية الالتزام بالتعليمات.", "وأكد", "أهمية الالتزام بالتعليمات"),
    ("وأوضح المتحدث أن الأهمية تكمن في سرعة التنفيذ.", "وأوضح", "الأهمية تكمن في سرعة التنفيذ"),
])
def test_other_words_before_that_keep_their_start(text, cue, content):
    assert by_cue(analysed(text), cue)["text"] == content
