"""Session 47, pass dq47 (docs/evaluation/quotes.md, "Session 47, dq47"): direct quotes' speakers on unseen news.

- dq47a: the phrase right after a reporting verb before a quotation is whom the verb addresses, not who spoke
  (direct.py ``addressed_after_cue``): after "لكنه" / "لكنها" the subject is that pronoun ("لكنه دعا ايران الى
  أن «…»"); after a verb that calls on or advises people (``addressee_verbs`` in word_classes.tsv) a short
  definite phrase that names no speaker, with its preposition after it, is the object ("ونصح المستهلك بـ«…»", as
  the indirect pass reads "ودعا السكان إلى …"), and so is a definite -ين plural of people right after it (the
  indirect pass's ``addressed_plural``: "وناشد المسؤولين التدخل … لما سماه «…»"). Not the indirect pass's whole
  ``disagrees``: a feminine verb before a masculine title is often a woman's ("وقالت المدير العام لليونيسكو …").
  Before, that phrase was the speaker, and the next quotation with no subject went on with it.
"""

import pytest
from entity_quotes import analysed, containing

LEAD = "قال الرئيس الأمريكي باراك أوباما إن الاتفاق مع طهران يمنعها من امتلاك السلاح النووي. "
BUT_HE_CALLED = LEAD + "لكنه دعا ايران إلى أن «تخصص القسم الأكبر من هذا المال لتحسين أوضاع شعبها»."
ADVISED = (
    "وحذر الخبير الاقتصادي محمد العلي المستهلكين من الشراء في المواسم، ونصح المستهلك بـ«التركيز على سعر المنتج "
    "وجودته قبل المصنعية». وقال: «الخسارة يتم تعويضها عادة بكثافة البيع في المواسم»."
)
APPEALED = (
    "وقال المواطن علي حكمي إن الكهرباء انقطعت منذ الصباح. وتابع: «كنا نأمل بعودة الكهرباء قبل دخول الظلام». "
    "وناشد المسؤولين التدخل فورا ووضع حد لما سماه «مهزلة الانقطاعات المتكررة في كل صيف»."
)

# guards: the phrase after the verb is its subject
EXPERTS_ADVISED = "ونصح الخبراء بـ«التركيز على سعر المنتج وجودته قبل الشراء في المواسم»."
PRESIDENT_CALLED = LEAD + "ودعا الرئيس السوري إلى «حوار وطني شامل يضم جميع القوى دون استثناء»."
WOMAN_TITLED = (
    "وقالت المدير العام لليونيسكو إيرينا بوكوفا لعمال البناء خلال زيارة للموقع «إن عملكم بمثابة درس في التسامح "
    "والحوار والسلام»."
)


def _speaker(text: str, words: str) -> str | None:
    quote = containing(analysed(text), words)
    return quote["speaker"]["text"]


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (BUT_HE_CALLED, "تخصص القسم الأكبر", "الرئيس الأمريكي باراك أوباما"),
        (ADVISED, "التركيز على سعر المنتج", "الخبير الاقتصادي محمد العلي"),
        (ADVISED, "الخسارة يتم تعويضها", "الخبير الاقتصادي محمد العلي"),
        (APPEALED, "مهزلة الانقطاعات", "المواطن علي حكمي"),
    ],
    ids=["but-he-called", "advised", "advised-then-said", "appealed"],
)
def test_object_after_the_verb_is_not_the_speaker(text, words, expected):
    assert _speaker(text, words) == expected


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (EXPERTS_ADVISED, "التركيز على سعر المنتج", "الخبراء"),
        (PRESIDENT_CALLED, "حوار وطني شامل", "الرئيس السوري"),
        (WOMAN_TITLED, "عملكم بمثابة درس", "المدير العام لليونيسكو إيرينا بوكوفا"),
    ],
    ids=["experts", "president", "woman-titled"],
)
def test_subject_after_the_verb_still_speaks(text, words, expected):
    assert _speaker(text, words) == expected
