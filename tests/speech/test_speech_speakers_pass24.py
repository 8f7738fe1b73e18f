"""Quotes pass 24a (speakers): a bare trade title after the named person who spoke last, and the word
after بن / ابن / أبو kept in the name. Texts run through segment, ner and link
(``entity_quotes.analysed``); every text is written for these tests."""

from __future__ import annotations

from entity_quotes import analysed, by_cue

# --- a definite title alone re-introduces the person who spoke last ----------------------------------


def test_a_bare_trade_title_after_a_named_speaker_is_that_speaker():
    found = analysed("وقال سامر الخطيب الذي يمثل عشرين أسرة من أسر الضحايا: «سنرفع دعوى أمام المحاكم الفرنسية قريبا». "
                     "وكانت الطائرة قد سقطت في الجبال قبل شهرين. "
                     "وأضاف المحامي أن الأسر تطالب بتعويضات عادلة عن الخسائر.")
    q = by_cue(found, "وأضاف")
    assert q["speaker"]["text"] == "سامر الخطيب"


def test_a_title_with_the_adjective_of_the_speakers_own_title_is_that_speaker():
    found = analysed("ويقول كمال الدباغ، المحلل المالي للشركة، إن الديون المحلية مملوكة للقطاع الخاص. "
                     "وأضاف المختص المالي أن النظام القضائي لا يسمح بالتخلف عن السداد.")
    q = by_cue(found, "وأضاف")
    assert q["speaker"]["text"].startswith("كمال الدباغ")


def test_the_named_speaker_keeps_his_name_as_span_when_a_longer_title_refers_to_him():
    found = analysed("وأوضح كمال الدباغ، أن الديون المحلية مملوكة للقطاع الخاص الوطني. "
                     "وأضاف المحلل المالي أن النظام القضائي لا يسمح بالتخلف عن السداد.")
    assert by_cue(found, "وأوضح")["speaker"]["text"] == "كمال الدباغ"
    assert by_cue(found, "وأضاف")["speaker"]["text"] == "كمال الدباغ"


def test_a_bare_title_is_not_a_speaker_who_has_another_title():
    found = analysed("وأعلن المهاجم سامي الجابر اعتزاله. وقال المدرب إن الفريق سيفتقده كثيرا.")
    assert by_cue(found, "وقال")["speaker"]["text"] == "المدرب"


def test_a_bare_title_written_before_another_persons_name_is_that_person():
    found = analysed("وقال فهد العتيبي إن الفريق جاهز للمباراة. والتقى المدرب خالد المطيري باللاعبين أمس. "
                     "وقال المدرب إن المباراة صعبة.")
    q = next(q for q in found if q["text"].startswith("المباراة"))
    assert q["speaker"]["text"] == "المدرب خالد المطيري"


# --- the word after بن / ابن / أبو belongs to the name -----------------------------------------------


def test_the_name_after_ibn_is_not_the_preposition_ala():
    [q] = analysed("وقال ابن علي إن اللاعب باق مع الفريق.")
    assert q["speaker"]["text"] == "ابن علي"


def test_the_name_after_abu_is_not_the_verb_talaba():
    [q] = analysed("وبين مدير الإدارة الدكتور سامي أبو طالب أن الاجتماع ناقش الخطط.")
    assert q["speaker"]["text"] == "مدير الإدارة الدكتور سامي أبو طالب"


def test_ala_spelt_with_alif_maqsura_after_bin_is_part_of_the_name():
    [q] = analysed("وقال مدير المكتب الأستاذ خالد بن على الحربي، إن المشروع مستمر.")
    assert q["speaker"]["text"] == "مدير المكتب الأستاذ خالد بن على الحربي"


def test_a_surname_abba_does_not_take_the_place_phrase_after_it():
    [q] = analysed("يقول الصحافي النيجري صديق آبا في اتصال هاتفي: «كل ما جرى كان معروفا».")
    assert q["speaker"]["text"] == "الصحافي النيجري صديق آبا"
