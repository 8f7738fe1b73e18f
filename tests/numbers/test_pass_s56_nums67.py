"""Session 56, pass nums67: the value of numbers written in words — a figure restated in words
that open with a scale word ("(1500) ألف وخمسمائة"), and a teen after a hundred or a scale
("سبعمائة وخمسة عشر"), and a half before a unit of measure ("ستمائة وخمسة عشر ونصف جرام")."""

import pytest
from fact_rows import analysed_values

FIXED = [
    # a figure, then its value in words opening with a scale word: one figure, not a product or a sum
    ("وحدد المجلس بدلا شهريا قدره ( 1200 ) ألف ومائتا ريال لكل عضو في اللجنة.", [1200]),
    ("وأوضح أن عدد المتطوعين بلغ (1.500) ألف وخمسمائة متطوع خلال الموسم.", [1500]),
    ("ويقدر عدد سكان المحافظة ( 1300000 مليون وثلاثمائة ألف نسمة) بحسب آخر إحصاء.", [1300000]),
    # a teen's first word after a hundred or a scale opens the teen
    ("وارتفعت إيرادات الشركة إلى ثلاثمائة وستة عشر مليون دولار في الربع الأول.", [316000000]),
    ("وضبطت الجمارك كمية من المخدرات تزن أربعمائة وثلاثة عشر جراما في حقيبة مسافر.", [413]),
    # a half after a number that no scale ends, before a unit of measure: N.5 of that unit
    ("وضبطت الجمارك كمية من الهيروين تزن مائتين وستة عشر ونصف جرام داخل حقيبة.", [216.5]),
    ("وبلغ عدد التأشيرات الصادرة ثلاثة ملايين ومائتين وسبعة عشر ألف تأشيرة هذا العام.", [3217000]),
]

KEPT = [
    ("وحدد المجلس مكافأة شهرية قدرها ( 2500 ) ألفان وخمسمائة ريال لكل عضو في اللجنة.", [2500]),  # a dual scale: already one figure
    ("بلغت التكلفة (1000) ألف ريال.", [1000000]),  # a lone scale: _restated_by_scale's, unchanged
    ("بلغت التكلفة (250) ألف وخمسمائة ريال.", [250500]),  # the words do not say 250 again
    ("وبلغت قيمة العقد 3 ملايين و200 ألف ريال.", [3200000]),
    ("وأوقفت الشرطة (17) سبعة عشر شخصا.", [17]),
    ("وقتل خمسة عشر شخصا في الهجوم.", [15]),
    ("وأصيب مائة وخمسة أشخاص في الحادث.", [105]),
    ("وبلغت قيمة الصفقة 7 ملايين ونصف ريال.", [7500000]),  # a half of the scale, as before
    ("ودمرت القوات مدفعا من عيار 14 ونصف في الهجوم.", []),  # no unit of measure after the half
]


@pytest.mark.parametrize(("text", "values"), FIXED + KEPT)
def test_values(text, values):
    assert analysed_values(text) == values
