"""Session 36, lead36m: the tagger reads words in the indefinite accusative — adverbs, objects and their
adjectives ("ماديًا"، "تعقيبًا"، "اجتماعاً موسعاً"، "حادثًا مأساويًا") — as persons. A person whose every word
carries the accusative's tanween, none of them a given name, is no person (entities/link.py,
``accusative_words``). Found by the lead reading random non-gold articles (2015-08-07#436)."""

from __future__ import annotations

import khabar


def persons(text: str) -> list[str]:
    doc = khabar.analyze(text).to_dict()
    return [m["text"] for e in doc["entities"] if e["type"] == "PER" for m in e["mentions"]]


def test_a_meeting_in_the_accusative_is_no_person() -> None:
    assert persons("وعقد الوزير اجتماعاً موسعاً مع المسؤولين في الوزارة.") == []


def test_a_given_name_in_the_accusative_stays() -> None:
    assert "محمدًا" in persons("رأيت محمدًا في السوق مع خالد العلي.")


def test_a_name_without_tanween_stays() -> None:
    assert persons("وقال محمد العلي إن الاجتماع كان موسعاً.") == ["محمد العلي"]
