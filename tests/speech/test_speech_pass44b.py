"""Quote finder, forty-fourth pass, detection (quotes round 44b): after a comma, a conjunction of contrast
whose clause puts its whole subject before a past reporting verb with its complement ("…، ولكن الجماهير أكدت أن …",
"…، إلا أن مصادر مطلعة أفادت بأن …") begins a new attribution: the content before it ends at the comma.
Not a preposition phrase before the verb, nor a clause with no reporting verb. Every text is written for
these tests.
"""

from __future__ import annotations

from entity_quotes import analysed


def _quote(found, cue):
    return next(q for q in found if q.get("cue") and q["cue"]["text"] == cue)


def test_content_ends_before_but_with_a_new_subject_and_verb():
    found = analysed("أعلن النادي أن بيع التذاكر بلغ النصف، ولكن المشجعين أكدوا أن المقاعد الباقية بعيدة عن الملعب.")
    assert _quote(found, "أعلن")["text"] == "بيع التذاكر بلغ النصف"
    assert _quote(found, "أكدوا")["text"].startswith("المقاعد الباقية")


def test_content_ends_before_illa_anna_with_a_subject_and_verb():
    found = analysed("قالت الوزارة إن الطريق سيفتح الشهر المقبل، إلا أن مصادر في البلدية أفادت بأن العمل متوقف منذ أسابيع.")
    assert _quote(found, "قالت")["text"] == "الطريق سيفتح الشهر المقبل"
    assert _quote(found, "أفادت")["text"].startswith("العمل متوقف")


def test_a_clause_of_contrast_without_a_reporting_verb_stays_in_the_content():
    found = analysed("قال المدرب إن الفريق جاهز للمباراة، لكن اللاعبين الجدد يحتاجون إلى وقت أطول.")
    assert _quote(found, "قال")["text"].endswith("يحتاجون إلى وقت أطول")


def test_a_preposition_before_the_verb_is_no_subject():
    found = analysed("قال المدرب إن الفريق جاهز للمباراة، لكن في المؤتمر أكد أن الحارس مصاب.")
    assert "الحارس مصاب" in _quote(found, "قال")["text"]


def test_a_verb_inside_a_relative_clause_after_the_conjunction_is_no_new_attribution():
    found = analysed("قال الزوج إنه لم يدفع شيئا، إلا أن الموظف كان قد أرسل رسالة أكد فيها أنه تم حذف اسمها.")
    assert "أرسل رسالة" in _quote(found, "قال")["text"]


def test_a_present_verb_after_the_conjunction_tells_a_state():
    found = analysed("وقالت مصادر محلية إن القوات تقدمت نحو المدينة، غير أن الكتائب تشكو من نقص في الذخيرة.")
    assert "نقص في الذخيرة" in _quote(found, "وقالت")["text"]
