"""Session 30, lead10: after a verb of cause (أرجع، عزا), what the speaker puts down to a cause may
follow the subject's person name with no demonstrative or "سبب" to mark it ("وأرجع وزير الدفاع لويس
كارلوس فيليجاس حادث التحطم إلى …" gave the speaker "… فيليجاس حادث التحطم" and the content "سوء الأحوال
الجوية"): that object opens what was said, as in "أرجعت الشركة الخسائر إلى …". And an according-to phrase between a reporting verb with its
subject and what the verb reports ("وأكدت وزارة الخارجية القطرية وفقا لوكالة الأنباء القطرية في بيان أمس
وقوف …") names the outlet the words came through, not the source of "أكدت وزارة الخارجية": no
according-to quote of the verb and its subject, and the participle after it keeps the ministry. Found by
reading random articles outside the gold."""

from __future__ import annotations

from entity_quotes import quote_rows as quotes


def test_the_object_after_a_full_name_opens_the_content() -> None:
    found = quotes("وأرجع وزير الداخلية خوان كارلوس مارتينيز حادث الانهيار إلى ضعف صيانة المبنى.")
    assert found == [("indirect", "وأرجع", "وزير الداخلية خوان كارلوس مارتينيز",
                      "حادث الانهيار إلى ضعف صيانة المبنى")]


def test_aza_with_an_abstract_noun_after_the_name() -> None:
    found = quotes("وعزا الكاتب الرياضي سامي الحربي محدودية صفقات النادي إلى ضعف الميزانية.")
    assert found == [("indirect", "وعزا", "الكاتب الرياضي سامي الحربي",
                      "محدودية صفقات النادي إلى ضعف الميزانية")]


def test_the_later_quotes_keep_the_speaker_without_the_object() -> None:
    found = quotes("وعزا المدرب خالد المطيري خسارة الفريق إلى الإرهاق، وقال إن اللاعبين سيعودون أقوى.")
    assert [(speaker, text[:12]) for _, _, speaker, text in found] == [
        ("المدرب خالد المطيري", "خسارة الفريق"), ("المدرب خالد المطيري", "اللاعبين سيع")]


def test_a_title_after_the_name_stays_in_the_speaker() -> None:
    # guard: "رئيس اللجنة" describes the speaker; what he put down to the cause comes after it
    found = quotes("وأرجع خالد السالم رئيس اللجنة تأخر المشروع إلى نقص التمويل.")
    assert found and found[0][2].startswith("خالد السالم رئيس اللجنة")


def test_a_demonstrative_object_is_unchanged() -> None:
    # guard: "ذلك" already marked where the object begins
    found = quotes("وعزا المهندس سعد القحطاني ذلك إلى ارتفاع درجات الحرارة.")
    assert found == [("indirect", "وعزا", "المهندس سعد القحطاني", "ذلك إلى ارتفاع درجات الحرارة")]


def test_a_family_name_after_a_given_name_stays_in_the_speaker() -> None:
    # guard: the tagger may close the name at "عبدالله"; "الحقيل" is his family name
    found = quotes("وأرجع الوزير ماجد بن عبدالله الحقيل تأخر المشاريع إلى المقاولين.")
    assert found and "الحقيل" in found[0][2]


def test_an_outlet_between_the_verb_and_its_words_makes_no_according_to() -> None:
    found = quotes("وأعربت الحكومة عن قلقها. وأكدت وزارة الخارجية وفقا لوكالة الأنباء الرسمية في بيان أمس "
                   "دعم بلادها الكامل للمبادرة، مشددة على أهمية الحوار بين الأطراف.")
    assert found == [
        ("indirect", "وأعربت", "الحكومة", "قلقها"),
        ("indirect", "وأكدت", "وزارة الخارجية", "دعم بلادها الكامل للمبادرة"),
        ("indirect", "مشددة", "وزارة الخارجية", "أهمية الحوار بين الأطراف"),
    ]


def test_wafqan_lima_naqalathu_after_the_verb_and_subject() -> None:
    found = quotes("وشدد السفير وفقاً لما نقلته وكالة الأنباء الوطنية على ضرورة وقف التصريحات العدائية فورا.")
    assert found == [("indirect", "وشدد", "السفير", "ضرورة وقف التصريحات العدائية فورا")]


def test_a_source_closing_the_verbs_words_is_still_an_according_to() -> None:
    # guard: the verb's words stand before the source, which closes the sentence
    found = quotes("وأضاف الوزير أن الاقتصاد سينمو بنسبة 3%، بحسب رويترز.")
    assert [(kind, speaker) for kind, _, speaker, _ in found] == [("indirect", "الوزير"), ("according_to", "رويترز")]


def test_a_source_inside_a_clause_of_no_reporting_verb_is_unchanged() -> None:
    # guard: "يتضمن" reports nothing; the whole clause is still attributed to the statement
    found = quotes("ويتضمن جدول الأعمال وفقا لبيان الوزارة مراجعة التقرير السنوي للصندوق.")
    assert [(kind, speaker) for kind, _, speaker, _ in found] == [("according_to", "بيان الوزارة")]
