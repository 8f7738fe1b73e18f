"""Facts, thirty-third pass (a): a comparing verb (تجاوز، تخطى، فاق، تعدى; زاد/يزيد and قل/يقل with على/عن)
bounds the figure after it although its subject or a short phrase stands between; a negated verb,
a relative clause, a verb of reaching, a figure or a number word between keep the count exact
(made-up sentences, through the public pipeline)."""

import khabar


def bounds(text):
    return [(f["text"], f["value"], f["min"], f["max"]) for f in khabar.analyze(text, published="2015-08-06").facts]


def test_a_subject_between_the_verb_and_the_figure():
    assert bounds("ويتوقع أن يتجاوز عدد المتطوعين في المهرجان هذا الصيف خمسة آلاف متطوع.") == [
        ("خمسة آلاف متطوع", None, 5000, None)]
    assert bounds("وتخطت في مجموعها 450 رحلة جوية منذ افتتاح المطار الجديد.") == [
        ("450 رحلة", None, 450, None)]
    assert bounds("وفاق عدد الزوار خلال أيام العيد 12 ألف زائر.") == [("12 ألف زائر", None, 12000, None)]
    assert bounds("وتجاوزت الصادرات 7 مليارات دولار.")[0][1:] == (None, 7000000000, None)


def test_zad_with_ala_after_its_subject():
    assert bounds("ويزيد عدد المستفيدين من البرنامج على 900 أسرة في المنطقة.") == [
        ("900 أسرة", None, 900, None)]
    assert bounds("وقدرت الخسائر بما يزيد على مبلغ 40 مليون ريال.") == [("40 مليون ريال", None, 40000000, None)]


def test_less_than_with_an_after_its_subject():
    assert bounds("ويحصل على الدعم كل من يقل دخله الشهري عن 4000 ريال.")[0][1:] == (None, None, 4000)
    assert bounds("وتعفى المنشآت التي تقل عن 10 عمال من الرسوم.")[0][1:] == (None, None, 10)


def test_a_plural_verb_right_before_the_definite_figure():
    assert bounds("وأكد أن المشتركين في الخدمة تجاوزوا المليون مشترك.") == [("المليون مشترك", None, 1000000, None)]


def test_guards_the_figure_stays_exact():
    # a rise by a figure (زاد without على), a negated verb, a relative clause, a verb of reaching
    assert bounds("وزادت مبيعات الشركة 15 في المائة خلال الربع الثاني.")[0][1:] == (15, None, None)
    assert bounds("على أن لا يتجاوز مبلغ المكافأة 5000 ريال شهريا.")[0][1:] == (5000, None, None)
    assert bounds("وتجاوز حجم الطلبات التي وصلت عبر 320 فرعا توقعات الإدارة.")[0][1:] == (320, None, None)
    assert bounds("وتجاوزت الأرباح توقعات المحللين لتصل إلى 80 مليون دولار.")[0][1:] == (80000000, None, None)
    assert bounds("ويتجاوز طول الجسر ثلاثة كيلومترات ويضم 14 مخرجا.")[-1][1:] == (14, None, None)
    assert bounds("ولا بد من عدم تجاوز العجز في الموازنة نسبة 3 في المائة.")[0][1:] == (3, None, None)


def test_right_after_the_verb_as_before():
    assert bounds("ويشترط ألا يقل عدد أعضاء اللجنة عن 7 أعضاء.")[0][1:] == (None, 7, None)
    assert bounds("وتخطى الـ 200 متسابق.")[0][1:] == (None, 200, None)
    assert bounds("وسجل المعرض ما يزيد على 300 زائر.")[0][1:] == (None, 300, None)
