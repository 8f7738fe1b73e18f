"""Session 47, pass ind47 (docs/evaluation/quotes.md, "Session 47, ind47"): wrong-person speakers of indirect quotes.

- ind47a: right after a masculine singular reporting verb, a plural of bodies or states (word_classes.tsv
  ``plural_bodies``: السلطات، الجهات، دول، قوات، شركات …) is not its subject, which would make the verb feminine
  ("وطالبت قوات التحالف"): it is whom the verb calls on or accuses, and the speaker goes on from before
  (indirect.py ``plural_bodies_at``, in ``feminine_institution``). Before, the bodies were the speaker. As for a
  feminine institution, a complement clause right after the phrase keeps it the subject ("وذكر الجهات أن …").
"""

import pytest
from entity_quotes import analysed, containing

LEAD = "قال وزير الخارجية الفرنسي جان مارك ايرولت إن بلاده تتابع الأوضاع عن كثب. "
CALLED_AUTHORITIES = LEAD + "ودعا السلطات إلى فتح تحقيق عاجل في أسباب الحادث ومحاسبة المسؤولين عنه."
ACCUSED_STATES = (
    "وقال المتحدث باسم الحكومة اليمنية راجح بادي إن الوضع الإنساني في عدن صعب. "
    "واتهم دول الجوار بالتقصير في إيصال المساعدات إلى المحافظات الجنوبية."
)
DEMANDED_FORCES = (
    "وأكد وكيل المحافظة ناصر العولقي أن المدينة تعيش أوضاعا صعبة منذ أسابيع. "
    "وطالب قوات التحالف بالاستمرار في دعم المقاومة الشعبية حتى تحرير المحافظة."
)
URGED_COMPANIES = (
    "وقال رئيس الوزراء البريطاني إن التطرف يهدد المجتمع. وطالب شركات التقنية ببذل المزيد للتصدي لنشر الأفكار المتطرفة."
)

# guards: the plural bodies are the subject
FEMININE_VERB = "ودعت السلطات المحلية السكان إلى الابتعاد عن مجاري السيول خلال الأيام المقبلة."
SAID_THAT = "وذكر الجهات المختصة أن العمل في المشروع سينتهي قبل نهاية العام الجاري."


def _speaker(text: str, words: str) -> str | None:
    quote = containing(analysed(text), words)
    return quote["speaker"]["text"]


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (CALLED_AUTHORITIES, "فتح تحقيق عاجل", "وزير الخارجية الفرنسي جان مارك ايرولت"),
        (ACCUSED_STATES, "بالتقصير في إيصال", "المتحدث باسم الحكومة اليمنية راجح بادي"),
        (DEMANDED_FORCES, "بالاستمرار في دعم", "وكيل المحافظة ناصر العولقي"),
        (URGED_COMPANIES, "ببذل المزيد", "رئيس الوزراء البريطاني"),
    ],
    ids=["called-authorities", "accused-states", "demanded-forces", "urged-companies"],
)
def test_plural_bodies_after_a_masculine_verb_are_its_object(text, words, expected):
    assert _speaker(text, words) == expected


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (FEMININE_VERB, "الابتعاد عن مجاري السيول", "السلطات المحلية"),
        (SAID_THAT, "العمل في المشروع", "الجهات المختصة"),
    ],
    ids=["feminine-verb", "said-that"],
)
def test_plural_bodies_as_subject(text, words, expected):
    assert _speaker(text, words) == expected


def test_despite_a_verbal_noun_keeps_its_agent():
    # "ورغم نفي …": after "رغم" the cue is the verbal noun, and the plural bodies after it are its agent
    text = (
        "وقال وزير النفط محمد عوض إن الإمدادات تصل إلى الولايات بانتظام. "
        "ورغم نفي السلطات وجود شح في الوقود، اصطفت السيارات أمام المحطات منذ الصباح."
    )
    assert _speaker(text, "وجود شح في الوقود") == "السلطات"
