"""Session 35, acc35b: an according-to phrase that opens a new clause after a comma, its source followed by
فقد or a word with the fa- of a main clause, attributes what follows the فـ
(AccordingTo.fa_clause_after_set_off_source): "…، وحسب البيان فقد أقدم الجاني على …" is fronted in its
clause, as after a full stop. Before, the content was the clause before the comma, on the wrong side of the
cue (the corpus study of pass acc34: 10 of 30 short according-to contents were on the wrong side)."""

from __future__ import annotations

from entity_quotes import according_rows, quote_rows


def test_source_after_a_comma_then_faqad() -> None:
    found = according_rows("وأصدرت وزارة الداخلية بيانا بشأن تنفيذ حكم القتل في أحد الجناة، وحسب البيان فقد أقدم الجاني"
                           " على قتل مواطن بسلاح ناري.")
    # the statement speaks for the ministry that issued it (session 46, lead46a; ANNOTATION.md: speaker = the institution)
    assert found == [("وحسب", "وزارة الداخلية", "أقدم الجاني على قتل مواطن بسلاح ناري")]


def test_short_lead_set_off_then_source_then_comma_faqad() -> None:
    found = according_rows("وبناء عليه، وحسب تصريح الوزير، فقد يرتفع الإنتاج إلى أربعة ملايين برميل يوميا.")
    assert found == [("وحسب", "تصريح الوزير", "يرتفع الإنتاج إلى أربعة ملايين برميل يوميا")]


def test_fa_clause_word_kept() -> None:
    found = according_rows("وارتفعت الأسعار في المدينة، وبحسب ما ذكرت الصحيفة فهناك نقص كبير في المعروض من الوحدات.")
    assert [(cue, content) for cue, _, content in found] == [
        ("وبحسب ما ذكرت", "فهناك نقص كبير في المعروض من الوحدات")]


def test_guard_fa_inna_unchanged() -> None:
    found = according_rows("وتبعد المدينة عن العاصمة 18 كيلومترا، وحسب آخر الإحصاءات فإن عدد سكانها تجاوز 36 ألفا.")
    assert found == [("وحسب", "آخر الإحصاءات", "عدد سكانها تجاوز 36 ألفا")]


def test_guard_reporting_verb_after_the_fa() -> None:
    # "فقد قال الوزير إن …": the verb's own quote; the phrase is left as before
    rows = quote_rows("وتراجعت الأسهم أمس، وبحسب رويترز فقد قال الوزير إن الحكومة ستتدخل.")
    assert ("indirect", "قال", "الوزير", "الحكومة ستتدخل") in rows


def test_guard_no_fa_closing_source_unchanged() -> None:
    found = according_rows("وشهدت المدينة أمطارا غزيرة، بحسب الأرصاد، فيما تواصلت الحركة المرورية بشكل طبيعي.")
    assert found == [("بحسب", "الأرصاد", "شهدت المدينة أمطارا غزيرة")]


def test_guard_as_said_closes_the_clause_before() -> None:
    # "كما جاء في X، فـ…": "as X says" attributes the clause before the comma, as before
    found = according_rows("وقد وصلت معلومات عنه في الوقت الملائم، كما جاء في لائحة الاتهام، فتم اعتقاله عندما وصل إلى المطار.")
    assert found == [("كما جاء في", "لائحة الاتهام", "قد وصلت معلومات عنه في الوقت الملائم")]
