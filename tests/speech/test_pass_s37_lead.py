"""Session 37, the lead's pass (docs/evaluation/quotes.md, "Session 37, lead"):

- lead37a: an unnamed source described again later with his rank but without what placed him ("وأضاف المسؤول
  الرفيع المستوى" after "مسؤول أميركي") is longer, not fuller: the speaker stays the first description, unless
  the later one holds every word of it ("المصدر الأمني المسؤول" after "مصدر أمني") (speakers.py, ``link``);
- lead37c: the speaker's own text written with his pronoun right after the verb ("واختتم رسالته: «…»"، "يختم
  خطابه بهذه العبارة") is its object and ends the speaker phrase (np_stops in word_classes.tsv);
- lead37e: an adjunct opened by a circumstance word that governs a noun ("لدى مشاركته في …"، "خلال اجتماعه
  مع …") runs to its comma when a noun object follows it: what was said opens after the comma (region.py,
  ``past_circumstance``; adjunct_openers in word_classes.tsv);
- lead37f: a sentence that opens with a first-person pronoun ("نحن شركة وطنية، ندعم …") is the speaker's own
  words going on: its phrase is no narrative subject for the next "مبينة" (subjects.py, first_person_opener);
- lead37g: a body named again in a longer phrase that drops words of its first mention ("ولم تعلن وزارة الدفاع
  حصيلة القتلى …" after "وزارة الدفاع الجزائرية") is a phrase run on into the clause, not a fuller name: the
  speaker keeps the first mention (speakers.py, ``link``);
- lead37h: "التنظيم" back to "وكان تنظيم القاعدة تحدث أمس …": the name ends before the reporting verb it is the
  subject of (antecedents.py, ``nominal_antecedent``);
- lead37i: a participle that reports only after a comma ("…، مرجعًا وقوع الحوادث إلى …") keeps its object when a
  short quotation stands further on in it ("«الشد العضلي»") (indirect.py, ``object_before_quote``);
- lead37j: "النجم / المطرب / المغني" + a nationality is the person named before with it ("ويضيف النجم الكويتي" after
  "الفنان الكويتي محمد جابر") (antecedents.py, ``described_by_country``; stage_names in word_classes.tsv);
- lead37k: ind37's crosshead is not read where the sentence after the colon has its own third-person cue or opens
  with "من جهته" ("أحمد بن سلطان: من جهته وصف العضو … أن …") (direct.py, ``reports_itself``).
"""

import pytest
from entity_quotes import analysed, by_cue, speaker

# (rule, text, cue, the speaker khabar must give that cue's quote)
SPEAKERS = [
    ("lead37a", "وفرضت واشنطن عقوبات جديدة، في خطوة وصفها مسؤول أميركي بأنها «مهمة في منع تمويل الإرهاب». "
                "وأضاف المسؤول الرفيع المستوى الذي طلب عدم الكشف عن هويته: «لن نسمح لأي جماعة بجمع الأموال».",
     "وأضاف", "مسؤول أميركي"),
    ("lead37c", "وبعث رئيس النادي خالد البلطان برسالة إلى الجماهير بعد الخسارة. واختتم رسالته: «سنعود أقوى في "
                "الموسم المقبل بإذن الله».", "واختتم", "رئيس النادي خالد البلطان"),
    ("lead37f", "أكدت مديرة الشركة سارة العتيبي أنهم واجهوا صعوبات كثيرة، وقالت: أتمنى ألا يصنفنا أحد مع فريق "
                "ضد آخر. نحن شركة وطنية، ندعم جميع الأندية. مبينة أنهم حجزوا للجماهير في فنادق قريبة من الملعب.",
     "مبينة", "مديرة الشركة سارة العتيبي"),
    ("lead37g", "كما ذكرت وزارة الداخلية النمساوية أن عشرة شبان أوقفوا في النمسا منذ منتصف أغسطس الماضي. وقد قدرت "
                "الوزارة في سبتمبر (أيلول) الماضي، أن 142 شخصا التحقوا بصفوف المسلحين.", "قدرت", "وزارة الداخلية النمساوية"),
    ("lead37h", "وكان تنظيم القاعدة تحدث أمس الأول في بيان نشرته مواقع متشددة عن الهجوم. وقال التنظيم إن عناصره "
                "انسحبوا سالمين بعد الهجوم.", "وقال", "تنظيم القاعدة"),
    ("lead37j", 'يقول الفنان الكويتي محمد جابر في لقاء بالرياض "إن الجمهور السعودي جمهور ذواق"، ويضيف النجم الكويتي '
                '"فن المسرح متعدد الأنواع وليس مسرحا كوميديا فقط".', "ويضيف", "الفنان الكويتي محمد جابر"),
]


