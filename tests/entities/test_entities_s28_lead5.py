"""Session 28, lead5: "ميلا" is a distance in miles ("140 ميلا") or an inclination ("أكثر ميلا")
far more often than the Algerian town of Mila: a weak spelling, found only with a sign that it is
a place. The tagger is simulated (``mentions``) so that each test pins the linker's own rule."""

from __future__ import annotations

from tests.entities.test_link import by_canonical, link


def canonicals(entities: list[dict]) -> list[str]:
    return sorted(e["canonical"]["en"] for e in entities if e["canonical"])


def test_miles_after_a_number_are_no_town() -> None:
    text = "ويقع الحقل على بعد حوالي 140 ميلا شمال غرب الظهران، بينما تبعد الجزيرة 30 ميلاً بحرياً عن الساحل."
    assert "Mila" not in canonicals(link(text))


def test_an_inclination_is_no_town() -> None:
    assert "Mila" not in canonicals(link("وأصبح القراء أكثر ميلا للقراءة الإلكترونية من الورقية."))


def test_the_town_after_its_cue_word_is_still_found() -> None:
    assert by_canonical(link("وزار الوفد مدينة ميلا في شرق الجزائر أمس."), "Mila")["name"] == "ميلا"


def test_the_place_after_the_miles_is_still_found() -> None:
    # guard: the place the distance is measured from keeps its link
    assert "Dhahran" in canonicals(link("ويقع الحقل على بعد حوالي 140 ميلا شمال غرب الظهران."))
