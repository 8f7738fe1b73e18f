"""Session 29, lead7: "مالي" after a noun is the adjective "financial" ("بمقابل مالي", "إنقاذ مالي", "فساد
مالي وإداري", "مستشار مالي"), not Mali; the country stays where the news names it. Found by reading
random articles outside the gold."""

from __future__ import annotations

import khabar


def places(text: str) -> list[str]:
    doc = khabar.analyze(text).to_dict()
    return [m["text"] for e in doc["entities"] if e["type"] == "LOC" for m in e["mentions"]]


def test_a_payment_is_not_mali() -> None:
    assert "مالي" not in places("ولا يسمح النظام بالعلاج في المستشفى إلا بمقابل مالي للمقيمين.")


def test_a_bailout_is_not_mali() -> None:
    assert "مالي" not in places("ودعا الدائنون إلى تقديم حزم إنقاذ مالي للبنوك المتعثرة.")


def test_financial_and_administrative_corruption_is_not_mali() -> None:
    assert "مالي" not in places("واتهم التقرير إدارة الجمعية بفساد مالي وإداري خلال السنوات الماضية.")


def test_a_financial_adviser_is_not_mali() -> None:
    assert "مالي" not in places("وقال خالد السالم، مستشار مالي، إن السوق ستتعافى قريبا.")


def test_the_country_stays() -> None:
    # guard: Mali the country, after في and حكومة
    found = places("وأعلنت حكومة مالي أن هجوما استهدف فندقا في وسط مالي أمس.")
    assert found.count("مالي") == 2
