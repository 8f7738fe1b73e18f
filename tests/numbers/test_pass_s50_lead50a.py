"""Lead pass lead50a (session 50): a governing verb between a noun and "واحد / اثنان" opens the next
clause, whose count it governs.

"توفي شخص وأصيب اثنان آخران" is one death and two injured; main read "شخص وأصيب اثنان" as two
killed people, taking "وأصيب" for an adjective between a noun and its number, as in "جنديا تشاديا
واحدا" (blind draw 20197's dev, 2015-08-06#2824).

Made-up sentences in the style of the news, through ``khabar.analyze``."""

import pytest
from fact_rows import analysed_facts

CONJOINED_VERBS = [
    ("وتوفي شخص وأصيب اثنان في حادث مروري على طريق الرياض.", [("اثنان", "injured", 2)]),
    ("وقتل جندي وجرح اثنان آخران في الهجوم على نقطة التفتيش.", [("اثنان آخران", "injured", 2)]),
    ("وقتل مدني وأصيب اثنان من رجال الأمن في الانفجار.", [("اثنان من رجال", "injured", 2)]),
]


@pytest.mark.parametrize(("text", "expected"), CONJOINED_VERBS)
def test_a_governing_verb_opens_the_next_clause(text, expected):
    assert [(f["text"], f["type"], f["value"]) for f in analysed_facts(text)] == expected


GUARDS = [
    # an adjective between the noun and its number stays part of the count
    ("وقتل جنديا تشاديا واحدا في الاشتباكات.", [("جنديا تشاديا واحدا", "killed", 1)]),
    ("وأسفر الحادث عن مقتل شخص واحد وإصابة اثنين آخرين.", None),
]


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_an_adjective_before_the_number_stays_in_the_count(text, expected):
    rows = [(f["text"], f["type"], f["value"]) for f in analysed_facts(text)]
    if expected is None:
        assert ("شخص واحد", "killed", 1) in rows
    else:
        assert rows == expected
