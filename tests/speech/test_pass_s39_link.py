"""Session 39, pass link39 (docs/evaluation/quotes.md, "Session 39, pass link39"): a bare title or body noun as
speaker is the one person or body the article named before with that head.

- a definite title alone ("وقال الرئيس", "وأضاف الوزير") is the one person the text named before with that title,
  before his name ("الرئيس الأمريكي باراك أوباما") or right after it ("عادل الجبير، وزير الخارجية"); with two such
  people before it, which one is meant is not written, and the title stays alone (antecedents.py
  ``sole_holder_of_title``);
- a definite body noun alone ("وقالت المنظمة") is the body named before with the article and a genitive
  ("المنظمة الدولية للهجرة", "المجلس الأعلى للقضاء"), when no other body with that head is named
  (``definite_body_name_end``, ``other_body_named``).
"""

import pytest
from entity_quotes import analysed, by_cue

CASES = [
    # (text, cue, the speaker's text)
    (
        "حط الرئيس الأمريكي باراك أوباما في نيروبي مساء أمس في جولة إفريقية. وقال الرئيس إن بلاده ستواصل دعم التنمية.",
        "وقال",
        "الرئيس الأمريكي باراك أوباما",
    ),
    (
        "بحث عادل الجبير، وزير الخارجية، مع نظيره الألماني ملفات المنطقة في الرياض. وأكد الوزير أن الحوار كان بناء.",
        "وأكد",
        "عادل الجبير",
    ),
    # two holders of the title: the bare title stays (the nearest was taken)
    (
        "دشن وزير الصحة خالد الفالح المستشفى الجديد في جدة، بحضور وزير التعليم عزام الدخيل. وقال الوزير إن المستشفى "
        "يضم 500 سرير.",
        "وقال",
        "الوزير",
    ),
    (
        "استقبل الرئيس عبدالفتاح السيسي الرئيس الفرنسي فرانسوا هولاند في القاهرة. وقال الرئيس إن العلاقات متينة.",
        "وقال",
        "الرئيس",
    ),
    # a body named with the article and a genitive
    (
        "أطلقت المنظمة الدولية للهجرة برنامجا جديدا لدعم العائدين. وقالت المنظمة إن البرنامج يشمل آلاف الأسر.",
        "وقالت",
        "المنظمة الدولية للهجرة",
    ),
    (
        "اعتمد المجلس الأعلى للقضاء نظاما إلكترونيا جديدا للمحاكم. وأوضح المجلس أن النظام يختصر مدة التقاضي.",
        "وأوضح",
        "المجلس الأعلى للقضاء",
    ),
]

GUARDS = [
    # one holder named as the speaker's subject before: unchanged
    (
        "التقى وزير الخارجية عادل الجبير نظيره الفرنسي في باريس أمس. وقال الوزير إن المحادثات كانت مثمرة.",
        "وقال",
        "وزير الخارجية عادل الجبير",
    ),
    # a title run on to its holder's name by a genitive with ل: still him
    (
        "وكان المدعي العام للمحكمة الخاصة مباكي فال قد زار الضحايا الشهر الماضي. وذكر المدعي أن المحاكمة ستبدأ قريبا.",
        "وذكر",
        "المدعي العام للمحكمة الخاصة مباكي فال",
    ),
    # the vice-president is no president
    ("وصل نائب الرئيس الأمريكي جو بايدن إلى بغداد أمس. وقال الرئيس إن الزيارة مهمة.", "وقال", "الرئيس"),
    # a body only described, and two bodies with the head: none found back
    ("طالب الأهالي الوزارة المعنية بالتدخل العاجل. وأوضحت الوزارة أن القرار نهائي.", "وأوضحت", "الوزارة"),
    (
        "وقعت المنظمة العربية للتنمية الإدارية اتفاقية مع المنظمة الدولية للهجرة. وقالت المنظمة إن الاتفاقية مهمة.",
        "وقالت",
        "المنظمة",
    ),
]


@pytest.mark.parametrize(("text", "cue", "expected"), CASES + GUARDS)
def test_a_bare_title_or_body_is_the_one_named_before(text, cue, expected):
    assert by_cue(analysed(text), cue)["speaker"]["text"] == expected
