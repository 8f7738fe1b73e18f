"""Quote finder, fifty-first pass, detection (quotes round 51b, session 20).

A reporting verb in the present right after a particle of possibility (ربما، قد، لعل) says what may be
indicated or said, and reports nothing ("تراجع الطلب ربما يشير إلى ركود …"، "قد تشير البيانات إلى أن …");
قد before a past verb ("وقد أعلنت الوزارة أن …") makes the past sure and still reports.
The فقد that opens the clause after a fronted according-to source ("وبحسب تقرير الشرطة فقد كانت …") is no
part of what the source says, as فإن is not: the content starts after it.
A connective that opens a sentence whose source closes it ("من جهة أخرى، …، حسب …"، "كما أن …، حسب …") ties the
sentence to the one before; the source did not say it, and the content starts after it.
Every text is written for these tests.
"""

from __future__ import annotations

from entity_quotes import analysed, of_kind


def _cues(found):
    return [q["cue"]["text"] for q in found if q.get("cue")]


def test_perhaps_indicates_reports_nothing():
    found = analysed("تراجع الطلب على الحديد في الأسواق المحلية ربما يشير إلى ركود في قطاع البناء خلال الصيف.")
    assert "يشير" not in _cues(found)


def test_may_indicate_that_reports_nothing():
    found = analysed("وإذا استمر هذا الاتجاه، قد تشير الأرقام الجديدة إلى أن الشركات الصغيرة تواجه صعوبات كبيرة.")
    assert "تشير" not in _cues(found)


def test_perhaps_reveals_reports_nothing():
    found = analysed("وفي الخريف المقبل ربما تكشف الشركة عن جهاز لوحي جديد بشاشة أكبر وبطارية أطول عمرا.")
    assert "تكشف" not in _cues(found)


def test_past_after_qad_still_reports():
    found = analysed("وقد أعلنت وزارة الصحة أن عدد الحالات المسجلة ارتفع إلى عشرين حالة.")
    assert "أعلنت" in _cues(found)


def test_present_without_particle_still_reports():
    found = analysed("ويشير التقرير السنوي للهيئة إلى أن أسعار المساكن ارتفعت بنسبة كبيرة.")
    assert "ويشير" in _cues(found)


def test_impersonal_after_qad_is_left_as_it_was():
    found = analysed("وقد تبين أن الصور المتداولة التقطت قبل عامين في مدينة أخرى.")
    assert "تبين" not in _cues(found)


def test_fa_qad_after_fronted_source_is_not_content():
    found = of_kind("وقع الحادث صباح أمس على الطريق السريع. وبحسب تقرير الشرطة فقد كانت الحافلة تسير بسرعة كبيرة عند المنعطف.",
                    "according_to")
    assert [q["text"] for q in found] == ["كانت الحافلة تسير بسرعة كبيرة عند المنعطف"]


def test_fa_qad_after_fronted_source_and_comma_is_not_content():
    found = of_kind("افتتح المعرض أبوابه للزوار هذا الأسبوع. وبحسب إدارة المعرض، فقد ارتفع عدد الزوار إلى ثلاثة آلاف زائر.",
                    "according_to")
    assert [q["text"] for q in found] == ["ارتفع عدد الزوار إلى ثلاثة آلاف زائر"]


def test_fa_inna_after_fronted_source_is_left_as_it_was():
    found = of_kind("وبحسب مصادر مطلعة، فإن الاجتماع المقبل سيعقد في الرياض بعد أسبوعين.", "according_to")
    assert [q["text"] for q in found] == ["الاجتماع المقبل سيعقد في الرياض بعد أسبوعين"]


def test_connective_before_closing_source_is_not_content():
    found = of_kind("وانتهى الاجتماع مساء أمس. من جهة أخرى، يحتجز المسلحون صحفيا في المدينة منذ أسبوعين، حسب وكالة الأنباء.",
                    "according_to")
    assert [q["text"] for q in found] == ["يحتجز المسلحون صحفيا في المدينة منذ أسبوعين"]


def test_also_before_closing_source_is_not_content():
    found = of_kind("وطرحت الشركة الجهاز في الأسواق أمس. كما أن الجهاز لا يدعم الشبكات القديمة حتى الآن، حسب موقع الشركة.",
                    "according_to")
    assert [q["text"] for q in found] == ["الجهاز لا يدعم الشبكات القديمة حتى الآن"]


def test_also_with_that_pronoun_is_left_as_it_was():
    found = of_kind("وطرحت الشركة الجهاز في الأسواق أمس. كما أنه لا يدعم الشبكات القديمة حتى الآن، حسب موقع الشركة.",
                    "according_to")
    assert [q["text"] for q in found] == ["كما أنه لا يدعم الشبكات القديمة حتى الآن"]
