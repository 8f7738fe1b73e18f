"""Quote finder, thirty-ninth pass, detection (quotes round 39c): a verb of cause ("أرجع", "عزا": flag
``cause`` in verbs.tsv) reports what it puts down to the cause together with the cause: the object
between its subject and "إلى" opens the content ("أرجعت الشركة الخسائر إلى …"), and is no part of the
speaker. Every text is written for these tests.
"""

from __future__ import annotations

from entity_quotes import analysed, by_cue


def test_object_after_the_subject_opens_the_content():
    quote = by_cue(analysed("وأرجعت هيئة الموانئ تراجع حركة الشحن هذا الشهر إلى إغلاق أحد الأرصفة للصيانة."), "وأرجعت")
    assert quote["kind"] == "indirect"
    assert quote["text"].startswith("تراجع حركة الشحن")
    assert "إغلاق أحد الأرصفة للصيانة" in quote["text"]


def test_verbal_noun_object_is_not_part_of_the_speaker():
    quote = by_cue(analysed("وعزت مصادر رياضية تأجيل البطولة إلى عدم جاهزية الملاعب في البلد المضيف."), "وعزت")
    assert quote["text"].startswith("تأجيل البطولة إلى عدم جاهزية")
    assert "تأجيل" not in (quote["speaker"] or {}).get("text", "")


def test_sabab_opens_the_object():
    quote = by_cue(analysed("وأرجعت فرق الإطفاء سبب الحريق إلى تماس كهربائي في المطبخ."), "وأرجعت")
    assert quote["text"].startswith("سبب الحريق إلى تماس كهربائي")
    assert "سبب" not in (quote["speaker"] or {}).get("text", "")


def test_a_demonstrative_object_opens_the_content():
    quote = by_cue(analysed("ويعزو المحللون ذلك إلى ضعف الطلب العالمي على الحديد."), "ويعزو")
    assert quote["text"].startswith("ذلك إلى ضعف الطلب")


def test_past_where_it_was_said_a_demonstrative_opens_the_object():
    quote = by_cue(analysed("وأرجعت الهيئة في بيان صحفي أمس هذا التراجع إلى انخفاض الطلب المحلي."), "وأرجعت")
    assert quote["text"].startswith("هذا التراجع إلى انخفاض الطلب")


def test_a_where_phrase_after_the_subject_is_not_the_object():
    quote = by_cue(analysed("وعزا الوزير في تصريح صحفي أمس التراجع إلى ضعف الطلب."), "وعزا")
    assert not quote["text"].startswith("في تصريح")


def test_a_that_clause_after_ila_is_unchanged():
    quote = by_cue(analysed("وعزا الخبراء ذلك إلى أن الطلب على الحديد ضعيف هذا العام."), "وعزا")
    assert quote["text"].startswith("الطلب على الحديد ضعيف")