@pytest.mark.parametrize(("rule", "text", "cue", "expected"), SPEAKERS, ids=[case[0] for case in SPEAKERS])
def test_the_speaker_of_the_rules_shape(rule: str, text: str, cue: str, expected: str) -> None:
    assert speaker(analysed(text), cue) == expected


def test_the_first_description_stays_for_the_quote_it_introduced():
    """lead37a: the later, longer description does not rewrite the speaker of the quote before it."""
    text = SPEAKERS[0][1]
    assert speaker(analysed(text), "وصفها") == "مسؤول أميركي"


def test_a_later_description_holding_the_first_is_fuller():
    text = ("وقال مصدر أمني إن الحادث قيد التحقيق. وأضاف المصدر الأمني المسؤول في وزارة الداخلية أن "
            "التحقيقات ما زالت جارية.")
    found = analysed(text)
    assert speaker(found, "وأضاف") == "المصدر الأمني المسؤول في وزارة الداخلية"


def test_a_circumstance_set_off_by_a_comma_is_not_the_object():
    """lead37e: "لدى/خلال + what he was doing, …" before a noun object: the object opens after the comma."""
    found = analysed("وأبدى رئيس الجمعية لدى مشاركته في ملتقى التطوع بجامعة الباحة أمس، تحفظه على بعض المتطوعين الجدد.")
    assert by_cue(found, "وأبدى")["text"].startswith("تحفظه على بعض المتطوعين")
    found = analysed("وأكد الوزير خلال اجتماعه بمديري التعليم في المناطق، أهمية سلامة الطلاب والطالبات.")
    assert by_cue(found, "وأكد")["text"].startswith("أهمية سلامة الطلاب")


def test_an_adverb_or_an_object_before_the_comma_stays_what_was_said():
    found = analysed("أكدت الخارجية المصرية مجددا رفض مصر الكامل للتدخل في الشؤون الداخلية، مطالبة بضرورة الالتزام بحسن الجوار.")
    assert by_cue(found, "أكدت")["text"].startswith("رفض مصر الكامل")
    found = analysed("وهنأ الرئيس ولي العهد بمناسبة اختياره لمنصبه الجديد، وتعيينه وزيرا للدفاع.")
    assert "اختياره" in by_cue(found, "وهنأ")["text"]


def test_a_quoted_term_inside_a_participles_object_keeps_the_quote():
    text = ("ودعا المتحدث باسم الدفاع المدني إلى التقيد بالتعليمات، مرجعًا وقوع أغلب الحوادث إلى السباحة في "
            "مناطق ممنوعة مما يؤدي إلى تصلب العضلات \"الشد العضلي\" ثم الغرق.")
    assert by_cue(analysed(text), "مرجعًا")["text"].startswith("وقوع أغلب الحوادث")


def test_a_label_over_a_sentence_with_its_own_cue_is_no_crosshead():
    text = ("وأضاف المدرب سامي الجابر أنه يجد العذر للاعبين. أحمد بن سلطان: من جهته وصف العضو الداعم الأمير أحمد "
            "بن سلطان أن ما حدث في الاجتماع هو في مصلحة النادي فقط.")
    assert not [q for q in analysed(text) if q["cue"] is None]


def test_a_crosshead_whose_speaker_speaks_in_the_first_person_stays():
    text = ("ونوه رئيس بلدية الزلفي مسفر الضويحي بالمتابعة المستمرة من المحافظ. الضويحي: نحرص على التطوير ونشكر "
            "شركاء النجاح في المحافظة. وتلا ذلك قصيدتان بالمناسبة.")
    found = [q for q in analysed(text) if q["cue"] is None]
    assert found and found[0]["text"].startswith("نحرص على التطوير")
