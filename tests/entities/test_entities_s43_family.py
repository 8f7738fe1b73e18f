"""Session 43, lead43a: the gazetteer holds some family names alone as weak spellings ("الأسد" for Bashar
al-Assad, named in full in the article). A tagged name ending with that family name after another given
name ("سليمان الأسد", "رفعت الأسد") took the entry too, so the president and his cousin became one entity and
the cousin's speech his (entities/link.py, ``other_given_name``). Found in the blind draw 20189 (dev
2015-08-10#1145) before any rule read it."""

from __future__ import annotations

from person_entities import persons

TEXT = (
    "تعهد الرئيس السوري بشار الأسد بمحاسبة قريبه سليمان الأسد الذي أطلق النار على ضابط في اللاذقية. "
    "وطالب أهالي الضابط بمحاكمة سليمان الأسد أمام القضاء العسكري. وقال الأسد إن القانون فوق الجميع."
)


def test_a_relative_sharing_the_family_name_is_another_person() -> None:
    found = persons(TEXT)
    assert found["سليمان الأسد"] == (None, ["سليمان الأسد", "سليمان الأسد"])


def test_the_family_name_alone_still_names_the_one_named_in_full() -> None:
    found = persons(TEXT)
    assert found["بشار الأسد"] == ("Bashar al-Assad", ["بشار الأسد", "الأسد"])


def test_another_given_name_before_a_leaders_surname_is_another_man() -> None:
    found = persons("وقال المخرج جيمس كاميرون إن الفيلم الجديد سيعرض في الشتاء.")
    assert found["جيمس كاميرون"][0] is None


def test_the_entrys_own_given_name_with_a_fathers_name_is_still_him() -> None:
    found = persons("وقال الشيخ عبدالرحمن بن عبدالعزيز السديس إن الحرم يستقبل المعتمرين.")
    assert found["عبدالرحمن بن عبدالعزيز السديس"][0] == "Abdul Rahman Al-Sudais"
