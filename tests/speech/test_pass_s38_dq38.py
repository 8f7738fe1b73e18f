"""Session 38, pass dq38 (docs/evaluation/quotes.md, "Session 38, pass dq38"), issue #4, direct quotes' speakers:

- dq38a: a speaker that is only words praising God after a reporting verb ("قال تعالى: «…»"، "بقوله سبحانه
  وتعالى") stands for the article's fuller mention of Him that holds those words ("الله سبحانه وتعالى"، "الله
  تعالى"), the latest before the cue, else the first after it (speakers.py ``god_fuller_mention``; word_classes.tsv
  ``god_name``); a mention with other epithets is not taken, and with no mention the epithet stays;
- dq38b: a lone definite word the tagger took for a person ("الجمهوري" in "النائب الجمهوري") is not the entity a
  speaker phrase names when a name stands beside it (speakers.py ``entity_for``, ``lone_definite``): two senators
  "النائب الجمهوري" and "وعضو المجلس الجمهوري" were one speaker, and the first took the second's name;
- dq38c: the participle or verb that asks not to be named ("طالبا / مفضلا / رفض" before "عدم كشف هويته") and the
  "كشف" inside that request are no cues (extract.py, markers.tsv ``anonymity_lead``): "وذكر مصدر أمني طالبا عدم
  كشف هويته أنه …" gave the speaker "عدم", and the next "وأضاف «…»" with it.
"""

import pytest

import khabar


def direct_speakers(text: str) -> list[str | None]:
    return [q["speaker"]["text"] for q in khabar.analyze(text).quotes if q["kind"] == "direct"]


FULLER = [
    # the mention before the cue, with "وتعالى" (the scorer does not match "تعالى" to it)
    ("وشدد الخطيب على أن الله سبحانه وتعالى حرم قتل النفس، حيث قال تعالى: «ولا تقتلوا أنفسكم إن الله كان بكم رحيما».",
     "الله سبحانه وتعالى"),
    # "بقوله سبحانه وتعالى" after a participle: the same fuller mention
    ("وأكد الإمام أن الله سبحانه وتعالى أمر بالوفاء، مستشهدا بقوله سبحانه وتعالى: «وأوفوا بالعهد».",
     "الله سبحانه وتعالى"),
    # "قال عز وجل" after "الله عز وجل"
    ("وبين الخطيب أن الله عز وجل أمر بالوفاء، قال عز وجل: «وأوفوا بالعهد إن العهد كان مسؤولا».", "الله عز وجل"),
    # no mention before the cue: the first after it
    ("وفي خطبته قال تعالى: «وتعاونوا على البر والتقوى»، وبين أن الله سبحانه وتعالى جعل التعاون من أسس المجتمع.",
     "الله سبحانه وتعالى"),
    # with a dash between the name and its epithets
    ("ويقول الله ــ سبحانه وتعالى ــ في كتابه إن الصبر مفتاح الفرج. وقال تعالى: «إنما يوفى الصابرون أجرهم بغير حساب».",
     "الله ــ سبحانه وتعالى"),
]


@pytest.mark.parametrize(("text", "speaker"), FULLER)
def test_epithet_speaker_takes_the_fuller_mention(text, speaker):
    assert speaker in direct_speakers(text)


GUARDS = [
    # no fuller mention anywhere: the epithet stays the speaker
    ("وفي العيد فرح للصغير والكبير، وقد قال تعالى: «قل بفضل الله وبرحمته فبذلك فليفرحوا».", "تعالى"),
    # the only mention says other epithets: not taken
    ("وذكر الداعية أن الله عز وجل وعد الصابرين، إذ يقول سبحانه: «إنما يوفى الصابرون أجرهم بغير حساب».", "سبحانه"),
    # a person's quotation is not touched
    ("ودعا الله تعالى أن يحفظ البلاد، وقال وزير الشؤون الإسلامية: «الأمن نعمة يجب أن نحافظ عليها».",
     "وزير الشؤون الإسلامية"),
]


@pytest.mark.parametrize(("text", "speaker"), GUARDS)
def test_what_must_not_change(text, speaker):
    assert speaker in direct_speakers(text)


SENATORS = ("وقال بوب كروكر، النائب الجمهوري عن ولاية تينيسي ورئيس لجنة العلاقات الخارجية، للوزير: «أعتقد أنه تم "
            "خداعكم». ووصف جون بينر، رئيس مجلس النواب، وعضو المجلس الجمهوري عن ولاية أوهايو، الاتفاق بأنه «صفقة "
            "فاشلة». وقال كروكر: «لقد جعلتم الكونغرس كيانا مكروها».")


def test_two_senators_sharing_a_party_adjective_stay_two_speakers():
    first, second, third = direct_speakers(SENATORS)
    assert first.startswith("بوب كروكر")
    assert second.startswith("جون بينر")
    assert third.startswith("بوب كروكر")


def test_a_lone_person_mention_still_names_the_speaker():
    # the only person in the phrase, a one-word definite name: it stays the speaker's entity
    doc = khabar.analyze("وقال الوزير الجبير للصحفيين: «المملكة لن تقبل بأي تدخل في شؤونها». وأضاف الجبير: «نحن مستعدون».")
    speakers = [q["speaker"] for q in doc.quotes]
    assert all(s["text"] and "الجبير" in s["text"] for s in speakers)


UNNAMED = [
    ("وذكر مصدر أمني في المدينة طالبا عدم كشف هويته أنه عند الساعة الثامنة مساء ألقى رجل قنبلة على المقهى. "
     "وأضاف «كنت على بعد مئتي متر من مكان الانفجار».", "وذكر"),
    ("وذكر مسؤول في الشرطة مفضلا عدم ذكر اسمه ان المهاجمين فروا باتجاه الحدود.", "وذكر"),
    # the dual "طلبا": the request is no part of what was said
    ("وذكر مصدران أمنيان طلبا عدم كشف هويتيهما أن حصيلة الضحايا بلغت عشرين قتيلا.", "وذكر"),
]


@pytest.mark.parametrize(("text", "cue"), UNNAMED)
def test_a_request_not_to_be_named_is_no_cue(text, cue):
    quotes = khabar.analyze(text).quotes
    assert quotes[0]["cue"]["text"] == cue
    assert not quotes[0]["text"].startswith("عدم")
    assert all(q["speaker"]["text"] and q["speaker"]["text"].startswith(("مصدر", "مسؤول")) for q in quotes)


def test_a_participle_that_asks_something_else_still_reports():
    # "مطالبا" with its own object, no request to stay unnamed: still a cue
    quotes = khabar.analyze("وانتقد النائب تأخر المشاريع، مطالبا الوزارة بمحاسبة المقصرين.").quotes
    assert [q["cue"]["text"] for q in quotes][-1] == "مطالبا"
