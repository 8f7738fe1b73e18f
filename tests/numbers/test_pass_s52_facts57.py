"""Pass facts57 (session 52): a count of people right after "and were lost" (وفقد) is missing.

"وفقد 15 آخرون"، "وفقد أربعة آخرون جراء الإعصار" were typed other: the word before the count is in
``lost_verbs.tsv`` now (facts._lost_count), and the count of people after it is missing, unless they lost
their lives ("وفقد 52 شخصا أرواحهم": killed, ``life_nouns.tsv``) or something else of theirs (their jobs:
left as before). "فقدوا حياتهم" after a count is killed, no more missing; "اثنان آخران" counts people.

Made-up sentences in the style of the news, through ``khabar.analyze``."""

import pytest
from fact_rows import analysed_facts

TYPED = [
    # the rule: a count of people right after وفقد
    ("وقال متحدث عسكري إن ثلاثة جنود قتلوا وفقد 9 آخرون في هجوم على موقع حدودي.", 9, "missing"),
    ("وضربت السيول القرى الجبلية، فقتل 6 أشخاص على الأقل وفقد سبعة آخرون.", 7, "missing"),
    ("وأعلنت البحرية أن زورقا انقلب قبالة الساحل وفُقد 12 شخصا من ركابه.", 12, "missing"),
    ("وذكرت السلطات أن ثلاثة أشخاص قتلوا وفقد اثنان آخران في انهيار أرضي.", 2, "missing"),
    # those who lost their lives are dead
    ("وفي الهجوم على محطة القطار فقد 40 راكبا حياتهم، وفقد 31 شخصا أرواحهم في هجوم ثان.", 31, "killed"),
    ("وقال المسؤول إن 18 عاملا فقدوا حياتهم في انهيار المنجم.", 18, "killed"),
    # guards: what is lost is no people, or the people lost something of theirs, or فقد has a subject before it
    ("وفقد 25 موظفا وظائفهم بعد إغلاق فرع الشركة في المدينة.", 25, "other"),
    ("وقال إن شقيقه فقد 14 كيلوغراما من وزنه خلال فترة احتجازه.", 14, "other"),
    ("وفقد القطاع الصناعي 120 ألف وظيفة خلال العام الماضي.", 120000, "other"),
    ("وعزى الأمير المواطن الذي فقد ثلاثة أشخاص من أسرته في حادث مروري.", 3, "other"),
    ("وفقد المؤشر 45 نقطة في ختام التعاملات.", 45, "other"),
    ("وقال إن 11 بحارا فقدوا في عرض البحر منذ أيام.", 11, "missing"),
]


@pytest.mark.parametrize(("text", "value", "kind"), TYPED)
def test_a_count_after_and_were_lost_takes_its_type(text, value, kind):
    facts = [fact for fact in analysed_facts(text) if fact["value"] == value]
    assert [fact["type"] for fact in facts] == [kind]
