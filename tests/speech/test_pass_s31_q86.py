"""Session 31, q86: "مذكرة" is the noun "memo" ("مذكرة التفاهم"، "مذكرة تفاهم"، "مذكرة احتجاج"), not the
feminine of the participle "مذكرا" (reminding): the form is dropped with "!مذكرة" in participles.tsv, as
"مطالبة" (a demand) is. The masculine "مذكرا بأن …" still reports."""

from __future__ import annotations

from entity_quotes import quote_rows as quotes


def test_a_memorandum_of_understanding_reports_nothing() -> None:
    found = quotes("ويقوم بموجب مذكرة التفاهم الثانية أطباء المستشفى الجامعي بتشغيل مركز الطوارئ.")
    assert found == []


def test_a_memorandum_does_not_cut_the_quote_it_stands_in() -> None:
    found = quotes("وأوضح المدير أن الجامعة ستوقع مذكرة التفاهم الثانية مع الوزارة بتشغيل المستشفى الجديد.")
    assert found == [("indirect", "وأوضح", "المدير",
                      "الجامعة ستوقع مذكرة التفاهم الثانية مع الوزارة بتشغيل المستشفى الجديد")]


def test_a_memorandum_with_its_adjective_is_no_cue() -> None:
    found = quotes("وقال وزير المالية إن الحكومة تأمل في إنجاز مذكرة التفاهم الخاصة بخطة الإنقاذ قبل نهاية الشهر.")
    assert [cue for _, cue, _, _ in found] == ["وقال"]
    assert found[0][3].endswith("بخطة الإنقاذ قبل نهاية الشهر")


def test_memoranda_signed_are_unchanged() -> None:
    # guard: the plural was never a cue
    found = quotes("وأكد رئيس الغرفة أن الطرفين وقعا مذكرات تفاهم بقيمة ملياري ريال.")
    assert found == [("indirect", "وأكد", "رئيس الغرفة", "الطرفين وقعا مذكرات تفاهم بقيمة ملياري ريال")]


def test_the_masculine_participle_still_reports() -> None:
    # guard: "مذكرا بأن" reminds, and reports what it reminds of
    found = quotes("وأكد الوزير أهمية المشروع، مذكرا بأن الحكومة خصصت له ميزانية كبيرة.")
    assert ("indirect", "مذكرا", "الوزير", "الحكومة خصصت له ميزانية كبيرة") in found


def test_a_text_issued_after_a_comma_is_not_who_speaks_in_it() -> None:
    # "مذكرة" / "رسالة" opening a clause before a verb with فيها is the text the issuer speaks in
    found = quotes("وأصدرت الهيئة، بعد اجتماعها أمس، رسالة تؤكد فيها التزامها بالمعايير الدولية.")
    assert [(cue, speaker) for _, cue, speaker, _ in found] == [("تؤكد", "الهيئة")]
    found = quotes("وكانت الوزارة أصدرت في مطلع الشهر الجاري، مذكرة توضح فيها للمواطنين شروط السفر.")
    assert [(cue, speaker) for _, cue, speaker, _ in found] == [("توضح", "الوزارة")]
