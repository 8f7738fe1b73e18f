"""Quote finder, forty-first pass, direct speakers (quotes round 41b): words an outlet relays —
"ونقلت صحيفة X عنه قوله «…»" (the one عنه points back to said them), "ونقلت وكالة X عنه القول إن «…»",
"ونسبت وكالة X إلى Y قوله «…»" (Y said them) — are not the outlet's: it is the via.
Every text is written for these tests.
"""

from __future__ import annotations

from entity_quotes import analysed, containing

RELAYED_BY_PAPER = (
    "قال وزير النقل سالم الحربي لصحيفة محلية إن المشروع سينتهي العام المقبل. "
    'ونقلت صحيفة الأخبار اليومية عنه قوله "نحن ماضون في العمل ولن نتوقف حتى يكتمل الطريق الجديد."'
)


def test_anhu_qawlahu_goes_back_to_the_man_quoted_before():
    found = analysed(RELAYED_BY_PAPER)
    quote = containing(found, "ماضون")
    assert "سالم الحربي" in quote["speaker"]["text"]


def test_anhu_al_qawl_after_the_verb_goes_back_to_the_man_quoted_before():
    found = analysed(
        "وقال وزير المالية خالد العمري إن الميزانية متوازنة هذا العام. "
        "ونقلت وكالة الأنباء المحلية عنه القول إن «الإنفاق على المشاريع سيبقى كما هو دون أي تخفيض في الأعوام المقبلة»."
    )
    quote = containing(found, "الإنفاق")
    assert "خالد العمري" in quote["speaker"]["text"]


def test_anha_qawlaha_goes_back_to_the_woman_not_the_man():
    found = analysed(
        "وقالت الوزيرة سارة الدوسري إن الخطة ستعلن قريبا. وقال المدير سامي الفهد إن العمل بدأ. "
        'ونقلت صحيفة المساء عنها قولها "سنعلن التفاصيل كاملة في مؤتمر صحفي الأسبوع المقبل بعد اجتماع اللجنة."'
    )
    quote = containing(found, "سنعلن")
    assert "سارة الدوسري" in quote["speaker"]["text"]


def test_nasabat_ila_gives_the_words_to_the_one_after_ila():
    found = analysed(
        "وتحطمت طائرة صغيرة قرب المطار صباح اليوم. "
        'ونسبت وكالة الأنباء المحلية إلى العقيد ماجد السالم قائد الدفاع المدني قوله "الطيار نجا والحادث وقع بسبب عطل فني في المحرك."'
    )
    quote = containing(found, "الطيار نجا")
    assert "ماجد السالم" in quote["speaker"]["text"]


def test_the_outlet_is_the_via():
    found = analysed(RELAYED_BY_PAPER)
    via = containing(found, "ماضون").get("via_text") or {}
    assert "صحيفة الأخبار" in (via.get("text") or "")


def test_naqalat_an_a_named_source_keeps_that_source():
    found = analysed(
        "وقال المدير سامي الفهد إن العمل بدأ. "
        'ونقلت صحيفة المساء عن الوزير خالد العمري قوله "الإنفاق على المشاريع سيبقى كما هو دون تخفيض."'
    )
    quote = containing(found, "الإنفاق")
    assert "خالد العمري" in quote["speaker"]["text"]
