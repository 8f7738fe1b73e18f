"""Quote finder, twenty-ninth pass, detection (quotes round 29c): where a noun or preposition object
ends. Texts run through segment, ner and link (``entity_quotes.analysed``); every text is written for
these tests.

* After a comma inside a noun or preposition object ("وأكد المدير أهمية …"، "مشيرا إلى …"), the clause
  openers "كما / فيما / إذ" ended the content. Before أن / أنه, "هو / هي" or a present tense that is no
  reporting verb they carry the statement on ("…، فيما يتعين على الطلاب …", "…، كما أن …", "…، كما
  هو الحال …"); before a past tense (narration: "…، كما افتتح الوزير …") or a reporting verb they
  still end it.
* "وجّه" (listed only for thanks: "ووجه شكره") also directs that something be done, with ب before what:
  "وكان الوزير قد وجه اللجنة بالوقوف على …", "وجه بعدم …". Not "ووجهت نداءها باللغة …" (how), "توجه"
  (went), "على وجه السرعة" (face).
"""

from __future__ import annotations

from entity_quotes import analysed, by_cue


def test_a_present_tense_after_fima_goes_on():
    found = analysed("وأكد مدير المدرسة سالم العتيبي أهمية حضور الطلاب مبكرا في اليوم الأول، "
                     "فيما يتعين على أولياء الأمور مراجعة الإدارة لاستلام الجداول.")
    quote = by_cue(found, "وأكد")
    assert quote["text"].endswith("لاستلام الجداول")


def test_kama_anna_goes_on_after_a_preposition_object():
    found = analysed("وأشار المهندس خالد الحربي إلى تأخر تنفيذ المشروع بسبب الأمطار، "
                     "كما أن نقص العمالة زاد من مدة العمل.")
    quote = by_cue(found, "وأشار")
    assert quote["text"].endswith("زاد من مدة العمل")


def test_kama_huwa_goes_on():
    found = analysed("مؤكدا حاجة الحي إلى مدرسة ثانوية، كما هو الحال في الأحياء المجاورة.")
    quote = by_cue(found, "مؤكدا")
    assert quote["text"].endswith("في الأحياء المجاورة")


def test_a_past_tense_after_kama_still_ends_the_object():
    found = analysed("وأكد الأمير أهمية دعم الشباب في المنطقة، كما افتتح الأمير المعرض المقام في القاعة الكبرى.")
    quote = by_cue(found, "وأكد")
    assert quote["text"] == "أهمية دعم الشباب في المنطقة"


def test_a_reporting_verb_after_fima_still_ends_the_object():
    found = analysed("وأكد الوزير أهمية التعاون بين الدول، فيما يؤكد الخبراء أن الأزمة طويلة.")
    quote = by_cue(found, "وأكد")
    assert quote["text"] == "أهمية التعاون بين الدول"


# --- "وجّه ب…": directed that ------------------------------------------------------------------------

def test_directed_that_with_an_addressee():
    found = analysed("وكان وزير الصحة قد وجّه اللجنة بالوقوف على أسباب تأخر المواعيد في المستشفى.")
    quote = by_cue(found, "وجّه")
    assert quote["kind"] == "indirect"
    assert quote["text"] == "بالوقوف على أسباب تأخر المواعيد في المستشفى"


def test_directed_that_not_with_subject_before():
    found = analysed("وذكر المتحدث أن رئيس البلدية وجه بعدم إغلاق الحدائق العامة خلال العيد.")
    quote = by_cue(found, "وجه")
    assert quote["text"] == "بعدم إغلاق الحدائق العامة خلال العيد"


def test_an_appeal_in_a_language_is_no_directive():
    found = analysed("ووجهت الأم نداءها باللغة العربية إلى المسؤولين في المدينة.")
    assert not [q for q in found if q.get("cue") and q["cue"]["text"] == "ووجهت"]


def test_face_and_went_are_no_directive():
    found = analysed("وتوجه الوفد بالطائرة إلى الرياض صباح اليوم. وأنهى الفريق العمل على وجه السرعة بالكامل.")
    assert not [q for q in found if q.get("cue") and q["cue"]["text"] in ("وتوجه", "وجه")]
