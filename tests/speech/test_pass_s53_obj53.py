"""Session 53, pass obj53 (issue #4, indirect speakers on held-out news): the object of a verb that urges, asks, advises
or warns (طالب، نصح، ناشد، أوصى، حذر، دعا، حث: ``addressee_verbs``) was taken for its speaker where nothing yet marked it
as the object ("وطالبت كافة القادمين إلى المملكة بالتقيد …" gave "كافة القادمين" as the speaker; the ministry named
before, the subject hidden in the verb, speaks). ``IndirectQuotes.urged_object`` reads it as whom the verb urges when
the verb opens its clause and the phrase is a quantifier over a definite plural (كافة، جميع، كل), a definite -ين plural
of eight letters or more (the accusative), or, after a feminine verb, a masculine broken plural of people (حجاج، مرضى);
the content opens with those urged, as the gold writes "ودعا السكان إلى …".
"""

from __future__ import annotations

import pytest
from entity_quotes import quote_rows


def _row(text: str, cue: str) -> tuple[str | None, str]:
    """(speaker, content) of the quote whose cue is ``cue``."""
    rows = [(speaker, content) for _, row_cue, speaker, content in quote_rows(text) if row_cue == cue]
    assert len(rows) == 1, quote_rows(text)
    return rows[0]


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        (  # a quantifier over a plural, after a feminine verb
            "وشددت هيئة الطيران المدني على أهمية السلامة. وطالبت كافة المسافرين عبر المطارات بالوصول قبل موعد الرحلة.",
            "وطالبت",
            "هيئة الطيران المدني",
            "كافة المسافرين عبر المطارات بالوصول",
        ),
        (  # and after a masculine one
            "وأكد مدرب الفريق أن المعسكر حقق أهدافه. وطالب كافة اللاعبين بالالتزام بمواعيد التدريب.",
            "وطالب",
            "مدرب الفريق",
            "كافة اللاعبين بالالتزام",
        ),
        (  # "جميع", which ended no subject phrase
            "وأوضحت إدارة التعليم أن التسجيل يبدأ الأحد. وطالبت جميع أولياء الأمور بمراجعة المدارس مبكرا.",
            "وطالبت",
            "إدارة التعليم",
            "جميع أولياء الأمور بمراجعة",
        ),
        (  # a feminine verb before a masculine broken plural of people
            "وأعلنت وزارة الصحة ارتفاع درجات الحرارة في المشاعر. ونصحت الحجاج بالإكثار من شرب الماء.",
            "ونصحت",
            "وزارة الصحة",
            "الحجاج بالإكثار من شرب الماء",
        ),
        (
            "وذكرت الأرصاد أن الغبار سيستمر حتى المساء. كما نصحت المرضى بعدم الخروج من المنازل.",
            "نصحت",
            "الأرصاد",
            "المرضى بعدم الخروج",
        ),
        (  # a definite plural in -ين not shaped الم…ين, after "كما"
            "وأوضح الأسقف أن عشرات العائلات ما زالت محاصرة. كما ناشد الخاطفين الإفراج عن الرهائن.",
            "ناشد",
            "الأسقف",
            "الخاطفين الإفراج عن الرهائن",
        ),
        (  # after a plural verb, whose subject is not written
            "وأعلن وجهاء القرية رفضهم للاتفاق، وطالبوا المتمردين بأن يغادروا البلدة خلال يومين.",
            "وطالبوا",
            "وجهاء القرية",
            "المتمردين بأن يغادروا",
        ),
        (  # a verb without the object flag: the content still opens with whom it urged
            "وأكد مدير فرع الزراعة أن الآفة محدودة الانتشار. ونصح المزارعين بتقليم الأشجار المصابة فورا.",
            "ونصح",
            "مدير فرع الزراعة",
            "المزارعين بتقليم الأشجار",
        ),
    ],
)
def test_whom_the_verb_urges_is_not_its_speaker(text: str, cue: str, speaker: str, content: str) -> None:
    found_speaker, found = _row(text, cue)
    assert found_speaker == speaker
    assert found.startswith(content)


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        (  # guard: -ون is the nominative, the subject
            "وأكدت البلدية أن المشروع تأخر. وطالب المواطنون بتسريع العمل في الطريق.",
            "وطالب",
            "المواطنون",
            "بتسريع العمل",
        ),
        (  # guard: a masculine verb before a broken plural of people has it for subject
            "وأكد مدير المستشفى أن الحالة مستقرة. ونصح الأطباء بعدم زيارة المريض في الأيام الأولى.",
            "ونصح",
            "الأطباء",
            "بعدم زيارة المريض",
        ),
        (  # guard: a surname in -ين named before speaks
            "وتحدثت الباحثة منى زين العابدين عن الدراسة. وأوصت العابدين بضرورة تعديل المناهج الدراسية.",
            "وأوصت",
            "العابدين",
            "بضرورة تعديل المناهج",
        ),
    ],
)
def test_subjects_after_the_verb_still_speak(text: str, cue: str, speaker: str, content: str) -> None:
    found_speaker, found = _row(text, cue)
    assert found_speaker == speaker
    assert found.startswith(content)


def test_a_subject_before_its_object_still_speaks() -> None:
    # guard (before and after): the ministry is the subject and the citizens its object
    speaker, found = _row("وأكدت الصحة أن الوضع مطمئن. وطالبت الوزارة المواطنين بالتقيد بالتعليمات.", "وطالبت")
    assert speaker in ("الصحة", "الوزارة")
    assert found.startswith("المواطنين بالتقيد")


def test_a_new_attribution_after_a_comma_still_ends_the_call() -> None:
    # "بأن" after those urged: the content ends at the comma before "وأكدوا", whose quote is kept
    rows = quote_rows(
        "وأعلن وجهاء القرية أنهم يرفضون الاتفاق، وطالبوا المسلحين بأن يغادروا البلدة فورا، وأكدوا استمرارهم في الدفاع عنها."
    )
    by_cue = {cue: content for _, cue, _, content in rows}
    assert by_cue["وطالبوا"] == "المسلحين بأن يغادروا البلدة فورا"
    assert by_cue["وأكدوا"].startswith("استمرارهم في الدفاع")
