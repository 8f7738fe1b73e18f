"""Session 28, lead6: "أفاد + subject + عن + a noun" reports what the noun says happened ("وأفاد
المرصد عن مقتل …") as أعلن عن does: the content is the noun phrase after عن. Found by reading random
articles outside the gold."""

from __future__ import annotations

import khabar


def quotes(text: str) -> list[tuple[str, str, str | None, str]]:
    doc = khabar.analyze(text).to_dict()
    return [(q["kind"], q["cue"]["text"], q["speaker"]["text"] if q["speaker"] else None, q["text"]) for q in doc["quotes"]]


def test_afad_an_reports_a_death_toll() -> None:
    found = quotes("وأفاد المرصد عن مقتل خمسة مدنيين في غارة جوية على البلدة الليلة الماضية.")
    assert ("indirect", "وأفاد", "المرصد", "مقتل خمسة مدنيين في غارة جوية على البلدة الليلة الماضية") in found


def test_afad_an_with_an_unnamed_source() -> None:
    found = quotes("وأفادت مصادر محلية عن سقوط قتلى وجرحى في الاشتباكات التي اندلعت أمس.")
    assert [(kind, speaker, text.split()[0]) for kind, _, speaker, text in found] == [("indirect", "مصادر محلية", "سقوط")]


def test_afad_an_keeps_the_whole_noun_phrase() -> None:
    # before: the content began after the noun ("بجروح طفيفة"), the noun read as the object of nothing
    found = quotes("وأفاد مصدر أمني عن إصابة شرطيين اثنين بجروح طفيفة.")
    assert found == [("indirect", "وأفاد", "مصدر أمني", "إصابة شرطيين اثنين بجروح طفيفة")]


def test_afad_with_a_that_clause_is_unchanged() -> None:
    # guard: the complement clause is still the content
    found = quotes("وأفاد المتحدث باسم الشرطة أن التحقيقات ما زالت جارية.")
    assert found == [("indirect", "وأفاد", "المتحدث باسم الشرطة", "التحقيقات ما زالت جارية")]


def test_afad_bi_is_unchanged() -> None:
    # guard: أفاد ب keeps its preposition in the content
    found = quotes("وأفاد الناطق الرسمي بوقوع حادث مروري على الطريق السريع.")
    assert [(kind, text) for kind, _, _, text in found] == [("indirect", "بوقوع حادث مروري على الطريق السريع")]
