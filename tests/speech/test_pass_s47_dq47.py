"""Session 47, pass dq47 (docs/evaluation/quotes.md, "Session 47, dq47"): direct quotes' speakers on unseen news.

- dq47a: the phrase right after a reporting verb before a quotation is whom the verb addresses, not who spoke
  (direct.py ``addressed_after_cue``): after "لكنه" / "لكنها" the subject is that pronoun ("لكنه دعا ايران الى أن
  «…»"); after a verb that calls on or advises people (``addressee_verbs`` in word_classes.tsv) a short definite
  phrase that names no speaker, with its preposition after it, is the object ("ونصح المستهلك بـ«…»", as the
  indirect pass reads "ودعا السكان إلى …"); a phrase the verb does not agree with is its object too (the indirect
  pass's ``disagrees``: "واتهمت الوزير السابق بأنه «…»"). Before, that phrase was the
  speaker, and the next quotation with no subject went on with it.
"""

import pytest
from entity_quotes import analysed, containing

LEAD = "قال الرئيس الأمريكي باراك أوباما إن الاتفاق مع طهران يمنعها من امتلاك السلاح النووي. "
BUT_HE_CALLED = LEAD + "لكنه دعا ايران إلى أن «تخصص القسم الأكبر من هذا المال لتحسين أوضاع شعبها»."
ADVISED = (
    "وحذر الخبير الاقتصادي محمد العلي المستهلكين من الشراء في المواسم، ونصح المستهلك بـ«التركيز على سعر المنتج "
    "وجودته قبل المصنعية». وقال: «الخسارة يتم تعويضها عادة بكثافة البيع في المواسم»."
)
SHE_ACCUSED = (
    "وقالت الوزيرة سارة الحمد إن الخطة تأخرت كثيرا عن موعدها. واتهمت الوزير السابق بأنه «أهمل المشروع طوال سنوات "
    "ولم يتابع تنفيذه»."
)

# guards: the phrase after the verb is its subject
EXPERTS_ADVISED = "ونصح الخبراء بـ«التركيز على سعر المنتج وجودته قبل الشراء في المواسم»."
PRESIDENT_CALLED = LEAD + "ودعا الرئيس السوري إلى «حوار وطني شامل يضم جميع القوى دون استثناء»."
SHE_SAID = "واتهمت الوزيرة سارة الحمد الشركة بالتقصير، وقالت إن «الشركة أهملت المشروع طوال سنوات»."


def _speaker(text: str, words: str) -> str | None:
    quote = containing(analysed(text), words)
    return quote["speaker"]["text"]


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (BUT_HE_CALLED, "تخصص القسم الأكبر", "الرئيس الأمريكي باراك أوباما"),
        (ADVISED, "التركيز على سعر المنتج", "الخبير الاقتصادي محمد العلي"),
        (ADVISED, "الخسارة يتم تعويضها", "الخبير الاقتصادي محمد العلي"),
        (SHE_ACCUSED, "أهمل المشروع", "الوزيرة سارة الحمد"),
    ],
    ids=["but-he-called", "advised", "advised-then-said", "she-accused"],
)
def test_object_after_the_verb_is_not_the_speaker(text, words, expected):
    assert _speaker(text, words) == expected


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (EXPERTS_ADVISED, "التركيز على سعر المنتج", "الخبراء"),
        (PRESIDENT_CALLED, "حوار وطني شامل", "الرئيس السوري"),
        (SHE_SAID, "الشركة أهملت المشروع", "الوزيرة سارة الحمد"),
    ],
    ids=["experts", "president", "she-said"],
)
def test_subject_after_the_verb_still_speaks(text, words, expected):
    assert _speaker(text, words) == expected
