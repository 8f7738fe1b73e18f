"""Session 41, pass dd41 (docs/evaluation/quotes.md, "Session 41, dd41"), issue #4, direct quotes left open:

a quotation whose closing mark is missing ran to the end of its paragraph, over the writer's next sentences; where
a sentence of the writer's reports someone again — a third-person reporting verb with its و, or any such verb after
a turn lead ("من جانبه،"، "بدوره"), then its complement (أن / إن) or a colon within a few words — the open
quotation now ends with the sentence before it (scan.py ``_turn_end``, word_classes.tsv ``turn_lead``), so the
direct quote holds only the speaker's words and the writer's sentence is read as the indirect quote it is.
"""

import khabar


def quotes(text: str) -> list[tuple[str, str, str | None]]:
    return [(q["kind"], q["text"], q["speaker"]["text"]) for q in khabar.analyze(text).quotes]


def test_open_quotation_ends_before_a_turn_lead():
    # 2015-08-08.zip#228 (dev): the closing mark after "والإرهاب." is missing
    text = (
        'وزادت الدكتورة الحليسي "نسأل الله عز وجل أن يحمي بلادنا وجميع أقطار المسلمين، وأن يصلح شبابنا ويحميهم من '
        "التطرف والإرهاب. من جانبه، أكد الدكتور أحمد اليوسف عضو هيئة التدريس في كلية الاتصال والإعلام في جامعة "
        "الملك عبدالعزيز، أن ما حدث خسارة كبيرة على كل الأصعدة."
    )
    found = quotes(text)
    assert found[0][0] == "direct"
    assert found[0][1].endswith("التطرف والإرهاب")
    assert (
        "indirect",
        "ما حدث خسارة كبيرة على كل الأصعدة",
        "الدكتور أحمد اليوسف عضو هيئة التدريس في كلية الاتصال والإعلام في جامعة الملك عبدالعزيز",
    ) in found


def test_open_quotation_ends_before_a_prefixed_verb_and_its_complement():
    # 2015-07-22.zip#1745
    text = (
        'و قال دين محمد درويش المتحدث باسم حاكم الإقليم "هاجمت مروحيتان أمريكيتان نقطة التفتيش التابعة للجيش '
        "الأفغاني في براكي باراك. وأضاف ان حريقا اندلع في النقطة وأسفر عن مقتل 14 جنديا."
    )
    found = quotes(text)
    assert found[0][:2] == ("direct", "هاجمت مروحيتان أمريكيتان نقطة التفتيش التابعة للجيش الأفغاني في براكي باراك")
    assert found[1][:2] == ("indirect", "حريقا اندلع في النقطة وأسفر عن مقتل 14 جنديا")


def test_a_verb_with_no_complement_does_not_end_it():
    # guard: "وأضاف" narrating inside the speech with no أن / إن or colon after it goes on with the quotation
    text = (
        'وقال المدير "وصلنا إلى الموقع في الصباح الباكر. وأضاف الفريق مزيدا من المعدات إلى الموقع خلال ساعات، '
        "وبدأنا العمل فورا."
    )
    found = quotes(text)
    assert found[0][0] == "direct"
    assert found[0][1].endswith("وبدأنا العمل فورا")


def test_a_closed_quotation_is_left_alone():
    # guard: with its closing mark the quotation holds what the marks hold, the writer's "وأضاف أن" inside them too
    text = 'وقال المدير "وصلنا إلى الموقع في الصباح. وأضاف أن الفريق بدأ العمل فورا" ثم غادر.'
    found = quotes(text)
    assert found[0][:2] == ("direct", "وصلنا إلى الموقع في الصباح. وأضاف أن الفريق بدأ العمل فورا")
