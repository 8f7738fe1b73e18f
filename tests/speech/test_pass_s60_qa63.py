"""Pass qa63: the answers of a published interview. After the phrase that leads from the introduction to the
questions and answers ("وإلى نص الحوار:"، "فإلى تفاصيل الحوار.."), each answer (the words after a question mark,
or after a line opening with a single bullet, up to the next question) is one indirect quote with no cue, and its
speaker is the one the introduction's quotes name (ANNOTATION.md; the dev gold of two interviews). Without the
leading phrase (a column's rhetorical questions), without answers, or without a named speaker in the introduction,
nothing is added. Texts written for these tests."""

from __future__ import annotations

from entity_quotes import analysed

INTRO = ("أكد وزير الزراعة الأردني خالد الحنيفات أن الموسم الزراعي سيكون أفضل من العام الماضي، "
         "وقال في حوار مع «الصحيفة» إن الوزارة أعدت خطة لدعم صغار المزارعين. ")

BULLETS = (INTRO + "وإلى نص الحوار:\n"
           "• كيف تقيمون الموسم الزراعي الحالي؟\n"
           "•• الموسم جيد جدا بفضل الأمطار الغزيرة التي هطلت في الشتاء، ونتوقع إنتاجا وفيرا من الخضار.\n"
           "• وماذا عن أسعار الأعلاف؟\n"
           "•• نعمل مع القطاع الخاص على خفض الأسعار وتوفير الأعلاف في جميع المحافظات.\n")

ONE_PARAGRAPH = (INTRO + "فإلى تفاصيل الحوار.. ما أبرز ملامح الخطة الجديدة؟ "
                 "الخطة تركز على دعم المزارعين بالقروض الميسرة وتوفير البذور المحسنة. "
                 "متى يبدأ تنفيذها؟ سيبدأ التنفيذ مطلع العام المقبل في المحافظات الجنوبية أولا.")


def _answers(found: list[dict]) -> list[dict]:
    return [q for q in found if q["cue"] is None and q["kind"] == "indirect"]


def test_each_bullet_answer_is_the_interviewees_words():
    answers = _answers(analysed(BULLETS))
    assert [q["text"] for q in answers] == [
        "الموسم جيد جدا بفضل الأمطار الغزيرة التي هطلت في الشتاء، ونتوقع إنتاجا وفيرا من الخضار",
        "نعمل مع القطاع الخاص على خفض الأسعار وتوفير الأعلاف في جميع المحافظات",
    ]
    assert {q["speaker"]["text"] for q in answers} == {"وزير الزراعة الأردني خالد الحنيفات"}


def test_answers_after_question_marks_in_one_paragraph():
    answers = _answers(analysed(ONE_PARAGRAPH))
    assert [q["text"] for q in answers] == [
        "الخطة تركز على دعم المزارعين بالقروض الميسرة وتوفير البذور المحسنة",
        "سيبدأ التنفيذ مطلع العام المقبل في المحافظات الجنوبية أولا",
    ]
    assert {q["speaker"]["text"] for q in answers} == {"وزير الزراعة الأردني خالد الحنيفات"}


def test_a_bullet_question_with_no_question_mark_and_a_crosshead_are_no_answer():
    text = (INTRO + "وفيما يلي نص الحوار:\n"
            "* بداية.. حدثنا عن خطة الوزارة للعام المقبل\n"
            "الخطة تشمل حفر آبار جديدة وتوسيع شبكات الري في القرى البعيدة.\n"
            "دعم المزارعين\n"
            "* وهل هناك دعم مالي مباشر؟\n"
            "سنصرف إعانات نقدية لكل مزارع مسجل في سجلات الوزارة قبل نهاية العام.\n")
    answers = _answers(analysed(text))
    assert [q["text"] for q in answers] == [
        "الخطة تشمل حفر آبار جديدة وتوسيع شبكات الري في القرى البعيدة",
        "سنصرف إعانات نقدية لكل مزارع مسجل في سجلات الوزارة قبل نهاية العام",
    ]


def test_a_column_of_questions_with_no_leading_phrase_adds_nothing():
    text = ("من المسؤول عن غلاء الأسعار في الأسواق؟ التاجر يرفع السعر كلما سنحت له الفرصة دون رقيب. "
            "ولماذا تتأخر الجهات الرقابية؟ لأن الأنظمة قديمة ولم تعد تواكب السوق الحديثة. إلى اللقاء..")
    assert _answers(analysed(text)) == []


def test_an_interview_whose_introduction_names_no_speaker_adds_nothing():
    text = ("شهدت المدينة افتتاح معرض الكتاب السنوي بمشاركة واسعة من دور النشر. فإلى تفاصيل الحوار:\n"
            "• ما الجديد في دورة هذا العام؟\n"
            "•• أضفنا جناحا خاصا لكتب الأطفال وخصصنا قاعة للندوات الفكرية اليومية.\n"
            "• وكم عدد دور النشر المشاركة؟\n"
            "•• شاركت أكثر من ثلاثمائة دار نشر من عشرين دولة عربية وأجنبية.\n")
    assert _answers(analysed(text)) == []


def test_a_call_to_return_to_dialogue_is_no_interview():
    text = ("قال المبعوث الأممي إسماعيل ولد الشيخ أحمد إن الأطراف جاهزة. ودعا الجميع إلى الحوار: هل يقبل الحوثيون المبادرة؟ "
            "لا أحد يعرف حتى الآن موقف الجماعة من المبادرة الجديدة. وهل تتوقف المعارك؟ "
            "المعارك مستمرة في عدة جبهات حتى ساعة متأخرة من الليل.")
    assert _answers(analysed(text)) == []
