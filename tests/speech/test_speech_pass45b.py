"""Quote finder, forty-fifth pass, according-to (quotes round 45b).

1. "نسبة إلى" is no according-to cue: in the news it tells what a name comes from ("الفرق الحميدية نسبة إلى
   السلطان") or what a figure is measured against ("نسبة إلى العام الماضي"), never who said something.
2. A law, a system of rules or guidelines after وفقا لـ / وفق ("وفقا لنظام السوق المالية"، "وفق القانون"،
   "وفقاً لموجهات اللجنة") is what something is done by, not a source; so is a rule's clause after
   "وفق ما ورد" ("وفق ما ورد بالفئة (ب)"). A report after "وفق ما ورد في" stays a source.
Every text is written for these tests.
"""

from __future__ import annotations

from entity_quotes import analysed


def _according(found):
    return [q for q in found if q["kind"] == "according_to"]


def test_a_name_and_what_it_comes_from_is_no_attribution():
    found = analysed("ويضم الكتاب تاريخ نشوء الفرق الحميدية نسبة إلى السلطان عبد الحميد الثاني، حتى عام 1914.")
    assert _according(found) == []


def test_a_party_named_in_brackets_after_a_nisba_is_no_source():
    found = analysed("وتضم الحركة تيارا له ميول دستورية (نسبة إلى الحزب الدستوري القديم) رغم نفي قادتها.")
    assert all(q["cue"]["text"] != "نسبة إلى" for q in _according(found))


def test_a_figure_measured_against_last_year_keeps_its_real_source_whole():
    found = analysed("وارتفعت القروض الاستهلاكية بشكل لافت نسبة إلى العام الماضي، وفق التقرير.")
    according = _according(found)
    assert [q["cue"]["text"] for q in according] == ["وفق"]
    assert according[0]["text"].endswith("نسبة إلى العام الماضي")


def test_bihasab_after_the_clause_is_still_an_according_to_cue():
    found = analysed("وقالت الصحيفة إن الحكومة سترفع الأسعار، بحسب مصادر مطلعة.")
    assert [q["cue"]["text"] for q in _according(found)] == ["بحسب"]


def test_a_system_of_rules_issued_by_a_body_is_no_source():
    found = analysed("يعد التداول على معلومات داخلية عملا محظورا، وفقا لنظام السوق المالية الصادر عن هيئة السوق المالية.")
    assert _according(found) == []


def test_a_law_issued_by_a_council_is_no_source():
    found = analysed("وتحاكم المحكمة المتهمين غيابيا، وفق القانون الصادر عن مجلس الشورى.")
    assert _according(found) == []


def test_guidelines_of_a_committee_are_no_source():
    found = analysed("وتم أخذ عينات من المخالطين كافة، وفقاً لموجهات اللجنة العلمية الصادرة من وزارة الصحة.")
    assert _according(found) == []


def test_a_rule_clause_after_wafqa_ma_warada_is_no_source():
    found = analysed("ويشترط دفع رسوم الترخيص وفق ما ورد بالفئة (ب).")
    assert _according(found) == []


def test_a_report_after_wafqa_ma_warada_fi_stays_a_source():
    found = analysed("وارتفعت الأسعار بنسبة كبيرة، وفق ما ورد في تقرير الوزارة.")
    according = _according(found)
    assert [q["cue"]["text"] for q in according] == ["وفق ما ورد"]
    assert according[0]["speaker"]["text"] == "تقرير الوزارة"
