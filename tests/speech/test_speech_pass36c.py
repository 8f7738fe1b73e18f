"""Quotes round 36c: a fronted according-to source whose attribution runs on to فإن / فقد (made-up texts)."""

from entity_quotes import of_kind


def test_fronted_source_with_relative_clause_before_fa():
    # "وبموجب X [relative clause] فإن …": the clause after فإن is attributed to the document
    text = ("أوقفت الشرطة رجلا في المطار أمس. وبموجب أمر قضائي يرجع إلى مارس الماضي فإن "
            "الرجل نقل أموالا إلى جماعة مسلحة خلال إقامته في الخارج.")
    found = of_kind(text, "according_to")
    assert len(found) == 1
    assert found[0]["text"].startswith("الرجل نقل أموالا")
    assert "أمر قضائي" in found[0]["speaker"]["text"]


def test_fronted_source_with_where_published_before_faqad():
    # "ووفقا للأرقام المنشورة على موقع X فقد …": where the figures were published belongs to the source
    text = ("ووفقا للأرقام المنشورة على موقع الهيئة على الإنترنت فقد ارتفع عدد الزوار إلى مليون زائر "
            "في يوليو.")
    found = of_kind(text, "according_to")
    assert len(found) == 1
    assert "ارتفع عدد الزوار" in found[0]["text"]
    assert "على موقع الهيئة" not in found[0]["text"]


def test_fronted_by_virtue_of_without_fa_is_no_source():
    # guard: "بموجب الاتفاق" inside a clause with no فإن / فقد names the terms, not words
    text = "ستحصل الشركة بموجب الاتفاق الجديد على حصة من الأرباح ابتداء من العام المقبل."
    assert not of_kind(text, "according_to")


def test_fa_after_a_comma_or_a_cue_is_not_reached():
    # guard: a comma or a reporting verb between the source and فإن stops the reach
    text = ("وبحسب التقرير أعلن الوزير زيادة الرواتب فإن الموظفين سيحصلون على العلاوة الشهر المقبل.")
    found = of_kind(text, "according_to")
    assert not any(q["text"].startswith("الموظفين سيحصلون") for q in found)
