"""Pass facts64 (session 55): executions carried out count the dead, as the dev gold types them killed
("اعدم أربعة سائقين"، "إعدام 1800 شخص"، 2015-07-24#782 "أعدمت 289 شخصا"): the other persons of the verb
(أعدمت، تعدم، يعدم: weak, for people only, as culled poultry stays other; أعدموا after its subject and
before its object) now type the count too, and sentences pronounced stay other. A count of people right
after "was exposed to" (تعرض) takes the type of the harm named after it with ل ("وتعرض أربعة آخرون
لإصابات": injured, 2015-08-09#73, 2015-07-22#1826, 2015-08-01#299), not that of a death word before it.
Made-up sentences in the style of the news, through ``khabar.analyze``."""

import pytest
from fact_rows import analysed_typed as _typed

RULE = [
    ("وقالت المنظمة إن السلطات أعدمت 312 شخصا خلال العام الماضي.", [("312 شخصا", "killed")]),
    ("وأعدمت الحكومة عددا قياسيا بلغ 540 شخصا منذ مطلع العام.", [("540 شخصا", "killed")]),
    ("وذكر المرصد أن التنظيم يعدم 15 مدنيا في ريف المدينة.", [("15 مدنيا", "killed")]),
    ("جماعة مسلحة تعدم 8 أشخاص بتهمة التعاون مع الجيش", [("8 أشخاص", "killed")]),
    ("وأفاد التقرير أن 20 شخصا أعدموا في البلاد منذ عام 2005.", [("20 شخصا", "killed")]),
    ("وقال المسؤول إن المسلحين أعدموا نحو ثلاثمائة مواطن من أبناء القرية.", [("نحو ثلاثمائة مواطن", "killed")]),
    ("وأسفر التصادم عن مصرع السائق ومرافقه وتعرض خمسة آخرون لإصابات بليغة نقلوا إلى المستشفى.",
     [("خمسة آخرون", "injured")]),
    ("وأدى الانفجار إلى تعرض ستة عمال لإصابات متفاوتة.", [("ستة عمال", "injured")]),
    ("كما تعرض أربعة من أفراد الدورية للإصابة ونقلوا إلى المستشفى.", [("أربعة من أفراد", "injured")]),
    ("وتعرض سبعة لاعبين لإصابات عضلية خلال المعسكر.", [("سبعة لاعبين", "injured")]),
    ("وتعرض 25 متظاهرا للاعتقال خلال تفريق المسيرة.", [("25 متظاهرا", "arrested")]),
]


@pytest.mark.parametrize(("text", "expected"), RULE)
def test_rule(text, expected):
    assert _typed(text) == expected


UNCHANGED = [
    ("وأعدمت السلطات البيطرية نحو خمسين ألف دجاجة بعد ظهور المرض.", [("نحو خمسين ألف دجاجة", "other")]),
    ("وأصدرت المحكمة أحكاما بالإعدام على ستة متهمين في القضية.", [("ستة متهمين", "other")]),
    ("وأعدم التنظيم 12 رجلا في الساحة العامة.", [("12 رجلا", "killed")]),
    ("وتعرض ثلاثة منازل لأضرار جسيمة جراء السيول.", [("ثلاثة منازل", "other")]),
    ("وتعرض خمسة أشخاص لحادث مروري على الطريق السريع.", [("خمسة أشخاص", "other")]),
    ("وتعرضت الشركة لخسائر بلغت 40 مليون ريال.", [("40 مليون ريال", "money")]),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_unchanged(text, expected):
    assert _typed(text) == expected
