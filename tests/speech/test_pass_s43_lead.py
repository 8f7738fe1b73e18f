"""Session 43, the lead's pass (docs/evaluation/quotes.md, "Session 43, lead43"), from the blind draw 20189's dev
articles read after the start code was scored on them:

- lead43b: a quotation left open, then a sentence of the writer that opens with "و" and a third-person past
  reporting verb ("«… رجل في العشرين.. وأوردت الصحف التركية أمس أن الشاب … من اسمه «ش أ أ» التحق …"): the mark in
  that sentence is no quotation nested in the open one, which ended with its last sentence; before, the quotation
  ran on to the nested name's closing mark and swallowed the writer's next attributions (scan.py
  ``_writer_reports``). Not after "ف", which goes on with a story told inside the quotation;
- lead43c: two speakers whose only entity is the place their adjective names ("السلطات التركية"، "الصحف التركية")
  and whose head nouns differ are two bodies, not one (antecedents.py ``other_body_of_place``);
- lead43d: the verbal noun of saying after a relayed source ("ونقلت الصحيفة عن حاكم الإقليم القول إنه …") ends the
  speaker's phrase (phrases.py ``parse_np``; saying_object in clause_words.tsv);
- lead43e: a speaker's head in the accusative after إن / أن ("إلا أن مصدرا أمنيا أعلن …") is the same word as the
  definite one that refers back to it ("وأضاف المصدر"): compared without the tanween's alif (candidates.py ``_bare``);
- lead43f: after a person's name, a bare noun then a bare noun and a definite one ("انتقد الأمير طلال قرار نقل
  المباراة") or a verbal noun with its pronoun ("تأكيده") begins the verb's object, not the rest of the name
  (phrases.py ``construct_object_after_name``).
"""

from __future__ import annotations

from entity_quotes import analysed, by_cue

LEFT_OPEN = (
    "وصرح مسؤول أمني لوكالة الأنباء: «نؤكد أن منفذ التفجير شاب في العشرين.. وأوردت الصحف المحلية أمس أن الشاب "
    "الذي أشير إليه بالأحرف الأولى من اسمه «ع س» سافر إلى الخارج قبل شهرين. وأشارت الشرطة إلى أنه دخل البلاد "
    "قبل أسبوع. ونقلت صحيفة «الخبر» عن المحافظ أن الحدود مغلقة."
)


def test_a_quotation_left_open_ends_before_the_writers_next_attribution() -> None:
    found = analysed(LEFT_OPEN)
    assert by_cue(found, "وصرح")["text"] == "نؤكد أن منفذ التفجير شاب في العشرين"
    assert by_cue(found, "وأوردت")["speaker"]["text"] == "الصحف المحلية"
    assert by_cue(found, "وأشارت")["speaker"]["text"] == "الشرطة"


def test_a_story_inside_the_quotation_goes_on_after_fa() -> None:
    text = "وقال الشاهد: «ذهبت إلى المركز لأسأل عن أخي. فقال الموظف إن اسمه «غير مسجل» في القوائم، ولم أجد من يساعدني»."
    quote = by_cue(analysed(text), "وقال")
    assert quote["text"].endswith("ولم أجد من يساعدني")


def test_two_bodies_of_one_country_are_two_speakers() -> None:
    text = (
        "أعلنت السلطات التركية أن شابا نفذ الهجوم. وأوردت الصحف التركية أمس أن الشاب سافر قبل شهرين. "
        "وتابعت الصحف أن التحقيق مستمر."
    )
    found = analysed(text)
    assert by_cue(found, "أعلنت")["speaker"]["text"] == "السلطات التركية"
    assert by_cue(found, "وأوردت")["speaker"]["text"] == "الصحف التركية"


def test_one_official_of_a_country_named_again_is_one_speaker() -> None:
    text = "وقال مسؤول تركي إن التحقيق مستمر. وأضاف المسؤول التركي أن الحدود مغلقة."
    found = analysed(text)
    assert by_cue(found, "وقال")["speaker"]["entity"] == by_cue(found, "وأضاف")["speaker"]["entity"] or (
        by_cue(found, "وقال")["speaker"]["text"] == by_cue(found, "وأضاف")["speaker"]["text"]
    )


def test_the_saying_after_a_relayed_source_is_not_part_of_it() -> None:
    text = "ونقلت صحيفة «حريت» التركية عن حاكم الإقليم عز الدين كوتشوك القول إنه تم العثور على الضابطين."
    assert by_cue(analysed(text), "ونقلت")["speaker"]["text"] == "حاكم الإقليم عز الدين كوتشوك"


def test_a_source_in_the_accusative_is_the_one_the_next_cue_refers_back_to() -> None:
    text = (
        "وقال مصدر عسكري إن الهجوم فشل. وأفاد مصدر عسكري آخر أن خمسة أجانب كانوا في الفندق، إلا أن مصدرا أمنيا "
        "أعلن عن وجود طيارين أجانب. وأضاف المصدر أنها محاولة خطف فاشلة."
    )
    assert by_cue(analysed(text), "وأضاف")["speaker"]["text"] == "مصدرا أمنيا"


def test_a_construct_after_a_name_is_the_object_not_the_speaker() -> None:
    found = analysed("انتقد وزير الخارجية عادل الجبير قرار نقل السفارة إلى القدس.")
    assert by_cue(found, "انتقد")["speaker"]["text"] == "وزير الخارجية عادل الجبير"
    assert by_cue(found, "انتقد")["text"].startswith("قرار نقل السفارة")


def test_a_long_name_still_ends_with_its_family_name() -> None:
    found = analysed("وقال المهندس خالد محمد سالم الشهري إن المشروع اكتمل.")
    assert by_cue(found, "وقال")["speaker"]["text"] == "المهندس خالد محمد سالم الشهري"


def test_a_one_word_name_or_a_profession_after_it_keeps_the_phrase() -> None:
    found = analysed("وقال جان فرنسوا روبان اختصاصي أسواق السندات إن الأزمة مختلفة هذه المرة.")
    assert by_cue(found, "وقال")["speaker"]["text"] == "جان فرنسوا روبان اختصاصي أسواق السندات"
