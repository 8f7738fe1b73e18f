"""Session 50, pass dq50 (docs/evaluation/quotes.md, "Session 50, dq50"): direct quotes' speakers on unseen news.

- dq50: a direct quote whose cue opens a relative clause with "الذي", after a person's title set off by commas that
  ends with the body he works for, has that person for speaker, not the body (subjects.py
  ``person_before_apposition``): "X، نائب رئيس التسويق لدى شركة Y، الذي قال: «…»" — X, not "شركة Y"; the same after
  ب glued to the body ("بالإدارة الأميركية") and a body's name in quotation marks ("في «مايكروسوفت العربية»").
- dq50b: a direct quote's feminine cue with no subject goes on with the woman the narration names before it by her
  surname alone, when the text marks her a woman at another mention (speakers.py ``woman_named_in``, asked by
  ``narrative_subject``): "وكانت كلينتون وجهت … رسالة إلى أنصارها، وقالت: «…»" after "المرشحة هيلاري كلينتون" —
  Clinton, not the last woman quoted; "كلينتون" reads masculine by its last letter.
"""

import pytest
from entity_quotes import speaker_of_words

BEFORE = "وقال الوزير: «نرحب بجميع المشاركين في المؤتمر». "

WITH_LADA = (
    BEFORE + "وسيعمل المدير الجديد تحت إشراف ماركو بيلوني، نائب رئيس المبيعات والتسويق لدى شركة نيسان الشرق "
    "الأوسط، الذي قال: «نحن سعداء بانضمامه إلى فريقنا في دبي»."
)
GLUED_BODY = (
    BEFORE + "وطالبت اللجنة بالضمانات التي قدمها جيمس كارتر، كبير المستشارين القانونيين بالإدارة الأميركية، "
    "الذي قال: «لن نقبل بأقل من ذلك في أي اتفاق»."
)
QUOTED_BODY = (
    BEFORE + "وتحدثت الصحيفة مع سامي الحربي، مدير العمليات والتطوير في «مايكروسوفت العربية»، الذي قال: "
    "«طورت الشركة نظاما جديدا لحماية البيانات»."
)

# guards: "التي" may have the body for antecedent; with no comma after the name, the titled phrase may be the
# verb's object ("استقبل X رئيس الوزراء …"), and the name is left alone
FEMININE_RELATIVE = (
    BEFORE + "والتقى الوفد سامي الحربي، مدير العمليات في شركة أرامكو، التي قالت: «نرحب بالتعاون مع الجامعات»."
)
NO_COMMA = (
    BEFORE + "واستقبل الأمير خالد الفيصل رئيس الوزراء البريطاني في مقر الإمارة بجدة، الذي قال: «نحن سعداء "
    "بهذه الزيارة»."
)


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (WITH_LADA, "نحن سعداء بانضمامه", "ماركو بيلوني"),
        (GLUED_BODY, "لن نقبل بأقل", "جيمس كارتر"),
        (QUOTED_BODY, "طورت الشركة نظاما", "سامي الحربي"),
    ],
    ids=["title-lada-body", "title-glued-body", "title-quoted-body"],
)
def test_person_before_apposition_speaks(text, words, expected):
    assert expected in (speaker_of_words(text, words) or "")


def test_feminine_relative_keeps_body():
    assert "سامي الحربي" not in (speaker_of_words(FEMININE_RELATIVE, "نرحب بالتعاون") or "")


def test_no_comma_keeps_name_out():
    assert "خالد الفيصل" not in (speaker_of_words(NO_COMMA, "نحن سعداء بهذه") or "")


CLINTON = (
    "وتتقدم المرشحة الديمقراطية هيلاري كلينتون في استطلاعات الرأي. وقالت المتحدثة باسم الحزب ماري سميث: "
    "«الأرقام مشجعة». وكانت كلينتون وجهت خلال المناظرة رسالة إلى أنصارها، وقالت: «لن نتراجع عن برنامجنا»."
)
MINISTER = (
    "وأعلنت الوزيرة هند الصالح أمس عن خطة جديدة للإسكان. وقالت المتحدثة باسم الوزارة ليلى حسن: «الخطة طموحة». "
    "وكانت الصالح زارت المشروع في جدة، وقالت: «العمل يسير وفق الجدول»."
)
# guard: a man named after a body's feminine verb is its object; the body goes on
BODY_AND_MAN = (
    "وقالت المتحدثة باسم الوزارة ليلى حسن: «الزيارة ناجحة». وكانت وزارة الخارجية استقبلت الوزير الفرنسي جان مارك "
    "إيرولت، وقالت: «نرحب بتعزيز التعاون»."
)


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (CLINTON, "لن نتراجع عن", "كلينتون"),
        (MINISTER, "العمل يسير وفق", "هند الصالح"),
    ],
    ids=["woman-by-given-name", "woman-by-title"],
)
def test_marked_woman_goes_on(text, words, expected):
    assert expected in (speaker_of_words(text, words) or "")


def test_body_before_man_goes_on():
    assert speaker_of_words(BODY_AND_MAN, "نرحب بتعزيز") == "وزارة الخارجية"
