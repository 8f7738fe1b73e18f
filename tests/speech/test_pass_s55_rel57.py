"""Session 55, pass rel57 (issue #4, speakers): a speaker named before its verb with a relative clause between.

"لكن المدرب الذي قاد الفريق إلى اللقب قال إن …", "غير أن الشركة التي طورت الدواء تقول …": a bare reporting verb
right after a relative clause whose antecedent opens its clause (the sentence, or after أن / إن / لكن) has that
antecedent for subject, when the clause is closed (the nearest relative, words only up to the verb), the verb
agrees with the relative and the antecedent with it in gender, and the antecedent names someone. Before, the
walk back stopped inside the relative clause and the verb went on with the last speaker, or with none.
rel57b: the object of "مع" before الذي / الذين ("وتواصلت الصحيفة مع X، الذي أكد") is the relative verb's subject.
"""

from __future__ import annotations

import pytest
from entity_quotes import analysed, speaker_of_words

LEAD = "وقال المتحدث باسم البلدية إن الاجتماع كان ناجحا. "


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            LEAD + "غير أن الشركة التي طورت الدواء الجديد تقول إنه يساعد المرضى على النوم.",
            "يساعد المرضى",
            "الشركة",
        ),
        (
            LEAD + "إلا أن المهندس سامي خالد الذي يسكن في الحي المجاور قال إنه سمع صوت انفجار قوي.",
            "سمع صوت انفجار",
            "المهندس سامي خالد",
        ),
        (
            LEAD + "يذكر أن الوزارة التي أطلقت الحملة العام الماضي أعلنت أنها ستمددها حتى نهاية العام.",
            "ستمددها",
            "الوزارة",
        ),
        (
            LEAD + "غير أن المنظمة التي ترعى اللاجئين في المخيم حذرت من أن المساعدات لا تكفي.",
            "المساعدات لا تكفي",
            "المنظمة",
        ),
        # the antecedent's name in quotation marks; its head, not the body after "من", agrees with الذي
        (
            LEAD + 'غير أن مدير شركة "النخيل" الذي حضر الاجتماع أكد أن الأسعار سترتفع.',
            "الأسعار سترتفع",
            'مدير شركة "النخيل"',
        ),
        (
            LEAD + 'لكن الدكتور سامي خالد من جامعة "أكسفورد" والذي قاد فريق البحث أوضح أن النتائج أولية.',
            "النتائج أولية",
            'الدكتور سامي خالد من جامعة "أكسفورد"',
        ),
    ],
)
def test_the_antecedent_before_a_closed_relative_clause_speaks(text: str, words: str, speaker: str) -> None:
    # rel57: the verb went on with the last speaker ("المتحدث باسم البلدية") or had none
    assert speaker_of_words(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # guard (before and after): the relative does not agree with the verb, so it is not the verb's subject
        (
            LEAD + "لكن المبنى الذي شيدته الشركة في الحي قالت إنه آمن تماما.",
            "آمن تماما",
            None,
        ),
        # guard: a phrase after a preposition ("في الوقت الذي …") opens no subject; the one after the verb speaks
        (
            LEAD + "في الوقت الذي شهدت فيه المدينة أمطارا غزيرة قال الدفاع المدني إن الوضع آمن.",
            "الوضع آمن",
            "الدفاع المدني",
        ),
        # guard: the sentence-initial subject before the relative clause, as before
        (
            LEAD + "المدرب الذي قاد الفريق إلى اللقب في الموسم الماضي أوضح أن اللاعب سيعود قريبا.",
            "سيعود قريبا",
            "المدرب",
        ),
    ],
)
def test_guard_what_the_relative_walk_leaves(text: str, words: str, speaker: str | None) -> None:
    assert speaker_of_words(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # the words before the relative open with a verb, and "إلى ما قال" is not the clause's end
        ("وقال رئيس اللجنة إن العمل مستمر. واستند التقرير الذي أعدته اللجنة الفنية وحدد أرقاما للخسائر إلى ما قال"
         " إنها تقارير دولية موثوقة.", "واستند"),
        # "الذي كان قد أعلن": the relative is the verb's own subject, the sentence's opening words are not
        ("وقال رئيس القناة إن البرنامج ناجح. وجذبت آخر حلقة للمذيع سامي خالد، الذي كان قد أعلن رحيله عن البرنامج"
         " الساخر، نحو مليون مشاهد.", "وجذبت"),
    ],
)
def test_guard_no_speaker_opens_with_the_sentence_verb(text: str, verb: str) -> None:
    found = analysed(text)
    assert found
    assert not any((q["speaker"]["text"] or "").startswith(verb) for q in found)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # rel57b: the object of "مع" before الذي / الذين is the relative verb's subject, not the verb before "مع"
        ("وأعلنت الشركة عن أرباحها. وتواصلت الصحيفة مع المهندس فهد سالم، الذي أكد أن المشروع سينتهي قريبا.",
         "سينتهي قريبا", "المهندس فهد سالم"),
        ("وأعلنت الشركة عن أرباحها. والتقى الوفد مع عدد من المستثمرين الذين أكدوا أن السوق واعدة.",
         "السوق واعدة", "عدد من المستثمرين"),
    ],
)
def test_the_object_of_ma_before_a_masculine_relative_speaks(text: str, words: str, speaker: str) -> None:
    assert speaker_of_words(text, words) == speaker


def test_guard_ma_before_tallati_keeps_the_verb_subject() -> None:
    # guard (before and after): "التي" after "مع" is as often a thing ("القضية") as a body
    text = "وأعلنت الشركة عن أرباحها. وتتعامل الوزارة مع القضية التي تؤكد أن الإجراءات كانت سليمة."
    assert speaker_of_words(text, "الإجراءات كانت سليمة") == "الوزارة"
