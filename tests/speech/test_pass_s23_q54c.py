"""Quote finder, fifty-fourth pass, according-to (quotes round 54c, session 23).

كما + a reporting verb whose subject is a person named by a relation and a possessive pronoun, closing
its clause, is the source of what came before, as "…، كما قالت الشرطة." is: "…، كما قال والده."،
"… كما تؤكد أرملته."، "…، كما يقول منتقدوها، …". Not a possessed noun that names no person ("…، كما أكد
التزامه."), which stays the verb's object.
Every text is written for these tests.
"""

from __future__ import annotations

from entity_quotes import of_kind

import khabar


def _one(text: str) -> dict:
    found = of_kind(text, "according_to")
    assert len(found) == 1, found
    return found[0]


def test_father_closing_after_a_comma():
    text = ("وعمل المهندس المخطوف في شركة الإنشاءات منذ مطلع العام الجاري، لكنه زار المنطقة مرات عدة من قبل، "
            "كما قال والده.")
    quote = _one(text)
    assert quote["text"].startswith("عمل المهندس المخطوف")
    assert quote["text"].endswith("مرات عدة من قبل")
    assert quote["speaker"]["text"] == "والده"


def test_widow_closing_with_no_comma():
    text = "ورفعت الدعوى في قضية تسميم الصحافي الراحل في منزله كما تؤكد أرملته. وأغلقت النيابة الملف أمس."
    quote = _one(text)
    assert quote["text"].endswith("في منزله")
    assert quote["speaker"]["text"] == "أرملته"


def test_critics_set_off_before_a_new_clause():
    text = "وتواجه البلدية أزمة ثقة مع السكان كما يقول منتقدوها، ويطالبون بمحاسبة المسؤولين عن التأخير."
    quote = _one(text)
    assert quote["text"].endswith("مع السكان")
    assert quote["speaker"]["text"] == "منتقدوها"


def test_title_with_a_possessive_closing():
    text = "ولم يحضر المتهم جلسة المحاكمة بسبب وعكة صحية مفاجئة، كما قال محاميه."
    quote = _one(text)
    assert quote["speaker"]["text"] == "محاميه"


# guards: what must not change


def test_possessed_object_is_no_source():
    text = "وأعلن اللاعب اعتزاله بعد نهاية الموسم، كما أكد التزامه."
    assert of_kind(text, "according_to") == []


def test_named_source_still_closes():
    text = "ويواجه المتهم تهمة الاحتيال على عشرات المستثمرين، كما قالت الشرطة."
    quote = _one(text)
    assert quote["speaker"]["text"] == "الشرطة"


def test_also_said_that_stays_indirect():
    text = "وأكد الوزير أهمية المشروع. كما أكد والده أن الأسرة تنتظر عودته بفارغ الصبر."
    doc = khabar.analyze(text, published="2015-08-01")
    assert of_kind(text, "according_to") == []
    assert any(q["kind"] == "indirect" and q["text"].startswith("الأسرة تنتظر") for q in doc.quotes)


def test_relation_named_by_its_earlier_mention():
    text = ("وناشد والد المهندس المخطوف الخاطفين إطلاق سراح ابنه. وعمل المهندس في شركة الإنشاءات منذ مطلع "
            "العام الجاري، لكنه زار المنطقة مرات عدة من قبل، كما قال والده.")
    quote = _one(text)
    assert quote["speaker"]["text"].startswith("والد المهندس")
