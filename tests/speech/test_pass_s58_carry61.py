"""Session 58, pass carry61 (issue #4, speakers): a singular cue with no subject that opens the sentence after a
side clause ("…«…» فيما أعلنت دول أخرى نيتها المساعدة. وتابعت «…»") goes on with the one quoted before the side
clause, not with the side clause's bare noun phrase ("دول أخرى"، "المستشفيات المتقدمة"), which names no one.

A body, a title, a person or an outlet quoted in the side clause goes on as before ("فيما قالت إدارة الاتحاد إن …
وأضافت"), and so does a cue with a subject of its own.
"""

from __future__ import annotations

import pytest
from entity_quotes import speaker_of_words


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            'وقالت المنسقة الأممية سارة لينون في مؤتمر صحافي إن "المخيمات تعاني نقصا حادا في المياه". '
            'وأضافت لينون "تلقينا حتى الآن نصف ما طلبناه من تمويل" فيما اعلنت دول اخرى نيتها تقديم المساعدة. '
            'وتابعت "نأمل أن تصل بقية الأموال قبل الشتاء".',
            "بقية الأموال",
            "المنسقة الأممية سارة لينون",
        ),
        (
            'وقالت الطبيبة هند العلي إن المريض "يحتاج إلى رعاية خاصة"، فيما أوصت المستشفيات المتقدمة بنقله إلى '
            'الخارج. وأوضحت أنها "راسلت الوزارة مرتين".',
            "راسلت الوزارة",
            "الطبيبة هند العلي",
        ),
    ],
)
def test_a_cue_after_a_side_clause_goes_on_with_the_one_quoted_before(text: str, words: str, speaker: str) -> None:
    # carry61: the cue went on with the side clause's bare noun phrase ("دول اخرى"، "المستشفيات المتقدمة")
    assert speaker_of_words(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a masculine cue after a feminine aside: its own gender already kept the man (بينما too)
        (
            'وأكد مدير الدفاع المدني اللواء سالم الحربي أن "الفرق تعمل على مدار الساعة"، بينما أعلنت فرق تطوعية '
            'استعدادها للمشاركة. وأضاف "لن نتوقف حتى إخلاء آخر منزل".',
            "إخلاء آخر منزل",
            "مدير الدفاع المدني اللواء سالم الحربي",
        ),
        # a body quoted in the side clause goes on
        (
            'وقال مدير النادي فهد السالم إن "الفريق جاهز للموسم"، فيما قالت إدارة الاتحاد إن "الجدول لم يعتمد بعد". '
            'وأضافت "سنعلنه الأسبوع المقبل".',
            "الأسبوع المقبل",
            "إدارة الاتحاد",
        ),
        # a person quoted in the side clause goes on
        (
            'وقال الوزير خالد العمري إن "المشروع في مراحله الأخيرة"، فيما أكد رئيس الهيئة سعد الفهد أن '
            '"التمويل متوفر". وأضاف "سنفتتحه قبل نهاية العام".',
            "قبل نهاية العام",
            "رئيس الهيئة سعد الفهد",
        ),
        # a cue with its own subject: as before
        (
            'وقالت المنسقة الأممية سارة لينون إن "المخيمات تعاني نقصا حادا"، فيما اعلنت دول اخرى نيتها المساعدة. '
            'وقال المتحدث باسم الصليب الأحمر يوسف كامل "نحتاج إلى مزيد من الشاحنات".',
            "مزيد من الشاحنات",
            "المتحدث باسم الصليب الأحمر يوسف كامل",
        ),
    ],
)
def test_guards(text: str, words: str, speaker: str) -> None:
    assert speaker_of_words(text, words) == speaker
