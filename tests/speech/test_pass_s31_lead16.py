"""Session 31, lead16 (a reading pass on indirect speakers outside the gold).

1. A participle title with its adjective ("المشرف العام على …") governs على like the bare title
   ("المشرف على …"): what he supervises and the holder's name after it stay in the speaker phrase
   (the phrase was cut at "المشرف العام" and the quote tied to no one). Also with the name set off by
   a comma ("… في الجامعة، الدكتور …").
2. A person's name right after a body named after someone ("مركز الملك سلمان"، "مستشفى الملك فهد")
   inside that governed phrase is the body's name, not the holder's.
3. "في وقت مبكر" after the subject is when it was said, like "في وقت متأخر"."""

from __future__ import annotations

import khabar


def _quotes(text: str) -> list[tuple[str, str, str | None]]:
    doc = khabar.analyze(text)
    names = {e["id"]: e["name"] for e in doc.entities}
    return [(q["text"], q["speaker"]["text"], names.get(q["speaker"]["entity"])) for q in doc.quotes]


def _said(found: list, words: str) -> tuple:
    return next(q for q in found if words in q[0])


def test_general_supervisor_on_keeps_the_holder() -> None:
    text = "وأوضح المشرف العام على برنامج التدريب الصيفي المهندس فارس الحربي أن البرنامج استقبل 200 متدرب."
    _, speaker, entity = _said(_quotes(text), "البرنامج استقبل")
    assert speaker.endswith("فارس الحربي") and entity == "فارس الحربي"


def test_general_supervisor_with_conjunction_after_another_title() -> None:
    text = "وقال مدير الشؤون الصحية والمشرف العام على المستشفى الدكتور ماجد الشهري إن المستشفى جاهز."
    _, speaker, entity = _said(_quotes(text), "المستشفى جاهز")
    assert speaker.endswith("ماجد الشهري") and entity == "ماجد الشهري"


def test_general_supervisor_name_after_a_comma() -> None:
    text = "وبين المشرف العام على مهرجان الصيف في المحافظة، الدكتور نايف القحطاني أن المهرجان يستمر أسبوعين."
    _, speaker, entity = _said(_quotes(text), "المهرجان يستمر")
    assert speaker.endswith("نايف القحطاني") and entity == "نايف القحطاني"


def test_later_verbs_go_back_to_the_named_supervisor() -> None:
    text = ("وأوضح المشرف العام على البرنامج الدكتور فهد المالكي أن البرنامج يضم 40 طالبا. "
            "وأشار المالكي إلى أن التسجيل يبدأ الأحد.")
    found = _quotes(text)
    assert _said(found, "يضم")[2] == "فهد المالكي"
    assert _said(found, "التسجيل")[2] == "فهد المالكي"


def test_body_named_after_a_king_is_not_the_holder() -> None:
    text = "وأوضح المشرف العام على مستشفى الملك فهد بجدة الدكتور سعد الغامدي أن المستشفى استقبل 300 مريض."
    _, speaker, entity = _said(_quotes(text), "استقبل")
    assert speaker.endswith("سعد الغامدي") and entity == "سعد الغامدي"


def test_early_time_is_not_the_speaker() -> None:
    text = "وأعلنت الشرطة في وقت مبكر اليوم أنها اعتقلت ثلاثة أشخاص."
    _, speaker, _ = _said(_quotes(text), "اعتقلت")
    assert speaker == "الشرطة"


# guards: what must not change

def test_guard_supervisor_stressed_importance_is_no_title_phrase() -> None:
    # "أكد المشرف العام على أهمية …": على is the verb's own preposition; no name follows
    found = _quotes("وأكد المشرف العام على أهمية البرنامج للطلاب.")
    assert all(speaker == "المشرف العام" for _, speaker, _ in found)


def test_guard_centre_named_after_the_king_without_a_holder() -> None:
    text = "وأوضح المشرف العام على مركز الملك سلمان لأمراض الكلى أن المركز استقبل 300 مريض."
    _, speaker, entity = _said(_quotes(text), "استقبل")
    assert entity is None and "سلمان" not in speaker


def test_guard_bare_supervisor_on() -> None:
    text = "وقال المشرف على الحملة الدكتور خالد السالم إن الحملة ستستمر شهرا."
    _, speaker, entity = _said(_quotes(text), "الحملة ستستمر")
    assert speaker == "المشرف على الحملة الدكتور خالد السالم" and entity == "خالد السالم"


def test_guard_special_envoy_learnt_of_views_is_the_verbs_preposition() -> None:
    # "اطلع المبعوث الخاص على …": an adjective that is part of the title; على is the verb's, the
    # minister after it is no holder of the title
    text = ("قال المبعوث الخاص إن الحل سياسي. كما اطلع المبعوث الخاص على وجهات نظر الوزير محمد جواد ظريف، "
            "وشدد على عدم وجود حل عسكري.")
    found = _quotes(text)
    assert all(entity is None and "ظريف" not in speaker for _, speaker, entity in found)


def test_official_spokesman_for_a_tribe_keeps_the_holder() -> None:
    text = "وقال المتحدث الرسمي عن قبيلة عتيبة الدكتور حامد العتيبي إن القبيلة تلتزم بالأنظمة."
    _, speaker, entity = _said(_quotes(text), "تلتزم")
    assert speaker.endswith("حامد العتيبي") and entity == "حامد العتيبي"


def test_object_after_the_holders_name_is_not_the_speaker() -> None:
    # "عدّ X نجاح …": a verb whose object follows its subject; the phrase ends with the holder's name
    text = ("وعد أمين المنطقة المشرف العام على مهرجان الصيف المهندس خالد الدوسري نجاح تنظيم المهرجانات "
            "الماضية بأنها أعطت مزيدا من التميز.")
    _, speaker, entity = _said(_quotes(text), "أعطت")
    assert speaker.endswith("خالد الدوسري") and entity == "خالد الدوسري"
