"""Pass f46 (session 31): "من N إلى M" after a word of change is two values of one quantity (where it
was and where it went), not a range, also when the changing thing's name and a time stand between
(up to ten words back after من); "بينما" ("while") is no word of change.

Made-up sentences in the style of the news, through ``khabar.analyze``."""

import khabar


def _facts(text: str) -> list[tuple[float | None, float | None, float | None]]:
    doc = khabar.analyze(text, published="2015-08-08")
    return [(f["value"], f["min"], f["max"]) for f in doc.facts]


def test_a_rise_with_a_long_subject_and_a_time_gives_two_values():
    text = "وارتفعت نسبة القروض المتعثرة لدى المصارف خلال الربع الثاني من 3.4 إلى 4.1 في المائة."
    facts = _facts(text)
    assert (3.4, None, None) in facts
    assert (4.1, None, None) in facts


def test_a_rise_of_a_sum_far_from_its_verb_gives_two_values():
    text = "ورفعت الحكومة سقف القروض السكنية الممنوحة للأسر في المدن من 500 ألف ريال إلى 750 ألف ريال."
    facts = _facts(text)
    assert (500000, None, None) in facts
    assert (750000, None, None) in facts


def test_a_range_after_while_stays_a_range():
    text = "بلغ إنتاج القارب الواحد هذا العام 40 صندوقا، بينما لم يتعد في العام الماضي 15 إلى 20 صندوقا."
    assert (None, 15, 20) in _facts(text)


def test_guard_a_price_range_stays_a_range():
    text = "وتراوحت أسعار الكيلو من العسل البلدي في المهرجان من 200 إلى 350 ريالا."
    assert (None, 200, 350) in _facts(text)


def test_guard_a_rise_to_a_range_without_from_stays_a_range():
    text = "وارتفعت أسعار النفط في الأيام الأولى من الأزمة إلى نحو 26 إلى 28 دولارا للبرميل."
    assert (None, 26, 28) in _facts(text)


def test_guard_a_near_rise_still_gives_two_values():
    text = "وارتفع عدد الزوار من 1200 إلى 1800 زائر."
    facts = _facts(text)
    assert (1200, None, None) in facts
    assert (1800, None, None) in facts


def test_guard_a_range_far_after_a_change_word_of_another_clause():
    text = "وارتفعت الأسعار كثيرا هذا العام، ويعمل في كل ورشة من ورش المدينة الصناعية من 5 إلى 20 عاملا."
    assert (None, 5, 20) in _facts(text)
