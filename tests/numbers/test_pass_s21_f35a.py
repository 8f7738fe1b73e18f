"""Facts pass 35a: a sum converted in brackets is its own exact figure, whatever bound or
"about" stands before the sum it converts (the gold, 5 dev articles)."""

import khabar


def _money(text):
    return [(f["text"], f["value"], f["min"], f["max"], f["approximate"]) for f in khabar.analyze(text, published="2015-08-02").facts if f["type"] == "money"]


def test_conversion_after_more_than_is_exact():
    facts = _money("وقالت الشركة إنها وزعت أكثر من ثلاثة مليارات دولار (11.2 مليار ريال) على المساهمين هذا العام.")
    assert facts[-1][1:] == (11200000000, None, None, False)
    assert facts[0][1:3] == (None, 3000000000)


def test_conversion_after_a_comparing_verb_is_exact():
    facts = _money("وأعلن الوزير عن خطة بكلفة تزيد على 40 مليار جنيه (5.1 مليار دولار) لتطوير الموانئ.")
    assert facts[-1][1:] == (5100000000, None, None, False)


def test_conversion_after_about_is_not_approximate():
    facts = _money("وباعت الحكومة الرخص مقابل نحو 25 مليار ين (230 مليون دولار) في المزاد الأخير.")
    assert facts[0][4] is True
    assert facts[-1][1:] == (230000000, None, None, False)


def test_guard_bound_after_the_brackets_still_covers_both():
    facts = _money("وتدفع البلدية للمقاول مليون يورو (1,1 مليون دولار) على الأقل كل شهر.")
    assert [(f[1], f[2]) for f in facts] == [(None, 1000000), (None, 1100000)]


def test_guard_plain_conversion_stays_exact():
    facts = _money("ودفع النادي 40 مليون يورو (44 مليون دولار) لضم المهاجم.")
    assert [(f[1], f[2]) for f in facts] == [(40000000, None), (44000000, None)]


def test_peso_is_a_currency():
    facts = _money("وكشف التحقيق اختفاء 45 مليون بيزو أرجنتيني من حسابات الشركة.")
    assert facts == [("45 مليون بيزو أرجنتيني", 45000000, None, None, False)]
