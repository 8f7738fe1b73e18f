"""Pass f39 (session 24): a bare amount takes the currency of the sum of the same scale after it.

"حققت 6.17 مليارات خلال الربع مقابل 6.46 مليارات ريال": the writer names the currency once, on the
second sum; the first (a scale word, no counted noun, or only أخرى) is money in that currency.
Made-up sentences in the style of the news, read through the public pipeline.
"""

import khabar

PUBLISHED = "2015-08-01"


def _fact(text: str, starts: str) -> dict:
    doc = khabar.analyze(text, published=PUBLISHED)
    return next(f for f in doc.facts if f["text"].startswith(starts))


def test_profit_against_sum_of_same_scale_after():
    fact = _fact("حققت الشركة أرباحا صافية فاقت التقديرات بلغت 4.25 مليارات خلال النصف الأول مقابل 3.9 مليارات ريال في الفترة نفسها من العام الماضي.", "4.25")
    assert (fact["type"], fact["value"], fact.get("currency")) == ("money", 4250000000, "SAR")


def test_another_amount_before_a_budget_in_dollars():
    fact = _fact("قررت المجموعة تقليص إنفاقها للمرة الثالثة بواقع أربعة مليارات أخرى في خطة العام الحالي إلى 22 مليار دولار.", "أربعة")
    assert (fact["type"], fact["value"], fact.get("currency")) == ("money", 4000000000, "USD")
    assert fact["text"] == "أربعة مليارات"  # (أخرى counts nothing)


def test_guard_sum_without_scale_word_after():
    fact = _fact("يعيش معظم سكان البلاد الـ90 مليونا بأقل من ثلاثة دولارات في اليوم.", "الـ90")
    assert fact["type"] == "other"


def test_guard_sum_of_another_scale_after():
    fact = _fact("باع المتجر 300 ألف خلال العام الماضي مقابل إيرادات تجاوزت 12 مليون دولار في العام الذي سبقه.", "300")
    assert fact["type"] == "other"


def test_guard_sum_in_the_next_sentence():
    fact = _fact("بلغ عدد زوار المهرجان 2.5 مليون. وقدرت عوائده بنحو 4 ملايين دولار.", "2.5")
    assert fact["type"] == "other"


def test_guard_counted_noun_keeps_the_count():
    fact = _fact("زار المعرض 3 ملايين زائر أنفقوا نحو 5 ملايين دولار خلال أسبوعين.", "3 ملايين")
    assert fact["type"] == "other"
