"""Session 41, pass dq41 (docs/evaluation/quotes.md, "Session 41, pass dq41"): direct quotes' speakers.

- dq41a: a verb opening an according-to's content ("وحسب موقع X، هاجم الفريق ضاحي خلفان …، قائلاً: «…»") is the
  narration the outlet is cited for, so a participle after it goes on with that verb's subject, not with the outlet
  (speakers.py ``in_quoted_words``); deeper in the content ("وبحسب المدير X فإن …") it is still the source's words;
- dq41b: right after "جدد" (flag ``stance``), any word of stance it renews ("الإشارة"، "ثقته"، "تأكيداته") is its
  object, never its subject, as "التأكيد" was (phrases.py ``own_object``; "إشارة" added to stance_object in
  clause_words.tsv); "المواقف" is left out (renewed_position in word_classes.tsv).
"""

import pytest
from entity_quotes import speaker_of_content

import khabar

# (rule, text, the opening of the quote's content, the speaker khabar must give it)
SPEAKERS = [
    (
        "dq41b",
        "من جهة أخرى، طمأن عضو الشرف بنادي الهلال موسى الموسى، جماهير الزعيم حول الأزمة المالية التي يمر بها "
        "النادي، وجدد ثقته في الإدارة الحالية بقيادة الأمير نواف بن سعد لتجاوز هذه الأزمة.",
        "ثقته في الإدارة",
        "عضو الشرف بنادي الهلال موسى الموسى",
    ),
    (
        "dq41b",
        "نفى السفير أحمد قطان هذه المزاعم، مؤكدا أن كل ما تردد في هذا الشأن غير صحيح. وجدد الإشارة إلى الموقف "
        'السعودي الراسخ من الأزمة المحتدمة في سوريا، وأضاف: "موقفنا من سوريا ثابت".',
        "موقفنا من سوريا",
        "السفير أحمد قطان",
    ),
]


@pytest.mark.parametrize(("rule", "text", "opening", "expected"), SPEAKERS)
def test_the_speaker_of_the_rules_shape(rule: str, text: str, opening: str, expected: str) -> None:
    assert speaker_of_content(text, opening) == expected


def test_a_participle_after_an_according_to_goes_on_with_its_verbs_subject() -> None:
    # dev 2015-08-06#3096: the site reported Khalfan's tweets; it did not say them
    text = (
        'هاجم نائب رئيس شرطة دبي الفريق ضاحي خلفان، الأمين العام لـ"حزب الله" اللبناني حسن نصر الله، واصفاً إياه '
        'بأنه لا علم له بالسياسة أكثر من "صاحب بقالة". وحسب موقع "يمن برس"، تابع "خلفان" هجومه على "نصر الله" '
        'وحزبه، في مجموعة من التغريدات عبر حسابه الشخصي على موقع التواصل الاجتماعي "تويتر"، قائلاً: "القادم سيقضي '
        'على سمعة نصر الله".'
    )
    speaker = speaker_of_content(text, "القادم سيقضي") or ""
    assert "خلفان" in speaker and "يمن برس" not in speaker


def test_a_verb_deep_in_a_persons_according_to_stays_his() -> None:
    # corpus 2015-08-06#1667: "ونزلان" deep in the source's words is no clause of the narration
    text = (
        "وبحسب مدير إدارة التراخيص في الهيئة العامة للسياحة والتراث الوطني في الاحساء يوسف العديلي فإن الاحساء "
        "تضم أكثر من 81 مركزاً للإيواء، منها 65 وحدة سكنية مفروشة، و7 فنادق، ونزلان سياحيان ريفيان، و 5 فنادق طرق، "
        "مذكراً بأن الاحساء كانت هي أول منطقة تشهد إطلاق موتيل."
    )
    assert "العديلي" in (speaker_of_content(text, "الاحساء كانت") or "")


def test_renewed_positions_are_not_read_as_the_object() -> None:
    # corpus 2015-08-03#0: "وجدد المواقف" inside the minister's report of the cabinet is the cabinet's, not his
    text = (
        "وأوضح وزير الثقافة والإعلام بالنيابة الدكتور ماجد القصبي في بيانه لوكالة الأنباء السعودية، عقب الجلسة، أن "
        "مجلس الوزراء اطلع على جملة من التقارير عن الجهود بشأن مستجدات الأحداث، وجدد المواقف الثابتة للمملكة "
        "العربية السعودية التي عبرت عنها في بيانات سابقة."
    )
    doc = khabar.analyze(text, published="2015-08-01")
    assert not [q for q in doc.quotes if q["text"].startswith("المواقف")]
