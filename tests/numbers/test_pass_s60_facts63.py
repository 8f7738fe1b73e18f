"""Pass facts63 (session 60): without من, when the first figure's unit is said before إلى too, a word
of change in the same clause governs "N <unit> إلى M <unit>" up to twelve words back (not six), so the
change's amount and the level it reached are two figures even when the amount in percent stands
between ("صعد … بنسبة 2.9 في المائة ما يعادل 1.85 روبل إلى 65.40 روبل"); a far pair with its unit said
once ("… 10 إلى 15 في المائة"), a rise *to* a range ("إلى نحو 26 إلى 28") and a range after a clause
break stay ranges.

Made-up sentences in the style of the news, through ``khabar.analyze``."""

import khabar


def _facts(text: str) -> list[tuple[float | None, float | None, float | None]]:
    doc = khabar.analyze(text, published="2015-08-08")
    return [(f["value"], f["min"], f["max"]) for f in doc.facts]


def test_a_rise_by_an_amount_after_its_percent_gives_two_figures():
    text = "وفي بورصة موسكو، صعد الدولار أمام العملة الروسية بنسبة 2.9 في المائة ما يعادل 1.85 روبل إلى 65.40 روبل."
    facts = _facts(text)
    assert (1.85, None, None) in facts
    assert (65.4, None, None) in facts


def test_a_jump_by_an_amount_far_from_its_verb_gives_two_figures():
    text = "وقفز عدد العاملين الأجانب في قطاع البناء بالمملكة خلال العامين الماضيين 25 ألف عامل إلى 120 ألف عامل."
    facts = _facts(text)
    assert (25000, None, None) in facts
    assert (120000, None, None) in facts


def test_guard_a_far_fall_by_a_range_said_with_one_unit_stays_a_range():
    text = "وهبطت أسعار الشقق في أحياء العاصمة الشمالية خلال العام الماضي 10 إلى 15 في المائة."
    assert (None, 10, 15) in _facts(text)


def test_guard_a_rise_to_a_range_far_from_its_verb_stays_a_range():
    text = "وارتفعت أسعار الأعلاف في أسواق المنطقة الشرقية خلال موسم الصيف الحالي إلى 40 ريالا إلى 45 ريالا للكيس."
    assert (None, 40, 45) in _facts(text)


def test_guard_a_range_after_a_clause_break_stays_a_range():
    text = "وارتفعت أسعار الأعلاف هذا الموسم، ويستهلك كل رأس من الماشية في المزرعة يوميا 3 كيلوجرامات إلى 5 كيلوجرامات."
    assert (None, 3, 5) in _facts(text)


def test_guard_a_near_change_by_an_amount_still_gives_two_figures():
    text = "وانخفض سعر خام برنت بمقدار 30 سنتا إلى 49.20 دولار للبرميل."
    facts = _facts(text)
    assert (30, None, None) in facts
    assert (49.2, None, None) in facts
