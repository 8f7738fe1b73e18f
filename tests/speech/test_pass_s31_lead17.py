"""Session 31, lead17 (a reading pass outside the gold): a time between the reporting verb of
"بحسب ما / حسبما / وفق ما / حسب ما" and its subject ("…، بحسب ما أفاد أمس الأربعاء مسؤول محلي.")
dates the report; the source is the noun phrase after the time, and the clause before is its
according-to quote (it was lost: the time word was read as the source and the phrase dropped)."""

from __future__ import annotations

import khabar


def _according(text: str) -> list[tuple[str, str, str | None]]:
    doc = khabar.analyze(text)
    return [(q["text"], q["speaker"]["text"], (q.get("via_text") or {}).get("text"))
            for q in doc.quotes if q["kind"] == "according_to"]


def test_time_and_weekday_before_the_source() -> None:
    found = _according("ارتفع عدد ضحايا السيول في الإقليم إلى 30 شخصا، بحسب ما أفاد أمس الأربعاء مسؤول في الدفاع المدني.")
    assert [(t, s) for t, s, _ in found] == [("ارتفع عدد ضحايا السيول في الإقليم إلى 30 شخصا", "مسؤول في الدفاع المدني")]


def test_time_in_parentheses_before_the_source() -> None:
    found = _according("عثر غواصون على قطع نقدية ذهبية في حطام سفينة قديمة، حسبما أعلنت أمس (الثلاثاء) وزارة الثقافة الإسبانية.")
    assert [s for _, s, _ in found] == ["وزارة الثقافة الإسبانية"]


def test_time_then_source_then_agency_as_via() -> None:
    found = _according("توصل الطرفان إلى اتفاق على خفض العجز، حسب ما أعلن اليوم مصدر حكومي لوكالة الأنباء الرسمية.")
    assert found == [("توصل الطرفان إلى اتفاق على خفض العجز", "مصدر حكومي", "لوكالة الأنباء الرسمية")]


def test_time_tail_then_source() -> None:
    found = _according("قررت الحكومة رفع أسعار الوقود، وفق ما ذكرت الأسبوع الماضي صحيفة محلية.")
    assert [s for _, s, _ in found] == ["صحيفة محلية"]


def test_no_source_after_the_time_stays_without_one() -> None:
    # "بحسب ما ذكر أمس في مؤتمر صحافي": the subject is not named there; no preposition becomes a source
    found = _according("وأعلن اللاعب ترشحه لرئاسة الاتحاد في 17 أغسطس، بحسب ما ذكر أمس في مؤتمر صحافي بالعاصمة.")
    assert all(not s.startswith(("في", "أمس")) for _, s, _ in found)


def test_time_closing_the_sentence_after_the_source_unchanged() -> None:
    found = _according("ارتفعت أسعار النفط بنسبة 3 في المئة، حسبما أفاد مصدر رسمي أمس.")
    assert [(t, s) for t, s, _ in found] == [("ارتفعت أسعار النفط بنسبة 3 في المئة", "مصدر رسمي")]
