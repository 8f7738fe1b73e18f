"""Quotes round 24b (detection): "نص / ينص على أن", what a text lays down, reported like a statement;
"جدد" a report only when a stance is renewed; a verb of belief opening a relative clause, and a strict
verb after a number ("400 طالب"), report nothing. Texts run through segment, ner and link
(``entity_quotes.analysed``); every text is written for these tests."""

from __future__ import annotations

import pytest
from entity_quotes import _speaker, analysed, by_cue


def _cues(found) -> list[str]:
    return [q["cue"]["text"] for q in found if q.get("cue")]


# --- "نص على أن": a text lays down its clause (dev 5 articles, snapshot 5) --------------------------
# "وينص القرار على أن …", "ونصت اللائحة على أن …": the document says what follows أن, like "وجاء في
# البيان أن …". Only before its complement clause (flag ``clause`` in verbs.tsv, as "توصل إلى أن"):
# with a noun after على ("ينص القانون على عدم السماح …") it is narration, and the noun "نص" (a
# text: "نص الرسالة", "وإلى نص الحوار") or a verb inside a noun phrase ("قرارا ينص على أن …") is no cue.

def test_a_decision_lays_down_its_clause():
    found = analysed("وأصدر المجلس البلدي أمس قرارا جديدا. وينص القرار على أن تغلق المحلات التجارية أبوابها عند منتصف الليل.")
    quote = by_cue(found, "وينص")
    assert quote["kind"] == "indirect"
    assert quote["text"] == "تغلق المحلات التجارية أبوابها عند منتصف الليل"
    assert _speaker(quote) == "القرار"


def test_a_quoted_clause_after_nassa_ala_anna_is_direct():
    found = analysed('ونصت اللائحة الجديدة على أن "يلتزم كل مرشح بإزالة ملصقاته خلال أسبوع من إعلان النتائج".')
    quote = by_cue(found, "ونصت")
    assert quote["kind"] == "direct"
    assert quote["text"] == "يلتزم كل مرشح بإزالة ملصقاته خلال أسبوع من إعلان النتائج"


def test_nassa_with_a_noun_object_or_the_noun_nass_is_no_cue():
    assert _cues(analysed("ينص النظام على منع التدخين في المباني الحكومية كافة.")) == []
    assert _cues(analysed("ونشرت الصحيفة نص الرسالة التي بعث بها المدير إلى الموظفين أمس.")) == []
    assert _cues(analysed("وتبنى مجلس الأمن قرارا ينص على أن تبقى القوات في مواقعها.")) == []


# --- "جدد": a report only when what is renewed is a stance (dev 3 articles, snapshot 5) -----------
# "وجدد الوزير التأكيد على …", "جددت المملكة موقفها", "وجدد إدانته": the object is a word of stance or
# speech (``stance_object`` in clause_words.tsv; flag ``stance`` in verbs.tsv). Renewing a contract, a
# detention or a worry is narration ("جددت الإدارة التعاقد مع …", "جددت النيابة حبس …", "تجدد القلق").

@pytest.mark.parametrize("text,content", [
    ("وجدد وزير الخارجية التأكيد على أهمية الحوار بين دول المنطقة.", "التأكيد على أهمية الحوار بين دول المنطقة"),
    ("وجددت الحكومة الأردنية موقفها الرافض لأي تدخل في شؤون جيرانها.", "موقفها الرافض لأي تدخل في شؤون جيرانها"),
    ("وجدد مجلس الشورى إدانته للهجوم الذي استهدف المسجد.", "إدانته للهجوم الذي استهدف المسجد"),
])
def test_renewing_a_stance_is_reported(text, content):
    [quote] = analysed(text)
    assert quote["text"] == content


def test_renewing_a_contract_a_detention_or_a_worry_is_narration():
    assert _cues(analysed("وجددت إدارة النادي التعاقد مع الحارس الدولي لموسمين إضافيين.")) == []
    assert _cues(analysed("كما جددت المحكمة أمس حبس ثلاثة متهمين 15 يوما على ذمة التحقيق.")) == []
    assert _cues(analysed("وتجدد القلق في الأسواق من تراجع الطلب على الحديد.")) == []


# --- a verb of belief opening a relative clause (dev 5 articles) ----------------------------------
# "بعض السكان الذين كانوا يعتقدون أن …", "الكلية التي يرى أنها …": right after a relative pronoun
# (and كان), "يعتقد / يرى" says who the people are, not what anyone said (``belief_lemma`` in
# clause_words.tsv); the same verbs opening their own clause still report.

def test_a_belief_inside_a_relative_clause_is_no_quote():
    assert _cues(analysed("وساد الاستياء بين بعض السكان الذين كانوا يعتقدون أن المشروع سينتهي قبل الصيف.")) == []
    assert _cues(analysed("ويحق للطالب أن يختار التخصص الذي يرى أنه يناسب قدراته.")) == []


def test_a_belief_opening_its_clause_still_reports():
    found = analysed("ويرى الخبراء أن أسعار الحديد ستواصل الارتفاع حتى نهاية العام.")
    assert by_cue(found, "ويرى")["text"] == "أسعار الحديد ستواصل الارتفاع حتى نهاية العام"


# --- a counted noun spelt like a strict verb (dev 2 articles, snapshot 1) --------------------------
# "طالب" (student) after a number in digits is the counted noun ("400 طالب وطالبة", "120 طالبا"),
# not the verb "طالب ب…"; after a year ("في عام 2014 طالب الوزير بـ…") it is still the verb.

def test_a_number_of_students_is_no_demand():
    assert _cues(analysed("وتستعد الكلية لاستقبال أكثر من 350 طالب وطالبة في برامج الدبلوم هذا العام.")) == []
    assert _cues(analysed("وشارك 120 طالبا من المدارس الثانوية في برنامج صيفي للموهوبين.")) == []


def test_after_a_year_talaba_is_still_the_verb():
    found = analysed("وفي عام 2014 طالب وزير المالية بزيادة ميزانية التعليم.")
    assert by_cue(found, "طالب")["text"] == "بزيادة ميزانية التعليم"
