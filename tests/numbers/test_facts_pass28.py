"""Facts, twenty-eighth pass: two figures joined by و with no بين are one range when a unit of
measure follows the second (``العظمى 41 و43 درجة مئوية``، ``(15 و25 كيلومترا)``، ``بين 3 و5
أمتار`` was already); a count noun after them (two values), labels, years, dates and a longer
list of figures are not (made-up sentences)."""

from fact_rows import facts


def bounds(text):
    return [(f["type"], f["value"], f["min"], f["max"]) for f in facts(text)]


def test_two_temperatures_joined_by_and_are_one_range():
    assert bounds("وتتراوح درجات الحرارة العظمى في جدة 41 و43 درجة مئوية غدا.") == [("other", None, 41, 43)]


def test_two_distances_in_brackets_are_one_range():
    assert bounds("ويحلق المنطاد على ارتفاع (15 و25 كيلومترا) فوق سطح الأرض.") == [("other", None, 15, 25)]


def test_and_written_apart_before_a_unit_of_weight():
    assert bounds("ويزن الصندوق الواحد نحو 12 و 18 كيلوغراما حسب نوع الفاكهة.") == [("other", None, 12, 18)]


def test_counts_labels_and_years_joined_by_and_stay_apart():
    assert bounds("وتسير الشركتان 700 و650 رحلة أسبوعيا.") == [("other", 700, None, None), ("other", 650, None, None)]
    assert ("other", None, 3, 4) not in bounds("وافتتح فندقين بفئة 3 و4 نجوم في المدينة.")
    assert bounds("وارتفع الدخل خلال عامي 2012 و2013 كما قال.") == []


def test_a_longer_list_before_the_unit_is_no_range():
    rows = bounds("وسجل العداء أرقاما في سباقات 400 و800 و1500 متر هذا العام.")
    assert ("other", None, 800, 1500) not in rows and ("other", None, 400, 800) not in rows

