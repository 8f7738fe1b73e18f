"""Session 46, pass dq46 (docs/evaluation/quotes.md, "Session 46, dq46"): direct quotes on unseen news.

- dq46a: a quotation typed with its guillemets reversed (":» … «"): a » right after the colon of a cue opens it
  when the next mark of its paragraph is a « with no word or number glued after it, which closes it (scan.py
  ``_reversed_close``). Before, the » closed nothing and the « opened a quotation that ran on to the end of the
  paragraph over the narration and the next speaker's words, or the words were read as reported speech.
- dq46b: "اكتفى X بالقول «…»" after other words of its sentence ("وردا على سؤال، اكتفت متحدثة باسم الجهاز بالقول",
  "لم تتهم الوزارة أي طرف، واكتفى الناطق باسمها … بالقول"): the phrase between "اكتفى" and the verbal noun spoke
  (direct.py ``sufficed_subject``, ``masdar_lead_verbs`` in word_classes.tsv), not the sentence's first subject
  nor the last speaker.
"""

from entity_quotes import analysed, containing, of_kind

REVERSED = (
    "واستطرد المزارع سالم الغامدي:» الموسم هذا العام أفضل بكثير من الأعوام الماضية بفضل الأمطار « . "
    "ويشير جاره علي القحطاني إلى أن الأسعار ما زالت منخفضة."
)
TWO_REVERSED = (
    "وكما قال الكاتب فهد السالم في تغريدته :» لا تلوموا الشباب على أخطاء الكبار « . "
    "وكما قال الشيخ ناصر العمر :» الإصلاح يبدأ من البيت والمدرسة « . وهذا ما يتفق عليه الجميع."
)

LEAD = "أعلنت الحكومة اليوم عن خطة جديدة لدعم الاقتصاد الوطني وتحفيز النمو في القطاعات المختلفة. "
AFTER_QUESTION = (
    LEAD + "ولم يحدد البيان ما إذا كان المشتبه به قد زار البلاد من قبل. "
    'وردا على سؤال، اكتفت متحدثة باسم الجهاز بالقول إنه "أقام في البلاد العام الماضي".'
)
AFTER_CLAUSE = (
    LEAD + "ولم تتهم وزارة الداخلية أي طرف، واكتفى الناطق باسمها سامي العلي بالقول، إن «عناصر مجهولة أقدمت على "
    "تفجير السيارات»."
)

# guards
SUFFICED_FIRST = LEAD + "واكتفى رئيس البلدية بالقول إلى الصحافيين «الإعلانات لا تنتهك أي حقوق»."
PLAIN = "وقال المزارع سالم الغامدي: «الموسم هذا العام أفضل بكثير من الأعوام الماضية». ويشير جاره إلى أن الأسعار منخفضة."
NEXT_CUE_OPENS = (
    LEAD + "وقال الوزير سامي العلي:» الخطة ستنفذ على مراحل خلال العام المقبل. وأضاف: « نتوقع نتائج إيجابية قريبا». "
    "وختم حديثه بالشكر."
)
NUMBER_AFTER = (
    "وأضاف المتحدث باسم الأمانة:» تشمل التعديلات نقل الناخبين من المركز رقم «214» بالحي الشرقي إلى مدرسة "
    "الحي الجديدة». وتابع أن التسجيل يبدأ الأحد."
)


def test_reversed_guillemets_make_a_direct_quote_that_ends_at_the_closing_mark():
    quote = containing(analysed(REVERSED), "الموسم هذا العام")
    assert quote["kind"] == "direct"
    assert quote["text"].endswith("بفضل الأمطار")
    assert quote["speaker"]["text"] == "المزارع سالم الغامدي"


def test_reversed_guillemets_leave_the_narration_after_them_its_own_quote():
    found = analysed(REVERSED)
    assert "الأسعار" not in containing(found, "الموسم هذا العام")["text"]
    assert containing(found, "الأسعار ما زالت منخفضة")["speaker"]["text"] == "جاره علي القحطاني"


def test_two_reversed_quotations_each_with_its_speaker():
    direct = of_kind(TWO_REVERSED, "direct")
    assert [q["text"] for q in direct] == ["لا تلوموا الشباب على أخطاء الكبار", "الإصلاح يبدأ من البيت والمدرسة"]
    assert [q["speaker"]["text"] for q in direct] == ["الكاتب فهد السالم", "الشيخ ناصر العمر"]


def test_guard_plain_guillemets_unchanged():
    quote = containing(analysed(PLAIN), "الموسم هذا العام")
    assert quote["kind"] == "direct"
    assert quote["text"] == "الموسم هذا العام أفضل بكثير من الأعوام الماضية"
    assert quote["speaker"]["text"] == "المزارع سالم الغامدي"


def test_guard_a_number_in_guillemets_does_not_close_a_reversed_opening():
    quote = containing(analysed(NUMBER_AFTER), "تشمل التعديلات")
    assert not quote["text"].endswith("رقم")


def test_sufficed_speaker_after_a_fronted_phrase():
    quote = containing(analysed(AFTER_QUESTION), "أقام في البلاد")
    assert quote["speaker"]["text"] == "متحدثة باسم الجهاز"


def test_sufficed_speaker_after_another_verb_of_the_sentence():
    quote = containing(analysed(AFTER_CLAUSE), "عناصر مجهولة")
    assert quote["speaker"]["text"] == "الناطق باسمها سامي العلي"


def test_guard_sufficed_speaker_opening_the_sentence():
    quote = containing(analysed(SUFFICED_FIRST), "الإعلانات لا تنتهك")
    assert quote["speaker"]["text"] == "رئيس البلدية"


def test_guard_the_next_cues_opening_mark_does_not_close_a_reversed_opening():
    found = analysed(NEXT_CUE_OPENS)
    assert containing(found, "نتوقع نتائج")["text"] == "نتوقع نتائج إيجابية قريبا"
    assert containing(found, "نتوقع نتائج")["cue"]["text"] == "وأضاف"
