"""Session 31, pass q88: after "بحسب ما / وفق ما / حسبما + verb" an outlet written as the verb's
object without ل ("…، بحسب ما أفاد مسؤول محلي وكالة فرانس برس") ends the source phrase and is the
quote's via, as "لوكالة …" already was; an outlet that is the subject, or one in construct state after
a bare noun ("مراسل وكالة …"), stays in the source."""

from __future__ import annotations

import khabar


def _according(text: str) -> list[tuple[str, str, str | None]]:
    doc = khabar.analyze(text)
    return [(q["text"], q["speaker"]["text"], (q.get("via_text") or {}).get("text"))
            for q in doc.quotes if q["kind"] == "according_to"]


def test_agency_after_an_anonymous_source() -> None:
    found = _according("أصيب 12 شخصا في انفجار سيارة مفخخة قرب السوق، بحسب ما أفاد مسؤول محلي وكالة فرانس برس.")
    assert found == [("أصيب 12 شخصا في انفجار سيارة مفخخة قرب السوق", "مسؤول محلي", "وكالة فرانس برس")]


def test_agency_after_a_definite_body() -> None:
    found = _according("ضبطت السلطات شحنة من السجائر المهربة في الميناء، وفق ما أبلغت الجمارك الفرنسية وكالة الصحافة الفرنسية.")
    assert [(s, v) for _, s, v in found] == [("الجمارك الفرنسية", "وكالة الصحافة الفرنسية")]


def test_newspaper_after_a_source() -> None:
    found = _according("قتل خمسة جنود في هجوم على نقطة تفتيش، حسبما أكد مصدر عسكري صحيفة الشرق الأوسط.")
    assert [(s, v) for _, s, v in found] == [("مصدر عسكري", "صحيفة الشرق الأوسط")]


def test_agency_as_subject_stays_the_source() -> None:
    found = _according("تراجعت أسعار النفط في الأسواق الآسيوية، وفقا لما ذكرت وكالة بلومبرغ.")
    assert [s for _, s, _ in found] == ["وكالة بلومبرغ"]


def test_agency_with_lam_unchanged() -> None:
    found = _according("ارتفع عدد القتلى إلى 30، حسبما قال مسؤول أمني لوكالة رويترز.")
    assert found == [("ارتفع عدد القتلى إلى 30", "مسؤول أمني", "لوكالة رويترز")]


def test_correspondent_of_an_agency_keeps_the_agency() -> None:
    found = _according("اندلعت اشتباكات في وسط المدينة، بحسب ما أفاد مراسل وكالة الأنباء الألمانية.")
    assert [v for _, _, v in found] == [None]
    assert all("وكالة" in s for _, s, _ in found)
