"""Session 55, pass acc57 (issue #4, according-to quotes), from the dev errors of draw 20202 and the corpus:
a connective that opens the sentence and ties it to the one before ("من جانب آخر،"، "ميدانيا،"، "وفي موازاة
ذلك،"، "في تطور آخر،"، "في سياق آخر") is no word of what a closing source says: the content starts after it,
as it already did after "من جهة أخرى" or "إلى ذلك" (``discourse_opener`` in clause_words.tsv).
"""

from __future__ import annotations

import pytest
from entity_quotes import only_according


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "من جانب آخر، اعتقلت الشرطة أكثر من 30 متظاهرا الخميس في وسط العاصمة، حسب ما أعلنت النقابة.",
            "النقابة",
            "اعتقلت الشرطة أكثر من 30 متظاهرا الخميس في وسط العاصمة",
        ),
        (
            "ومن جانب آخر، أغلقت السلطات المعبر الحدودي أمام الشاحنات، بحسب مصادر محلية.",
            "مصادر محلية",
            "أغلقت السلطات المعبر الحدودي أمام الشاحنات",
        ),
        (
            "ميدانيا، قتل 12 شخصا على الأقل في قصف استهدف سوقا شعبية شمال المدينة، بحسب ما أفادت مصادر طبية.",
            "مصادر طبية",
            "قتل 12 شخصا على الأقل في قصف استهدف سوقا شعبية شمال المدينة",
        ),
        (
            "وفي موازاة ذلك، فتح مسلحون النار على حافلة للشرطة قرب الميناء، وفق ما نقلت وكالة الأنباء الرسمية.",
            "وكالة الأنباء الرسمية",
            "فتح مسلحون النار على حافلة للشرطة قرب الميناء",
        ),
        (
            "وفي تطور آخر، واصلت القوات تقدمها نحو المدينة الساحلية، وفقا لما قال مسؤولون محليون.",
            "مسؤولون محليون",
            "واصلت القوات تقدمها نحو المدينة الساحلية",
        ),
    ],
)
def test_a_connective_opening_the_sentence_is_no_word_of_the_source(text: str, speaker: str, content: str) -> None:
    # acc57: the content kept the connective ("من جانب آخر، اعتقلت …", "في موازاة ذلك، فتح …")
    assert only_according(text) == (speaker, content)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            # guard (before and after): a connective already in the list
            "من جهة أخرى، ارتفع عدد الزوار إلى 40 ألفا خلال العطلة، بحسب هيئة السياحة.",
            "هيئة السياحة",
            "ارتفع عدد الزوار إلى 40 ألفا خلال العطلة",
        ),
        (
            # guard (before and after): a sentence adverb set off by its comma after the connective goes with it
            "وفي السياق نفسه أيضًا، تعمل شركات الاتصالات على توسيع شبكاتها في المدن الصغيرة، وفقا لمدير الهيئة.",
            "مدير الهيئة",
            "تعمل شركات الاتصالات على توسيع شبكاتها في المدن الصغيرة",
        ),
        (
            # guard (before and after): a phrase of place that is no connective stays out as it did
            "وفي القاهرة، التقت الوزيرة نظيرها الأردني، حسب ما أعلنت الخارجية.",
            "الخارجية",
            "التقت الوزيرة نظيرها الأردني",
        ),
    ],
)
def test_guard_other_openers_unchanged(text: str, speaker: str, content: str) -> None:
    assert only_according(text) == (speaker, content)


def test_guard_a_connective_before_fa_inna_is_kept() -> None:
    # guard (before and after): "في الوقت نفسه فإن …" — the connective goes on with فإن, the content is not cut
    speaker, found = only_according(
        "في الوقت نفسه فإن الاقتصاد المحلي سجل نموا بنسبة 2 في المائة خلال الربع الأول، بحسب وزارة التخطيط."
    )
    assert speaker == "وزارة التخطيط"
    assert found.startswith("في الوقت نفسه")
