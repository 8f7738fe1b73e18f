"""Quote finder, forty-seventh pass, detection (quotes round 47b).

1. "تبين" is also the impersonal "it turned out" ("وتبين أن الحادث …"، "تبين لجهات التحقيق أن …"، "فتبين
   أنه …"): with no subject right after it, it is not "she explains", reports nothing, and does not end
   the content of the quote it stands in. With its subject after it ("وتبين الوزارة أن …") it reports.
2. The verbal noun of a reporting verb after إلى, with its complement right after it ("ويخلص الباحث إلى
   القول إن …"، "دفع ذلك المحللين إلى القول بأن …"، "يعود إلى التأكيد أن …"), reports that complement; not
   "لا يمكن القول إن …" (the writer's) nor "أهمية التأكيد على …".
Every text is written for these tests.
"""

from __future__ import annotations

from entity_quotes import analysed


def _indirect(found):
    return [q for q in found if q["kind"] == "indirect"]


def test_it_turned_out_does_not_end_the_reported_clause():
    found = analysed("وذكر المتحدث باسم الدفاع المدني أن فرق الإنقاذ توجهت إلى الموقع فور تلقي البلاغ، "
                     "وتبين أن الحريق نشب في مستودع مهجور.")
    quotes = _indirect(found)
    assert [q["cue"]["text"] for q in quotes] == ["وذكر"]
    assert quotes[0]["text"].endswith("الحريق نشب في مستودع مهجور")


def test_it_turned_out_to_the_investigators_is_no_new_quote():
    found = analysed("وأوضح مدير الشرطة أن التحقيق بدأ صباح أمس، وتبين لجهات التحقيق أن المتهم غادر المدينة.")
    quotes = _indirect(found)
    assert [q["cue"]["text"] for q in quotes] == ["وأوضح"]
    assert quotes[0]["text"].endswith("المتهم غادر المدينة")


def test_then_it_turned_out_reports_nothing():
    found = analysed("وتم الاستفسار عن ماضي الرجل فتبين أنه من أصحاب السوابق.")
    assert all(q["cue"]["text"] != "فتبين" for q in found)


def test_tubayyin_with_its_subject_after_it_still_reports():
    found = analysed("وتبين الوزارة في بيانها أن المشروع سينتهي قبل نهاية العام.")
    quotes = _indirect(found)
    assert [q["cue"]["text"] for q in quotes] == ["وتبين"]
    assert quotes[0]["text"] == "المشروع سينتهي قبل نهاية العام"


def test_coming_to_say_reports_its_complement():
    found = analysed("ودفع تراجع الطلب عددا من المحللين إلى القول بأن الأسعار ستنخفض أكثر.")
    quotes = _indirect(found)
    assert [q["cue"]["text"] for q in quotes] == ["القول"]
    assert quotes[0]["text"] == "الأسعار ستنخفض أكثر"


def test_going_back_to_stress_reports_its_complement():
    found = analysed("لكن الخبير الاقتصادي سالم الحربي يعود إلى التأكيد أن النمو سيتباطأ هذا العام.")
    quotes = _indirect(found)
    assert [q["cue"]["text"] for q in quotes] == ["التأكيد"]
    assert quotes[0]["text"] == "النمو سيتباطأ هذا العام"


def test_one_cannot_say_is_the_writers_own():
    found = analysed("ولا يمكن القول إن الأزمة انتهت.")
    assert found == []


def test_the_importance_of_stressing_reports_nothing_more():
    found = analysed("وأشار الوزير إلى أهمية التأكيد على الثوابت الوطنية.")
    assert [q["cue"]["text"] for q in found] == ["وأشار"]
