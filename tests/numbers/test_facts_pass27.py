"""Facts, twenty-seventh pass: two figures joined by a dash (a hyphen, an en dash or a tatweel)
are one range when من/بين opens it or a scale word, a currency or a percent sign closes it
(``بين 20 – 45 ألف ريال``، ``من ( 30 - 300 ) ريال``، ``من 2 ـ 5 انتصارات``); scores, dates and
bare years are not. A count of times before an adverb of frequency (``ثلاث مرات أسبوعيا``) is a
rate, no fact (made-up sentences)."""

from fact_rows import facts


def bounds(text):
    return [(f["type"], f["value"], f["min"], f["max"]) for f in facts(text)]


def test_en_dash_range_after_between_with_its_scale():
    assert bounds("وتتراوح تكاليف الرحلة بين 20 – 45 ألف ريال للشخص.") == [("money", None, 20000, 45000)]


def test_hyphen_range_in_brackets_before_its_currency():
    assert bounds("ويبدأ رسم الترخيص من ( 30 - 300 ) ريال بحسب نوع النشاط.") == [("money", None, 30, 300)]


def test_tatweel_range_after_from():
    assert bounds("ويشارك في السباق الخيول الفائزة من 2 ـ 5 انتصارات هذا الموسم.") == [("other", None, 2, 5)]


def test_tatweel_range_before_a_scale_word():
    assert bounds("ونزح من المنطقة 6 ـ 7 ملايين لاجئ خلال الحرب.") == [("displaced", None, 6000000, 7000000)]


def test_hyphen_range_before_a_percent_sign():
    assert bounds("وزادت الأسعار بنسبة 15-25% في الصيف.") == [("percent", None, 15, 25)]


def test_scores_dates_and_years_are_no_dash_ranges():
    assert bounds("وفاز النصر على الشباب 3-1 في المباراة.") == []
    assert bounds("وتعادل الفريقان 2-2 في الشوط الأول.") == []
    assert bounds("وخسر الفريق 1-3 أمام ضيفه.") == []
    assert bounds("ويفتح المعرض من 6-7 /11 /1436هـ للزوار.") == []
    assert bounds("وعاش الرسام الهولندي (1853 - 1890) حياة قصيرة.") == []


def test_times_before_an_adverb_of_frequency_are_no_fact():
    assert bounds("وتجتمع اللجنة مرتين سنوياً لمراجعة الخطط.") == []
    assert bounds("ويتدرب اللاعبون ثلاث مرات أسبوعيا في الصالة.") == []
    assert bounds("ويتناول المريض الدواء أربع مرات يوميًا بعد الأكل.") == []


def test_other_counts_of_times_stay():
    assert bounds("وفاز المدرب بلقب الدوري مرتين خلال مسيرته.") == [("other", 2, None, None)]
    assert bounds("ويأكل السمك خمس إلى ست مرات في الشهر.") == [("other", None, 5, 6)]
