"""Pass facts63 (session 60): without من, a word of change in the same clause governs "N إلى M" up
to twelve words back (not six), so the change's amount and the level it reached are two figures even
when the amount in percent stands between ("صعد … بنسبة 2.9 في المائة ما يعادل 1.85 روبل إلى 65.40
روبل"); the imperfect of ارتفع and انخفض (يرتفع، تنخفض: no alif) is a word of change too; a
rise *to* a range ("إلى نحو 26 إلى 28") and a range after a clause break stay ranges.

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


def test_a_rise_with_a_long_subject_and_an_aside_gives_two_figures():
    text = "ويتوقع الخبراء أن يرتفع عدد العاملين الأجانب في قطاع البناء بالمملكة وهو 95 ألف عامل إلى 120 ألف عامل خلال عامين."
    facts = _facts(text)
    assert (95000, None, None) in facts
    assert (120000, None, None) in facts


def test_an_imperfect_rise_from_to_gives_two_figures():
    text = "ومن المتوقع أن ترتفع طاقة المصفاة التكريرية من 200 ألف برميل إلى 260 ألف برميل يوميا."
    facts = _facts(text)
    assert (200000, None, None) in facts
    assert (260000, None, None) in facts


def test_guard_a_range_after_an_imperfect_of_another_verb_stays_a_range():
    text = "ويستوعب الملعب الجديد في كل مباراة من 30 إلى 35 ألف متفرج."
    assert (None, 30000, 35000) in _facts(text)


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
