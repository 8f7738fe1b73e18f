"""Session 35, lead: a name set in quotation marks keeps the letter a proclitic reading would cut off
(«ويكيليكس» gave the entity "يكيليكس"); a known name after a conjunction inside the marks still loses it.
Found by reading random articles outside the gold."""

from __future__ import annotations

import khabar


def names(text: str) -> list[str]:
    doc = khabar.analyze(text).to_dict()
    return [m["text"] for e in doc["entities"] for m in e["mentions"]]


def test_a_quoted_site_keeps_its_waw() -> None:
    assert "ويكيليكس" in names('كشفت وثائق مسربة لموقع "ويكيليكس" أن الوكالة تنصتت على الوزارة.')


def test_a_quoted_name_of_two_words_keeps_its_waw() -> None:
    assert "ويسترن كنتاكي" in names("وتعاقد النادي مع لاعب من جامعة «ويسترن كنتاكي» الأمريكية أمس.")


def test_a_known_place_after_a_conjunction_in_the_marks_loses_it() -> None:
    assert "الرياض" in names("وزار الوفد «والرياض» أمس.")


def test_an_unquoted_name_after_a_conjunction_loses_it() -> None:
    assert "برلين" in names("وصل الوفد إلى باريس وبرلين أمس.")
